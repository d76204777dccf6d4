import assert from "node:assert/strict";
import { test } from "node:test";
import { checkedLength } from "./checkLimit";

test("a text within the limit is checked whole", () => {
    assert.equal(checkedLength("Kort.\n\nTekst.", 100), 13);
});

test("a long text is cut at a blank line shortly before the limit", () => {
    const text = "a".repeat(92) + "\n\n" + "b".repeat(200);
    assert.equal(text.slice(0, checkedLength(text, 100)), "a".repeat(92) + "\n");
});

test("without a blank line near the limit, at the last line break before it", () => {
    const text = ("c".repeat(30) + "\n").repeat(10);
    assert.equal(checkedLength(text, 100), 93);
});

test("one endless line is cut between words, or at the limit when it has no spaces", () => {
    assert.equal(checkedLength("ord ".repeat(100), 101), 100);
    assert.equal(checkedLength("d".repeat(500), 100), 100);
});
