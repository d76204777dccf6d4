import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { problems } from "./testData";

describe("de/dem (Bokmål)", () => {
    it("'dem' as the subject of its verb is 'de'", () => {
        assert.deepEqual(problems("Hvis dem ikke finnes, lages de.", "nb", "deDem"), ["dem → de"]);
        assert.deepEqual(problems("Dem er lagret i mappen.", "nb", "deDem"), ["Dem → De"]);
        assert.deepEqual(problems("Filene som dem bruker, ligger her.", "nb", "deDem"), ["dem → de"]);
    });

    it("'de' as the object of a preposition is 'dem'", () => {
        assert.deepEqual(problems("Gi filene til de.", "nb", "deDem"), ["de → dem"]);
        assert.deepEqual(problems("Vi snakket med de i går.", "nb", "deDem"), ["de → dem"]);
    });

    it("leaves the determiner, 'de som', the polite form, a clause after 'om' and Nynorsk alone", () => {
        for (const text of [
            "Gi filene til de andre.",
            "Send den til de nye brukerne.",
            "Dette er for de som vil lære.",
            "Takk skal De ha.",
            "Vi ser dem ofte.",
            "Det ser ut som om de er borte.",
            "De er lagret.",
        ]) {
            assert.deepEqual(problems(text, "nb", "deDem"), [], text);
        }
        assert.deepEqual(problems("Gje filene til dei.", "nn", "deDem"), []);
    });
});
