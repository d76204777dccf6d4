// An engine that is a server: any OpenAI-compatible HTTP API (llama.cpp's llama-server, vLLM,
// Ollama). Same contract as the local worker: priority queue, a cap on requests in flight,
// streaming, cancellation. No request leaves the machine until someone asks for the model.
import type { EngineStatus, ModelErrorKind, ModelFacts, Priority } from "../../protocol/engine";
import type { Logger } from "../../protocol/log";
import { cancelledError, EngineError, type Engine, type GenerateOutcome, type GenerationRequest, type GenerationResult } from "../engine";
import { PriorityQueue } from "../priorityQueue";
import { backoffMs, DEFAULT_BACKOFF, isRetryable, networkFailure, toEngineError, type AttemptFailure, type BackoffPolicy, type FailureContext } from "./errors";
import { SseParser } from "./sse";
import { changedStatusEmitter } from "../statusEmitter";
import { buildRequest, parseChunk, parseModels, stopReasonOf } from "./wire";

export interface OpenAIConfig {
    /** Base URL including `/v1`, without a trailing slash; "" = not configured. */
    endpoint: string;
    /** "" = the first model the server lists. */
    model: string;
    maxConcurrent: number;
    timeoutSeconds: number;
    apiKey?: string;
}

export interface OpenAIEngineOptions {
    log: Logger;
    onStatus?: (status: EngineStatus) => void;
    backoff?: BackoffPolicy;
}

interface Job {
    params: GenerationRequest;
    signal?: AbortSignal;
    onText?: (text: string) => void;
    enqueuedAt: number;
    /** Aborts the job's HTTP request when the engine stops it (settings change, dispose). */
    stop: AbortController;
    stopReason?: EngineError;
    resolve: (r: GenerateOutcome) => void;
    reject: (e: Error) => void;
}

type Phase =
    | { kind: "idle" }
    | { kind: "loading"; done: Promise<void> }
    | { kind: "ready"; facts: ModelFacts; model: string }
    | { kind: "failed"; error: { kind: ModelErrorKind; message: string } };

type Attempt = { ok: GenerationResult } | { cancelled: GenerationResult } | { failure: AttemptFailure };

/** How long a failed server check stands before the next request checks again. */
const REPROBE_AFTER_MS = 10_000;

/** Errors that say the configuration (or the server) is wrong, not this one request. */
const CONFIG_ERRORS = new Set<string>(["unauthorized", "modelNotFound", "serverUnreachable"]);

export class OpenAIEngine implements Engine {
    private config: OpenAIConfig = { endpoint: "", model: "", maxConcurrent: 4, timeoutSeconds: 60 };
    private phase: Phase = { kind: "idle" };
    private readonly queue = new PriorityQueue<Job>();
    private readonly running = new Set<Job>();
    private readonly emit: (status: EngineStatus) => void;
    private served: string[] | undefined;
    private warnedCleartext = "";
    private readonly backoff: BackoffPolicy;
    /** Bumped on every configuration change: a probe answering for an older one is ignored. */
    private generation = 0;
    private failedAt = -Infinity;

    constructor(private readonly opts: OpenAIEngineOptions) {
        this.emit = changedStatusEmitter(opts.onStatus);
        this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    }

    configure(config: OpenAIConfig): void {
        const old = this.config;
        this.config = config;
        const same = (k: keyof OpenAIConfig) => old[k] === config[k];
        if (same("endpoint") && same("model") && same("apiKey")) {
            this.pump(); // the cap or the time-out changed: nothing to redo
            return;
        }
        const wanted = this.phase.kind !== "idle";
        this.stopAll(new EngineError("loadFailed", "The model server settings changed; the request was stopped."));
        this.generation++;
        this.served = undefined;
        this.setPhase({ kind: "idle" });
        if (wanted) this.load().catch(() => undefined); // failures are reported through the status
    }

    status(): EngineStatus {
        const p = this.phase;
        const base = { engine: "openai" as const, modelPath: this.config.endpoint, running: this.running.size, queued: this.queue.size };
        switch (p.kind) {
            case "idle":
                return { state: "none", ...base };
            case "loading":
                return { state: "loading", loadProgress: 0, ...base };
            case "ready":
                return { state: this.running.size > 0 ? "busy" : "ready", model: p.facts, ...base };
            case "failed":
                return { state: "error", error: p.error, ...base };
        }
    }

    /** Asks the server which models it serves; resolves once the configured one is there. */
    load(reload = false): Promise<void> {
        if (reload) {
            this.generation++;
            this.setPhase({ kind: "idle" });
        }
        if (this.phase.kind === "ready") return Promise.resolve();
        if (this.phase.kind === "loading") return this.phase.done;
        // a server that just failed is not asked again for every background request (reload or a settings change do)
        if (this.phase.kind === "failed" && performance.now() - this.failedAt < REPROBE_AFTER_MS) return Promise.reject(new EngineError(this.phase.error.kind, this.phase.error.message));
        if (!this.config.endpoint) {
            const message = 'skrivehjelp.engine is "openai", but skrivehjelp.openai.endpoint is empty. Set it to the server\'s address, for example http://127.0.0.1:8080/v1.';
            this.setPhase({ kind: "failed", error: { kind: "notConfigured", message } });
            return Promise.reject(new EngineError("notConfigured", message));
        }
        this.warnIfCleartext();
        const generation = this.generation;
        const done = this.probe().then(
            (ready) => {
                if (generation !== this.generation) return this.afterStaleProbe();
                this.setPhase(ready);
                this.opts.log("info", `model server ready: ${ready.model} at ${this.config.endpoint} (${ready.facts.loadMs} ms)`);
                this.pump();
            },
            (e: EngineError) => {
                if (generation !== this.generation) return this.afterStaleProbe();
                this.opts.log("error", e.message);
                this.setPhase({ kind: "failed", error: { kind: e.kind as ModelErrorKind, message: e.message } });
                throw e;
            },
        );
        this.setPhase({ kind: "loading", done });
        return done;
    }

    /** A probe finished for settings that have changed since: wait for the current one, if any. */
    private afterStaleProbe(): Promise<void> {
        if (this.phase.kind === "loading") return this.phase.done;
        if (this.phase.kind === "ready") return Promise.resolve();
        return Promise.reject(new EngineError("loadFailed", "The model server settings changed; the request was stopped."));
    }

    async generate(params: GenerationRequest, priority: Priority, signal?: AbortSignal, onText?: (t: string) => void): Promise<GenerateOutcome> {
        if (signal?.aborted) throw cancelledError();
        await this.load();
        if (signal?.aborted) throw cancelledError();
        return new Promise<GenerateOutcome>((resolve, reject) => {
            const job: Job = { params, signal, onText, enqueuedAt: performance.now(), stop: new AbortController(), resolve, reject };
            signal?.addEventListener(
                "abort",
                () => {
                    if (this.queue.remove(job)) {
                        job.reject(cancelledError());
                        this.emitStatus();
                    }
                },
                { once: true },
            );
            this.queue.push(job, priority);
            this.pump();
            this.emitStatus();
        });
    }

    dispose(reason = "The language server is shutting down."): void {
        this.generation++;
        this.stopAll(new EngineError("loadFailed", reason));
        this.setPhase({ kind: "idle" });
    }

    private pump(): void {
        if (this.phase.kind !== "ready") return;
        const model = this.phase.model;
        while (this.running.size < this.config.maxConcurrent && this.queue.size > 0) {
            const job = this.queue.shift()!;
            this.running.add(job);
            void this.run(job, model);
        }
    }

    private async run(job: Job, model: string): Promise<void> {
        const dispatchedAt = performance.now();
        const { path, body } = buildRequest(job.params, model);
        const json = JSON.stringify(body);
        let retries = 0;
        let settled: { result: GenerateOutcome } | { error: Error };
        for (;;) {
            const a = await this.attempt(job, path, json);
            if ("ok" in a) {
                settled = { result: { ...a.ok, queuedMs: dispatchedAt - job.enqueuedAt } };
                break;
            }
            if ("cancelled" in a) {
                settled = { error: job.stopReason ?? cancelledError(a.cancelled) };
                break;
            }
            const f = a.failure;
            if (isRetryable(f) && retries < this.backoff.retries && !job.signal?.aborted && !job.stop.signal.aborted) {
                const wait = backoffMs(retries, this.backoff, f.type === "http" ? f.retryAfter : undefined);
                this.opts.log("warn", `model server: ${describeFailure(f)}; retrying in ${wait} ms`);
                retries++;
                if (await this.sleep(wait, job)) continue;
                settled = { error: job.stopReason ?? cancelledError() };
                break;
            }
            const error = toEngineError(f, this.failureContext(path, retries));
            this.opts.log(CONFIG_ERRORS.has(error.kind) ? "error" : "warn", error.message);
            // a wrong key, model or address fails every request: say so in the status, and probe again next time
            if (CONFIG_ERRORS.has(error.kind) && this.phase.kind === "ready") {
                this.setPhase({ kind: "failed", error: { kind: error.kind as ModelErrorKind, message: error.message } });
                for (const waiting of this.queue.drain()) waiting.reject(error);
            }
            settled = { error };
            break;
        }
        this.running.delete(job);
        if ("result" in settled) job.resolve(settled.result);
        else job.reject(settled.error);
        this.pump();
        this.emitStatus();
    }

    /** One HTTP request, streamed. Never throws; never waits longer than the time-out without data. */
    private async attempt(job: Job, path: string, body: string): Promise<Attempt> {
        const controller = new AbortController();
        let why: "cancel" | "timeout" | undefined;
        const onAbort = () => {
            why ??= "cancel";
            controller.abort();
        };
        job.signal?.addEventListener("abort", onAbort, { once: true });
        job.stop.signal.addEventListener("abort", onAbort, { once: true });
        const timeoutMs = this.config.timeoutSeconds * 1000;
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
            if (job.signal?.aborted || job.stop.signal.aborted) return { cancelled: partial() };
            arm();
            const res = await fetch(this.config.endpoint + path, { method: "POST", headers: this.headers("text/event-stream"), body, signal: controller.signal });
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
                        job.onText?.(c.text);
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
            if (why === "timeout") return { failure: { type: "timeout", phase: first || headers ? "idle" : "start", seconds: this.config.timeoutSeconds } };
            if (headers) return { failure: { type: "cut", tokens: pieces } };
            return { failure: networkFailure(e) };
        } finally {
            clearTimeout(timer);
            job.signal?.removeEventListener("abort", onAbort);
            job.stop.signal.removeEventListener("abort", onAbort);
        }
    }

    /** GET /models, with the same retries as a generation. */
    private async probe(): Promise<Extract<Phase, { kind: "ready" }>> {
        const started = performance.now();
        const generation = this.generation;
        for (let retries = 0; ; retries++) {
            const f = await this.probeOnce();
            if (!("failure" in f)) {
                const { ids, contextSize } = f.models;
                this.served = ids;
                let model = this.config.model;
                if (!model) {
                    if (ids.length === 0) throw new EngineError("notConfigured", `The model server at ${this.config.endpoint} lists no models. Set skrivehjelp.openai.model to the name it serves.`);
                    model = ids[0];
                } else if (f.listed && !ids.includes(model)) {
                    throw toEngineError({ type: "http", status: 404, body: "" }, { ...this.failureContext("/models", 0), served: ids });
                }
                const ctx = contextSize[model] ?? 0;
                const facts: ModelFacts = {
                    name: model,
                    path: this.config.endpoint,
                    sizeBytes: 0,
                    contextSize: ctx,
                    trainContextSize: ctx,
                    threads: 0,
                    sequences: this.config.maxConcurrent,
                    loadMs: Math.round(performance.now() - started),
                };
                return { kind: "ready", facts, model };
            }
            if (!isRetryable(f.failure) || retries >= this.backoff.retries || generation !== this.generation) throw toEngineError(f.failure, this.failureContext("/models", retries));
            const wait = backoffMs(retries, this.backoff, f.failure.type === "http" ? f.failure.retryAfter : undefined);
            this.opts.log("warn", `model server: ${describeFailure(f.failure)}; retrying in ${wait} ms`);
            await new Promise((r) => setTimeout(r, wait));
        }
    }

    private async probeOnce(): Promise<{ models: ReturnType<typeof parseModels>; listed: boolean } | { failure: AttemptFailure }> {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, this.config.timeoutSeconds * 1000);
        try {
            const res = await fetch(`${this.config.endpoint}/models`, { headers: this.headers("application/json"), signal: controller.signal });
            const body = await res.text();
            // a server without /models (some proxies) is fine: the generation request will tell
            if (res.status === 404 || res.status === 405) return { models: { ids: this.config.model ? [this.config.model] : [], contextSize: {} }, listed: false };
            if (!res.ok) return { failure: { type: "http", status: res.status, body, retryAfter: res.headers.get("retry-after") } };
            let parsed: unknown;
            try {
                parsed = JSON.parse(body);
            } catch {
                return { failure: { type: "http", status: 502, body: `not JSON from /models: ${body.slice(0, 100)}` } };
            }
            return { models: parseModels(parsed), listed: true };
        } catch (e) {
            if (timedOut) return { failure: { type: "timeout", phase: "start", seconds: this.config.timeoutSeconds } };
            return { failure: networkFailure(e) };
        } finally {
            clearTimeout(timer);
        }
    }

    private headers(accept: string): Record<string, string> {
        const h: Record<string, string> = { "content-type": "application/json", accept };
        if (this.config.apiKey) h.authorization = `Bearer ${this.config.apiKey}`;
        return h;
    }

    private failureContext(path: string, retries: number): FailureContext {
        return { endpoint: this.config.endpoint, model: this.config.model || "(first listed)", path, hasApiKey: !!this.config.apiKey, retries, served: this.served };
    }

    private warnIfCleartext(): void {
        if (!this.config.apiKey || this.warnedCleartext === this.config.endpoint) return;
        const url = new URL(this.config.endpoint);
        const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
        if (url.protocol === "http:" && !loopback) {
            this.warnedCleartext = this.config.endpoint;
            this.opts.log("warn", `the API key goes to ${url.host} over plain http: anyone on the network path can read it. Use an https:// endpoint.`);
        }
    }

    /** Waits `ms` unless the job is cancelled or stopped first; true when the wait ran out. */
    private sleep(ms: number, job: Job): Promise<boolean> {
        return new Promise((resolve) => {
            const done = (ok: boolean) => {
                clearTimeout(t);
                job.signal?.removeEventListener("abort", stop);
                job.stop.signal.removeEventListener("abort", stop);
                resolve(ok);
            };
            const stop = () => done(false);
            const t = setTimeout(() => done(true), ms);
            job.signal?.addEventListener("abort", stop, { once: true });
            job.stop.signal.addEventListener("abort", stop, { once: true });
        });
    }

    private stopAll(error: EngineError): void {
        for (const job of this.queue.drain()) job.reject(error);
        for (const job of this.running) {
            job.stopReason = error;
            job.stop.abort();
        }
    }

    private setPhase(phase: Phase): void {
        if (phase.kind === "failed") this.failedAt = performance.now();
        this.phase = phase;
        this.emitStatus();
    }

    private emitStatus(): void {
        this.emit(this.status());
    }
}

function describeFailure(f: AttemptFailure): string {
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
