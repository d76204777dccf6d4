// What the features and the CLI need from an engine, whichever runs the model: the local
// worker process (EngineSupervisor) or an OpenAI-compatible server (OpenAIEngine).
import type { EngineStatus, ModelErrorKind, Priority } from "../protocol/engine";
import type { WorkerGenerateParams, WorkerGenerateResult } from "./worker/messages";

export class EngineError extends Error {
    constructor(
        readonly kind: ModelErrorKind | "cancelled",
        message: string,
    ) {
        super(message);
    }
}

export type Logger = (level: "error" | "warn" | "info" | "debug", message: string) => void;

export interface GenerateOutcome extends WorkerGenerateResult {
    queuedMs: number;
}

export interface Engine {
    status(): EngineStatus;
    /** Makes the engine usable (loads the model, or checks the server); resolves when ready. */
    load(reload?: boolean): Promise<void>;
    /**
     * Queues a generation, most urgent priority first. Rejects with an EngineError; when
     * `signal` aborts it rejects with kind "cancelled" (carrying the partial `result`).
     */
    generate(params: WorkerGenerateParams, priority: Priority, signal?: AbortSignal, onText?: (text: string) => void): Promise<GenerateOutcome>;
    dispose(): void;
}

export function cancelledError(result?: WorkerGenerateResult): EngineError {
    const e = new EngineError("cancelled", "The request was cancelled.");
    if (result) Object.assign(e, { result });
    return e;
}
