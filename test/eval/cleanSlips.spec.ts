import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CLEAN_SLIPS, emptySlipCounts, formatSlips, slipAt, type SpanDiagnostic, tallySlips } from "./cleanSlips";

/** A one-line diagnostic over the first occurrence of `word` at or after `from`. */
function over(sentence: string, word: string, severity: number, from = 0): SpanDiagnostic {
    const start = sentence.indexOf(word, from);
    assert.ok(start >= 0, `${word} not in ${sentence}`);
    return { severity, range: { start: { line: 0, character: start }, end: { line: 0, character: start + word.length } } };
}

const at = (standard: "nb" | "nn", sentence: string, word: string, from = 0) => {
    const d = over(sentence, word, 2, from);
    return slipAt(standard, sentence, d.range.start.character, d.range.end.character);
};

describe("cleanSlips", () => {
    it("knows a misspelling in any sentence of its standard, as written", () => {
        assert.equal(at("nb", "Definerer instillinger for sider.", "instillinger")?.kind, "typo");
        assert.equal(at("nb", "Definerer Instillinger for sider.", "Instillinger"), undefined);
        assert.equal(at("nn", "Definerer instillinger for sider.", "instillinger"), undefined);
        assert.equal(at("nn", "Klarte ikke å endra eigar", "ikke")?.kind, "other standard");
        assert.equal(at("nb", "Klarte ikke å endre eier", "ikke"), undefined);
    });

    it("takes a word that is right elsewhere as a slip only inside the listed piece of the sentence", () => {
        assert.equal(at("nb", "De to avstandene et like.", "et")?.reason, "typo of «er»");
        assert.equal(at("nb", "Legg til et polygon", "et"), undefined);
        const s = "Avhengig av hva du prøver, kan et kantløs tabell være et bedre valg.";
        assert.equal(at("nb", s, "et")?.kind, "agreement");
        assert.equal(at("nb", s, "et", s.indexOf("være")), undefined);
        assert.equal(at("nn", "Han et middag.", "et"), undefined);
    });

    it("counts warnings and information apart, hints not at all", () => {
        const c = emptySlipCounts();
        const s = "Vis instillinger og mottakerene for Writer";
        tallySlips(c, "nb", s, [over(s, "instillinger", 2), over(s, "mottakerene", 3), over(s, "Writer", 2), over(s, "Vis", 4)]);
        assert.deepEqual(c.warnings, { alarms: 2, slips: 1 });
        assert.deepEqual(c.information, { alarms: 1, slips: 1 });
    });

    it("prints the slips and the false alarms' share of the words per standard and severity", () => {
        const c = { nb: { words: 1000, warnings: { alarms: 5, slips: 2 }, information: { alarms: 1, slips: 0 } } };
        assert.equal(
            formatSlips(c),
            "- nb warnings 5, of which real slips in the text (test/eval/cleanSlips.ts): 2; false alarms: 3 (0.30% of words)\n" +
                "- nb information 1, of which real slips in the text (test/eval/cleanSlips.ts): 0; false alarms: 1 (0.10% of words)",
        );
    });

    it("has each entry once, with a reason, and its piece of sentence containing the word", () => {
        const keys = new Set<string>();
        for (const s of CLEAN_SLIPS) {
            assert.ok(s.word.trim() === s.word && s.word.length > 0, s.word);
            assert.ok(s.reason.length > 0, s.word);
            if (s.in !== undefined) assert.ok(s.in.includes(s.word), `${s.word} not in «${s.in}»`);
            const key = `${s.standard} ${s.word} ${s.in ?? ""}`;
            assert.ok(!keys.has(key), `twice: ${key}`);
            keys.add(key);
        }
        // a word listed for every sentence needs no piece of sentence beside it
        for (const s of CLEAN_SLIPS.filter((x) => x.in === undefined))
            assert.ok(!CLEAN_SLIPS.some((x) => x !== s && x.standard === s.standard && x.word === s.word), s.word);
    });
});
