// The local engine's errors, as the status (`skrivehjelp/status` error.message) and the
// notifications show them: the model file (engine/modelFile.ts), memory (engine/memoryGuard.ts),
// the worker process (engine/supervisor.ts), and requests stopped by a change. Each says what to
// change, naming the setting. The English texts are the ones the tests and older clients know.
import type { ModelErrorKind } from "../protocol/engine";
import type { Catalogue, UiLanguage } from "../protocol/uiLanguage";

const GB = 2 ** 30;
/** Gigabytes with one decimal: 1.5 GB in English, 1,5 GB in Norwegian. */
const gb = (n: number, language: UiLanguage) =>
    `${language === "en" ? (n / GB).toFixed(1) : (n / GB).toLocaleString("nb", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} GB`;

/** What the memory estimate found (memoryGuard.ts), and the context size that would fit (0: none useful). */
export interface MemoryShortage {
    name: string;
    totalBytes: number;
    weightsBytes: number;
    contextTokens: number;
    kvCacheBytes: number;
    workBytes: number;
    availableBytes: number;
    fits: number;
}

/** How the worker process ended: a signal, or an exit code. */
export interface WorkerExit {
    signal: string | null;
    code: number | null;
    loading: boolean;
    /** The line of llama.cpp's output that tells why, if any. */
    llamaLine?: string;
}

const PATH_NB = "(innstillingen skrivehjelp.model.path)";
const PATH_NN = "(innstillinga skrivehjelp.model.path)";
const RELOAD_NB = "«Skrivehjelp: Last inn modellen på nytt»";
const RELOAD_NN = RELOAD_NB;

export const ENGINE_TEXTS = {
    modelNotChosen: {
        en: () => "No model is chosen. Set skrivehjelp.model.path to a GGUF file (an NB-Llama model).",
        nb: () => "Ingen modell er valgt. Sett skrivehjelp.model.path til en GGUF-fil (en NB-Llama-modell).",
        nn: () => "Ingen modell er vald. Set skrivehjelp.model.path til ei GGUF-fil (ein NB-Llama-modell).",
    },
    modelPathRelative: {
        en: (p: string) => `The model path "${p}" is not absolute. Give the full path of a .gguf file.`,
        nb: (p: string) => `Modellstien "${p}" er ikke absolutt. Oppgi hele stien til en .gguf-fil ${PATH_NB}.`,
        nn: (p: string) => `Modellstigen "${p}" er ikkje absolutt. Gje opp heile stigen til ei .gguf-fil ${PATH_NN}.`,
    },
    modelFileDenied: {
        en: (p: string) => `The model file ${p} cannot be read: permission denied.`,
        nb: (p: string) =>
            `Modellfilen ${p} kan ikke leses: du har ikke tilgang til den. Gi deg selv lesetilgang, eller velg en annen fil ${PATH_NB}.`,
        nn: (p: string) =>
            `Modellfila ${p} kan ikkje lesast: du har ikkje tilgang til henne. Gje deg sjølv lesetilgang, eller vel ei anna fil ${PATH_NN}.`,
    },
    modelFileMissing: {
        en: (p: string) => `The model file ${p} does not exist.`,
        nb: (p: string) => `Modellfilen ${p} finnes ikke. Velg en annen fil ${PATH_NB}.`,
        nn: (p: string) => `Modellfila ${p} finst ikkje. Vel ei anna fil ${PATH_NN}.`,
    },
    modelPathFolder: {
        en: (p: string) => `The model path ${p} is a folder. Choose the .gguf file inside it.`,
        nb: (p: string) => `Modellstien ${p} er en mappe. Velg .gguf-filen i mappen ${PATH_NB}.`,
        nn: (p: string) => `Modellstigen ${p} er ei mappe. Vel .gguf-fila i mappa ${PATH_NN}.`,
    },
    modelNotGguf: {
        en: (name: string, empty: boolean) =>
            `${name} is not a GGUF model file${empty ? " (it is empty)" : ""}. Skrivehjelp needs a .gguf file, such as an NB-Llama GGUF.`,
        nb: (name: string, empty: boolean) =>
            `${name} er ikke en GGUF-modellfil${empty ? " (den er tom)" : ""}. Skrivehjelp trenger en .gguf-fil, for eksempel en NB-Llama-GGUF ${PATH_NB}.`,
        nn: (name: string, empty: boolean) =>
            `${name} er ikkje ei GGUF-modellfil${empty ? " (ho er tom)" : ""}. Skrivehjelp treng ei .gguf-fil, til dømes ein NB-Llama-GGUF ${PATH_NN}.`,
    },
    modelFileUnreadable: {
        en: (p: string, why: string) => `The model file ${p} cannot be read (${why}).`,
        nb: (p: string, why: string) => `Modellfilen ${p} kan ikke leses (${why}). Velg en annen fil ${PATH_NB}.`,
        nn: (p: string, why: string) => `Modellfila ${p} kan ikkje lesast (${why}). Vel ei anna fil ${PATH_NN}.`,
    },
    /** `request`: the downloadModel parameters as JSON; `command`: the CLI command that downloads it. */
    modelNotDownloaded: {
        en: (uri: string, partial: boolean, request: string, command: string, stored: string) =>
            `The model ${uri} is not downloaded yet.${partial ? " Part of it is on disk; the download resumes from there." : ""} Nothing is downloaded without your say-so: ` +
            `download it with "Download" (other editors: the skrivehjelp/downloadModel request with ${request}; ` +
            `a terminal: ${command}), then load it (skrivehjelp/loadModel). It is stored as ${stored}.`,
        nb: (uri: string, partial: boolean, request: string, command: string, stored: string) =>
            `Modellen ${uri} er ikke lastet ned ennå.${partial ? " En del av den ligger allerede på disken; nedlastingen fortsetter derfra." : ""} Ingenting blir lastet ned uten at du ber om det: ` +
            `last den ned med «Last ned» (andre editorer: forespørselen skrivehjelp/downloadModel med ${request}; ` +
            `i en terminal: ${command}), og last den så inn (skrivehjelp/loadModel). Den blir lagret som ${stored}.`,
        nn: (uri: string, partial: boolean, request: string, command: string, stored: string) =>
            `Modellen ${uri} er ikkje lasta ned enno.${partial ? " Ein del av han ligg alt på disken; nedlastinga held fram derifrå." : ""} Ingenting vert lasta ned utan at du ber om det: ` +
            `last han ned med «Last ned» (andre editorar: førespurnaden skrivehjelp/downloadModel med ${request}; ` +
            `i ein terminal: ${command}), og last han så inn (skrivehjelp/loadModel). Han vert lagra som ${stored}.`,
    },
    notEnoughMemory: {
        en: (m: MemoryShortage) =>
            `${m.name} needs about ${gb(m.totalBytes, "en")} (model ${gb(m.weightsBytes, "en")}, context of ${m.contextTokens} tokens ${gb(m.kvCacheBytes, "en")}, ` +
            `work buffers ${gb(m.workBytes, "en")}), but only ${gb(m.availableBytes, "en")} is free. It was not loaded, so the machine does not start swapping. ` +
            (m.fits >= 1024
                ? `Lower skrivehjelp.model.contextSize to ${m.fits} (or fewer skrivehjelp.model.sequences), or choose a smaller model.`
                : `Choose a smaller model (NB-Llama-3.2-1B-Instruct Q4_K_M needs about 1.5 GB), close other programs, or use a model server (skrivehjelp.engine "openai").`),
        nb: (m: MemoryShortage) =>
            `${m.name} trenger omtrent ${gb(m.totalBytes, "nb")} (modellen ${gb(m.weightsBytes, "nb")}, en kontekst på ${m.contextTokens} token ${gb(m.kvCacheBytes, "nb")}, ` +
            `arbeidsbuffere ${gb(m.workBytes, "nb")}), men bare ${gb(m.availableBytes, "nb")} er ledig. Modellen ble ikke lastet inn, så maskinen slipper å begynne å bruke vekselminne (swap). ` +
            (m.fits >= 1024
                ? `Sett skrivehjelp.model.contextSize ned til ${m.fits} (eller færre skrivehjelp.model.sequences), eller velg en mindre modell.`
                : `Velg en mindre modell (NB-Llama-3.2-1B-Instruct Q4_K_M trenger omtrent 1,5 GB), lukk andre programmer, eller bruk en modelltjener (skrivehjelp.engine "openai").`),
        nn: (m: MemoryShortage) =>
            `${m.name} treng om lag ${gb(m.totalBytes, "nn")} (modellen ${gb(m.weightsBytes, "nn")}, ein kontekst på ${m.contextTokens} token ${gb(m.kvCacheBytes, "nn")}, ` +
            `arbeidsbufferar ${gb(m.workBytes, "nn")}), men berre ${gb(m.availableBytes, "nn")} er ledig. Modellen vart ikkje lasta inn, så maskinen slepp å byrje å bruke vekselminne (swap). ` +
            (m.fits >= 1024
                ? `Set skrivehjelp.model.contextSize ned til ${m.fits} (eller færre skrivehjelp.model.sequences), eller vel ein mindre modell.`
                : `Vel ein mindre modell (NB-Llama-3.2-1B-Instruct Q4_K_M treng om lag 1,5 GB), lukk andre program, eller bruk ein modelltenar (skrivehjelp.engine "openai").`),
    },
    workerCrashed: {
        en: (x: WorkerExit) =>
            `The model process stopped ${x.signal ? `with ${x.signal}` : `with exit code ${x.code}`} ${x.loading ? "while loading the model" : "while running the model"}` +
            `${x.llamaLine ? ` (llama.cpp: ${x.llamaLine})` : ""}. ` +
            `The file may be malformed, or the machine ran out of memory. Everything that needs no model keeps working; ` +
            `load the model again with "Skrivehjelp: Reload model".`,
        nb: (x: WorkerExit) =>
            `Modellprosessen stoppet ${x.signal ? `med ${x.signal}` : `med avslutningskode ${x.code}`} ${x.loading ? "mens modellen ble lastet inn" : "mens modellen kjørte"}` +
            `${x.llamaLine ? ` (llama.cpp: ${x.llamaLine})` : ""}. ` +
            `Filen kan være skadet, eller maskinen gikk tom for minne. Alt som ikke trenger en modell, virker fortsatt; ` +
            `last inn modellen igjen med ${RELOAD_NB}.`,
        nn: (x: WorkerExit) =>
            `Modellprosessen stoppa ${x.signal ? `med ${x.signal}` : `med avslutningskode ${x.code}`} ${x.loading ? "medan modellen vart lasta inn" : "medan modellen køyrde"}` +
            `${x.llamaLine ? ` (llama.cpp: ${x.llamaLine})` : ""}. ` +
            `Fila kan vere skadd, eller maskinen gjekk tom for minne. Alt som ikkje treng ein modell, verkar framleis; ` +
            `last inn modellen igjen med ${RELOAD_NN}.`,
    },
    /**
     * The worker could not load the file; `detail` is its own (English) account, with what
     * llama.cpp or the GGUF reader said. English keeps it as it is; nb/nn say what it means and
     * what to do, and give it as the detail.
     */
    workerLoadFailed: {
        en: (_kind: ModelErrorKind, _file: string, detail: string) => detail,
        nb: (kind: ModelErrorKind, file: string, detail: string) =>
            kind === "notGguf"
                ? `${file} er ikke en GGUF-modellfil. Velg en .gguf-fil ${PATH_NB}.`
                : kind === "truncated"
                  ? `${file} er skadet eller ufullstendig. Last den ned på nytt, eller velg en annen fil ${PATH_NB}. Detaljer: ${detail}`
                  : `Modellen ${file} kunne ikke lastes inn. Velg en annen fil ${PATH_NB}, eller sett skrivehjelp.model.gpu til "off" hvis det er GPU-en som svikter. Detaljer: ${detail}`,
        nn: (kind: ModelErrorKind, file: string, detail: string) =>
            kind === "notGguf"
                ? `${file} er ikkje ei GGUF-modellfil. Vel ei .gguf-fil ${PATH_NN}.`
                : kind === "truncated"
                  ? `${file} er skadd eller ufullstendig. Last ned fila på nytt, eller vel ei anna fil ${PATH_NN}. Detaljar: ${detail}`
                  : `Modellen ${file} kunne ikkje lastast inn. Vel ei anna fil ${PATH_NN}, eller set skrivehjelp.model.gpu til "off" viss det er GPU-en som sviktar. Detaljar: ${detail}`,
    },
    // why a request was stopped before it finished
    modelSettingsChanged: {
        en: () => "The model settings changed; the request was stopped.",
        nb: () => "Modellinnstillingene ble endret; forespørselen ble stoppet.",
        nn: () => "Modellinnstillingane vart endra; førespurnaden vart stoppa.",
    },
    modelReloading: {
        en: () => "The model is being reloaded; the request was stopped.",
        nb: () => "Modellen blir lastet inn på nytt; forespørselen ble stoppet.",
        nn: () => "Modellen vert lasta inn på nytt; førespurnaden vart stoppa.",
    },
    serverShuttingDown: {
        en: () => "The language server is shutting down.",
        nb: () => "Språkserveren avsluttes.",
        nn: () => "Språktenaren vert avslutta.",
    },
    engineSwitched: {
        en: (engine: string) => `The engine was switched to "${engine}"; the request was stopped.`,
        nb: (engine: string) => `Motoren ble byttet til "${engine}"; forespørselen ble stoppet.`,
        nn: (engine: string) => `Motoren vart bytt til "${engine}"; førespurnaden vart stoppa.`,
    },
    requestCancelled: {
        en: () => "The request was cancelled.",
        nb: () => "Forespørselen ble avbrutt.",
        nn: () => "Førespurnaden vart avbroten.",
    },
    /**
     * A generation the worker could not finish (other than a prompt too long for the context);
     * `detail` is the worker's own English account, kept as it is in English.
     */
    generationFailed: {
        en: (detail: string) => detail,
        nb: (detail: string) =>
            `Modellen kunne ikke lage et svar. Prøv igjen; skjer det flere ganger, last inn modellen på nytt med ${RELOAD_NB}. Detaljer: ${detail}`,
        nn: (detail: string) =>
            `Modellen kunne ikkje lage eit svar. Prøv igjen; skjer det fleire gonger, last inn modellen på nytt med ${RELOAD_NN}. Detaljar: ${detail}`,
    },
    contextOverflow: {
        en: (promptTokens: number, contextSize: number) =>
            `The prompt has ${promptTokens} tokens, more than the context holds (${contextSize}).`,
        nb: (promptTokens: number, contextSize: number) =>
            `Teksten til modellen har ${promptTokens} token, flere enn konteksten har plass til (${contextSize}). Øk skrivehjelp.model.contextSize, eller send en kortere tekst.`,
        nn: (promptTokens: number, contextSize: number) =>
            `Teksten til modellen har ${promptTokens} token, fleire enn konteksten har plass til (${contextSize}). Auk skrivehjelp.model.contextSize, eller send ein kortare tekst.`,
    },
} satisfies Catalogue;
