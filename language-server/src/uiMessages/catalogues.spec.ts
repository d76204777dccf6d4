import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONVERT_TEXTS } from "./convert";
import { DOCUMENT_TEXTS } from "./documents";
import { DOWNLOAD_TEXTS } from "./download";
import { ENGINE_TEXTS } from "./engine";
import { uiTextIn } from "./index";
import { REMOTE_TEXTS } from "./remote";
import { REQUEST_TEXTS } from "./requests";
import { SETTINGS_FRAME } from "./settings";

const CATALOGUES = { CONVERT_TEXTS, DOCUMENT_TEXTS, DOWNLOAD_TEXTS, ENGINE_TEXTS, REMOTE_TEXTS, REQUEST_TEXTS, SETTINGS_FRAME };

describe("uiMessages catalogues", () => {
    it("no key is in two catalogues (the later one would silently replace the other)", () => {
        const seen = new Map<string, string>();
        const twice: string[] = [];
        for (const [name, catalogue] of Object.entries(CATALOGUES))
            for (const key of Object.keys(catalogue)) {
                if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${name}`);
                seen.set(key, name);
            }
        assert.deepEqual(twice, []);
    });

    it("a failed generation: the worker's English as it is, or as the detail of a sentence saying what to do", () => {
        const detail = "Failed to create grammar";
        assert.equal(uiTextIn("en", "generationFailed", detail), detail);
        assert.equal(
            uiTextIn("nb", "generationFailed", detail),
            "Modellen kunne ikke lage et svar. Prøv igjen; skjer det flere ganger, last inn modellen på nytt med «Skrivehjelp: Last inn modellen på nytt». Detaljer: Failed to create grammar",
        );
        assert.match(
            uiTextIn("nn", "generationFailed", detail),
            /^Modellen kunne ikkje lage eit svar\. Prøv igjen; skjer det fleire gonger.*Detaljar: Failed/,
        );
    });

    it("a conversion's progress title in the UI language (English for any other)", () => {
        assert.equal(uiTextIn("en", "convertingTo", "nn"), "Converting to Nynorsk");
        assert.equal(uiTextIn("nb", "convertingTo", "nn"), "Konverterer til nynorsk");
        assert.equal(uiTextIn("nn", "convertingTo", "nb"), "Konverterer til bokmål");
    });

    it("a request's field names stay as the protocol spells them, in every language", () => {
        for (const language of ["en", "nb", "nn"] as const) {
            assert.match(uiTextIn(language, "generateTemperature"), /^skrivehjelp\/generate: temperature /);
            assert.match(uiTextIn(language, "convertStandards"), /from .* to .*"nb" .* "nn"/);
            assert.match(uiTextIn(language, "detectVarietyParams"), /\{text, languageId\}\.$/);
        }
    });
});
