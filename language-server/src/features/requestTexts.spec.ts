// A bad skrivehjelp/generate or skrivehjelp/convert request is refused in the UI language: a
// generic LSP client shows the ResponseError's message to the user as it is.
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import type { ConvertParams } from "../protocol/convert";
import type { GenerateParams } from "../protocol/methods";
import { setUiLanguage } from "../uiMessages";
import { validateConvertParams } from "./convert";
import { validateGenerate } from "./engineRequests";

const generate = (p: object) => validateGenerate({ prompt: { text: "Hei" }, maxTokens: 8, ...p } as GenerateParams);
const convert = (p: object) => validateConvertParams({ text: "x", from: "nb", to: "nn", languageId: "markdown", ...p } as ConvertParams);

describe("request problems in the UI language", () => {
    afterEach(() => setUiLanguage(undefined));

    it("English keeps the texts the LSP tests match", () => {
        assert.equal(generate({ temperature: 3 }), "skrivehjelp/generate: temperature must be from 0 to 2.");
        assert.equal(generate({ maxTokens: 0 }), "skrivehjelp/generate: maxTokens must be a whole number from 1 to 32768.");
        assert.equal(generate({ cacheKey: "k".repeat(201) }), "skrivehjelp/generate: cacheKey must be a short string.");
        assert.equal(validateGenerate(undefined), "skrivehjelp/generate needs a prompt.");
        assert.equal(convert({ to: "nb" }), "skrivehjelp/convert: from and to are the same written standard.");
        assert.equal(convert({ from: "sv" }), 'skrivehjelp/convert: from and to must be "nb" or "nn".');
        assert.equal(generate({}), undefined);
        assert.equal(convert({}), undefined);
    });

    it("Nynorsk names the field and what it must be", () => {
        setUiLanguage("nn");
        assert.equal(generate({ temperature: 3 }), "skrivehjelp/generate: temperature må vere eit tal frå 0 til 2.");
        assert.equal(generate({ maxTokens: 1.5 }), "skrivehjelp/generate: maxTokens må vere eit heiltal frå 1 til 32768.");
        assert.equal(generate({ cacheKey: 7 }), "skrivehjelp/generate: cacheKey må vere ein tekst på høgst 200 teikn.");
        assert.match(generate({ priority: 9 }) ?? "", /ukjend verdi for priority; bruk 0 \(chat\), 1 \(konvertering\) eller 2/);
        assert.equal(convert({ to: "nb" }), "skrivehjelp/convert: from og to er same målform; to må vere den andre.");
        assert.equal(convert({ ranges: [{}] }), "skrivehjelp/convert: ranges må vere LSP-område ({start, end} med line og character).");
    });

    it("Bokmål likewise", () => {
        setUiLanguage("nb-NO");
        assert.equal(
            generate({ prompt: { messages: "Hei" } }),
            "skrivehjelp/generate: prompt må være {text} eller {messages: [{role, content}]}.",
        );
        assert.equal(
            validateGenerate(undefined),
            "skrivehjelp/generate mangler feltet prompt: send det som {text} eller {messages: [{role, content}]}.",
        );
        assert.equal(convert({ from: "sv" }), 'skrivehjelp/convert: from og to må være "nb" eller "nn".');
        assert.equal(convert({ languageId: 1 }), 'skrivehjelp/convert: languageId må være en tekststreng (for eksempel "markdown").');
        assert.equal(validateConvertParams(undefined), "skrivehjelp/convert trenger parameterne {text, from, to, languageId}.");
    });
});
