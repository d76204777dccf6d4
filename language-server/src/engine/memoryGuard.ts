// Before a model is loaded: will it fit? The model's shape comes from the GGUF header (read
// here, in the server, without node-llama-cpp); weights + KV cache + working buffers are set
// against the memory the machine has free. Refusing with a suggestion beats a machine that
// swaps itself to a standstill, or a worker the kernel kills.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { uiText } from "../uiMessages";
import type { ModelFileProblem } from "./modelFile";

export interface ModelShape {
    architecture: string;
    blockCount: number;
    embeddingLength: number;
    headCount: number;
    headCountKv: number;
    /** Key/value width per head; defaults to embeddingLength / headCount. */
    keyLength: number;
    valueLength: number;
    trainContextSize: number;
    vocabSize: number;
}

const GGUF_MAGIC = 0x46554747; // "GGUF" little-endian

/** Reads the model's shape from a GGUF header; undefined when the file is not a GGUF this understands. */
export function readGgufShape(file: string): ModelShape | undefined {
    const r = new HeaderReader(file);
    try {
        if (r.u32() !== GGUF_MAGIC) return undefined;
        const version = r.u32();
        if (version < 2) return undefined;
        r.u64(); // tensor count
        const kvCount = r.u64();
        const kv = new Map<string, unknown>();
        let arch = "";
        const wanted = () => [`${arch}.block_count`, `${arch}.embedding_length`, `${arch}.attention.head_count`, `${arch}.context_length`];
        for (let i = 0; i < kvCount; i++) {
            const key = r.string();
            const type = r.u32();
            // the vocabulary can be 128,000 strings: only its length matters here
            if (key === "tokenizer.ggml.tokens" && type === 9) {
                const itemType = r.u32();
                const n = r.u64();
                kv.set(key, n);
                for (let j = 0; j < n; j++) r.skipValue(itemType);
                continue;
            }
            const value = r.value(type);
            kv.set(key, value);
            if (key === "general.architecture" && typeof value === "string") arch = value;
            if (arch && wanted().every((k) => kv.has(k)) && kv.has("tokenizer.ggml.tokens")) break;
        }
        const num = (k: string) =>
            typeof kv.get(k) === "number" ? (kv.get(k) as number) : typeof kv.get(k) === "bigint" ? Number(kv.get(k)) : undefined;
        const blockCount = num(`${arch}.block_count`);
        const embeddingLength = num(`${arch}.embedding_length`);
        const headCount = num(`${arch}.attention.head_count`);
        if (!arch || !blockCount || !embeddingLength || !headCount) return undefined;
        const headDim = embeddingLength / headCount;
        return {
            architecture: arch,
            blockCount,
            embeddingLength,
            headCount,
            headCountKv: num(`${arch}.attention.head_count_kv`) ?? headCount,
            keyLength: num(`${arch}.attention.key_length`) ?? headDim,
            valueLength: num(`${arch}.attention.value_length`) ?? headDim,
            trainContextSize: num(`${arch}.context_length`) ?? 0,
            vocabSize: num("tokenizer.ggml.tokens") ?? 0,
        };
    } catch {
        return undefined; // truncated or odd header: the loader gives its own, precise error
    } finally {
        r.close();
    }
}

export interface MemoryEstimate {
    weightsBytes: number;
    kvCacheBytes: number;
    workBytes: number;
    totalBytes: number;
    /** Tokens of context in all (context size × sequences, at most what the model was trained for). */
    contextTokens: number;
}

/** The KV cache is f16 (2 bytes); work buffers: logits for a 512-token batch plus a fixed allowance. */
export function estimateMemory(fileBytes: number, s: ModelShape, contextSize: number, sequences: number): MemoryEstimate {
    const perSequence = s.trainContextSize > 0 ? Math.min(contextSize, s.trainContextSize) : contextSize;
    const contextTokens = perSequence * sequences;
    const kvCacheBytes = s.blockCount * contextTokens * s.headCountKv * (s.keyLength + s.valueLength) * 2;
    const workBytes = s.vocabSize * 512 * 4 + contextTokens * s.embeddingLength * 4 + 200 * 2 ** 20;
    return { weightsBytes: fileBytes, kvCacheBytes, workBytes, totalBytes: fileBytes + kvCacheBytes + workBytes, contextTokens };
}

/** The largest context size (per sequence, a multiple of 256) that fits, or 0 when not even 256 does. */
export function contextThatFits(fileBytes: number, s: ModelShape, sequences: number, availableBytes: number): number {
    let best = 0;
    for (let ctx = 256; ctx <= Math.max(256, s.trainContextSize || 131072); ctx += 256) {
        if (estimateMemory(fileBytes, s, ctx, sequences).totalBytes > availableBytes) break;
        best = ctx;
    }
    return best;
}

/** Memory the machine can give without swapping; `SKRIVEHJELP_MEMORY_AVAILABLE` (bytes) overrides it for tests. */
export function availableMemory(): number {
    const forced = Number(process.env.SKRIVEHJELP_MEMORY_AVAILABLE);
    return Number.isFinite(forced) && forced > 0 ? forced : os.freemem(); // libuv: MemAvailable on Linux
}

export function memoryProblem(
    modelPath: string,
    contextSize: number,
    sequences: number,
    available = availableMemory(),
): ModelFileProblem | undefined {
    let size: number;
    try {
        size = fs.statSync(modelPath).size;
    } catch {
        return undefined;
    }
    const shape = readGgufShape(modelPath);
    if (!shape) return undefined;
    const e = estimateMemory(size, shape, contextSize, sequences);
    if (e.totalBytes <= available) return undefined;
    return {
        kind: "notEnoughMemory",
        message: uiText("notEnoughMemory", {
            name: path.basename(modelPath),
            totalBytes: e.totalBytes,
            weightsBytes: e.weightsBytes,
            contextTokens: e.contextTokens,
            kvCacheBytes: e.kvCacheBytes,
            workBytes: e.workBytes,
            availableBytes: available,
            fits: contextThatFits(size, shape, sequences, available),
        }),
    };
}

/** Sequential reads from the start of a file, in blocks: a GGUF header is read in a few ms. */
class HeaderReader {
    private readonly fd: number;
    private buf = Buffer.alloc(0);
    private pos = 0;
    private fileOffset = 0;

    constructor(file: string) {
        this.fd = fs.openSync(file, "r");
    }

    close(): void {
        fs.closeSync(this.fd);
    }

    private need(n: number): void {
        if (this.pos + n <= this.buf.length) return;
        const rest = this.buf.subarray(this.pos);
        const chunk = Buffer.alloc(Math.max(n, 1 << 20));
        const read = fs.readSync(this.fd, chunk, 0, chunk.length, this.fileOffset);
        this.fileOffset += read;
        this.buf = Buffer.concat([rest, chunk.subarray(0, read)]);
        this.pos = 0;
        if (this.buf.length < n) throw new Error("unexpected end of the GGUF header");
    }

    u32(): number {
        this.need(4);
        const v = this.buf.readUInt32LE(this.pos);
        this.pos += 4;
        return v;
    }

    u64(): number {
        this.need(8);
        const v = this.buf.readBigUInt64LE(this.pos);
        this.pos += 8;
        if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("GGUF length out of range");
        return Number(v);
    }

    string(): string {
        const n = this.u64();
        if (n > 1 << 26) throw new Error("GGUF string too long");
        this.need(n);
        const s = this.buf.toString("utf8", this.pos, this.pos + n);
        this.pos += n;
        return s;
    }

    private static readonly SIZE: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

    value(type: number): unknown {
        switch (type) {
            case 4:
                return this.u32();
            case 5: {
                this.need(4);
                const v = this.buf.readInt32LE(this.pos);
                this.pos += 4;
                return v;
            }
            case 6: {
                this.need(4);
                const v = this.buf.readFloatLE(this.pos);
                this.pos += 4;
                return v;
            }
            case 10:
                return this.u64();
            case 8:
                return this.string();
            case 9: {
                const itemType = this.u32();
                const n = this.u64();
                for (let j = 0; j < n; j++) this.skipValue(itemType);
                return undefined;
            }
            default:
                this.skipValue(type);
                return undefined;
        }
    }

    skipValue(type: number): void {
        if (type === 8) {
            const n = this.u64();
            this.need(n);
            this.pos += n;
            return;
        }
        if (type === 9) {
            this.value(9);
            return;
        }
        const size = HeaderReader.SIZE[type];
        if (size === undefined) throw new Error(`unknown GGUF value type ${type}`);
        this.need(size);
        this.pos += size;
    }
}
