import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ChunkBatcher } from "./chunkBatcher";

describe("ChunkBatcher", () => {
    it("sends the first piece at once, joins the rest, loses nothing and keeps the order", async () => {
        const sent: string[] = [];
        const b = new ChunkBatcher((t) => sent.push(t), 5);
        b.push("Hei");
        assert.deepEqual(sent, ["Hei"]);
        for (const p of [" på", " deg", "", "!"]) b.push(p);
        assert.deepEqual(sent, ["Hei"], "the rest waits for the interval");
        await new Promise((r) => setTimeout(r, 30));
        assert.deepEqual(sent, ["Hei", " på deg!"]);
        b.push(" Meir");
        b.flush();
        assert.deepEqual(sent, ["Hei", " på deg!", " Meir"]);
        b.flush();
        assert.equal(sent.length, 3, "nothing to flush sends nothing");
    });
});
