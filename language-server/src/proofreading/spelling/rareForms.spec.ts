// A form only the word lists have, a letter put in or left out from a common word (rareForms.ts):
// on a small made-up lexicon, each condition alone; then through the checker on the compiled one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { F_COMMON, F_LIST_ONLY, F_NB, F_NN } from "../../lexicon/flags";
import { lexiconFromEntries, loadLexicon } from "../../lexicon/lexicon";
import { SpellChecker } from "./checker";
import { listOnlyCheapSlip, listOnlyClosedPhrase, listOnlyEligForIg, listOnlyLetterSlip } from "./rareForms";

const lex = lexiconFromEntries([
    ["håndverker", F_NB | F_COMMON],
    ["håndtverker", F_NB | F_LIST_ONLY],
    ["innforstått", F_NB | F_NN | F_COMMON],
    ["inneforstått", F_NB | F_NN | F_LIST_ONLY],
    ["ionisert", F_NB | F_COMMON],
    ["ikonisert", F_NB | F_LIST_ONLY],
    ["påvirkning", F_NB | F_COMMON],
    ["påvirking", F_NB], // an analyser knows it
    ["kontorene", F_NB | F_COMMON],
    ["kontoene", F_NB | F_LIST_ONLY | F_COMMON], // seen in web text
    ["gjerningsmenn", F_NB | F_LIST_ONLY], // the common word only the lists have
    ["gjeringsmenn", F_NB | F_LIST_ONLY],
    ["rokering", F_NB | F_NN], // an analyser knows it, unseen in web text
    ["rokkering", F_NB | F_NN | F_LIST_ONLY],
    ["rokkeringer", F_NB | F_LIST_ONLY | F_COMMON], // seen in web text
    ["rokeringer", F_NB],
    ["sjakkspill", F_NB | F_LIST_ONLY],
    ["sjakkspil", F_NB | F_LIST_ONLY], // list-only target
    ["ømtålig", F_NB | F_NN],
    ["ømtålelig", F_NB | F_LIST_ONLY],
    ["fattelig", F_NB], // an analyser knows the -elig adjective (understandable)
    ["fatteligere", F_NB | F_LIST_ONLY],
    ["fattigere", F_NB | F_COMMON],
    ["syndig", F_NB | F_COMMON],
    ["syndelig", F_NB | F_LIST_ONLY | F_COMMON], // seen in web text
    ["ikkevoldelig", F_NB | F_LIST_ONLY | F_COMMON],
    ["ikke-voldelig", F_NB],
    ["tjernene", F_NB | F_NN], // an analyser knows it
    ["t-jernene", F_NB | F_NN],
    ["svarthvitt", F_NB | F_LIST_ONLY],
]);

describe("listOnlyLetterSlip", () => {
    it("gives the common word a list-only form becomes with a letter left out or put in", () => {
        assert.equal(listOnlyLetterSlip(lex, "håndtverker", "nb"), "håndverker"); // a consonant between consonants
        assert.equal(listOnlyLetterSlip(lex, "inneforstått", "nb"), "innforstått"); // a vowel
    });
    it("leaves a lone consonant, forms an analyser knows or web text has, list-only targets and Nynorsk alone", () => {
        assert.equal(listOnlyLetterSlip(lex, "ikonisert", "nb"), undefined);
        assert.equal(listOnlyLetterSlip(lex, "påvirking", "nb"), undefined);
        assert.equal(listOnlyLetterSlip(lex, "kontoene", "nb"), undefined);
        assert.equal(listOnlyLetterSlip(lex, "gjeringsmenn", "nb"), undefined);
        assert.equal(listOnlyLetterSlip(lex, "inneforstått", "nn"), undefined);
    });
    it("through the checker: a gentle question with the common word", () => {
        const sp = new SpellChecker(loadLexicon());
        const r = sp.checkWord("håndtverker", { language: "nb" });
        assert.equal(r.ok, false);
        if (!r.ok) {
            assert.equal(r.problem, "possible-typo");
            assert.equal(r.suggestions[0], "håndverker");
        }
    });
});

describe("listOnlyCheapSlip", () => {
    it("gives the analysed word (rare or not) an unseen list-only form is a doubling from", () => {
        assert.equal(listOnlyCheapSlip(lex, "rokkering", "nb"), "rokering");
    });
    it("leaves forms seen in web text, list-only targets and Nynorsk alone", () => {
        assert.equal(listOnlyCheapSlip(lex, "rokkeringer", "nb"), undefined);
        assert.equal(listOnlyCheapSlip(lex, "sjakkspill", "nb"), undefined);
        assert.equal(listOnlyCheapSlip(lex, "rokkering", "nn"), undefined);
    });
    it("through the checker: a gentle question in Bokmål, none in Nynorsk", () => {
        const sp = new SpellChecker(loadLexicon());
        const r = sp.checkWord("rokkering", { language: "nb" });
        assert.equal(r.ok, false);
        if (!r.ok) {
            assert.equal(r.problem, "possible-typo");
            assert.equal(r.suggestions[0], "rokering");
        }
        assert.equal(sp.checkWord("rokering", { language: "nb" }).ok, true);
    });
});

describe("listOnlyEligForIg", () => {
    it("gives the analysed -ig adjective an unseen list-only -elig form is written for", () => {
        assert.equal(listOnlyEligForIg(lex, "ømtålelig", "nb"), "ømtålig");
    });
    it("leaves the inflections of an analysed -elig adjective, forms seen in web text and Nynorsk alone", () => {
        assert.equal(listOnlyEligForIg(lex, "fatteligere", "nb"), undefined);
        assert.equal(listOnlyEligForIg(lex, "syndelig", "nb"), undefined);
        assert.equal(listOnlyEligForIg(lex, "ømtålelig", "nn"), undefined);
    });
    it("through the checker: a gentle question with the -ig adjective", () => {
        const sp = new SpellChecker(loadLexicon());
        const r = sp.checkWord("ømtålelig", { language: "nb" });
        assert.equal(r.ok, false);
        if (!r.ok) {
            assert.equal(r.problem, "possible-typo");
            assert.equal(r.suggestions[0], "ømtålig");
        }
        assert.equal(sp.checkWord("fatteligere", { language: "nb" }).ok, true);
    });
});

describe("listOnlyClosedPhrase", () => {
    it("gives the listed form with hyphens of a list-only closed one", () => {
        assert.equal(listOnlyClosedPhrase(lex, "ikkevoldelig", "nb"), "ikke-voldelig");
    });
    it("leaves forms an analyser knows, forms with no hyphenated listing and the other standard alone", () => {
        assert.equal(listOnlyClosedPhrase(lex, "tjernene", "nb"), undefined);
        assert.equal(listOnlyClosedPhrase(lex, "svarthvitt", "nb"), undefined);
        assert.equal(listOnlyClosedPhrase(lex, "ikkevoldelig", "nn"), undefined);
    });
    it("through the checker, in both standards: a gentle question with the hyphenated form", () => {
        const sp = new SpellChecker(loadLexicon());
        for (const [word, language, want] of [
            ["svarthvittbilde", "nb", "svart-hvitt-bilde"],
            ["frontmotfrontkollisjon", "nn", "front-mot-front-kollisjon"],
        ] as const) {
            const r = sp.checkWord(word, { language });
            assert.equal(r.ok, false, word);
            if (!r.ok) {
                assert.equal(r.problem, "possible-typo");
                assert.equal(r.suggestions[0], want);
            }
        }
    });
});
