import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reusablePrefix } from "./sequencePool";

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
