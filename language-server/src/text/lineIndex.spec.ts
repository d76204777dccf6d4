import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LineIndex, offsetToPosition, positionToOffset } from "./lineIndex";

describe("LineIndex", () => {
    it("converts with LF, CRLF and CR line breaks", () => {
        const text = "ab\ncd\r\nef\rgh";
        const idx = new LineIndex(text);
        assert.equal(idx.lineCount, 4);
        const positions = [...Array(text.length + 1).keys()].map((o) => idx.positionAt(o));
        assert.deepEqual(positions, [
            { line: 0, character: 0 },
            { line: 0, character: 1 },
            { line: 0, character: 2 },
            { line: 1, character: 0 },
            { line: 1, character: 1 },
            { line: 1, character: 2 },
            { line: 1, character: 2 }, // between "\r" and "\n": the end of the line
            { line: 2, character: 0 },
            { line: 2, character: 1 },
            { line: 2, character: 2 },
            { line: 3, character: 0 },
            { line: 3, character: 1 },
            { line: 3, character: 2 },
        ]);
        for (const o of [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]) assert.equal(idx.offsetAt(idx.positionAt(o)), o);
    });

    it("counts UTF-16 code units within a line, as LSP does", () => {
        const text = "😀 æ\n𝒜b";
        assert.deepEqual(offsetToPosition(text, 3), { line: 0, character: 3 }); // after "😀 "
        assert.deepEqual(offsetToPosition(text, text.indexOf("b")), { line: 1, character: 2 });
        assert.equal(positionToOffset(text, { line: 1, character: 2 }), text.indexOf("b"));
    });

    it("clamps like LSP", () => {
        const idx = new LineIndex("ab\r\ncd");
        assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
        assert.equal(idx.offsetAt({ line: 9, character: 0 }), 6);
        assert.equal(idx.offsetAt({ line: -1, character: 3 }), 0);
        assert.deepEqual(idx.positionAt(-4), { line: 0, character: 0 });
        assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
        assert.deepEqual(new LineIndex("").positionAt(0), { line: 0, character: 0 });
        assert.deepEqual(new LineIndex("a\n").positionAt(2), { line: 1, character: 0 });
    });
});
