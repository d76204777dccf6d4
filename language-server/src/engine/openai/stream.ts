// One streamed completion request to an OpenAI-compatible server: the time-out between pieces
// of data, cancellation, the event stream read into text. What happened comes back as a
// value (an answer, a cancel, or a failure the engine may retry), never as a throw.
import type { GenerationResult } from "../engine";
import { networkFailure, type AttemptFailure } from "./errors";
import { SseParser } from "./sse";
import { parseChunk, stopReasonOf } from "./wire";

export type Attempt = { ok: GenerationResult } | { cancelled: GenerationResult } | { failure: AttemptFailure };

export interface StreamRequest {
    /** The endpoint and the path. */
    url: string;
    headers: Record<string, string>;
    body: string;
    /** The longest wait for the answer to start, and between pieces of it. */
    timeoutSeconds: number;
    /** Either one aborting cancels the request: the caller's cancel, the engine's stop. */
    signals: readonly (AbortSignal | undefined)[];
    onText?: (text: string) => void;
}

/** One HTTP request, streamed. Never throws; never waits longer than the time-out without data. */
export async function streamCompletion(r: StreamRequest): Promise<Attempt> {
    const controller = new AbortController();
    let why: "cancel" | "timeout" | undefined;
    const onAbort = () => {
        why ??= "cancel";
        controller.abort();
    };
    for (const s of r.signals) s?.addEventListener("abort", onAbort, { once: true });
    const timeoutMs = r.timeoutSeconds * 1000;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            why ??= "timeout";
            controller.abort();
        }, timeoutMs);
    };
    const started = performance.now();
    let first = 0;
    let text = "";
    let pieces = 0;
    let finish: string | undefined;
    let usage: { promptTokens?: number; completionTokens?: number } | undefined;
    let sawDone = false;
    let headers = false;
    const partial = (): GenerationResult => result("cancelled");
    const result = (stopReason: GenerationResult["stopReason"]): GenerationResult => {
        const end = performance.now();
        const tokens = usage?.completionTokens ?? pieces;
        return {
            text,
            tokens,
            promptTokens: usage?.promptTokens ?? 0,
            stopReason,
            timeToFirstTokenMs: first ? Math.round(first - started) : 0,
            tokensPerSecond: first && tokens > 1 && end > first ? (tokens - 1) / ((end - first) / 1000) : 0,
        };
    };
    try {
        if (r.signals.some((s) => s?.aborted)) return { cancelled: partial() };
        arm();
        const res = await fetch(r.url, { method: "POST", headers: r.headers, body: r.body, signal: controller.signal });
        headers = true;
        if (!res.ok || !res.body) {
            const errorBody = await res.text().catch(() => "");
            return { failure: { type: "http", status: res.status, body: errorBody, retryAfter: res.headers.get("retry-after") } };
        }
        arm();
        const reader = res.body.getReader();
        const decoder = new TextDecoder();
        const parser = new SseParser();
        let streamError: string | undefined;
        const take = (events: { data: string }[]) => {
            for (const e of events) {
                if (e.data === "[DONE]") {
                    sawDone = true;
                    continue;
                }
                const c = parseChunk(e.data);
                if (!c) continue;
                if (c.error) streamError ??= c.error;
                if (c.text) {
                    if (!first) first = performance.now();
                    pieces++;
                    text += c.text;
                    r.onText?.(c.text);
                }
                finish ??= c.finishReason;
                if (c.usage) usage = c.usage;
            }
        };
        for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            arm();
            take(parser.push(decoder.decode(value, { stream: true })));
            if (streamError) break;
        }
        take(parser.push(decoder.decode()));
        take(parser.end());
        if (streamError) {
            void reader.cancel().catch(() => undefined);
            return { failure: { type: "streamError", message: streamError } };
        }
        if (why === "cancel") return { cancelled: partial() };
        if (!sawDone && !finish) return { failure: { type: "cut", tokens: pieces } };
        return { ok: result(stopReasonOf(finish)) };
    } catch (e) {
        if (why === "cancel") return { cancelled: partial() };
        if (why === "timeout")
            return { failure: { type: "timeout", phase: first || headers ? "idle" : "start", seconds: r.timeoutSeconds } };
        if (headers) return { failure: { type: "cut", tokens: pieces } };
        return { failure: networkFailure(e) };
    } finally {
        clearTimeout(timer);
        for (const s of r.signals) s?.removeEventListener("abort", onAbort);
    }
}

/** Waits `ms` (a back-off) unless a signal aborts first; true when the wait ran out. */
export function waitUnlessAborted(ms: number, signals: readonly (AbortSignal | undefined)[]): Promise<boolean> {
    return new Promise((resolve) => {
        const done = (ok: boolean) => {
            clearTimeout(t);
            for (const s of signals) s?.removeEventListener("abort", stop);
            resolve(ok);
        };
        const stop = () => done(false);
        const t = setTimeout(() => done(true), ms);
        for (const s of signals) s?.addEventListener("abort", stop, { once: true });
    });
}
