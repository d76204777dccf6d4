import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseCatalogue, suggestModel } from "./choose";
import { RECOMMENDED_MODELS } from "./recommended";

const GB = 1e9;

test("the catalogue lists the 1B, 3B and 8B NB-Llama Instruct models, smallest first", () => {
    assert.deepEqual(
        RECOMMENDED_MODELS.map((m) => m.parameters),
        ["1B", "3B", "8B"],
    );
    for (const m of RECOMMENDED_MODELS) {
        assert.match(m.uri, /^hf:NbAiLab\//);
        assert.ok(m.uri.endsWith(`/${m.fileName}`), m.id);
        assert.ok(m.memoryBytes > m.sizeBytes, `${m.id}: running needs more than the file`);
    }
    // the built-in catalogue passes its own validation
    assert.ok("models" in parseCatalogue(JSON.stringify(RECOMMENDED_MODELS)));
});

test("free memory picks the default: the largest model that fits", () => {
    const pick = (free: number, total: number) => suggestModel(RECOMMENDED_MODELS, { freeBytes: free * GB, totalBytes: total * GB });
    assert.equal(pick(20, 32)?.model.parameters, "8B");
    assert.equal(pick(5, 16)?.model.parameters, "3B");
    assert.equal(pick(2, 8)?.model.parameters, "1B");
    // lots free now, but a small machine: the share of all memory caps it
    assert.equal(pick(7.9, 8)?.model.parameters, "3B");
    const tight = pick(1, 4)!;
    assert.equal(tight.model.parameters, "1B");
    assert.equal(tight.fits, false);
    assert.equal(pick(2, 8)?.fits, true);
    assert.equal(suggestModel([], { freeBytes: GB, totalBytes: GB }), undefined);
});

test("a replacement catalogue is validated with a message that names the problem", () => {
    const ok = parseCatalogue(
        JSON.stringify([
            {
                id: "t",
                label: "Tiny",
                uri: "http://127.0.0.1:9/tiny.gguf",
                fileName: "tiny.gguf",
                sizeBytes: 10,
                memoryBytes: 20,
                sha256: "AB".repeat(32),
            },
        ]),
    );
    assert.ok("models" in ok);
    assert.equal(ok.models[0].sha256, "ab".repeat(32));
    assert.equal(ok.models[0].verified, false);
    const err = (text: string) => {
        const r = parseCatalogue(text);
        assert.ok("error" in r, text);
        return r.error;
    };
    assert.match(err("{"), /not JSON/);
    assert.match(err("[]"), /non-empty/);
    assert.match(
        err(JSON.stringify([{ id: "t", label: "T", uri: "ftp://x/y.gguf", fileName: "y.gguf", sizeBytes: 1, memoryBytes: 1 }])),
        /model 1: "uri"/,
    );
    assert.match(
        err(JSON.stringify([{ id: "t", label: "T", uri: "hf:a/b/c.gguf", fileName: "../c.gguf", sizeBytes: 1, memoryBytes: 1 }])),
        /fileName/,
    );
    assert.match(
        err(JSON.stringify([{ id: "t", label: "T", uri: "hf:a/b/c.gguf", fileName: "c.gguf", sizeBytes: 0, memoryBytes: 1 }])),
        /sizeBytes/,
    );
});
