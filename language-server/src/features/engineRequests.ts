// LSP handlers that talk to the engine: status, load and a plain generation round trip.
import { LSPErrorCodes, ProgressType, ResponseError, type CancellationToken, type Connection } from "vscode-languageserver/node";
import { EngineError, type Engine, type GenerateOutcome } from "../engine/engine";
import { Priority } from "../protocol/engine";
import { GenerateRequest, LoadModelRequest, StatusRequest, type GenerateParams, type GenerateResult } from "../protocol/methods";
import { uiText } from "../uiMessages";

/** An LSP cancellation token as the AbortSignal the engine understands. */
export function abortSignalFor(token: CancellationToken): AbortSignal {
    const controller = new AbortController();
    if (token.isCancellationRequested) controller.abort();
    else token.onCancellationRequested(() => controller.abort());
    return controller.signal;
}

/** Engine failures as JSON-RPC errors a client can tell apart. */
export function toResponseError(e: unknown): ResponseError<unknown> {
    if (e instanceof EngineError) {
        if (e.kind === "cancelled") return new ResponseError(LSPErrorCodes.RequestCancelled, e.message, (e as { result?: unknown }).result);
        // a prompt that did not fit also says by how much: a client can shorten it and ask again
        return new ResponseError(
            LSPErrorCodes.RequestFailed,
            e.message,
            e.overflow ? { kind: e.kind, overflow: e.overflow } : { kind: e.kind },
        );
    }
    return new ResponseError(LSPErrorCodes.RequestFailed, e instanceof Error ? e.message : String(e));
}

const MAX_TOKENS_LIMIT = 32768;
const MAX_CACHE_KEY = 200;
const TEXT_PROGRESS = new ProgressType<string>();

/** `settingsReady` resolves once the client's settings are known; engine requests wait for it. */
export function registerEngineRequests(connection: Connection, engine: Engine, settingsReady: Promise<void>): void {
    connection.onRequest(StatusRequest, async () => {
        await settingsReady;
        return engine.status();
    });

    connection.onRequest(LoadModelRequest, async (params) => {
        await settingsReady;
        await engine.load(params?.reload === true).catch(() => undefined); // the status carries the error
        return engine.status();
    });

    connection.onRequest(GenerateRequest, async (params: GenerateParams, token): Promise<GenerateResult> => {
        const invalid = validateGenerate(params);
        if (invalid) throw new ResponseError(LSPErrorCodes.RequestFailed, invalid);
        const partialToken = params.partialResultToken;
        await settingsReady;
        try {
            const r = await engine.generate(
                { prompt: params.prompt, maxTokens: params.maxTokens, temperature: params.temperature ?? 0, cacheKey: params.cacheKey },
                params.priority ?? Priority.Chat,
                abortSignalFor(token),
                partialToken !== undefined ? (text) => void connection.sendProgress(TEXT_PROGRESS, partialToken, text) : undefined,
            );
            return toGenerateResult(r);
        } catch (e) {
            throw toResponseError(e);
        }
    });
}

/** What a client learns of a finished generation. */
export function toGenerateResult(r: GenerateOutcome): GenerateResult {
    return {
        text: r.text,
        tokens: r.tokens,
        promptTokens: r.promptTokens,
        reusedPromptTokens: r.reusedPromptTokens,
        stopReason: r.stopReason,
        timeToFirstTokenMs: r.timeToFirstTokenMs,
        tokensPerSecond: r.tokensPerSecond,
        queuedMs: Math.round(r.queuedMs),
    };
}

/** What is wrong with the request, in the UI language: a generic client shows it as it is. */
export function validateGenerate(p: GenerateParams | undefined): string | undefined {
    if (!p || typeof p !== "object" || !p.prompt) return uiText("generateNoPrompt");
    const hasText = "text" in p.prompt && typeof p.prompt.text === "string";
    const hasMessages =
        "messages" in p.prompt &&
        Array.isArray(p.prompt.messages) &&
        p.prompt.messages.every((m) => m && ["system", "user", "assistant"].includes(m.role) && typeof m.content === "string");
    if (!hasText && !hasMessages) return uiText("generatePromptShape");
    if (!Number.isInteger(p.maxTokens) || p.maxTokens < 1 || p.maxTokens > MAX_TOKENS_LIMIT)
        return uiText("generateMaxTokens", MAX_TOKENS_LIMIT);
    if (p.temperature !== undefined && (typeof p.temperature !== "number" || p.temperature < 0 || p.temperature > 2))
        return uiText("generateTemperature");
    if (p.cacheKey !== undefined && (typeof p.cacheKey !== "string" || p.cacheKey.length > MAX_CACHE_KEY))
        return uiText("generateCacheKey", MAX_CACHE_KEY);
    if (p.priority !== undefined && ![Priority.Chat, Priority.Convert, Priority.Proofread].includes(p.priority))
        return uiText("generatePriority");
    return undefined;
}
