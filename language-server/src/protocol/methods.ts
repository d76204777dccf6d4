// Every custom LSP message, typed once; the extension and the server both import this file.
// Direction is noted as client → server or server → client.
import {
    NotificationType,
    ProtocolRequestType,
    RequestType,
    RequestType0,
    type PartialResultParams,
    type WorkDoneProgressParams,
} from "vscode-languageserver-protocol";
import type { EngineStatus, Priority } from "./engine";

/** client → server: the current engine status. */
export const StatusRequest = new RequestType0<EngineStatus, void>("skrivehjelp/status");
/** server → client: sent whenever the engine status changes. Same method name as the request. */
export const StatusNotification = new NotificationType<EngineStatus>("skrivehjelp/status");

/** client → server: load (or reload) the configured model now instead of on first use. */
export const LoadModelRequest = new RequestType<{ reload?: boolean }, EngineStatus, void>("skrivehjelp/loadModel");

export interface ChatMessage {
    role: "system" | "user" | "assistant";
    content: string;
}

export interface GenerateParams extends PartialResultParams, WorkDoneProgressParams {
    /** Raw text to continue, or chat messages formatted with the model's chat template. */
    prompt: { text: string } | { messages: ChatMessage[] };
    maxTokens: number;
    /** 0 = greedy (deterministic). */
    temperature?: number;
    priority?: Priority;
    /** Requests with the same key (a conversation) re-use what the previous one evaluated. */
    cacheKey?: string;
}

export interface GenerateResult {
    text: string;
    tokens: number;
    promptTokens: number;
    /** Of those, how many were already evaluated in a kept sequence (same `cacheKey`), so not again. */
    reusedPromptTokens?: number;
    /** Why generation ended. */
    stopReason: "eos" | "maxTokens" | "cancelled";
    /** Milliseconds from dispatch to the model to the first generated token. */
    timeToFirstTokenMs: number;
    /** Generated tokens per second after the first token (the engine's own measure). */
    tokensPerSecond: number;
    /** Milliseconds spent waiting in the queue. */
    queuedMs: number;
}

/**
 * client → server: a plain generation round trip. Cancellable with `$/cancelRequest`; with a
 * `partialResultToken` the text streams as `$/progress` strings, in order.
 */
export const GenerateRequest = new ProtocolRequestType<GenerateParams, GenerateResult, string, void, void>("skrivehjelp/generate");

/** What a client may pass in `initialize` `initializationOptions`. */
export interface InitializationOptions {
    /** The `skrivehjelp` settings section, for clients without `workspace/configuration`. */
    settings?: unknown;
    /**
     * True when the client shows engine errors itself (the VS Code extension does, with actions);
     * otherwise the server sends `window/showMessage`.
     */
    clientShowsEngineErrors?: boolean;
    /** API key for `skrivehjelp.engine: "openai"` (never a setting: VS Code keeps it in SecretStorage). */
    openaiApiKey?: string;
    /**
     * Absolute folder where model downloads go, and where a model URI in `skrivehjelp.model.path`
     * is looked for (the VS Code extension: its global storage). Default: `~/.cache/skrivehjelp/models`.
     */
    modelDir?: string;
}

/** client → server: the API key for the OpenAI-compatible server changed (null: removed). */
export const SetApiKeyNotification = new NotificationType<{ apiKey: string | null }>("skrivehjelp/setApiKey");
