import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { found, problems } from "./testData";

describe("article gender", () => {
    it("the Bokmål article against the noun's gender", () => {
        assert.deepEqual(problems("Åpne et fil fra disken.", "nb", "gender"), ["et → en"]);
        assert.deepEqual(problems("Lukk en vindu.", "nb", "gender"), ["en → et"]);
    });

    it("the Nynorsk article, one gender each, past an adjective", () => {
        assert.deepEqual(problems("Set inn ein bilete.", "nn", "gender"), ["ein → eit"]);
        assert.deepEqual(problems("Opna eit stor fil.", "nn", "gender"), ["eit → ei"]);
    });

    it("an adjective between that does not agree with article and noun", () => {
        assert.deepEqual(problems("Opprett et ny vindu.", "nb", "gender"), ["ny → nytt"]);
        assert.deepEqual(problems("Lag en stort mappe.", "nb", "gender"), ["stort → stor"]);
        assert.deepEqual(problems("Lag eit stor bilete.", "nn", "gender"), ["stor → stort"]);
        for (const text of [
            "Opprett et nytt vindu.",
            "Det er en svært gammel versjon.",
            "Skriv et viktig dokument.",
            "Bruk en lokalt installert driver.",
        ]) {
            assert.deepEqual(problems(text, "nb", "gender"), [], text);
        }
    });

    it("keeps the capital at a sentence start", () => {
        assert.deepEqual(problems("Et fil mangler.", "nb", "gender"), ["Et → En"]);
    });

    it("'en' goes with feminine nouns in Bokmål; both genders of a noun are right", () => {
        for (const [text, v] of [
            ["Åpne en fil fra disken.", "nb"],
            ["Åpne ei fil fra disken.", "nb"],
            ["Opna ei fil.", "nn"],
            ["Lag en ny mappe.", "nb"],
            ["Lag ein ny katalog.", "nn"],
            ["Det oppsto en feil under lagring.", "nb"],
            ["Velg en av filene.", "nb"],
            ["Vi prøver en gang til.", "nb"],
            ["Kjøp et Linux-system.", "nb"],
        ] as const) {
            assert.deepEqual(problems(text, v, "gender"), [], text);
        }
    });

    it("is sure of a plain noun of one gender", () => {
        assert.equal(found("Lukk en vindu.", "nb", "gender")[0].problem.sure, true);
    });
});
