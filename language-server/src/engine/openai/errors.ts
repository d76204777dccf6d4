// What went wrong talking to an OpenAI-compatible server, in words a user can act on, and
// whether trying again could help. Pure: no network here.
import { uiText } from "../../uiMessages";
import { EngineError, type ContextOverflow } from "../engine";

/** A failure of one HTTP attempt, before it is turned into a user-facing EngineError. */
export type AttemptFailure =
    | { type: "network"; code: string; detail: string }
    | { type: "http"; status: number; body: string; retryAfter?: string | null }
    | { type: "timeout"; phase: "start" | "idle"; seconds: number }
    | { type: "cut"; tokens: number }
    | { type: "streamError"; message: string };

export interface FailureContext {
    endpoint: string;
    model: string;
    /** The path asked for, e.g. `/chat/completions`. */
    path: string;
    hasApiKey: boolean;
    retries: number;
    /** Models the server listed, when known (for a 404). */
    served?: string[];
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|SSL/i;

/** The error code behind Node's `fetch failed` (undici puts it in `cause`, sometimes nested). */
export function networkFailure(e: unknown): AttemptFailure {
    let cause: unknown = e;
    for (let depth = 0; depth < 4 && cause && typeof cause === "object"; depth++) {
        const c = cause as { code?: unknown; cause?: unknown; errors?: unknown[] };
        if (typeof c.code === "string") {
            const code = c.code;
            if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT")
                return { type: "timeout", phase: code === "UND_ERR_HEADERS_TIMEOUT" ? "start" : "idle", seconds: 300 };
            return { type: "network", code, detail: (cause as Error).message ?? code };
        }
        cause = c.cause ?? (Array.isArray(c.errors) ? c.errors[0] : undefined);
    }
    return { type: "network", code: "UNKNOWN", detail: e instanceof Error ? e.message : String(e) };
}

/** True when the same request may succeed if sent again, given that no text has streamed yet. */
export function isRetryable(f: AttemptFailure): boolean {
    switch (f.type) {
        case "network":
            return !TLS_CODES.test(f.code) && f.code !== "ENOTFOUND";
        case "http":
            return f.status === 408 || f.status === 429 || f.status === 500 || f.status === 502 || f.status === 503 || f.status === 504;
        case "cut":
            return f.tokens === 0;
        case "timeout":
        case "streamError":
            return false;
    }
}

export interface BackoffPolicy {
    retries: number;
    baseMs: number;
    maxMs: number;
    /** Longest `Retry-After` honoured; a server asking for more gets this. */
    maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retries: 3, baseMs: 500, maxMs: 8000, maxRetryAfterMs: 30000 };

/**
 * Milliseconds to wait before retry number `attempt` (0-based): exponential with jitter
 * (`random` in [0,1)), or the server's `Retry-After` (seconds or an HTTP date) when it gave one.
 */
export function backoffMs(
    attempt: number,
    policy: BackoffPolicy,
    retryAfter?: string | null,
    now = Date.now(),
    random = Math.random(),
): number {
    if (retryAfter) {
        const secs = Number(retryAfter);
        const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(retryAfter) - now;
        if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, policy.maxRetryAfterMs);
    }
    const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
    // ±25 % so that many clients cut off together do not come back in step
    return Math.round(exp * (0.75 + 0.5 * random));
}

/** The server's own words from an error body: OpenAI's `{error: {message}}`, `{error: "..."}`, `{message}` or text. */
export function serverMessage(body: string): string {
    let text = body.trim();
    try {
        const j = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
        const e = j.error;
        if (e && typeof e === "object" && typeof (e as { message?: unknown }).message === "string")
            text = (e as { message: string }).message;
        else if (typeof e === "string") text = e;
        else if (typeof j.message === "string") text = j.message;
        else if (typeof j.detail === "string") text = j.detail;
    } catch {
        // not JSON: keep the text
    }
    text = text.replace(/\s+/g, " ");
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * llama-server's answer to a prompt longer than a slot's context, with its exact counts:
 * `{error: {type: "exceed_context_size_error", n_prompt_tokens, n_ctx}}`. Other servers say it
 * only in words, which are not read.
 */
export function contextOverflowOf(body: string): ContextOverflow | undefined {
    try {
        const e = (JSON.parse(body) as { error?: { type?: unknown; n_prompt_tokens?: unknown; n_ctx?: unknown } }).error;
        if (e?.type !== "exceed_context_size_error" || typeof e.n_prompt_tokens !== "number" || typeof e.n_ctx !== "number")
            return undefined;
        return { promptTokens: e.n_prompt_tokens, contextSize: e.n_ctx };
    } catch {
        return undefined;
    }
}

/** A failure in a few words, for the log line that says it will be retried. */
export function describeFailure(f: AttemptFailure): string {
    switch (f.type) {
        case "network":
            return `connection failed (${f.code})`;
        case "http":
            return `HTTP ${f.status}`;
        case "timeout":
            return `no answer within ${f.seconds} s`;
        case "cut":
            return "the connection broke before the answer started";
        case "streamError":
            return f.message;
    }
}

/** The user-facing error for a failure that will not be retried (any more), in the UI language. */
export function toEngineError(f: AttemptFailure, c: FailureContext): EngineError {
    switch (f.type) {
        case "network":
            if (TLS_CODES.test(f.code)) return new EngineError("serverUnreachable", uiText("remoteTls", c.endpoint, f.code, f.detail));
            if (f.code === "ENOTFOUND" || f.code === "EAI_AGAIN")
                return new EngineError("serverUnreachable", uiText("remoteHostUnknown", c.endpoint, f.code));
            return new EngineError("serverUnreachable", uiText("remoteUnreachable", c.endpoint, f.code, c.retries));
        case "timeout":
            return new EngineError(
                "timeout",
                f.phase === "start" ? uiText("remoteSlowStart", c.endpoint, f.seconds) : uiText("remoteStalled", c.endpoint, f.seconds),
            );
        case "cut":
            return new EngineError("streamCut", uiText("remoteCut", c.endpoint, f.tokens, c.retries));
        case "streamError":
            return new EngineError("serverError", uiText("remoteStreamError", c.endpoint, f.message));
        case "http":
            return httpError(f.status, serverMessage(f.body), c, f.status === 400 ? contextOverflowOf(f.body) : undefined);
    }
}

function httpError(status: number, said: string, c: FailureContext, overflow: ContextOverflow | undefined): EngineError {
    const quoted = said ? `: ${said}` : "";
    if (status === 401 || status === 403)
        return new EngineError("unauthorized", uiText(c.hasApiKey ? "remoteKeyRefused" : "remoteKeyNeeded", c.endpoint, status, quoted));
    if (status === 404) {
        // vLLM and OpenAI answer 404 for an unknown model; a 404 without "model" is a wrong path
        if (/model/i.test(said) || c.served)
            return new EngineError("modelNotFound", uiText("remoteModelNotServed", c.endpoint, c.model, quoted, c.served ?? []));
        return new EngineError("serverUnreachable", uiText("remoteNoSuchPath", c.endpoint, c.path));
    }
    if (status === 429) return new EngineError("rateLimited", uiText("remoteBusy", c.endpoint, quoted, c.retries));
    if (status >= 500) return new EngineError("serverError", uiText("remoteFailed", c.endpoint, status, quoted, c.retries));
    const rejected = uiText("remoteRejected", c.endpoint, status, quoted);
    return overflow ? new EngineError("contextOverflow", rejected, overflow) : new EngineError("serverError", rejected);
}
