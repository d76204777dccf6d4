import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { F_MISSPELLING, F_NB } from "./flags";
import { lexiconFromEntries } from "./lexicon";
import { misspellingCorrection, misspellingKey } from "./misspellings";

describe("known misspellings in the lexicon", () => {
    const lex = lexiconFromEntries(
        [
            ["original", F_NB],
            ["originalen", F_NB],
            [misspellingKey("orginal", "original"), F_MISSPELLING],
            [misspellingKey("orginalen", "originalen"), F_MISSPELLING],
        ],
        true,
    );
    it("gives the stored correction, through the file format", () => {
        assert.equal(misspellingCorrection(lex, "orginal"), "original");
        assert.equal(misspellingCorrection(lex, "orginalen"), "originalen");
    });
    it("gives nothing for a right word or a prefix of a misspelling, and the misspelling is no form", () => {
        assert.equal(misspellingCorrection(lex, "original"), undefined);
        assert.equal(misspellingCorrection(lex, "orgina"), undefined);
        assert.equal(lex.has("orginal", "nb"), false);
    });
});
