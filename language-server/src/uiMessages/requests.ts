// What is wrong with a request's parameters (skrivehjelp/generate, skrivehjelp/chat,
// skrivehjelp/convert, skrivehjelp/detectVariety), as the ResponseError's message a client shows: a generic LSP
// client (Neovim, Helix, a script) shows it to the user as it is. Each names the field and what
// it must be; the field names and values stay as the protocol spells them.
import type { Catalogue } from "../protocol/uiLanguage";

const GENERATE = "skrivehjelp/generate";
const CONVERT = "skrivehjelp/convert";
const CHAT = "skrivehjelp/chat";
const PROMPT_SHAPE = "{text} or {messages: [{role, content}]}";
const PROMPT_SHAPE_NO = "{text} eller {messages: [{role, content}]}";

/** The same field of two requests (generate, chat), the same rule. */
const maxTokensTexts = (method: string) => ({
    en: (limit: number) => `${method}: maxTokens must be a whole number from 1 to ${limit}.`,
    nb: (limit: number) => `${method}: maxTokens må være et heltall fra 1 til ${limit}.`,
    nn: (limit: number) => `${method}: maxTokens må vere eit heiltal frå 1 til ${limit}.`,
});
const temperatureTexts = (method: string) => ({
    en: () => `${method}: temperature must be from 0 to 2.`,
    nb: () => `${method}: temperature må være et tall fra 0 til 2.`,
    nn: () => `${method}: temperature må vere eit tal frå 0 til 2.`,
});

export const REQUEST_TEXTS = {
    generateNoPrompt: {
        en: () => `${GENERATE} needs a prompt.`,
        nb: () => `${GENERATE} mangler feltet prompt: send det som ${PROMPT_SHAPE_NO}.`,
        nn: () => `${GENERATE} manglar feltet prompt: send det som ${PROMPT_SHAPE_NO}.`,
    },
    generatePromptShape: {
        en: () => `${GENERATE}: prompt must be ${PROMPT_SHAPE}.`,
        nb: () => `${GENERATE}: prompt må være ${PROMPT_SHAPE_NO}.`,
        nn: () => `${GENERATE}: prompt må vere ${PROMPT_SHAPE_NO}.`,
    },
    generateMaxTokens: maxTokensTexts(GENERATE),
    generateTemperature: temperatureTexts(GENERATE),
    generateCacheKey: {
        en: (_limit: number) => `${GENERATE}: cacheKey must be a short string.`,
        nb: (limit: number) => `${GENERATE}: cacheKey må være en tekst på høyst ${limit} tegn.`,
        nn: (limit: number) => `${GENERATE}: cacheKey må vere ein tekst på høgst ${limit} teikn.`,
    },
    generatePriority: {
        en: () => `${GENERATE}: unknown priority.`,
        nb: () => `${GENERATE}: ukjent verdi for priority; bruk 0 (chat), 1 (konvertering) eller 2 (korrekturlesing).`,
        nn: () => `${GENERATE}: ukjend verdi for priority; bruk 0 (chat), 1 (konvertering) eller 2 (korrekturlesing).`,
    },
    chatShape: {
        en: () => `${CHAT} needs {messages: [{role, content}]}.`,
        nb: () => `${CHAT} trenger {messages: [{role, content}]}.`,
        nn: () => `${CHAT} treng {messages: [{role, content}]}.`,
    },
    chatMessages: {
        en: (limit: number) => `${CHAT}: messages must be a list of 1 to ${limit} turns.`,
        nb: (limit: number) => `${CHAT}: messages må være en liste med 1 til ${limit} meldinger.`,
        nn: (limit: number) => `${CHAT}: messages må vere ei liste med 1 til ${limit} meldingar.`,
    },
    chatTurn: {
        en: (limit: number) => `${CHAT}: every message must be {role: "user" | "assistant", content: text of at most ${limit} characters}.`,
        nb: (limit: number) => `${CHAT}: hver melding må være {role: "user" | "assistant", content: tekst på høyst ${limit} tegn}.`,
        nn: (limit: number) => `${CHAT}: kvar melding må vere {role: "user" | "assistant", content: tekst på høgst ${limit} teikn}.`,
    },
    chatLastTurn: {
        en: () => `${CHAT}: the last message must be the user's.`,
        nb: () => `${CHAT}: den siste meldingen må være brukerens (role "user").`,
        nn: () => `${CHAT}: den siste meldinga må vere brukaren sin (role "user").`,
    },
    chatContext: {
        en: () => `${CHAT}: context must be {text, label}.`,
        nb: () => `${CHAT}: context må være {text, label}, begge tekst.`,
        nn: () => `${CHAT}: context må vere {text, label}, begge tekst.`,
    },
    chatMaxTokens: maxTokensTexts(CHAT),
    chatTemperature: temperatureTexts(CHAT),
    chatConversationId: {
        en: (_limit: number) => `${CHAT}: conversationId must be a short text.`,
        nb: (limit: number) => `${CHAT}: conversationId må være en tekst på høyst ${limit} tegn.`,
        nn: (limit: number) => `${CHAT}: conversationId må vere ein tekst på høgst ${limit} teikn.`,
    },
    convertNoParams: {
        en: () => `${CONVERT} needs params {text, from, to, languageId}.`,
        nb: () => `${CONVERT} trenger parameterne {text, from, to, languageId}.`,
        nn: () => `${CONVERT} treng parametrane {text, from, to, languageId}.`,
    },
    convertTextNotString: {
        en: () => `${CONVERT}: text must be a string.`,
        nb: () => `${CONVERT}: text må være en tekststreng.`,
        nn: () => `${CONVERT}: text må vere ein tekststreng.`,
    },
    convertStandards: {
        en: () => `${CONVERT}: from and to must be "nb" or "nn".`,
        nb: () => `${CONVERT}: from og to må være "nb" eller "nn".`,
        nn: () => `${CONVERT}: from og to må vere "nb" eller "nn".`,
    },
    convertSameStandard: {
        en: () => `${CONVERT}: from and to are the same written standard.`,
        nb: () => `${CONVERT}: from og to er samme målform; to må være den andre.`,
        nn: () => `${CONVERT}: from og to er same målform; to må vere den andre.`,
    },
    convertLanguageId: {
        en: () => `${CONVERT}: languageId must be a string.`,
        nb: () => `${CONVERT}: languageId må være en tekststreng (for eksempel "markdown").`,
        nn: () => `${CONVERT}: languageId må vere ein tekststreng (til dømes "markdown").`,
    },
    convertRanges: {
        en: () => `${CONVERT}: ranges must be LSP ranges.`,
        nb: () => `${CONVERT}: ranges må være LSP-områder ({start, end} med line og character).`,
        nn: () => `${CONVERT}: ranges må vere LSP-område ({start, end} med line og character).`,
    },
    detectVarietyParams: {
        en: () => "skrivehjelp/detectVariety needs {text, languageId}.",
        nb: () => "skrivehjelp/detectVariety trenger {text, languageId}.",
        nn: () => "skrivehjelp/detectVariety treng {text, languageId}.",
    },
} satisfies Catalogue;
