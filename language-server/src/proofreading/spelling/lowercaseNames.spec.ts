// A name written in lower case (lowercaseNames.ts): on a small made-up names list, each rule
// alone; then through the checker on the compiled lexicon and names list (.cache/lexicon).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DawgBuilder } from "../../lexicon/dawg";
import { loadLexicon } from "../../lexicon/lexicon";
import { N_EN, N_EN_WORD, N_NB, N_NN, N_ORG, N_PLACE, type NamesList } from "../../lexicon/namesList";
import { SpellChecker } from "./checker";
import { capitalisedName } from "./lowercaseNames";

function namesFrom(entries: [string, number][]): NamesList {
    const builder = new DawgBuilder();
    for (const [k, f] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) builder.add(k, f);
    return { dawg: builder.finish(), words: entries.length };
}

const names = namesFrom([
    ["Facebook", N_ORG | N_NB | N_NN | N_EN],
    ["Emacs", N_EN],
    ["Google", N_ORG | N_NB | N_EN],
    ["google", N_EN_WORD],
    ["Ola", N_NB | N_NN],
    ["Bergen", N_PLACE | N_NB | N_NN],
]);

describe("capitalisedName", () => {
    it("gives the capitalised name a Norwegian analyser knows for its lower-case spelling", () => {
        assert.equal(capitalisedName("facebook", names), "Facebook");
        assert.equal(capitalisedName("bergen", names), "Bergen");
    });
    it("leaves a lower-case English word, a name only SCOWL has, a short word and other shapes alone", () => {
        assert.equal(capitalisedName("google", names), undefined); // the English verb
        assert.equal(capitalisedName("emacs", names), undefined); // a command in software text
        assert.equal(capitalisedName("ola", names), undefined);
        assert.equal(capitalisedName("Facebook", names), undefined);
        assert.equal(capitalisedName("face-book", names), undefined);
    });
    it("asks nothing without a names list", () => {
        assert.equal(capitalisedName("facebook", null), undefined);
    });
});

describe("a lower-case name through the checker (compiled lexicon and names list)", () => {
    const sp = new SpellChecker(loadLexicon());
    it("flags 'facebook', 'spotify' and 'trondheim' with the name first", () => {
        for (const [typo, name] of [
            ["facebook", "Facebook"],
            ["spotify", "Spotify"],
            ["trondheim", "Trondheim"],
        ]) {
            const r = sp.checkWord(typo, { language: "nb" });
            assert.equal(r.ok, false, typo);
            if (!r.ok) assert.equal(r.suggestions[0], name);
        }
    });
    it("leaves English words and commands alone", () => {
        for (const w of ["emacs", "unix", "windows"]) assert.equal(sp.checkWord(w, { language: "nb" }).ok, true, w);
    });
});

describe("a place the lists write without its marks, through the checker", () => {
    const sp = new SpellChecker(loadLexicon());
    it("asks gently for the place as Apertium writes it, inside a sentence only", () => {
        const r = sp.checkWord("Malmø", { language: "nb" });
        assert.equal(r.ok, false);
        if (!r.ok) {
            assert.equal(r.problem, "possible-typo");
            assert.equal(r.suggestions[0], "Malmö");
        }
        assert.deepEqual(sp.checkWord("Malmø", { language: "nb", sentenceStart: true }), { ok: true, reason: "word" });
    });
});
