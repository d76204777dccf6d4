// Messages between the language server (supervisor) and its model worker process, over
// Node's IPC channel. The worker owns node-llama-cpp so a native crash kills only it.
import type { ChatMessage, GenerateResult } from "../../protocol/methods";
import type { ModelDownload, ModelErrorKind, ModelFacts } from "../../protocol/engine";

export interface LoadOptions {
    /** The GGUF file to load (for a model URI: its file in the model folder). */
    modelPath: string;
    /** Set when the setting is a model URI: `modelPath` is its download, loaded only once it is complete. */
    fromUri?: ModelDownload;
    threads: number;
    contextSize: number;
    sequences: number;
    gpu: "auto" | "cuda" | "vulkan" | "metal" | "off";
    /** null: as many layers as fit in the GPU's memory. */
    gpuLayers: number | null;
}

export interface WorkerGenerateParams {
    prompt: { text: string } | { messages: ChatMessage[] };
    maxTokens: number;
    temperature: number;
    /**
     * Constrains the output to JSON matching this schema (node-llama-cpp's GBNF JSON-schema
     * subset; a remote engine maps it to `response_format`). Bound it (maxItems, maxLength):
     * an unbounded string can run into maxTokens and leave the JSON unfinished.
     */
    jsonSchema?: object;
    /**
     * Jobs with the same key (one chat conversation) share a kept context sequence: the part of
     * the prompt the previous job already evaluated is not evaluated again.
     */
    cacheKey?: string;
}

/** The protocol's result less what only the supervisor knows (time in the queue). */
export interface WorkerGenerateResult extends Omit<GenerateResult, "queuedMs"> {
    /** Milliseconds from the cancel message to the end of generation, when cancelled. */
    cancelLatencyMs?: number;
}

export type ToWorker =
    | { type: "load"; options: LoadOptions }
    | { type: "generate"; id: number; params: WorkerGenerateParams }
    | { type: "cancel"; id: number };

export type FromWorker =
    | { type: "loadProgress"; progress: number }
    | { type: "loaded"; facts: ModelFacts }
    | { type: "loadFailed"; kind: ModelErrorKind; message: string }
    | { type: "chunk"; id: number; text: string }
    | { type: "done"; id: number; result: WorkerGenerateResult }
    | { type: "failed"; id: number; message: string }
    | { type: "log"; level: "error" | "warn" | "info" | "debug"; message: string };
