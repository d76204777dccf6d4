import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PriorityQueue } from "./priorityQueue";

describe("PriorityQueue", () => {
    it("serves the lowest priority number first, in arrival order within a priority", () => {
        const q = new PriorityQueue<string>();
        q.push("proof-1", 2);
        q.push("chat-1", 0);
        q.push("conv-1", 1);
        q.push("proof-2", 2);
        q.push("chat-2", 0);
        const out: string[] = [];
        while (q.size) out.push(q.shift()!);
        assert.deepEqual(out, ["chat-1", "chat-2", "conv-1", "proof-1", "proof-2"]);
    });

    it("removes a waiting item once and drains the rest", () => {
        const q = new PriorityQueue<{ n: number }>();
        const a = { n: 1 };
        const b = { n: 2 };
        q.push(a, 1);
        q.push(b, 1);
        assert.equal(q.remove(a), true);
        assert.equal(q.remove(a), false);
        assert.deepEqual(q.drain(), [b]);
        assert.equal(q.size, 0);
        assert.equal(q.shift(), undefined);
    });
});
