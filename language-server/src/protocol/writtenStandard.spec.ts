import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decideLanguage, findPinComment, pinComment, pinnedVariety } from "./writtenStandard";

describe("pinnedVariety", () => {
    it("reads lang from YAML front matter", () => {
        assert.equal(pinnedVariety("---\ntitle: Notat\nlang: nn\n---\n\nTekst."), "nn");
        assert.equal(pinnedVariety("---\r\nlanguage: nb-NO\r\n---\r\nTekst."), "nb");
        assert.equal(pinnedVariety("---\nlang: 'nno'\n---\n"), "nn");
    });

    it("reads an HTML comment anywhere", () => {
        assert.equal(pinnedVariety("# Tittel\n\n<!-- skrivehjelp: nb -->\n\nTekst."), "nb");
    });

    it("ignores other languages and lang outside front matter", () => {
        assert.equal(pinnedVariety("---\nlang: en\n---\n"), undefined);
        assert.equal(pinnedVariety("Tekst\n\nlang: nn\n"), undefined);
        assert.equal(pinnedVariety("Ingen markering her."), undefined);
    });
});

describe("decideLanguage", () => {
    it("prefers the setting, then the pin, then detection", () => {
        const text = "---\nlang: nn\n---\nTekst";
        assert.deepEqual(
            decideLanguage("nb", text, () => "nn"),
            { variety: "nb", source: "setting" },
        );
        assert.deepEqual(
            decideLanguage("auto", text, () => "nb"),
            { variety: "nn", source: "pinned" },
        );
        assert.deepEqual(
            decideLanguage("auto", "Tekst", () => "nb"),
            { variety: "nb", source: "detected" },
        );
        assert.deepEqual(
            decideLanguage("auto", "Tekst", () => undefined),
            { variety: undefined, source: "undecided" },
        );
    });
});

describe("the pin comment", () => {
    it("is written the way it is read, and found to be replaced", () => {
        for (const v of ["nb", "nn"] as const) assert.equal(pinnedVariety(`# Tittel\n\n${pinComment(v)}\n`), v);
        const text = `Tekst.\n\n<!--skrivehjelp:NN-->\n`;
        const at = findPinComment(text);
        assert.deepEqual(at && text.slice(at.start, at.end), "<!--skrivehjelp:NN-->");
        assert.equal(findPinComment("Ingen <!-- annan: nn --> her."), undefined);
    });
});
