// Test and benchmark models, generated on demand into <repo>/.cache/models (git-ignored).
// No weights can be downloaded here, so every model is written from scratch: llama
// architecture, the real Llama 3 tokenizer, random weights.
//
//   tiny.gguf                a ~12 MB model for tests: loads in milliseconds, real tokenizer
//                            and chat template, nonsense output
//   nb-llama-1b-shape.gguf   NB-Llama-3.2-1B's exact shape in Q4_0 (~700 MB): runs at the real
//                            model's speed, for the benchmark
//   broken/*.gguf            files a model loader must survive (or, for aborts.gguf, cannot)
//
// A model is regenerated when its sidecar `<file>.json` is missing or its fingerprint (the
// generator version, the model spec and the tokenizer package version) differs. Bump
// GENERATOR_VERSION whenever a change here or in gguf-writer.ts changes the bytes written.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { GgmlType, GgufWriter, LlamaFileType, gguf, type TensorInit } from "./gguf-writer";
import { llama3TokenizerMetadata, loadLlama3Tokenizer, tokenizerPackageVersion } from "./llama3-tokenizer";

export const GENERATOR_VERSION = 1;

/** The shape and weights of a llama-architecture model. */
export interface LlamaModelSpec {
    /** `general.name` */
    readonly name: string;
    readonly embeddingLength: number;
    readonly blockCount: number;
    readonly headCount: number;
    readonly headCountKv: number;
    readonly feedForwardLength: number;
    readonly contextLength: number;
    readonly ropeFreqBase: number;
    readonly rmsNormEps: number;
    /** Llama 3.1+ long-context RoPE scaling (written as the `rope_freqs.weight` tensor). */
    readonly ropeScaling?: {
        readonly factor: number;
        readonly lowFreqFactor: number;
        readonly highFreqFactor: number;
        readonly originalContextLength: number;
    };
    /** Type of the 2-D weight tensors whose innermost dimension is a multiple of 32 (others: F16). */
    readonly weightType: GgmlType.Q8_0 | GgmlType.Q4_0 | GgmlType.F16 | GgmlType.F32;
    /** "normal": Gaussian (small models); "uniform": fast noise drawn as quantized codes (big models). */
    readonly noise: "normal" | "uniform";
    /** Standard deviation of the token embedding (also the output layer: it is tied). */
    readonly embeddingStd: number;
    /** Standard deviation of the other weight matrices. */
    readonly weightStd: number;
    readonly seed: number;
}

/** The model for tests: small enough to generate in about a second, loads in milliseconds. */
export const TINY_MODEL: LlamaModelSpec = {
    name: `skrivehjelp-tiny-llama3 (random weights, generator v${GENERATOR_VERSION})`,
    embeddingLength: 32,
    blockCount: 2,
    headCount: 4,
    headCountKv: 2,
    feedForwardLength: 64,
    contextLength: 4096,
    ropeFreqBase: 500000,
    rmsNormEps: 1e-5,
    weightType: GgmlType.Q8_0,
    noise: "normal",
    embeddingStd: 1,
    weightStd: 0.02,
    seed: 42,
};

/** NB-Llama-3.2-1B's exact shape (= Llama-3.2-1B), random weights, Q4_0: for the benchmark. */
export const NB_LLAMA_1B_SHAPE_MODEL: LlamaModelSpec = {
    name: `nb-llama-3.2-1b-shape (random weights, generator v${GENERATOR_VERSION})`,
    embeddingLength: 2048,
    blockCount: 16,
    headCount: 32,
    headCountKv: 8,
    feedForwardLength: 8192,
    contextLength: 131072,
    ropeFreqBase: 500000,
    rmsNormEps: 1e-5,
    ropeScaling: { factor: 32, lowFreqFactor: 1, highFreqFactor: 4, originalContextLength: 8192 },
    weightType: GgmlType.Q4_0,
    noise: "uniform",
    embeddingStd: 1,
    weightStd: 0.02,
    seed: 1,
};

export interface GeneratedFile {
    readonly path: string;
    readonly bytes: number;
    readonly seconds: number;
}

export interface EnsureOptions {
    /** Regenerate even when the file is up to date. */
    readonly force?: boolean;
    /** Called for each file actually (re)generated. */
    readonly onGenerated?: (file: GeneratedFile) => void;
}

export interface BrokenModels {
    /** A tiny model cut off inside its tensor data: loading fails with an error. */
    readonly truncated: string;
    /** Not a GGUF file at all: node-llama-cpp throws InvalidGgufMagicError. */
    readonly wrongMagic: string;
    /**
     * A well-formed GGUF without `llama.feed_forward_length`: llama.cpp hits GGML_ASSERT and
     * SIGABRTs the whole process. Only ever load it in a child process.
     */
    readonly aborts: string;
}

// ---------------------------------------------------------------------------------------
// Locations

let repoRootCache: string | undefined;

/** The repository root: the nearest directory above this file (or the cwd) with our package.json. */
export function repoRoot(): string {
    if (repoRootCache) return repoRootCache;
    for (const start of [__dirname, process.cwd()]) {
        for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
            if (isOurPackage(path.join(dir, "package.json"))) return (repoRootCache = dir);
            if (path.dirname(dir) === dir) break;
        }
    }
    throw new Error(`cannot find the repository root above ${__dirname} or ${process.cwd()}`);
}

function isOurPackage(file: string): boolean {
    try {
        return (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown }).name === "skrivehjelp";
    } catch {
        return false;
    }
}

/** Where models are generated: `$SKRIVEHJELP_MODELS_DIR`, or `<repo>/.cache/models`. */
export function modelsDir(): string {
    return process.env.SKRIVEHJELP_MODELS_DIR || path.join(repoRoot(), ".cache", "models");
}

// ---------------------------------------------------------------------------------------
// The models

/** `<models>/tiny.gguf`, generated if missing or stale. */
export function ensureTinyModel(options: EnsureOptions = {}): Promise<string> {
    const file = path.join(modelsDir(), "tiny.gguf");
    return ensureFile(file, fingerprint("llama", TINY_MODEL), (out) => llamaModelWriter(TINY_MODEL).write(out), options);
}

/** `<models>/nb-llama-1b-shape.gguf` (~700 MB), generated if missing or stale (seconds, not minutes). */
export function ensureNbLlama1bShapeModel(options: EnsureOptions = {}): Promise<string> {
    const file = path.join(modelsDir(), "nb-llama-1b-shape.gguf");
    const spec = NB_LLAMA_1B_SHAPE_MODEL;
    return ensureFile(file, fingerprint("llama", spec), (out) => llamaModelWriter(spec).write(out), options);
}

/** The files of `<models>/broken/`, generated if missing or stale. */
export async function ensureBrokenModels(options: EnsureOptions = {}): Promise<BrokenModels> {
    const dir = path.join(modelsDir(), "broken");
    const truncatedSpec = { ...TINY_MODEL, name: "skrivehjelp-broken-truncated" };
    const abortsSpec = { ...TINY_MODEL, name: "skrivehjelp-broken-aborts" };
    // One after the other: generation is CPU-bound, and each file's timing stays its own.
    const truncated = await ensureFile(
        path.join(dir, "truncated.gguf"),
        fingerprint("truncated", truncatedSpec),
        async (out) => {
            const writer = llamaModelWriter(truncatedSpec);
            const { headerBytes, dataBytes } = writer.layout();
            await writer.write(out, { truncateAt: headerBytes + Math.floor(dataBytes / 2) });
        },
        options,
    );
    const wrongMagic = await ensureFile(path.join(dir, "wrong-magic.gguf"), fingerprint("wrong-magic", {}), (out) => writeFileAtomic(out, notGguf()), options);
    const aborts = await ensureFile(
        path.join(dir, "aborts.gguf"),
        fingerprint("aborts", abortsSpec),
        (out) => llamaModelWriter(abortsSpec).delete("llama.feed_forward_length").write(out),
        options,
    );
    return { truncated, wrongMagic, aborts };
}

/**
 * A writer holding a complete llama-architecture model: metadata as llama.cpp's converter
 * writes it, the real Llama 3 tokenizer and random weights. Call `.write(file)` on it.
 * `weights` sets chosen 2-D tensors by name instead (answerModel.ts writes a model that way).
 */
export function llamaModelWriter(spec: LlamaModelSpec, weights: Readonly<Record<string, TensorInit>> = {}): GgufWriter {
    const E = spec.embeddingLength;
    const headDim = E / spec.headCount;
    if (!Number.isInteger(headDim)) throw new Error(`${spec.name}: embedding length not divisible by head count`);
    const tok = loadLlama3Tokenizer();
    const vocabSize = tok.tokens.length;

    const w = new GgufWriter(spec.seed);
    w.set("general.architecture", gguf.string("llama"));
    w.set("general.type", gguf.string("model"));
    w.set("general.name", gguf.string(spec.name));
    w.set("general.file_type", gguf.u32(fileType(spec.weightType)));
    if (spec.weightType === GgmlType.Q4_0 || spec.weightType === GgmlType.Q8_0) w.set("general.quantization_version", gguf.u32(2));
    w.set("llama.vocab_size", gguf.u32(vocabSize));
    w.set("llama.context_length", gguf.u32(spec.contextLength));
    w.set("llama.embedding_length", gguf.u32(E));
    w.set("llama.block_count", gguf.u32(spec.blockCount));
    w.set("llama.feed_forward_length", gguf.u32(spec.feedForwardLength));
    w.set("llama.attention.head_count", gguf.u32(spec.headCount));
    w.set("llama.attention.head_count_kv", gguf.u32(spec.headCountKv));
    w.set("llama.attention.key_length", gguf.u32(headDim));
    w.set("llama.attention.value_length", gguf.u32(headDim));
    w.set("llama.rope.dimension_count", gguf.u32(headDim));
    w.set("llama.rope.freq_base", gguf.f32(spec.ropeFreqBase));
    w.set("llama.attention.layer_norm_rms_epsilon", gguf.f32(spec.rmsNormEps));
    for (const [key, value] of llama3TokenizerMetadata(tok)) w.set(key, value);

    const matrixType = (inner: number): GgmlType =>
        spec.weightType === GgmlType.Q4_0 || spec.weightType === GgmlType.Q8_0 ? (inner % 32 === 0 ? spec.weightType : GgmlType.F16) : spec.weightType;
    const noise = (std: number): TensorInit => ({ kind: spec.noise, std });
    const matrix = (name: string, inner: number, outer: number, std: number): void => {
        w.addTensor({ name, dims: [inner, outer], type: matrixType(inner), init: weights[name] ?? noise(std) });
    };
    const ones = (name: string): void => {
        w.addTensor({ name, dims: [E], type: GgmlType.F32, init: { kind: "constant", value: 1 } });
    };

    const qDim = spec.headCount * headDim;
    const kvDim = spec.headCountKv * headDim;
    const F = spec.feedForwardLength;
    // Tensor order as llama.cpp's converter writes it. No output.weight: tied to token_embd.
    matrix("token_embd.weight", E, vocabSize, spec.embeddingStd);
    if (spec.ropeScaling) {
        w.addTensor({ name: "rope_freqs.weight", dims: [headDim / 2], type: GgmlType.F32, init: { kind: "values", values: llama3RopeFactors(spec, headDim) } });
    }
    for (let i = 0; i < spec.blockCount; i++) {
        ones(`blk.${i}.attn_norm.weight`);
        matrix(`blk.${i}.ffn_down.weight`, F, E, spec.weightStd);
        matrix(`blk.${i}.ffn_gate.weight`, E, F, spec.weightStd);
        matrix(`blk.${i}.ffn_up.weight`, E, F, spec.weightStd);
        ones(`blk.${i}.ffn_norm.weight`);
        matrix(`blk.${i}.attn_k.weight`, E, kvDim, spec.weightStd);
        matrix(`blk.${i}.attn_output.weight`, qDim, E, spec.weightStd);
        matrix(`blk.${i}.attn_q.weight`, E, qDim, spec.weightStd);
        matrix(`blk.${i}.attn_v.weight`, E, kvDim, spec.weightStd);
    }
    ones("output_norm.weight");
    return w;
}

/** Llama 3.1's frequency factors for long-context RoPE, as llama.cpp's converter computes them. */
function llama3RopeFactors(spec: LlamaModelSpec, headDim: number): Float32Array {
    const s = spec.ropeScaling!;
    const lowFreqWavelen = s.originalContextLength / s.lowFreqFactor;
    const highFreqWavelen = s.originalContextLength / s.highFreqFactor;
    const factors = new Float32Array(headDim / 2);
    for (let i = 0; i < factors.length; i++) {
        const freq = 1 / spec.ropeFreqBase ** ((2 * i) / headDim);
        const wavelen = (2 * Math.PI) / freq;
        if (wavelen < highFreqWavelen) factors[i] = 1;
        else if (wavelen > lowFreqWavelen) factors[i] = s.factor;
        else {
            const smooth = (s.originalContextLength / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
            factors[i] = 1 / ((1 - smooth) / s.factor + smooth);
        }
    }
    return factors;
}

function fileType(t: GgmlType): LlamaFileType {
    switch (t) {
        case GgmlType.Q4_0:
            return LlamaFileType.MOSTLY_Q4_0;
        case GgmlType.Q8_0:
            return LlamaFileType.MOSTLY_Q8_0;
        case GgmlType.F16:
            return LlamaFileType.MOSTLY_F16;
        case GgmlType.F32:
            return LlamaFileType.ALL_F32;
    }
}

/** What a user might pick by mistake: a safetensors file (8-byte header length, JSON header). */
function notGguf(): Buffer {
    const header = Buffer.from(JSON.stringify({ __metadata__: { format: "pt", note: "not a GGUF file" } }).padEnd(64, " "));
    const out = Buffer.alloc(8 + header.length + 64);
    out.writeBigUInt64LE(BigInt(header.length), 0);
    header.copy(out, 8);
    return out;
}

// ---------------------------------------------------------------------------------------
// Generate once: fingerprints, locks, atomic writes

export function fingerprint(kind: string, spec: object): string {
    const text = JSON.stringify({ generator: GENERATOR_VERSION, kind, spec, tokenizer: tokenizerPackageVersion() });
    return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

interface Sidecar {
    fingerprint: string;
    bytes: number;
    seconds: number;
}

const inProcess = new Map<string, Promise<string>>();

/**
 * Makes sure `file` exists and matches `fp`, calling `build(file)` otherwise. `build` must
 * write atomically. Concurrent callers (in this process or others, e.g. parallel test
 * files) wait for one generation instead of each writing the file.
 */
export function ensureFile(file: string, fp: string, build: (file: string) => Promise<unknown>, options: EnsureOptions): Promise<string> {
    const running = inProcess.get(file);
    if (running && !options.force) return running;
    const job = (async (): Promise<string> => {
        if (running) await running.catch(() => undefined);
        if (!options.force && (await isFresh(file, fp))) return file;
        await fsp.mkdir(path.dirname(file), { recursive: true });
        return withLock(`${file}.lock`, async () => {
            if (!options.force && (await isFresh(file, fp))) return file; // another process made it
            await removeAbandonedTemps(file);
            const started = performance.now();
            await build(file);
            const seconds = (performance.now() - started) / 1000;
            const bytes = (await fsp.stat(file)).size;
            const sidecar: Sidecar = { fingerprint: fp, bytes, seconds: Math.round(seconds * 1000) / 1000 };
            await writeFileAtomic(`${file}.json`, JSON.stringify(sidecar, null, 2) + "\n");
            options.onGenerated?.({ path: file, bytes, seconds });
            return file;
        });
    })();
    inProcess.set(file, job);
    job.catch(() => {
        if (inProcess.get(file) === job) inProcess.delete(file);
    });
    return job;
}

async function isFresh(file: string, fp: string): Promise<boolean> {
    try {
        const sidecar = JSON.parse(await fsp.readFile(`${file}.json`, "utf8")) as Partial<Sidecar>;
        if (sidecar.fingerprint !== fp) return false;
        return (await fsp.stat(file)).size === sidecar.bytes;
    } catch {
        return false;
    }
}

/** Writes `data` to a temporary file next to `file` and renames it into place. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
    const temp = `${file}.tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
    try {
        await fsp.writeFile(temp, data);
        await fsp.rename(temp, file);
    } catch (e) {
        await fsp.rm(temp, { force: true });
        throw e;
    }
}

/** Deletes `<file>.tmp-<pid>-*` left by a process that no longer runs (a killed generation). */
async function removeAbandonedTemps(file: string): Promise<void> {
    const prefix = `${path.basename(file)}.tmp-`;
    for (const name of await fsp.readdir(path.dirname(file))) {
        if (!name.startsWith(prefix)) continue;
        const pid = Number(name.slice(prefix.length).split("-")[0]);
        if (!isAlive(pid)) await fsp.rm(path.join(path.dirname(file), name), { force: true });
    }
}

function isAlive(pid: number): boolean {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    if (pid === process.pid) return true;
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === "EPERM";
    }
}

const locksHeld = new Set<string>();

/** A lock file holding the owner's pid; a lock whose owner is gone is taken over. */
async function withLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
    for (;;) {
        try {
            const handle = await fsp.open(lock, "wx");
            await handle.writeFile(String(process.pid));
            await handle.close();
            locksHeld.add(lock);
            break;
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        }
        const owner = Number(await fsp.readFile(lock, "utf8").catch(() => ""));
        const age = await fsp.stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
        // An empty lock is one being created right now, unless it is old. Our own pid on a
        // lock we do not hold is a leftover from an earlier process that had the same pid.
        const abandoned = owner > 0 ? !isAlive(owner) || (owner === process.pid && !locksHeld.has(lock)) : age > 10_000;
        if (abandoned) {
            await fsp.rm(lock, { force: true });
            continue;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
        return await fn();
    } finally {
        locksHeld.delete(lock);
        await fsp.rm(lock, { force: true });
    }
}
