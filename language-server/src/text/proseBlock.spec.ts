import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractProse } from "./extract";
import { ATOM, hashText, type OffsetEdit, type ProseBlock } from "./proseBlock";

function only(doc: string, languageId = "markdown"): ProseBlock {
    const blocks = extractProse(doc, languageId);
    assert.equal(blocks.length, 1);
    return blocks[0];
}

function apply(doc: string, e: OffsetEdit): string {
    return doc.slice(0, e.start) + e.newText + doc.slice(e.end);
}

describe("ProseBlock offset mapping", () => {
    //           0123456789012345678901234
    const doc = "Dette er **hel**t fint.";
    const block = only(doc);

    it("takes the markup out of the text", () => {
        assert.equal(block.text, "Dette er helt fint.");
        assert.deepEqual(block.range, { start: 0, end: doc.length });
    });

    it("maps single offsets, with a bias where markup sits between two characters", () => {
        // "h" is text 9, document 11; between " " and "h" sits "**": a range starting there
        // starts at the "h", a range ending there ends after the " "
        assert.equal(block.toDocOffset(9), 11);
        assert.equal(block.toDocOffset(9, "end"), 9);
        // between "l" and "t" likewise
        assert.equal(block.toDocOffset(12, "start"), 16);
        assert.equal(block.toDocOffset(12, "end"), 14);
        // inside plain text the bias does not matter
        assert.equal(block.toDocOffset(7, "start"), 7);
        assert.equal(block.toDocOffset(7, "end"), 7);
        // the ends and beyond
        assert.equal(block.toDocOffset(0), 0);
        assert.equal(block.toDocOffset(block.text.length, "end"), doc.length);
        assert.equal(block.toDocOffset(999), doc.length);
    });

    it("maps ranges to the smallest document range covering them", () => {
        const r = block.toDocRange(9, 13); // "helt"
        assert.equal(doc.slice(r.start, r.end), "hel**t");
        const hel = block.toDocRange(9, 12);
        assert.equal(doc.slice(hel.start, hel.end), "hel");
        // an empty range sticks to the text before it (inside the bold)
        assert.deepEqual(block.toDocRange(12, 12), { start: 14, end: 14 });
        assert.deepEqual(block.toDocRange(0, 0), { start: 0, end: 0 });
    });

    it("maps document offsets back to text offsets", () => {
        assert.equal(block.toTextOffset(11), 9); // "h"
        assert.equal(block.toTextOffset(9), 9); // inside "**": the next character
        assert.equal(block.toTextOffset(15), 12); // inside the closing "**"
        assert.equal(block.toTextOffset(16), 12); // "t"
        assert.equal(block.toTextOffset(0), 0);
        assert.equal(block.toTextOffset(-5), 0);
        assert.equal(block.toTextOffset(doc.length), block.text.length);
        for (let t = 0; t <= block.text.length; t++) assert.equal(block.toTextOffset(block.toDocOffset(t)), t);
    });

    it("makes minimal edits that keep the markup", () => {
        const e = block.toDocEdit(9, 13, "heilt");
        assert.deepEqual(e, { start: 13, end: 13, newText: "i" });
        assert.equal(apply(doc, e), "Dette er **heil**t fint.");
        // a replacement of the whole word still keeps what the old and new words share
        assert.equal(apply(doc, block.toDocEdit(9, 13, "fullt")), "Dette er **full**t fint.");
        // and takes the markup in between when nothing is shared
        assert.equal(apply(doc, block.toDocEdit(9, 13, "god")), "Dette er **god fint.");
        // deleting a word
        assert.equal(apply(doc, block.toDocEdit(5, 9, "")), "Dette**hel**t fint.");
    });

    it("maps entities, atoms and line breaks as a whole", () => {
        const d = "p&aring; `npm i` og\r\nlinje";
        const b = only(d);
        assert.equal(b.text, `på ${ATOM} og\nlinje`);
        assert.deepEqual(b.toDocRange(1, 2), { start: 1, end: 8 }); // "å" is "&aring;"
        assert.equal(apply(d, b.toDocEdit(0, 2, "paa")), "paa `npm i` og\r\nlinje");
        const atom = b.text.indexOf(ATOM);
        const r = b.toDocRange(atom, atom + 1);
        assert.equal(d.slice(r.start, r.end), "`npm i`");
        assert.equal(b.toTextOffset(r.start + 2), atom);
        const nl = b.text.indexOf("\n");
        const br = b.toDocRange(nl, nl + 1);
        assert.equal(d.slice(br.start, br.end), "\r\n");
        assert.equal(b.toTextOffset(br.start + 1), nl);
        assert.equal(b.toDocOffset(nl + 1), d.indexOf("linje"));
    });

    it("does not split a surrogate pair in an edit", () => {
        const d = "Hei 😀 du";
        const b = only(d, "plaintext");
        // 😀 (\ud83d\ude00) → 😁 (\ud83d\ude01): same high surrogate, the edit still replaces the pair
        const e = b.toDocEdit(4, 6, "😁");
        assert.deepEqual(e, { start: 4, end: 6, newText: "😁" });
    });

    it("maps a blockquote's and a list's continuation lines", () => {
        const d = "> Ein **to**\n>   tre\n\n- fire\n  fem";
        const [quote, item] = extractProse(d, "markdown");
        assert.equal(quote.text, "Ein to\ntre");
        assert.equal(d.slice(quote.toDocOffset(7), quote.toDocOffset(10, "end")), "tre");
        assert.equal(item.text, "fire\nfem");
        assert.equal(d.slice(item.toDocOffset(5), item.toDocOffset(8, "end")), "fem");
    });

    it("moves without changing text, hash or mapping", () => {
        const moved = block.movedTo(100);
        assert.equal(moved.text, block.text);
        assert.equal(moved.hash, block.hash);
        assert.equal(moved.base, block);
        assert.deepEqual(moved.range, { start: 100, end: 100 + doc.length });
        assert.equal(moved.toDocOffset(12, "start"), 116);
        assert.equal(moved.toTextOffset(111), 9);
        assert.equal(block.movedTo(0), block);
        assert.equal(moved.movedTo(5).base, block);
    });
});

describe("hashText", () => {
    it("is stable across runs and versions", () => {
        assert.equal(hashText(""), "488bdcb81aee8d83");
        assert.equal(hashText("Hei"), "de2a43501cf9b692");
        assert.equal(hashText("Eg skriv nynorsk."), "6391347d66704be4");
        assert.notEqual(hashText("Eg skriv nynorsk!"), hashText("Eg skriv nynorsk."));
    });
});
