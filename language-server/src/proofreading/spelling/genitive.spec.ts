import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { F_NB, F_NB_RIGHT, F_NN } from "../../lexicon/flags";
import { lexiconFromEntries, loadLexicon } from "../../lexicon/lexicon";
import { SpellChecker } from "./checker";
import { isGenitive } from "./genitive";

describe("isGenitive", () => {
    const lex = lexiconFromEntries([
        ["objekt", F_NB | F_NB_RIGHT],
        ["kurs", F_NB | F_NB_RIGHT],
        ["bil", F_NB | F_NB_RIGHT],
        ["ikkje", F_NN],
        ["heim", F_NB],
    ]);
    it("reads an -s on a form of the standard that may end a compound as its genitive", () => {
        assert.equal(isGenitive(lex, "objekts", "nb"), true);
    });
    it("not on a form of the other standard, one that ends no compound, after s, nor a short one", () => {
        assert.equal(isGenitive(lex, "objekts", "nn"), false);
        assert.equal(isGenitive(lex, "heims", "nb"), false);
        assert.equal(isGenitive(lex, "kurss", "nb"), false);
        assert.equal(isGenitive(lex, "bils", "nb"), false);
        assert.equal(isGenitive(lex, "objekt", "nb"), false);
    });
});

describe("SpellChecker: a genitive -s on a noun form", () => {
    const sp = new SpellChecker(loadLexicon());
    it("is a word of the text's standard even when the other standard lists the form (a compound's first part there)", () => {
        // Nynorsk lists "objekts" (objekts|...); in Bokmål "Et objekts forskyvning" is the genitive of "objekt"
        assert.equal(sp.known("objekts", "nn"), true);
        assert.equal(sp.known("objekts", "nb"), false);
        assert.equal(sp.accept("objekts", { language: "nb" }), "word");
        assert.deepEqual(sp.checkWord("objekts", { language: "nb" }), { ok: true, reason: "word" });
        assert.deepEqual(sp.checkWord("histogrammets", { language: "nb" }), { ok: true, reason: "word" });
    });
    it("leaves a form only the other standard has, with no genitive reading, to the other standard", () => {
        assert.equal(sp.accept("gjeldande", { language: "nb" }), "other-variety");
        assert.equal(sp.accept("ikkje", { language: "nb" }), "other-variety");
        // a common Bokmål passive is no Nynorsk genitive of "vise" (a song): the målform layer's matter
        assert.equal(sp.known("vise", "nn"), true);
        assert.equal(sp.accept("vises", { language: "nn" }), "other-variety");
    });
});
