// Messages between the language server (supervisor) and its model worker process, over
// Node's IPC channel. The worker owns node-llama-cpp so a native crash kills only it.
import type { ModelDownload, ModelErrorKind, ModelFacts } from "../../protocol/engine";
import type { LogLevel } from "../../protocol/settings";
import type { ContextOverflow, GenerationRequest, GenerationResult } from "../engine";

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

export type ToWorker =
    { type: "load"; options: LoadOptions } | { type: "generate"; id: number; params: GenerationRequest } | { type: "cancel"; id: number };

export type FromWorker =
    | { type: "loadProgress"; progress: number }
    | { type: "loaded"; facts: ModelFacts }
    | { type: "loadFailed"; kind: ModelErrorKind; message: string }
    | { type: "chunk"; id: number; text: string }
    | { type: "done"; id: number; result: GenerationResult }
    /** `overflow`: the prompt did not fit (the supervisor's EngineError kind "contextOverflow"). */
    | { type: "failed"; id: number; message: string; overflow?: ContextOverflow }
    | { type: "log"; level: LogLevel; message: string };
