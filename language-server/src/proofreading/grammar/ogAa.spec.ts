import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { found, problems } from "./testData";

describe("og/å", () => {
    it("'og' before an infinitive after for/til/uten/utan is 'å'", () => {
        assert.deepEqual(problems("Trykk her for og lagre dokumentet.", "nb", "ogAa"), ["og → å"]);
        assert.deepEqual(problems("Klikk for og lagra det.", "nn", "ogAa"), ["og → å"]);
        assert.deepEqual(problems("Lukk vinduet uten og lagre.", "nb", "ogAa"), ["og → å"]);
        assert.deepEqual(problems("Han brukte tid til og lese boka.", "nb", "ogAa"), ["og → å"]);
    });

    it("after a verb that takes 'å', and after 'ikke'", () => {
        assert.deepEqual(problems("Vurder og bruke en mal.", "nb", "ogAa"), ["og → å"]);
        assert.deepEqual(problems("Klarte ikke og åpne dokumentet.", "nb", "ogAa"), ["og → å"]);
    });

    it("'å' before what is no infinitive is 'og'", () => {
        assert.deepEqual(problems("Skriv inn høyde å bredde.", "nb", "ogAa"), ["å → og"]);
        assert.deepEqual(problems("Angir skygge- å kantalternativer.", "nb", "ogAa"), ["å → og"]);
    });

    it("'å' between infinitives that hang on one modal is 'og'", () => {
        assert.deepEqual(problems("Her kan du opprette, redigere, slette å teste filtre.", "nb", "ogAa"), ["å → og"]);
    });

    it("leaves 'for og imot', 'til og med', coordinated imperatives and a right 'å' alone", () => {
        for (const [text, v] of [
            ["Det finnes argumenter for og imot.", "nb"],
            ["Fra side 3 til og med side 9.", "nb"],
            ["Legg til og fjern filer.", "nb"],
            ["Trykk på og dra musa.", "nb"],
            ["Både å lese og å skrive er lov.", "nb"],
            ["Eg prøver å lagra fila.", "nn"],
            ["Du kan lagre og lukke dokumentet.", "nb"],
            ["Det er mogleg å automatisk lagra.", "nn"],
            ["Klikk for å lagre.", "nb"],
        ] as const) {
            assert.deepEqual(problems(text, v, "ogAa"), [], text);
        }
    });

    it("is sure after 'for', not after a weaker cue", () => {
        assert.equal(found("Trykk her for og lagre dokumentet.", "nb", "ogAa")[0].problem.sure, true);
        assert.equal(found("Vurder og bruke en mal.", "nb", "ogAa")[0].problem.sure, false);
    });
});
