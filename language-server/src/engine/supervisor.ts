// Runs the model in a worker process and keeps the server alive when that process dies.
// Owns the engine state, the priority queue and cancellation; knows nothing of LSP.
import { fork, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import type { EngineStatus, ModelFacts } from "../protocol/engine";
import { Priority } from "../protocol/engine";
import type { Logger } from "../protocol/log";
import { uiText } from "../uiMessages";
import { cancelledError, contextOverflowError, EngineError, type Engine, type GenerateOutcome, type GenerationRequest } from "./engine";
import { memoryProblem } from "./memoryGuard";
import { checkModelFile } from "./modelFile";
import { PriorityQueue } from "./priorityQueue";
import { changedStatusEmitter } from "./statusEmitter";
import type { FromWorker, LoadOptions, ToWorker } from "./worker/messages";

interface Job {
    id: number;
    params: GenerationRequest;
    priority: Priority;
    signal?: AbortSignal;
    onText?: (text: string) => void;
    enqueuedAt: number;
    dispatchedAt?: number;
    resolve: (r: GenerateOutcome) => void;
    reject: (e: Error) => void;
}

type Phase =
    | { kind: "idle" }
    | { kind: "loading"; progress: number; done: Promise<void> }
    | { kind: "ready"; facts: ModelFacts }
    | { kind: "failed"; error: NonNullable<EngineStatus["error"]> };

const OUTPUT_TAIL = 4096;

export interface SupervisorOptions {
    /** Script the worker runs: the server bundle, started with `--engine-worker`. */
    workerScript: string;
    log: Logger;
    onStatus?: (status: EngineStatus) => void;
}

export class EngineSupervisor implements Engine {
    private options: LoadOptions = { modelPath: "", threads: 1, contextSize: 4096, sequences: 1, gpu: "off", gpuLayers: null };
    private phase: Phase = { kind: "idle" };
    private worker: ChildProcess | undefined;
    private outputTail = "";
    private readonly queue = new PriorityQueue<Job>();
    private readonly running = new Map<number, Job>();
    private nextId = 1;
    private readonly emit: (status: EngineStatus) => void;
    /** Set once anyone asked for the model: from then on a settings change loads the new one. */
    private wanted = false;

    constructor(private readonly opts: SupervisorOptions) {
        this.emit = changedStatusEmitter(opts.onStatus);
    }

    /** Applies new settings; a loaded model is reloaded when anything it was loaded with changed. */
    configure(options: LoadOptions): void {
        const changed = JSON.stringify(options) !== JSON.stringify(this.options);
        this.options = options;
        if (!changed) return;
        this.stopWorker(new EngineError("loadFailed", uiText("modelSettingsChanged")));
        this.setPhase({ kind: "idle" });
        if (this.wanted) this.load().catch(() => undefined); // failures are reported through the status
    }

    get loadOptions(): LoadOptions {
        return this.options;
    }

    status(): EngineStatus {
        const p = this.phase;
        const base = {
            modelPath: this.options.modelPath,
            ...(this.options.fromUri ? { modelUri: this.options.fromUri.uri } : {}),
            running: this.running.size,
            queued: this.queue.size,
        };
        switch (p.kind) {
            case "idle":
                return { state: "none", ...base };
            case "loading":
                return { state: "loading", loadProgress: p.progress, ...base };
            case "ready":
                return { state: this.running.size > 0 ? "busy" : "ready", model: p.facts, ...base };
            case "failed":
                return { state: "error", error: p.error, ...base };
        }
    }

    /** Loads the configured model unless it is loaded or loading; resolves when ready. */
    load(reload = false): Promise<void> {
        this.wanted = true;
        if (reload) {
            this.stopWorker(new EngineError("loadFailed", uiText("modelReloading")));
            this.setPhase({ kind: "idle" });
        }
        if (this.phase.kind === "ready") return Promise.resolve();
        if (this.phase.kind === "loading") return this.phase.done;

        const problem =
            checkModelFile(this.options.modelPath, this.options.fromUri) ??
            memoryProblem(this.options.modelPath, this.options.contextSize, this.options.sequences);
        if (problem) {
            this.setPhase({ kind: "failed", error: problem });
            return Promise.reject(new EngineError(problem.kind, problem.message));
        }
        const done = new Promise<void>((resolve, reject) => this.spawn(resolve, reject));
        this.setPhase({ kind: "loading", progress: 0, done });
        return done;
    }

    /** Queues a generation; it starts when a sequence is free, most urgent priority first. */
    async generate(
        params: GenerationRequest,
        priority: Priority,
        signal?: AbortSignal,
        onText?: (t: string) => void,
    ): Promise<GenerateOutcome> {
        if (signal?.aborted) throw cancelledError();
        await this.load();
        // cancelled while the model loaded: the listener below would never fire
        if (signal?.aborted) throw cancelledError();
        return new Promise<GenerateOutcome>((resolve, reject) => {
            const job: Job = { id: this.nextId++, params, priority, signal, onText, enqueuedAt: performance.now(), resolve, reject };
            signal?.addEventListener("abort", () => this.cancel(job), { once: true });
            this.queue.push(job, priority);
            this.pump();
            this.emitStatus();
        });
    }

    dispose(reason = uiText("serverShuttingDown")): void {
        this.stopWorker(new EngineError("loadFailed", reason));
    }

    /** The worker's process id, for diagnostics and crash tests. */
    get workerPid(): number | undefined {
        return this.worker?.pid;
    }

    private cancel(job: Job): void {
        if (this.queue.remove(job)) {
            job.reject(cancelledError());
            this.emitStatus();
        } else if (this.running.has(job.id)) {
            this.send({ type: "cancel", id: job.id });
        }
    }

    private pump(): void {
        if (this.phase.kind !== "ready") return;
        while (this.running.size < this.options.sequences && this.queue.size > 0) {
            const job = this.queue.shift()!;
            job.dispatchedAt = performance.now();
            this.running.set(job.id, job);
            this.send({ type: "generate", id: job.id, params: job.params });
        }
    }

    private spawn(resolve: () => void, reject: (e: Error) => void): void {
        const child = fork(this.opts.workerScript, ["--engine-worker"], {
            stdio: ["ignore", "pipe", "pipe", "ipc"],
            execArgv: [],
        });
        this.worker = child;
        this.outputTail = "";
        const keepTail = (chunk: Buffer) => {
            this.outputTail = (this.outputTail + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
        };
        child.stderr?.on("data", keepTail);
        child.stdout?.on("data", keepTail);
        let settled = false;
        const settle = (error?: Error) => {
            if (settled) return;
            settled = true;
            if (error) reject(error);
            else resolve();
        };
        child.on("message", (m: FromWorker) => {
            if (child !== this.worker) return;
            this.onWorkerMessage(m, settle);
        });
        child.on("error", (e) => {
            if (child !== this.worker) return;
            this.opts.log("error", `model worker: ${e.message}`);
        });
        child.on("exit", (code, signal) => {
            if (child !== this.worker) return;
            this.worker = undefined;
            const assertLine = this.outputTail.split("\n").find((l) => /GGML_ASSERT|error|abort|out of memory/i.test(l));
            const message = uiText("workerCrashed", {
                signal,
                code,
                loading: this.phase.kind === "loading",
                llamaLine: assertLine?.trim().slice(0, 300),
            });
            this.opts.log("error", message);
            const error = new EngineError("crashed", message);
            this.failAll(error);
            this.setPhase({ kind: "failed", error: { kind: "crashed", message } });
            settle(error);
        });
        this.send({ type: "load", options: this.options });
    }

    private onWorkerMessage(m: FromWorker, settleLoad: (e?: Error) => void): void {
        switch (m.type) {
            case "log":
                this.opts.log(m.level, m.message);
                break;
            case "loadProgress":
                if (this.phase.kind === "loading") this.setPhase({ ...this.phase, progress: m.progress });
                break;
            case "loaded":
                this.opts.log(
                    "info",
                    `model ready: ${m.facts.name} (${m.facts.loadMs} ms, ${m.facts.threads} threads, context ${m.facts.contextSize})`,
                );
                this.setPhase({ kind: "ready", facts: m.facts });
                settleLoad();
                this.pump();
                break;
            case "loadFailed": {
                this.opts.log("error", m.message);
                // the worker speaks English; its words become the detail of a sentence in the UI language
                const message = uiText("workerLoadFailed", m.kind, path.basename(this.options.modelPath), m.message);
                const error = new EngineError(m.kind, message);
                this.stopWorker(error);
                this.setPhase({ kind: "failed", error: { kind: m.kind, message } });
                settleLoad(error);
                break;
            }
            case "chunk":
                this.running.get(m.id)?.onText?.(m.text);
                break;
            case "done":
            case "failed": {
                const job = this.running.get(m.id);
                if (!job) break;
                this.running.delete(m.id);
                // said again here, as the load failures are: the worker does not know the UI language
                // (an overflow from its counts; any other failure with its English words as the detail)
                if (m.type === "failed")
                    job.reject(
                        m.overflow
                            ? contextOverflowError(m.overflow)
                            : new EngineError("loadFailed", uiText("generationFailed", m.message)),
                    );
                else if (m.result.stopReason === "cancelled") {
                    this.opts.log(
                        "debug",
                        `generation ${m.id} cancelled after ${m.result.tokens} tokens (stopped ${m.result.cancelLatencyMs} ms after the cancel)`,
                    );
                    job.reject(cancelledError(m.result));
                } else job.resolve({ ...m.result, queuedMs: (job.dispatchedAt ?? job.enqueuedAt) - job.enqueuedAt });
                this.pump();
                this.emitStatus();
                break;
            }
        }
    }

    private send(m: ToWorker): void {
        if (this.worker?.connected) this.worker.send(m);
    }

    private failAll(error: Error): void {
        for (const job of [...this.running.values(), ...this.queue.drain()]) job.reject(error);
        this.running.clear();
    }

    private stopWorker(error: Error): void {
        const child = this.worker;
        this.worker = undefined;
        this.failAll(error);
        if (child && child.exitCode === null) child.kill("SIGKILL");
    }

    private setPhase(phase: Phase): void {
        this.phase = phase;
        this.emitStatus();
    }

    private emitStatus(): void {
        this.emit(this.status());
    }
}
