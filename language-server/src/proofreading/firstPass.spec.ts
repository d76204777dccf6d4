import assert from "node:assert/strict";
import { test } from "node:test";
import { firstPassEnd } from "./firstPass";

test("a short document has no first step", () => {
    assert.equal(firstPassEnd("Kort tekst.\n\nMeir.", 5, 100), undefined);
});

test("the cut falls on the first blank line after the given length, after its first line break", () => {
    const doc = "Første avsnitt her.\n\nAndre avsnitt her.\n\nTredje.\n\n" + "x".repeat(200);
    const end = firstPassEnd(doc, 25, 50)!;
    assert.equal(doc.slice(0, end), "Første avsnitt her.\n\nAndre avsnitt her.\n");
});

test("CRLF and a blank line with spaces count as blank lines", () => {
    const doc = "Eitt.\r\n\r\nTo avsnitt.\r\n  \r\nTre." + "y".repeat(200);
    assert.equal(doc.slice(0, firstPassEnd(doc, 8, 50)), "Eitt.\r\n\r\nTo avsnitt.\r\n");
});

test("no cut when the only blank line is in the second half", () => {
    const doc = "a".repeat(300) + "\n\n" + "b".repeat(100);
    assert.equal(firstPassEnd(doc, 10, 50), undefined);
});
