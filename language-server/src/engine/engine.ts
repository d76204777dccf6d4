// What the features and the CLI need from an engine, whichever runs the model: the local
// worker process (EngineSupervisor) or an OpenAI-compatible server (OpenAIEngine).
import type { EngineStatus, ModelErrorKind, Priority } from "../protocol/engine";
import type { ChatMessage, GenerateResult } from "../protocol/methods";
import { uiText } from "../uiMessages";

/** One generation, as any engine takes it (the worker's IPC message carries it as it is). */
export interface GenerationRequest {
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

/** The protocol's result less what only the queue knows (time in the queue). */
export interface GenerationResult extends Omit<GenerateResult, "queuedMs"> {
    /** Milliseconds from the cancel message to the end of generation, when cancelled. */
    cancelLatencyMs?: number;
}

export interface GenerateOutcome extends GenerationResult {
    queuedMs: number;
}

/**
 * Why a request failed, for code to act on without reading the message: a model error kind
 * (also the engine's status), "cancelled", or "contextOverflow" (the prompt does not fit in a
 * sequence's context; `overflow` has the engine's exact counts, which callers can re-fit with).
 */
export type EngineErrorKind = ModelErrorKind | "cancelled" | "contextOverflow";

export interface ContextOverflow {
    /** Tokens in the prompt as the engine tokenized it. */
    promptTokens: number;
    /** Tokens one sequence's context holds. */
    contextSize: number;
}

export class EngineError extends Error {
    constructor(
        readonly kind: EngineErrorKind,
        message: string,
        /** Set when `kind` is "contextOverflow". */
        readonly overflow?: ContextOverflow,
    ) {
        super(message);
    }
}

export function contextOverflowError(overflow: ContextOverflow): EngineError {
    return new EngineError("contextOverflow", uiText("contextOverflow", overflow.promptTokens, overflow.contextSize), overflow);
}

export interface Engine {
    status(): EngineStatus;
    /** Makes the engine usable (loads the model, or checks the server); resolves when ready. */
    load(reload?: boolean): Promise<void>;
    /**
     * Queues a generation, most urgent priority first. Rejects with an EngineError; when
     * `signal` aborts it rejects with kind "cancelled" (carrying the partial `result`).
     */
    generate(
        params: GenerationRequest,
        priority: Priority,
        signal?: AbortSignal,
        onText?: (text: string) => void,
    ): Promise<GenerateOutcome>;
    dispose(): void;
}

export function cancelledError(result?: GenerationResult): EngineError {
    const e = new EngineError("cancelled", uiText("requestCancelled"));
    if (result) Object.assign(e, { result });
    return e;
}
