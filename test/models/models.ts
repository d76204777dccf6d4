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
// GENERATOR_VERSION (generateOnce.ts) whenever a change in the writers changes the bytes written.

import * as fs from "node:fs";
import * as path from "node:path";
import { ensureFile, fingerprint, GENERATOR_VERSION, writeFileAtomic, type EnsureOptions } from "./generateOnce";
import { GgmlType } from "./gguf-format";
import { llamaModelWriter, type LlamaModelSpec } from "./llamaModel";

export { GENERATOR_VERSION, type EnsureOptions, type GeneratedFile } from "./generateOnce";
export type { LlamaModelSpec } from "./llamaModel";

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
    const wrongMagic = await ensureFile(
        path.join(dir, "wrong-magic.gguf"),
        fingerprint("wrong-magic", {}),
        (out) => writeFileAtomic(out, notGguf()),
        options,
    );
    const aborts = await ensureFile(
        path.join(dir, "aborts.gguf"),
        fingerprint("aborts", abortsSpec),
        (out) => llamaModelWriter(abortsSpec).delete("llama.feed_forward_length").write(out),
        options,
    );
    return { truncated, wrongMagic, aborts };
}

/** What a user might pick by mistake: a safetensors file (8-byte header length, JSON header). */
function notGguf(): Buffer {
    const header = Buffer.from(JSON.stringify({ __metadata__: { format: "pt", note: "not a GGUF file" } }).padEnd(64, " "));
    const out = Buffer.alloc(8 + header.length + 64);
    out.writeBigUInt64LE(BigInt(header.length), 0);
    header.copy(out, 8);
    return out;
}
