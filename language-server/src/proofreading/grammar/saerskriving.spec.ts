import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { found, problems } from "./testData";

describe("særskriving", () => {
    it("joins a compound written as two nouns, in one suggestion over both words", () => {
        assert.deepEqual(problems("Skriv inn et bruker navn her.", "nb", "saerskriving"), ["bruker navn → brukernavn"]);
        assert.deepEqual(problems("Vel eit nytt linje nummer.", "nn", "saerskriving"), ["linje nummer → linjenummer"]);
    });

    it("joins a verb's particle and its verb, and a first part that is no word alone", () => {
        assert.deepEqual(problems("Mappen inne holder tre filer.", "nb", "saerskriving"), ["inne holder → inneholder"]);
        assert.deepEqual(problems("Dokumentet blir gjen opprettet.", "nb", "saerskriving"), ["gjen opprettet → gjenopprettet"]);
    });

    it("an indefinite adjective before a definite noun, with no determiner: one word", () => {
        assert.deepEqual(problems("Start operativ systemet på nytt.", "nb", "saerskriving"), ["operativ systemet → operativsystemet"]);
    });

    it("keeps the capital of a sentence's first word", () => {
        assert.deepEqual(problems("Linje nummer mangler.", "nb", "saerskriving"), ["Linje nummer → Linjenummer"]);
    });

    it("leaves phrases alone: a preposition and a noun, an adjective that agrees, a subject and its verb, a modal and its verb", () => {
        for (const [text, v] of [
            ["Vis filene for eksempel i en liste.", "nb"],
            ["Bildet vises på visning nummer to.", "nb"],
            ["Bruk små bokstaver i navnet.", "nb"],
            ["Tabellen er tom.", "nb"],
            ["Du kan ta med deg filene.", "nb"],
            ["Dei kjem om lag klokka tre.", "nn"],
            ["Filene ligger inn i mappen.", "nb"],
            ["Skriv inn teksten i feltet.", "nb"],
        ] as const) {
            assert.deepEqual(problems(text, v, "saerskriving"), [], text);
        }
    });

    it("leaves names, titles and code alone", () => {
        assert.deepEqual(problems("Les boka Bruker Navn av Kari Nordmann.", "nb", "saerskriving"), []);
        assert.deepEqual(problems("Kjør BRUKER NAVN først.", "nb", "saerskriving"), []);
    });

    it("is sure (a warning) of two nouns; not of a first word that may be a verb", () => {
        const [nouns] = found("Vel eit nytt linje nummer.", "nn", "saerskriving");
        assert.equal(nouns.problem.sure, true);
        const [verb] = found("Skriv inn et bruker navn her.", "nb", "saerskriving");
        assert.equal(verb.problem.sure, false);
        assert.equal(verb.problem.first + 1, verb.problem.last);
    });
});
