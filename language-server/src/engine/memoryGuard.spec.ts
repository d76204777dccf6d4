import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { setUiLanguage } from "../uiMessages";
import { contextThatFits, estimateMemory, memoryProblem, readGgufShape, type ModelShape } from "./memoryGuard";

/** A GGUF header with NB-Llama-3.2-1B's shape (no tensors), padded to `size` bytes. */
function writeHeader(size: number): string {
    const parts: Buffer[] = [];
    const u32 = (n: number) => {
        const b = Buffer.alloc(4);
        b.writeUInt32LE(n);
        parts.push(b);
    };
    const u64 = (n: number) => {
        const b = Buffer.alloc(8);
        b.writeBigUInt64LE(BigInt(n));
        parts.push(b);
    };
    const str = (s: string) => {
        u64(Buffer.byteLength(s));
        parts.push(Buffer.from(s));
    };
    const kvs: [string, () => void][] = [
        [
            "general.architecture",
            () => {
                u32(8);
                str("llama");
            },
        ],
        [
            "general.name",
            () => {
                u32(8);
                str("nb-llama-1b-shape");
            },
        ],
        [
            "llama.block_count",
            () => {
                u32(4);
                u32(16);
            },
        ],
        [
            "llama.context_length",
            () => {
                u32(4);
                u32(131072);
            },
        ],
        [
            "llama.embedding_length",
            () => {
                u32(4);
                u32(2048);
            },
        ],
        [
            "llama.attention.head_count",
            () => {
                u32(4);
                u32(32);
            },
        ],
        [
            "llama.attention.head_count_kv",
            () => {
                u32(4);
                u32(8);
            },
        ],
        [
            "llama.rope.freq_base",
            () => {
                u32(6);
                const b = Buffer.alloc(4);
                b.writeFloatLE(500000);
                parts.push(b);
            },
        ],
        [
            "tokenizer.ggml.tokens",
            () => {
                u32(9);
                u32(8);
                u64(3);
                str("a");
                str("b");
                str("c");
            },
        ],
        [
            "tokenizer.ggml.token_type",
            () => {
                u32(9);
                u32(5);
                u64(3);
                for (let i = 0; i < 3; i++) u32(1);
            },
        ],
    ];
    parts.push(Buffer.from("GGUF"));
    u32(3);
    u64(0);
    u64(kvs.length);
    for (const [k, write] of kvs) {
        str(k);
        write();
    }
    const header = Buffer.concat(parts);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "guard-")), "m.gguf");
    fs.writeFileSync(file, header);
    if (size > header.length) fs.truncateSync(file, size); // sparse: the size counts, not the bytes
    return file;
}

const MB = 2 ** 20;
const GB = 2 ** 30;

describe("memory guard", () => {
    it("reads the model's shape from the GGUF header", () => {
        const s = readGgufShape(writeHeader(1000));
        assert.deepEqual(s, {
            architecture: "llama",
            blockCount: 16,
            embeddingLength: 2048,
            headCount: 32,
            headCountKv: 8,
            keyLength: 64,
            valueLength: 64,
            trainContextSize: 131072,
            vocabSize: 3,
        });
    });

    it("gives up quietly on what is not a GGUF header (the loader reports that)", () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "guard-")), "x.gguf");
        fs.writeFileSync(file, "GGUF\x03\x00\x00\x00short");
        assert.equal(readGgufShape(file), undefined);
    });

    it("estimates the KV cache like llama.cpp: layers × tokens × kv heads × (k + v) × 2 bytes", () => {
        const shape: ModelShape = {
            architecture: "llama",
            blockCount: 16,
            embeddingLength: 2048,
            headCount: 32,
            headCountKv: 8,
            keyLength: 64,
            valueLength: 64,
            trainContextSize: 131072,
            vocabSize: 128256,
        };
        const e = estimateMemory(700 * MB, shape, 4096, 3);
        assert.equal(e.contextTokens, 12288);
        assert.equal(e.kvCacheBytes, 16 * 12288 * 8 * 128 * 2); // 384 MiB
        assert.equal(e.totalBytes, e.weightsBytes + e.kvCacheBytes + e.workBytes);
        assert.equal(
            estimateMemory(700 * MB, { ...shape, trainContextSize: 2048 }, 4096, 1).contextTokens,
            2048,
            "never more than the model was trained for",
        );
        const fits = contextThatFits(700 * MB, shape, 1, 2 * GB);
        assert.ok(estimateMemory(700 * MB, shape, fits, 1).totalBytes <= 2 * GB);
        assert.ok(estimateMemory(700 * MB, shape, fits + 256, 1).totalBytes > 2 * GB);
    });

    it("refuses with the numbers and a smaller context size that would fit", () => {
        const file = writeHeader(600 * MB);
        assert.equal(memoryProblem(file, 4096, 1, 8 * GB), undefined);
        const p = memoryProblem(file, 131072, 8, 4 * GB);
        assert.equal(p?.kind, "notEnoughMemory");
        assert.match(
            p!.message,
            /m\.gguf needs about \d+\.\d GB \(model 0\.6 GB, context of 1048576 tokens 32\.0 GB.*only 4\.0 GB is free.*Lower skrivehjelp\.model\.contextSize to \d+/,
        );
        const tight = memoryProblem(file, 4096, 1, 700 * MB);
        assert.match(tight!.message, /Choose a smaller model/);
    });

    it("refuses in the UI language, with the language's decimal comma", () => {
        const file = writeHeader(600 * MB);
        try {
            setUiLanguage("nn");
            const p = memoryProblem(file, 131072, 8, 4 * GB);
            assert.match(
                p!.message,
                /^m\.gguf treng om lag \d+,\d GB \(modellen 0,6 GB, ein kontekst på 1048576 token 32,0 GB.*berre 4,0 GB er ledig\. Modellen vart ikkje lasta inn.*Set skrivehjelp\.model\.contextSize ned til \d+/,
            );
            setUiLanguage("nb");
            assert.match(
                memoryProblem(file, 4096, 1, 700 * MB)!.message,
                /bare 0,7 GB er ledig\..*Velg en mindre modell .*lukk andre programmer, eller bruk en modelltjener/,
            );
        } finally {
            setUiLanguage(undefined);
        }
    });
});
