import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { defaultModelDir, downloadFor, modelDirFrom } from "./modelDir";

describe("where a URI's file lives", () => {
    it("is <modelDir>/<fileName>, with the download request's parameters", () => {
        const dir = path.join(path.sep, "store", "models");
        assert.deepEqual(downloadFor({ uri: "hf:a/b/c.gguf", fileName: "c.gguf" }, dir), {
            uri: "hf:a/b/c.gguf",
            dir,
            fileName: "c.gguf",
            path: path.join(dir, "c.gguf"),
        });
    });

    it("uses the client's folder when it is absolute, else the cache folder", () => {
        const abs = path.resolve("some", "dir");
        assert.equal(modelDirFrom(abs), abs);
        assert.equal(modelDirFrom("relative/dir"), defaultModelDir());
        assert.equal(modelDirFrom(undefined), defaultModelDir());
        assert.equal(defaultModelDir({ XDG_CACHE_HOME: path.resolve("xdg") }), path.join(path.resolve("xdg"), "skrivehjelp", "models"));
    });
});
