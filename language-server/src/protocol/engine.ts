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
    /** The setting is a model URI whose file is not in the model folder yet; `error.download` says what to fetch. */
    | "notDownloaded"
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

/** A model named by URI and where its download goes: the `skrivehjelp/downloadModel` parameters that fetch it. */
export interface ModelDownload {
    /** `hf:<user>/<repo>/<file>.gguf[#branch]` or an http(s) URL of a .gguf file, as the setting gives it. */
    uri: string;
    /** Absolute folder the file is stored in (the client's `initializationOptions.modelDir`, else the default). */
    dir: string;
    /** File name in `dir`: the URI's own file name. */
    fileName: string;
}

export interface EngineStatus {
    state: EngineState;
    /** Which engine answers: the local model worker, or an OpenAI-compatible server. Absent = local. */
    engine?: "local" | "openai";
    /** 0..1 while `state` is "loading". */
    loadProgress?: number;
    /** Set when `state` is "error"; with "notDownloaded", `download` is what to fetch. */
    error?: { kind: ModelErrorKind; message: string; download?: ModelDownload };
    /** The model file: the configured path, or for a model URI its file in the model folder ("" when none). */
    modelPath: string;
    /** Set when `skrivehjelp.model.path` is a model URI. */
    modelUri?: string;
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
