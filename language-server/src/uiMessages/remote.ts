// The remote engine's errors (skrivehjelp.engine "openai": engine/openai/errors.ts and
// openaiEngine.ts), each with what to check or change. `said` is the server's own words, already
// formatted as ": …" or "" (errors.ts `serverMessage`); `retries` how often it was tried again.
import type { Catalogue, UiLanguage } from "../protocol/uiLanguage";

const TRIED: Record<UiLanguage, (times: number) => string> = {
    en: (times) => ` (tried ${times} times)`,
    nb: (times) => ` (prøvd ${times} ganger)`,
    nn: (times) => ` (prøvd ${times} gonger)`,
};
const tried = (retries: number, language: UiLanguage) => (retries > 0 ? TRIED[language](retries + 1) : "");

const SET_KEY_NB = "«Skrivehjelp: Angi API-nøkkel for modelltjeneren» (andre editorer: initializationOptions.openaiApiKey)";
const SET_KEY_NN = "«Skrivehjelp: Set API-nøkkel for modelltenaren» (andre editorar: initializationOptions.openaiApiKey)";
const SET_KEY_EN = '"Skrivehjelp: Set API key" (other editors: initializationOptions.openaiApiKey)';

export const REMOTE_TEXTS = {
    remoteTls: {
        en: (endpoint: string, code: string, detail: string) =>
            `Could not make a secure connection to the model server at ${endpoint} (${code}: ${detail}). If the organisation uses its own certificate authority, start VS Code with NODE_EXTRA_CA_CERTS pointing to it.`,
        nb: (endpoint: string, code: string, detail: string) =>
            `Fikk ikke en sikker forbindelse til modelltjeneren på ${endpoint} (${code}: ${detail}). Hvis organisasjonen har sin egen sertifikatutsteder, start VS Code med NODE_EXTRA_CA_CERTS satt til sertifikatfilen dens.`,
        nn: (endpoint: string, code: string, detail: string) =>
            `Fekk ikkje ei sikker tilkopling til modelltenaren på ${endpoint} (${code}: ${detail}). Viss organisasjonen har sin eigen sertifikatutferdar, start VS Code med NODE_EXTRA_CA_CERTS sett til sertifikatfila hans.`,
    },
    remoteHostUnknown: {
        en: (endpoint: string, code: string) =>
            `The host name in ${endpoint} could not be resolved (${code}). Check skrivehjelp.openai.endpoint and the network connection.`,
        nb: (endpoint: string, code: string) =>
            `Vertsnavnet i ${endpoint} kunne ikke slås opp (${code}). Kontroller skrivehjelp.openai.endpoint og nettverkstilkoblingen.`,
        nn: (endpoint: string, code: string) =>
            `Vertsnamnet i ${endpoint} kunne ikkje slåast opp (${code}). Kontroller skrivehjelp.openai.endpoint og nettverkstilkoplinga.`,
    },
    remoteUnreachable: {
        en: (endpoint: string, code: string, retries: number) =>
            `Cannot reach the model server at ${endpoint} (${code})${tried(retries, "en")}. Check that the server is running and that skrivehjelp.openai.endpoint is right, or set skrivehjelp.engine to "local".`,
        nb: (endpoint: string, code: string, retries: number) =>
            `Får ikke kontakt med modelltjeneren på ${endpoint} (${code})${tried(retries, "nb")}. Kontroller at tjeneren kjører og at skrivehjelp.openai.endpoint er riktig, eller sett skrivehjelp.engine til "local".`,
        nn: (endpoint: string, code: string, retries: number) =>
            `Får ikkje kontakt med modelltenaren på ${endpoint} (${code})${tried(retries, "nn")}. Kontroller at tenaren køyrer og at skrivehjelp.openai.endpoint er rett, eller set skrivehjelp.engine til "local".`,
    },
    remoteSlowStart: {
        en: (endpoint: string, seconds: number) =>
            `The model server at ${endpoint} did not start answering within ${seconds} s. It may be overloaded or still loading the model; try again, or raise skrivehjelp.openai.timeoutSeconds.`,
        nb: (endpoint: string, seconds: number) =>
            `Modelltjeneren på ${endpoint} begynte ikke å svare innen ${seconds} s. Den kan være overbelastet eller holde på å laste inn modellen; prøv igjen, eller øk skrivehjelp.openai.timeoutSeconds.`,
        nn: (endpoint: string, seconds: number) =>
            `Modelltenaren på ${endpoint} byrja ikkje å svare innan ${seconds} s. Han kan vere overbelasta eller halde på å laste inn modellen; prøv igjen, eller auk skrivehjelp.openai.timeoutSeconds.`,
    },
    remoteStalled: {
        en: (endpoint: string, seconds: number) =>
            `The model server at ${endpoint} stopped sending in the middle of the answer (nothing for ${seconds} s). Try again; if it keeps happening, check the server's log or raise skrivehjelp.openai.timeoutSeconds.`,
        nb: (endpoint: string, seconds: number) =>
            `Modelltjeneren på ${endpoint} sluttet å sende midt i svaret (ingenting på ${seconds} s). Prøv igjen; skjer det flere ganger, se i loggen til tjeneren eller øk skrivehjelp.openai.timeoutSeconds.`,
        nn: (endpoint: string, seconds: number) =>
            `Modelltenaren på ${endpoint} slutta å sende midt i svaret (ingenting på ${seconds} s). Prøv igjen; skjer det fleire gonger, sjå i loggen til tenaren eller auk skrivehjelp.openai.timeoutSeconds.`,
    },
    remoteCut: {
        en: (endpoint: string, pieces: number, retries: number) =>
            `The connection to the model server at ${endpoint} broke in the middle of the answer${pieces > 0 ? ` (after ${pieces} pieces of text)` : ""}${tried(retries, "en")}. The partial answer was dropped; try again. A proxy between you and the server may cut long responses.`,
        nb: (endpoint: string, pieces: number, retries: number) =>
            `Forbindelsen til modelltjeneren på ${endpoint} ble brutt midt i svaret${pieces > 0 ? ` (etter ${pieces} tekstbiter)` : ""}${tried(retries, "nb")}. Det påbegynte svaret ble forkastet; prøv igjen. En proxy mellom deg og tjeneren kan kutte lange svar.`,
        nn: (endpoint: string, pieces: number, retries: number) =>
            `Tilkoplinga til modelltenaren på ${endpoint} vart broten midt i svaret${pieces > 0 ? ` (etter ${pieces} tekstbitar)` : ""}${tried(retries, "nn")}. Det påbyrja svaret vart forkasta; prøv igjen. Ein proxy mellom deg og tenaren kan kutte lange svar.`,
    },
    remoteStreamError: {
        en: (endpoint: string, message: string) => `The model server at ${endpoint} reported an error while answering: ${message}`,
        nb: (endpoint: string, message: string) => `Modelltjeneren på ${endpoint} meldte om en feil mens den svarte: ${message}`,
        nn: (endpoint: string, message: string) => `Modelltenaren på ${endpoint} melde om ein feil medan han svarte: ${message}`,
    },
    remoteKeyRefused: {
        en: (endpoint: string, status: number, said: string) =>
            `The model server at ${endpoint} refused the API key (HTTP ${status}${said}). Set the right key with ${SET_KEY_EN}.`,
        nb: (endpoint: string, status: number, said: string) =>
            `Modelltjeneren på ${endpoint} avviste API-nøkkelen (HTTP ${status}${said}). Angi riktig nøkkel med ${SET_KEY_NB}.`,
        nn: (endpoint: string, status: number, said: string) =>
            `Modelltenaren på ${endpoint} avviste API-nøkkelen (HTTP ${status}${said}). Set rett nøkkel med ${SET_KEY_NN}.`,
    },
    remoteKeyNeeded: {
        en: (endpoint: string, status: number, said: string) =>
            `The model server at ${endpoint} needs an API key (HTTP ${status}${said}). Set it with ${SET_KEY_EN}.`,
        nb: (endpoint: string, status: number, said: string) =>
            `Modelltjeneren på ${endpoint} krever en API-nøkkel (HTTP ${status}${said}). Angi den med ${SET_KEY_NB}.`,
        nn: (endpoint: string, status: number, said: string) =>
            `Modelltenaren på ${endpoint} krev ein API-nøkkel (HTTP ${status}${said}). Set han med ${SET_KEY_NN}.`,
    },
    remoteModelNotServed: {
        en: (endpoint: string, model: string, said: string, served: string[]) =>
            `The model server at ${endpoint} does not serve the model "${model}" (HTTP 404${said}).${served.length ? ` It serves: ${served.join(", ")}.` : ""} Change skrivehjelp.openai.model.`,
        nb: (endpoint: string, model: string, said: string, served: string[]) =>
            `Modelltjeneren på ${endpoint} har ikke modellen "${model}" (HTTP 404${said}).${served.length ? ` Den har: ${served.join(", ")}.` : ""} Endre skrivehjelp.openai.model.`,
        nn: (endpoint: string, model: string, said: string, served: string[]) =>
            `Modelltenaren på ${endpoint} har ikkje modellen "${model}" (HTTP 404${said}).${served.length ? ` Han har: ${served.join(", ")}.` : ""} Endre skrivehjelp.openai.model.`,
    },
    remoteNoSuchPath: {
        en: (endpoint: string, path: string) =>
            `The model server at ${endpoint} has no ${path} (HTTP 404). skrivehjelp.openai.endpoint must be the address of an OpenAI-compatible API, usually ending in /v1 (for example http://127.0.0.1:8080/v1).`,
        nb: (endpoint: string, path: string) =>
            `Modelltjeneren på ${endpoint} har ingen ${path} (HTTP 404). skrivehjelp.openai.endpoint må være adressen til et OpenAI-kompatibelt API, som regel med /v1 til slutt (for eksempel http://127.0.0.1:8080/v1).`,
        nn: (endpoint: string, path: string) =>
            `Modelltenaren på ${endpoint} har ingen ${path} (HTTP 404). skrivehjelp.openai.endpoint må vere adressa til eit OpenAI-kompatibelt API, som regel med /v1 til slutt (til dømes http://127.0.0.1:8080/v1).`,
    },
    remoteBusy: {
        en: (endpoint: string, said: string, retries: number) =>
            `The model server at ${endpoint} is busy and asks to slow down (HTTP 429${said})${tried(retries, "en")}. Try again in a moment, or lower skrivehjelp.openai.maxConcurrent.`,
        nb: (endpoint: string, said: string, retries: number) =>
            `Modelltjeneren på ${endpoint} er opptatt og ber om færre forespørsler (HTTP 429${said})${tried(retries, "nb")}. Prøv igjen om litt, eller sett ned skrivehjelp.openai.maxConcurrent.`,
        nn: (endpoint: string, said: string, retries: number) =>
            `Modelltenaren på ${endpoint} er oppteken og ber om færre førespurnader (HTTP 429${said})${tried(retries, "nn")}. Prøv igjen om litt, eller set ned skrivehjelp.openai.maxConcurrent.`,
    },
    remoteFailed: {
        en: (endpoint: string, status: number, said: string, retries: number) =>
            `The model server at ${endpoint} failed (HTTP ${status}${said})${tried(retries, "en")}. Its log tells why; try again later.`,
        nb: (endpoint: string, status: number, said: string, retries: number) =>
            `Modelltjeneren på ${endpoint} feilet (HTTP ${status}${said})${tried(retries, "nb")}. Loggen til tjeneren forteller hvorfor; prøv igjen senere.`,
        nn: (endpoint: string, status: number, said: string, retries: number) =>
            `Modelltenaren på ${endpoint} feila (HTTP ${status}${said})${tried(retries, "nn")}. Loggen til tenaren fortel kvifor; prøv igjen seinare.`,
    },
    remoteRejected: {
        en: (endpoint: string, status: number, said: string) =>
            `The model server at ${endpoint} rejected the request (HTTP ${status}${said}).${status === 400 ? " The prompt may be longer than the server's context size." : ""}`,
        nb: (endpoint: string, status: number, said: string) =>
            `Modelltjeneren på ${endpoint} avviste forespørselen (HTTP ${status}${said}).${status === 400 ? " Teksten som ble sendt, kan være lengre enn kontekststørrelsen til tjeneren." : ""}`,
        nn: (endpoint: string, status: number, said: string) =>
            `Modelltenaren på ${endpoint} avviste førespurnaden (HTTP ${status}${said}).${status === 400 ? " Teksten som vart send, kan vere lengre enn kontekststorleiken til tenaren." : ""}`,
    },
    remoteNoEndpoint: {
        en: () =>
            'skrivehjelp.engine is "openai", but skrivehjelp.openai.endpoint is empty. Set it to the server\'s address, for example http://127.0.0.1:8080/v1.',
        nb: () =>
            'skrivehjelp.engine er "openai", men skrivehjelp.openai.endpoint er tom. Sett innstillingen til adressen til tjeneren, for eksempel http://127.0.0.1:8080/v1.',
        nn: () =>
            'skrivehjelp.engine er "openai", men skrivehjelp.openai.endpoint er tom. Set innstillinga til adressa til tenaren, til dømes http://127.0.0.1:8080/v1.',
    },
    remoteNoModels: {
        en: (endpoint: string) => `The model server at ${endpoint} lists no models. Set skrivehjelp.openai.model to the name it serves.`,
        nb: (endpoint: string) =>
            `Modelltjeneren på ${endpoint} har ingen modeller i lista si. Sett skrivehjelp.openai.model til navnet på modellen den har.`,
        nn: (endpoint: string) =>
            `Modelltenaren på ${endpoint} har ingen modellar i lista si. Set skrivehjelp.openai.model til namnet på modellen han har.`,
    },
    /** Stands for the model name when none is set (the server's first). */
    remoteFirstListed: {
        en: () => "(first listed)",
        nb: () => "(den første i lista)",
        nn: () => "(den første i lista)",
    },
    remoteSettingsChanged: {
        en: () => "The model server settings changed; the request was stopped.",
        nb: () => "Innstillingene for modelltjeneren ble endret; forespørselen ble stoppet.",
        nn: () => "Innstillingane for modelltenaren vart endra; førespurnaden vart stoppa.",
    },
} satisfies Catalogue;
