// The web-words eval (webWords.ts): which words it counts, and the rule it names for a flag.
// Needs .cache/lexicon; the Tesseract list itself is not read here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DictionaryLayers } from "../../language-server/src/proofreading/dictionaryLayers";
import { evalWebWords, readWebWords } from "./webWords";

const speller = new DictionaryLayers((level, message) => {
    if (level === "error") throw new Error(message);
}).layers().speller!;

describe("web-words eval", () => {
    it("counts only lower-case words accepted as compounds, and names the rule of each flag", () => {
        // "hus" is listed, "Dialogvinduet" capitalised, "xqzv" unknown: none counted;
        // "dialogvinduet" a compound left alone; "modstander" a compound flagged ("motstander")
        const r = evalWebWords(["hus", "Dialogvinduet", "xqzv", "dialogvinduet", "modstander"], speller);
        assert.equal(r.words, 4);
        assert.equal(r.nb.compounds, 2);
        assert.equal(r.nb.flagged, 1);
        assert.deepEqual(r.nb.byRule, { voicing: 1 });
        assert.deepEqual(
            r.flags.filter((f) => f.startsWith("nb")),
            ["nb\tmodstander\tmotstander\tvoicing"],
        );
    });
    it("says why when the Tesseract model is missing", () => {
        const r = readWebWords("/nonexistent/nor.traineddata");
        assert.equal(typeof r, "string");
        assert.match(r as string, /tesseract-ocr-nor/);
    });
});
