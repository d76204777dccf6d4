import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { problems } from "./testData";

describe("verb form", () => {
    it("a present after 'å' is the infinitive", () => {
        assert.deepEqual(problems("Det er lett å lagrer fila.", "nb", "verbForm"), ["lagrer → lagre"]);
        assert.deepEqual(problems("Ønskjer du å slettar skraveringa?", "nn", "verbForm"), ["slettar → sletta"]);
    });

    it("a present after a modal, also past 'ikke' or an inverted subject", () => {
        assert.deepEqual(problems("Du kan velger en annen mal.", "nb", "verbForm"), ["velger → velge"]);
        assert.deepEqual(problems("Vil du sletter filen?", "nb", "verbForm"), ["sletter → slette"]);
        assert.deepEqual(problems("Programmet kan ikke lagrer fila.", "nb", "verbForm"), ["lagrer → lagre"]);
    });

    it("the Nynorsk infinitive of the document's own style", () => {
        assert.deepEqual(problems("Du må lagrar fila.", "nn", "verbForm", "a"), ["lagrar → lagra"]);
    });

    it("an infinitive after 'har' is the participle", () => {
        assert.deepEqual(problems("Du har lagre fila.", "nb", "verbForm"), ["lagre → lagret"]);
    });

    it("leaves the right forms and a noun subject after a modal alone", () => {
        for (const [text, v] of [
            ["Du kan velge en annen mal.", "nb"],
            ["Her kan filer lagres.", "nb"],
            ["Eg vil lagra fila.", "nn"],
            ["Du har lagret fila.", "nb"],
            ["Ho har lyst på kake.", "nn"],
            ["Det er lett å lagre.", "nb"],
        ] as const) {
            assert.deepEqual(problems(text, v, "verbForm"), [], text);
        }
    });
});
