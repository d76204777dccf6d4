// Engine state as the server reports it to clients (`skrivehjelp/status`).

export type EngineState = "none" | "loading" | "ready" | "busy" | "error";

/** Why a model could not be used; each kind has its own message and remedy. */
export type ModelErrorKind =
    | "notConfigured"
    | "missing"
    | "directory"
    | "unreadable"
    | "notGguf"
    | "truncated"
    | "loadFailed"
    | "crashed"
    | "engineUnavailable"
    /** The model and its context would not fit in the free memory (estimated from the GGUF header). */
    | "notEnoughMemory"
    // the OpenAI-compatible server (skrivehjelp.engine = "openai")
    | "serverUnreachable"
    | "unauthorized"
    | "modelNotFound"
    | "rateLimited"
    | "serverError"
    | "timeout"
    | "streamCut";

export interface ModelFacts {
    /** `general.name` from the GGUF, else the file name. */
    name: string;
    path: string;
    sizeBytes: number;
    /** Context size in use (tokens). */
    contextSize: number;
    /** Context length the model was trained for. */
    trainContextSize: number;
    threads: number;
    sequences: number;
    loadMs: number;
    /** The GPU backend in use ("cuda", "vulkan", "metal"), or false: the CPU. Absent for a model server. */
    gpu?: string | false;
    /** Layers offloaded to the GPU. */
    gpuLayers?: number;
}

export interface EngineStatus {
    state: EngineState;
    /** Which engine answers: the local model worker, or an OpenAI-compatible server. Absent = local. */
    engine?: "local" | "openai";
    /** 0..1 while `state` is "loading". */
    loadProgress?: number;
    /** Set when `state` is "error". */
    error?: { kind: ModelErrorKind; message: string };
    /** The configured model path ("" when none). */
    modelPath: string;
    /** Set once a model is loaded. */
    model?: ModelFacts;
    /** Requests generating right now / waiting for a free sequence. */
    running: number;
    queued: number;
}

/** Lower runs first: a person waiting in the chat beats a conversion beats background proofreading. */
export enum Priority {
    Chat = 0,
    Convert = 1,
    Proofread = 2,
}
