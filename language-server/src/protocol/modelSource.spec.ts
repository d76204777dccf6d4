import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseModelSource } from "./modelSource";

describe("parseModelSource", () => {
    it("reads a file path as a file, whatever it looks like otherwise", () => {
        assert.deepEqual(parseModelSource("/models/nb.gguf"), { kind: "file", path: "/models/nb.gguf" });
        assert.deepEqual(parseModelSource("  C:\\models\\nb.gguf "), { kind: "file", path: "C:\\models\\nb.gguf" });
        assert.deepEqual(parseModelSource(""), { kind: "file", path: "" });
        assert.deepEqual(parseModelSource("/models/hf:x.gguf"), { kind: "file", path: "/models/hf:x.gguf" });
    });

    it("reads hf: URIs with their file name, in sub-folders and on branches", () => {
        assert.deepEqual(parseModelSource("hf:NbAiLab/nb-llama-GGUF/nb-llama-q4_k_m.gguf"), {
            kind: "uri",
            uri: "hf:NbAiLab/nb-llama-GGUF/nb-llama-q4_k_m.gguf",
            fileName: "nb-llama-q4_k_m.gguf",
        });
        assert.deepEqual(parseModelSource(" hf:a/b/sub/dir/c.GGUF#dev "), {
            kind: "uri",
            uri: "hf:a/b/sub/dir/c.GGUF#dev",
            fileName: "c.GGUF",
        });
    });

    it("reads http(s) URLs of a .gguf file, query and escapes included", () => {
        assert.deepEqual(parseModelSource("http://127.0.0.1:8080/tiny.gguf"), {
            kind: "uri",
            uri: "http://127.0.0.1:8080/tiny.gguf",
            fileName: "tiny.gguf",
        });
        assert.deepEqual(parseModelSource("HTTPS://host/m/nb%20model.gguf?sig=1"), {
            kind: "uri",
            uri: "HTTPS://host/m/nb%20model.gguf?sig=1",
            fileName: "nb model.gguf",
        });
    });

    it("rejects URIs whose file cannot be known, saying what to write instead", () => {
        for (const uri of ["hf:user/repo:Q4_K_M", "hf:user/repo", "hf:user/repo/README.md", "hf:user/repo/.gguf"]) {
            const s = parseModelSource(uri);
            assert.equal(s.kind, "invalid", uri);
            assert.match((s as { message: string }).message, /hf:<user>\/<repo>\/<file>\.gguf/, uri);
        }
        for (const uri of ["https://host/models/", "https://host/model.bin", "https://host/a%2Fb.gguf", "https://host/%E0%A4%A.gguf"]) {
            assert.equal(parseModelSource(uri).kind, "invalid", uri);
        }
        assert.match((parseModelSource("http://[bad") as { message: string }).message, /not a valid URL/);
    });
});
