// Suggestions ranked for real errors (issue 16): the fallback search for a syllable left out or
// typed twice, and a made-up compound losing to a listed word about as near.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { F_COMMON, F_NB, F_NB_LEFT, F_NB_RIGHT } from "../../lexicon/flags";
import { lexiconFromEntries } from "../../lexicon/lexicon";
import { SpellChecker } from "./checker";
import { lazyProblem } from "./problems";
import { suggestScored } from "./suggest";

const NB = F_NB;
const C = F_COMMON;
const L = F_NB_LEFT;
const R = F_NB_RIGHT;

// A tiny hand-made lexicon: the costs and priors do not depend on the size of the real one.
const lex = lexiconFromEntries([
    ["begynte", NB | C],
    ["byte", NB],
    ["imidlertid", NB | C],
    ["midlertidig", NB | C],
    ["ømtålig", NB | C],
    ["repr", NB | C],
    ["rap", NB | C | L],
    ["delere", NB | C | R],
    ["rappellere", NB],
    ["pakke", NB | C | L],
    ["navnene", NB | C | R],
    ["pikenavnene", NB],
    ["sjanse", NB | C],
    ["kjangse", NB],
    ["graffiti", NB | C],
    ["grafitt", NB | C],
]);
const sp = new SpellChecker(lex);
const words = (w: string, syllables: boolean): string[] =>
    suggestScored(lex, w, "nb", { maxCost: 1.0, syllables, compounds: false }).map((s) => s.word);
const suggestions = (w: string): string[] => {
    const r = lazyProblem(sp, "misspelling", w, "nb");
    return r.ok ? [] : r.suggestions;
};

describe("syllable search", () => {
    it("finds a syllable left out or typed twice only when asked", () => {
        assert.ok(words("bynte", true).includes("begynte"));
        assert.ok(!words("bynte", false).includes("begynte"));
        assert.ok(words("ømtålelig", true).includes("ømtålig"));
        assert.ok(!words("ømtålelig", false).includes("ømtålig"));
    });

    it("takes only unstressed syllables, an e or i with a consonant", () => {
        // "tu" is no swallowed syllable: "reptur" is not "repr"
        assert.ok(!words("reptur", true).includes("repr"));
    });

    it("is the fallback when nothing cheap is one edit away", () => {
        // "midlertidig" is one edit away but changes the first letter (dear): the syllable typed twice is likelier
        assert.deepEqual(suggestions("imidlertidig").slice(0, 2), ["imidlertid", "midlertidig"]);
    });
});

describe("compound suggestions", () => {
    it("a made-up compound one edit away loses to a listed word as near", () => {
        // rap|delere: a letter left out (0.65) and the compound penalty; rappellere: two doublings (1.0)
        assert.equal(suggestions("rapelere")[0], "rappellere");
    });

    it("keeps the ordinary penalty for a long word, most often a compound", () => {
        // pakke|navnene: a doubling (0.5) + 0.25 beats the listed pikenavnene (a → i, 1.0)
        assert.equal(suggestions("pakenavnene")[0], "pakkenavnene");
    });
});

describe("double consonants", () => {
    it("a listed word with the same letters, only other doublings, comes first", () => {
        // grafitt: an i too many (0.9) and common; graffiti: two doublings changed (1.0), the likelier reading
        assert.equal(suggestions("grafitti")[0], "graffiti");
    });
});

describe("Norwegian sound spellings", () => {
    it("takes 'ngs' for 'ns', as loanwords in -anse are spoken", () => {
        // kjangse: sj for kj (0.4) but rare; sjanse: the g too many (0.4) and common
        assert.equal(suggestions("sjangse")[0], "sjanse");
    });
});
