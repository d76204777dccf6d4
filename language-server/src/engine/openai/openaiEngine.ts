// An engine that is a server: any OpenAI-compatible HTTP API (llama.cpp's llama-server, vLLM,
// Ollama). Same contract as the local worker: priority queue, a cap on requests in flight,
// streaming, cancellation. No request leaves the machine until someone asks for the model.
import type { EngineStatus, ModelErrorKind, ModelFacts, Priority } from "../../protocol/engine";
import type { Logger } from "../../protocol/log";
import { uiText } from "../../uiMessages";
import { cancelledError, EngineError, type Engine, type GenerateOutcome, type GenerationRequest } from "../engine";
import { PriorityQueue } from "../priorityQueue";
import { changedStatusEmitter } from "../statusEmitter";
import { backoffMs, DEFAULT_BACKOFF, describeFailure, isRetryable, toEngineError, type BackoffPolicy, type FailureContext } from "./errors";
import { fetchModels } from "./models";
import { streamCompletion, waitUnlessAborted } from "./stream";
import { buildRequest, requestHeaders } from "./wire";

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
        this.stopAll(new EngineError("loadFailed", uiText("remoteSettingsChanged")));
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
        if (this.phase.kind === "failed" && performance.now() - this.failedAt < REPROBE_AFTER_MS)
            return Promise.reject(new EngineError(this.phase.error.kind, this.phase.error.message));
        if (!this.config.endpoint) {
            const message = uiText("remoteNoEndpoint");
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
        return Promise.reject(new EngineError("loadFailed", uiText("remoteSettingsChanged")));
    }

    async generate(
        params: GenerationRequest,
        priority: Priority,
        signal?: AbortSignal,
        onText?: (t: string) => void,
    ): Promise<GenerateOutcome> {
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

    dispose(reason = uiText("serverShuttingDown")): void {
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
            const a = await streamCompletion({
                url: this.config.endpoint + path,
                headers: requestHeaders("text/event-stream", this.config.apiKey),
                body: json,
                timeoutSeconds: this.config.timeoutSeconds,
                signals: [job.signal, job.stop.signal],
                onText: job.onText,
            });
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
                if (await waitUnlessAborted(wait, [job.signal, job.stop.signal])) continue;
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

    /** GET /models, with the same retries as a generation. */
    private async probe(): Promise<Extract<Phase, { kind: "ready" }>> {
        const started = performance.now();
        const generation = this.generation;
        for (let retries = 0; ; retries++) {
            const f = await fetchModels(
                this.config.endpoint,
                requestHeaders("application/json", this.config.apiKey),
                this.config.timeoutSeconds,
                this.config.model,
            );
            if (!("failure" in f)) {
                const { ids, contextSize } = f.models;
                this.served = ids;
                let model = this.config.model;
                if (!model) {
                    if (ids.length === 0) throw new EngineError("notConfigured", uiText("remoteNoModels", this.config.endpoint));
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
            if (!isRetryable(f.failure) || retries >= this.backoff.retries || generation !== this.generation)
                throw toEngineError(f.failure, this.failureContext("/models", retries));
            const wait = backoffMs(retries, this.backoff, f.failure.type === "http" ? f.failure.retryAfter : undefined);
            this.opts.log("warn", `model server: ${describeFailure(f.failure)}; retrying in ${wait} ms`);
            await new Promise((r) => setTimeout(r, wait));
        }
    }

    private failureContext(path: string, retries: number): FailureContext {
        return {
            endpoint: this.config.endpoint,
            model: this.config.model || uiText("remoteFirstListed"),
            path,
            hasApiKey: !!this.config.apiKey,
            retries,
            served: this.served,
        };
    }

    private warnIfCleartext(): void {
        if (!this.config.apiKey || this.warnedCleartext === this.config.endpoint) return;
        const url = new URL(this.config.endpoint);
        const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
        if (url.protocol === "http:" && !loopback) {
            this.warnedCleartext = this.config.endpoint;
            this.opts.log(
                "warn",
                `the API key goes to ${url.host} over plain http: anyone on the network path can read it. Use an https:// endpoint.`,
            );
        }
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
