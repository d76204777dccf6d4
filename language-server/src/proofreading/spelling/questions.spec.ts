// Questions of words the checker accepts (questions.ts), through the checker on the compiled
// lexicon and names list (.cache/lexicon: scripts/lexicon/build.sh builds both): real words that
// must be questioned, and real ones beside them that must not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Variety } from "../../protocol/writtenStandard";
import { loadLexicon } from "../../lexicon/lexicon";
import { SpellChecker, type WordContext } from "./checker";

const sp = new SpellChecker(loadLexicon());

/** The checker's first correction of a gentle question of `word`, or why it passed. */
function gentle(word: string, language: Variety, sentenceStart = false): string {
    const context: WordContext = { language, sentenceStart };
    const r = sp.checkWord(word, context);
    if (r.ok) return `ok: ${r.reason}`;
    return `${r.problem}: ${r.suggestions[0] ?? ""}`;
}

describe("a capitalised rare common noun inside a sentence, near a name", () => {
    it("asks gently for the name (Bokmål and Nynorsk)", () => {
        assert.equal(gentle("Trønderlag", "nb"), "possible-typo: Trøndelag");
        assert.equal(gentle("Trønderlag", "nn"), "possible-typo: Trøndelag");
        assert.equal(gentle("Asurene", "nb"), "possible-typo: Asorene");
    });
    it("leaves it first in a sentence, where the capital says nothing", () => {
        assert.equal(gentle("Trønderlag", "nb", true), "ok: word");
    });
    it("leaves a common word's capital and a capitalised imperative (a button, a menu item) alone", () => {
        // "ingen" is seen in web text; "erstatt"/"handsam" are the stems of listed verbs
        assert.equal(gentle("Ingen", "nb"), "ok: word");
        assert.equal(gentle("Erstatt", "nb"), "ok: word");
        assert.equal(gentle("Handsam", "nn"), "ok: word");
    });
    it("leaves a common word with an ending alone (its forms are rarer in web text than the word)", () => {
        // "makroer" is not seen in web text, "makro" is; "Marker" is a place one edit off
        assert.equal(gentle("Makroer", "nb"), "ok: word");
    });
});

describe("a name before a hyphen that stands for a compound's head", () => {
    it("is asked as the name alone, the fix with its hyphen", () => {
        assert.equal(gentle("Misisippi-", "nb"), "possible-typo: Mississippi-");
    });
    it('leaves a known name alone ("Linux- og Windows-brukere"), in both standards', () => {
        assert.equal(gentle("Linux-", "nb"), "ok: compound");
        assert.equal(gentle("Basic-", "nn"), "ok: compound");
    });
    it("leaves a name joined to a word by the norm's hyphen alone, though the lists hold it closed too", () => {
        // the lists have "Osloområdet" and "Trondheimsregionen"
        for (const v of ["nb", "nn"] as const) assert.equal(gentle("Oslo-området", v), "ok: compound", v);
        assert.equal(gentle("Trondheim-regionen", "nb"), "ok: compound");
    });
});
