import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reusablePrefix, SequencePool } from "./sequencePool";

type Token = Parameters<typeof reusablePrefix>[0][number];
const t = (...n: number[]) => n as unknown as Token[];

describe("reusablePrefix", () => {
    it("is the common start of what the sequence holds and the new prompt", () => {
        assert.equal(reusablePrefix(t(1, 2, 3, 9, 9), t(1, 2, 3, 4, 5, 6)), 3);
        assert.equal(reusablePrefix(t(), t(1, 2)), 0);
        assert.equal(reusablePrefix(t(5, 2), t(1, 2)), 0);
    });
    it("always leaves the last prompt token to evaluate (generation needs its logits)", () => {
        assert.equal(reusablePrefix(t(1, 2, 3), t(1, 2, 3)), 2);
        assert.equal(reusablePrefix(t(1, 2, 3, 4), t(1, 2)), 1);
    });
});

/**
 * A context the way node-llama-cpp behaves: `getSequence` throws when no id is free, and a
 * disposed sequence's id comes back only after an await (it waits for the context's lock).
 */
function fakeContext(total: number) {
    let free = total;
    const context = {
        get sequencesLeft() {
            return free;
        },
        getSequence() {
            if (free === 0) throw new Error("No sequences left");
            free--;
            const sequence = {
                disposed: false,
                async dispose() {
                    sequence.disposed = true;
                    await new Promise((r) => setTimeout(r, 5));
                    free++;
                    // more clean-up after the id is back, as node-llama-cpp's dispose has
                    await new Promise((r) => setTimeout(r, 10));
                },
            };
            return sequence;
        },
    };
    return context;
}

describe("SequencePool", () => {
    it("lends kept sequences to parallel jobs without one taking the id another freed", async () => {
        const context = fakeContext(2);
        const pool = new SequencePool(context as unknown as ConstructorParameters<typeof SequencePool>[0]);
        // two conversations keep both sequences
        for (const key of ["a", "b"]) await pool.release(await pool.acquire(key), key, true);
        assert.equal(context.sequencesLeft, 0);
        // two jobs without a key, the second arriving while the first waits for its lent sequence's
        // clean-up, after the id is back: each must get a sequence
        const x = pool.acquire(undefined);
        await new Promise((r) => setTimeout(r, 8));
        const y = pool.acquire(undefined);
        await Promise.all([x, y]);
        assert.notEqual(await x, await y);
        assert.equal(context.sequencesLeft, 0);
    });

    it("gives a conversation back its kept sequence", async () => {
        const pool = new SequencePool(fakeContext(2) as unknown as ConstructorParameters<typeof SequencePool>[0]);
        const s = await pool.acquire("a");
        await pool.release(s, "a", true);
        assert.equal(await pool.acquire("a"), s);
    });
});
