import { strict as assert } from "node:assert";
import { test } from "node:test";
import { announcedSha256, sizeMatches, sourceUrl } from "./sourceUrl";

test("hf: file URIs become Hugging Face resolve URLs; other forms have none", () => {
    assert.equal(
        sourceUrl("hf:NbAiLab/nb-llama-3.2-1B-Instruct-Q4_K_M-GGUF/nb-llama-3.2-1b-instruct-q4_k_m.gguf"),
        "https://huggingface.co/NbAiLab/nb-llama-3.2-1B-Instruct-Q4_K_M-GGUF/resolve/main/nb-llama-3.2-1b-instruct-q4_k_m.gguf",
    );
    assert.equal(sourceUrl("hf:a/b/sub/c.gguf#dev"), "https://huggingface.co/a/b/resolve/dev/sub/c.gguf");
    assert.equal(sourceUrl("http://127.0.0.1:8000/x.gguf"), "http://127.0.0.1:8000/x.gguf");
    assert.equal(sourceUrl("hf:a/b:Q4_K_M"), undefined);
    assert.equal(sourceUrl("/tmp/x.gguf"), undefined);
});

test("only a 64-hex ETag counts as a checksum", () => {
    const h = (o: Record<string, string>) => ({ get: (n: string) => o[n] ?? null });
    const sum = "a".repeat(64);
    assert.equal(announcedSha256(h({ "x-linked-etag": `"${sum.toUpperCase()}"` })), sum);
    assert.equal(announcedSha256(h({ etag: `W/"${sum}"` })), sum);
    assert.equal(announcedSha256(h({ etag: '"5f2-1a2b"' })), undefined);
    assert.equal(announcedSha256(h({})), undefined);
});

test("size tolerance is relative to the expected size", () => {
    assert.ok(sizeMatches(808_000_000, 808_000_000, 0));
    assert.ok(!sizeMatches(808_000_001, 808_000_000, 0));
    assert.ok(sizeMatches(805_000_000, 808_000_000, 0.01));
    assert.ok(!sizeMatches(700_000_000, 808_000_000, 0.01));
});
