// What is wrong with a setting's value, in the client's UI language. Each text completes
// "the setting skrivehjelp.x …" (the server's frame, uiMessages/settings.ts): it says what the
// value must be, what it is, and what is used instead. Pure, in protocol/ beside the checks
// that write them (settingsNormalize.ts, openaiSettings.ts, convert.ts, modelSource.ts).
import { render, type Catalogue, type UiLanguage } from "./uiLanguage";

const EXAMPLE_HF = "hf:NbAiLab/nb-llama-3.2-1B-Instruct-Q4_K_M-GGUF/nb-llama-3.2-1b-instruct-q4_k_m.gguf";
const EXAMPLE_URL = "https://example.org/models/model.gguf";
const EXAMPLE_ENDPOINT = "http://127.0.0.1:8080/v1";

/** Which part of a conversion template override is wrong (convert.ts `templateProblem`). */
export type TemplateFault = "notObject" | "text" | "user" | "system";

const TEMPLATE_FAULTS: Record<TemplateFault, Record<UiLanguage, string>> = {
    notObject: {
        en: "must be an object with `system` and `user`, or `text`",
        nb: "må være et objekt med `system` og `user`, eller `text`",
        nn: "må vere eit objekt med `system` og `user`, eller `text`",
    },
    text: {
        en: "`text` must be a string containing {{text}}",
        nb: "må ha en `text` som er en streng med {{text}}",
        nn: "må ha ein `text` som er ein streng med {{text}}",
    },
    user: {
        en: "`user` must be a string containing {{text}}",
        nb: "må ha en `user` som er en streng med {{text}}",
        nn: "må ha ein `user` som er ein streng med {{text}}",
    },
    system: {
        en: "`system` must be a string",
        nb: "har en `system` som ikke er en streng",
        nn: "har ein `system` som ikkje er ein streng",
    },
};

export const SETTING_TEXTS = {
    wholeNumber: {
        en: (min: number, max: number, value: string, using: string) =>
            `must be a whole number from ${min} to ${max}, but is ${value}. Using ${using}.`,
        nb: (min: number, max: number, value: string, using: string) =>
            `må være et heltall fra ${min} til ${max}, men er ${value}. Bruker ${using}.`,
        nn: (min: number, max: number, value: string, using: string) =>
            `må vere eit heiltal frå ${min} til ${max}, men er ${value}. Brukar ${using}.`,
    },
    // the fallbacks `wholeNumber` names when the default is not a number
    usingCores: {
        en: () => "the number of cores",
        nb: () => "like mange tråder som maskinen har kjerner",
        nn: () => "like mange trådar som maskinen har kjernar",
    },
    usingAllLayers: { en: () => "as many as fit", nb: () => "så mange som får plass", nn: () => "så mange som får plass" },
    oneOf: {
        en: (allowed: readonly string[], value: string, using: string) =>
            `must be one of ${allowed.join(", ")}, but is ${value}. Using "${using}".`,
        nb: (allowed: readonly string[], value: string, using: string) =>
            `må være én av verdiene ${allowed.join(", ")}, men er ${value}. Bruker "${using}".`,
        nn: (allowed: readonly string[], value: string, using: string) =>
            `må vere ein av verdiane ${allowed.join(", ")}, men er ${value}. Brukar "${using}".`,
    },
    temperature: {
        en: (value: string, using: number) => `must be a number from 0 to 2, but is ${value}. Using ${using}.`,
        nb: (value: string, using: number) => `må være et tall fra 0 til 2, men er ${value}. Bruker ${using}.`,
        nn: (value: string, using: number) => `må vere eit tal frå 0 til 2, men er ${value}. Brukar ${using}.`,
    },
    boolean: {
        en: (value: string, using: boolean) => `must be true or false, but is ${value}. Using ${using}.`,
        nb: (value: string, using: boolean) => `må være true eller false, men er ${value}. Bruker ${using}.`,
        nn: (value: string, using: boolean) => `må vere true eller false, men er ${value}. Brukar ${using}.`,
    },
    modelUri: {
        en: (why: string) => `is not a usable model URI: ${why} No model is used until it is corrected.`,
        nb: (why: string) => `er ikke en brukbar modell-URI: ${why} Ingen modell blir brukt før den er rettet.`,
        nn: (why: string) => `er ikkje ein brukbar modell-URI: ${why} Ingen modell vert brukt før ho er retta.`,
    },
    // why a model URI is unusable (modelSource.ts), inside `modelUri`
    hfNoFile: {
        en: (uri: string) =>
            `"${uri}" names no .gguf file, so Skrivehjelp cannot know which file to use. ` +
            `Give the file in the repository: hf:<user>/<repo>/<file>.gguf (optionally #<branch>), e.g. ${EXAMPLE_HF}.`,
        nb: (uri: string) =>
            `"${uri}" peker ikke på noen .gguf-fil, så Skrivehjelp kan ikke vite hvilken fil som skal brukes. ` +
            `Oppgi filen i repositoriet: hf:<bruker>/<repo>/<fil>.gguf (eventuelt #<gren>), for eksempel ${EXAMPLE_HF}.`,
        nn: (uri: string) =>
            `"${uri}" peikar ikkje på noka .gguf-fil, så Skrivehjelp kan ikkje vite kva fil som skal brukast. ` +
            `Gje opp fila i repositoriet: hf:<brukar>/<repo>/<fil>.gguf (eventuelt #<grein>), til dømes ${EXAMPLE_HF}.`,
    },
    badUrl: {
        en: (uri: string) => `"${uri}" is not a valid URL.`,
        nb: (uri: string) => `"${uri}" er ikke en gyldig URL.`,
        nn: (uri: string) => `"${uri}" er ikkje ein gyldig URL.`,
    },
    notGgufUrl: {
        en: (uri: string) => `"${uri}" does not end in a .gguf file name. Give the URL of the .gguf file itself, e.g. ${EXAMPLE_URL}.`,
        nb: (uri: string) => `"${uri}" slutter ikke på et .gguf-filnavn. Oppgi URL-en til selve .gguf-filen, for eksempel ${EXAMPLE_URL}.`,
        nn: (uri: string) => `"${uri}" sluttar ikkje på eit .gguf-filnamn. Gje opp URL-en til sjølve .gguf-fila, til dømes ${EXAMPLE_URL}.`,
    },
    modelPathType: {
        en: (value: string) => `must be a file path or a model URI (text), but is ${value}.`,
        nb: (value: string) => `må være en filsti eller en modell-URI (tekst), men er ${value}.`,
        nn: (value: string) => `må vere ein filstig eller ein modell-URI (tekst), men er ${value}.`,
    },
    workspaceFile: {
        en: (value: string) => `must be a file path relative to the workspace, but is ${value}.`,
        nb: (value: string) => `må være en filsti relativt til arbeidsområdet, men er ${value}.`,
        nn: (value: string) => `må vere ein filstig relativt til arbeidsområdet, men er ${value}.`,
    },
    systemPrompt: {
        en: (value: string) => `must be text, but is ${value}. Using the built-in prompt.`,
        nb: (value: string) => `må være tekst, men er ${value}. Bruker den innebygde instruksen.`,
        nn: (value: string) => `må vere tekst, men er ${value}. Brukar den innebygde instruksen.`,
    },
    endpoint: {
        en: (value: string) =>
            `must be an http:// or https:// address such as ${EXAMPLE_ENDPOINT} (no user name, password or query), but is "${value}".`,
        nb: (value: string) =>
            `må være en http://- eller https://-adresse, som ${EXAMPLE_ENDPOINT} (uten brukernavn, passord eller spørrestreng), men er "${value}".`,
        nn: (value: string) =>
            `må vere ei http://- eller https://-adresse, som ${EXAMPLE_ENDPOINT} (utan brukarnamn, passord eller spørjestreng), men er "${value}".`,
    },
    endpointType: {
        en: () => `must be an address (text) such as ${EXAMPLE_ENDPOINT}.`,
        nb: () => `må være en adresse (tekst), som ${EXAMPLE_ENDPOINT}.`,
        nn: () => `må vere ei adresse (tekst), som ${EXAMPLE_ENDPOINT}.`,
    },
    modelName: {
        en: () => "must be a model name (text).",
        nb: () => "må være et modellnavn (tekst).",
        nn: () => "må vere eit modellnamn (tekst).",
    },
    apiKey: {
        en: () =>
            'is ignored: an API key does not belong in settings.json. Remove it there and run "Skrivehjelp: Set API key" (other editors: initializationOptions.openaiApiKey).',
        nb: () =>
            "blir ikke brukt: en API-nøkkel hører ikke hjemme i settings.json. Fjern den der og kjør «Skrivehjelp: Angi API-nøkkel for modelltjeneren» (andre editorer: initializationOptions.openaiApiKey).",
        nn: () =>
            "vert ikkje brukt: ein API-nøkkel høyrer ikkje heime i settings.json. Fjern han der og køyr «Skrivehjelp: Set API-nøkkel for modelltenaren» (andre editorar: initializationOptions.openaiApiKey).",
    },
    houseStyle: {
        en: (value: string) => `must be a list of words, but is ${value}. Using none.`,
        nb: (value: string) => `må være en liste med ord, men er ${value}. Bruker ingen.`,
        nn: (value: string) => `må vere ei liste med ord, men er ${value}. Brukar ingen.`,
    },
    templateDirection: {
        en: (direction: string) => `has an unknown direction "${direction}" (use "nb-nn" or "nn-nb").`,
        nb: (direction: string) => `har en ukjent retning "${direction}" (bruk "nb-nn" eller "nn-nb").`,
        nn: (direction: string) => `har ei ukjend retning "${direction}" (bruk "nb-nn" eller "nn-nb").`,
    },
    template: {
        en: (fault: TemplateFault) => `${TEMPLATE_FAULTS[fault].en}. Using the built-in template.`,
        nb: (fault: TemplateFault) => `${TEMPLATE_FAULTS[fault].nb}. Bruker den innebygde malen.`,
        nn: (fault: TemplateFault) => `${TEMPLATE_FAULTS[fault].nn}. Brukar den innebygde malen.`,
    },
    templatesType: {
        en: (value: string) => `must be an object with "nb-nn" and/or "nn-nb", but is ${value}.`,
        nb: (value: string) => `må være et objekt med "nb-nn" og/eller "nn-nb", men er ${value}.`,
        nn: (value: string) => `må vere eit objekt med "nb-nn" og/eller "nn-nb", men er ${value}.`,
    },
} satisfies Catalogue;

export type SettingTextKey = keyof typeof SETTING_TEXTS;

/** Setting text `key` in `language`. */
export function settingText<K extends SettingTextKey>(
    language: UiLanguage,
    key: K,
    ...args: Parameters<(typeof SETTING_TEXTS)[K]["en"]>
): string {
    return render(SETTING_TEXTS, language, key, ...args);
}

/** Reports that the setting `skrivehjelp.<key>` has a wrong value, said by text `text`. */
export type ProblemSink = <K extends SettingTextKey>(key: string, text: K, ...args: Parameters<(typeof SETTING_TEXTS)[K]["en"]>) => void;

/** A value as the problem quotes it: strings in quotes, the rest as JSON. */
export function describeValue(v: unknown): string {
    return typeof v === "string" ? `"${v}"` : (JSON.stringify(v) ?? String(v));
}
