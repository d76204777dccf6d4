import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { guessVariety, quickActionPrompt } from "./quickActions";

describe("quick actions", () => {
    it("guess the written standard from telling words", () => {
        assert.equal(guessVariety("Eg veit ikkje kva ho meiner."), "nn");
        assert.equal(guessVariety("Jeg vet ikke hva hun mener."), "nb");
        assert.equal(guessVariety("Dette er en tekst."), undefined);
    });

    it("convert towards the other standard", () => {
        assert.match(quickActionPrompt("convert", "Eg veit ikkje."), /frå nynorsk til bokmål/);
        assert.match(quickActionPrompt("convert", "Jeg vet ikke."), /frå bokmål til nynorsk/);
        assert.match(quickActionPrompt("convert", "Tekst."), /den andre målforma/);
    });

    it("has a prompt for every action", () => {
        for (const a of ["explain", "improve", "convert", "summarize"] as const) assert.ok(quickActionPrompt(a, "x").length > 10);
    });
});
