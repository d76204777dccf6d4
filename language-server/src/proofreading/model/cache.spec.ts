import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AnswerCache, cacheKey } from "./cache";

describe("cacheKey", () => {
    it("differs by model, written standard and paragraph, and by nothing else", () => {
        const base = { model: "/m/a.gguf|10|1", variety: "nn" as const, paragraphHash: "00ff" };
        const keys = new Set([
            cacheKey(base),
            cacheKey({ ...base, model: "/m/b.gguf|10|1" }),
            cacheKey({ ...base, variety: "nb" }),
            cacheKey({ ...base, paragraphHash: "00fe" }),
        ]);
        assert.equal(keys.size, 4);
        assert.equal(cacheKey({ ...base }), cacheKey(base));
    });
});

describe("AnswerCache", () => {
    it("answers only for the same paragraph text (a hash collision is not a hit)", () => {
        const c = new AnswerCache();
        c.set("k", "Eg skriv.", [{ start: 0, end: 2, replacement: "Me", message: "" }]);
        assert.equal(c.get("k", "Eg skriv.")?.length, 1);
        assert.equal(c.get("k", "Eg skreiv."), undefined);
        assert.equal(c.get("other", "Eg skriv."), undefined);
    });
    it("drops the least recently used entry first", () => {
        const c = new AnswerCache(2);
        c.set("a", "a", []);
        c.set("b", "b", []);
        c.get("a", "a");
        c.set("c", "c", []);
        assert.deepEqual([c.get("a", "a"), c.get("b", "b"), c.get("c", "c")], [[], undefined, []]);
        assert.equal(c.size, 2);
    });
});
