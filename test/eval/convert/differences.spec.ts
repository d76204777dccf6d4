import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { differences, kindOf } from "./differences";

describe("conversion differences by kind", () => {
    it("sorts a differing word as kept, another form, or another word", () => {
        assert.equal(kindOf("angi", "angi", "vel"), "kept");
        assert.equal(kindOf("åpne", "opne", "opna"), "form");
        assert.equal(kindOf("opprett", "opprett", "lag"), "kept");
        assert.equal(kindOf("velg", "vel", "merk"), "word");
    });
    it("compares only sentences of equal length, word by word", () => {
        const d = differences(
            ["Angi en fil", "Dette er en lang setning"],
            ["Angi ei fil", "Dette er ei lang setning"],
            ["Vel ei fil", "Kort"],
        );
        assert.equal(d.sentencesCompared, 1);
        assert.equal(d.words, 3);
        assert.equal(d.byKind.kept.count, 1);
        assert.deepEqual(d.byKind.kept.top, [["angi → angi (ref. vel)", 1]]);
        assert.equal(d.byKind.form.count + d.byKind.word.count, 0);
    });
});
