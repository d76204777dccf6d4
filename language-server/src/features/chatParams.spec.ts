// A bad skrivehjelp/chat request is refused with what is wrong, in the UI language.
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { setUiLanguage } from "../uiMessages";
import { validateChatParams } from "./chatParams";

const user = { role: "user", content: "Hei" };

describe("validateChatParams", () => {
    afterEach(() => setUiLanguage(undefined));

    it("accepts a conversation ending with the user", () => {
        assert.equal(
            validateChatParams({ messages: [user], context: { text: "a", label: "b" }, maxTokens: 10, conversationId: "c" }),
            undefined,
        );
    });

    it("names what is wrong, one text per field", () => {
        const cases: [unknown, RegExp][] = [
            [null, /^skrivehjelp\/chat needs \{messages/],
            [{}, /messages must be a list of 1 to 500 turns/],
            [{ messages: [] }, /messages must be a list/],
            [{ messages: [{ role: "system", content: "x" }] }, /every message must be \{role/],
            [{ messages: [{ role: "user", content: 1 }] }, /every message must be/],
            [{ messages: [user, { role: "assistant", content: "b" }] }, /the last message must be the user's/],
            [{ messages: [user], context: { text: "x" } }, /context must be \{text, label\}/],
            [{ messages: [user], context: { text: "x", label: "l".repeat(501) } }, /context must be/],
            [{ messages: [user], maxTokens: 0 }, /maxTokens must be a whole number from 1 to 8192/],
            [{ messages: [user], temperature: 2.5 }, /temperature must be from 0 to 2/],
            [{ messages: [user], conversationId: "x".repeat(201) }, /conversationId must be a short text/],
        ];
        for (const [bad, expected] of cases) assert.match(validateChatParams(bad) ?? "(accepted)", expected, JSON.stringify(bad));
    });

    it("in Nynorsk and Bokmål when the editor runs in them", () => {
        setUiLanguage("nn");
        assert.equal(
            validateChatParams({ messages: [user], temperature: -1 }),
            "skrivehjelp/chat: temperature må vere eit tal frå 0 til 2.",
        );
        assert.equal(
            validateChatParams({ messages: [user, { role: "assistant", content: "b" }] }),
            'skrivehjelp/chat: den siste meldinga må vere brukaren sin (role "user").',
        );
        setUiLanguage("nb-NO");
        assert.equal(
            validateChatParams({ messages: [user], maxTokens: 1.5 }),
            "skrivehjelp/chat: maxTokens må være et heltall fra 1 til 8192.",
        );
        assert.equal(
            validateChatParams({ messages: [user], conversationId: 7 }),
            "skrivehjelp/chat: conversationId må være en tekst på høyst 200 tegn.",
        );
    });
});
