import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { minimumFileSize } from "./ggufSize";

describe("minimumFileSize", () => {
    it("ends at the last byte of the furthest tensor", () => {
        const size = minimumFileSize([
            { dimensions: [64, 32], ggmlType: 8, fileOffset: 1000 }, // Q8_0: 2048 / 32 * 34 = 2176
            { dimensions: [64], ggmlType: 0, fileOffset: 4000 }, // F32: 256 bytes
            { dimensions: [256, 2], ggmlType: 12, fileOffset: 3000n }, // Q4_K: 2 blocks * 144
        ]);
        assert.equal(size, 4256);
    });

    it("counts a tensor of unknown type only up to its start, so it never over-estimates", () => {
        assert.equal(minimumFileSize([{ dimensions: [32], ggmlType: 999, fileOffset: 500 }]), 500);
        assert.equal(minimumFileSize([]), 0);
    });
});
