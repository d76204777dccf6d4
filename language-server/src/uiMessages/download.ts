// A model download's texts (download/): why it failed, as the skrivehjelp/downloadModel error's
// message (the VS Code extension shows it as it is, after "Skrivehjelp: "), and its progress line
// for clients that show the server's. The download process writes them in the language the job
// carries; the command line (`skrivehjelp download`) never sets one, so it stays English.
import type { Catalogue, UiLanguage } from "../protocol/uiLanguage";

/** Megabytes or gigabytes as the download messages give them: 12.2 MB, 1.50 GB (12,2 MB in Norwegian). */
export function downloadSize(bytes: number, language: UiLanguage): string {
    const [n, digits, unit] = bytes >= 1e9 ? [bytes / 1e9, 2, "GB"] : [bytes / 1e6, 1, "MB"];
    const figure =
        language === "en" ? n.toFixed(digits) : n.toLocaleString("nb", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return `${figure} ${unit}`;
}

/** The progress line's figures, rounded as it shows them: 3.4 MB, 120 MB. */
function progressSize(bytes: number, language: UiLanguage): string {
    const digits = bytes < 1e8 ? 1 : 0;
    const n = bytes / 1e6;
    const figure =
        language === "en" ? n.toFixed(digits) : n.toLocaleString("nb", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return `${figure} MB`;
}

/** How the download process ended: a signal or an exit code, and the last line it printed. */
export interface DownloadExit {
    signal: string | null;
    code: number | null;
    lastLine: string;
}

/** One progress report's figures (download/progressText.ts). */
export interface DownloadFigures {
    downloadedBytes: number;
    totalBytes: number;
    bytesPerSecond: number;
    secondsLeft: number;
}

const KEPT_EN = "What arrived is kept: download again to resume.";
const KEPT_NB = "Det som kom fram, er tatt vare på: last ned på nytt, så fortsetter nedlastingen der den stoppet.";
const KEPT_NN = "Det som kom fram, er teke vare på: last ned på nytt, så held nedlastinga fram der ho stoppa.";
const AGAIN_NB = "Filen ble slettet; last den ned på nytt.";
const AGAIN_NN = "Fila vart sletta; last ho ned på nytt.";

const running = (p: DownloadFigures, language: UiLanguage, of: string, left: string) => {
    const mb = (b: number) => progressSize(b, language);
    const speed = p.bytesPerSecond > 0 ? ` · ${mb(p.bytesPerSecond)}/s` : "";
    const time =
        p.secondsLeft >= 0 ? ` · ${p.secondsLeft < 90 ? `${p.secondsLeft} s` : `${Math.round(p.secondsLeft / 60)} min`} ${left}` : "";
    return `${mb(p.downloadedBytes)} ${of} ${p.totalBytes > 0 ? mb(p.totalBytes) : "?"}${speed}${time}`;
};

export const DOWNLOAD_TEXTS = {
    downloadCancelled: {
        en: () => "The download was cancelled.",
        nb: () => "Nedlastingen ble avbrutt.",
        nn: () => "Nedlastinga vart avbroten.",
    },
    downloadNoProcess: {
        en: (detail: string) => `The download process could not start: ${detail}`,
        nb: (detail: string) =>
            `Nedlastingsprosessen kunne ikke startes (${detail}). Prøv igjen; hjelper ikke det, installer Skrivehjelp på nytt.`,
        nn: (detail: string) =>
            `Nedlastingsprosessen kunne ikkje startast (${detail}). Prøv igjen; hjelper ikkje det, installer Skrivehjelp på nytt.`,
    },
    downloadProcessStopped: {
        en: (x: DownloadExit) =>
            `The download process stopped ${x.signal ? `with ${x.signal}` : `with exit code ${x.code}`}${x.lastLine ? ` (${x.lastLine})` : ""}. ${KEPT_EN}`,
        nb: (x: DownloadExit) =>
            `Nedlastingsprosessen stoppet ${x.signal ? `med ${x.signal}` : `med avslutningskode ${x.code}`}${x.lastLine ? ` (${x.lastLine})` : ""}. ${KEPT_NB}`,
        nn: (x: DownloadExit) =>
            `Nedlastingsprosessen stoppa ${x.signal ? `med ${x.signal}` : `med avslutningskode ${x.code}`}${x.lastLine ? ` (${x.lastLine})` : ""}. ${KEPT_NN}`,
    },
    downloadNoAnswer: {
        en: (host: string, seconds: number) =>
            `${host} did not answer within ${seconds} s. Check the network connection (or the proxy), then try again.`,
        nb: (host: string, seconds: number) =>
            `${host} svarte ikke innen ${seconds} s. Kontroller nettverkstilkoblingen (eller proxyen), og prøv igjen.`,
        nn: (host: string, seconds: number) =>
            `${host} svarte ikkje innan ${seconds} s. Kontroller nettverkstilkoplinga (eller proxyen), og prøv igjen.`,
    },
    downloadOtherSize: {
        en: (offered: number, name: string, expected: number) =>
            `The source offers ${downloadSize(offered, "en")} for ${name}, but ${downloadSize(expected, "en")} was expected: it is not the file the list describes. Nothing was downloaded; the list of recommended models may need a correction.`,
        nb: (offered: number, name: string, expected: number) =>
            `Kilden tilbyr ${downloadSize(offered, "nb")} for ${name}, men ${downloadSize(expected, "nb")} var ventet: det er ikke filen listen beskriver. Ingenting ble lastet ned. Velg en annen modell; listen over anbefalte modeller må kanskje rettes.`,
        nn: (offered: number, name: string, expected: number) =>
            `Kjelda tilbyr ${downloadSize(offered, "nn")} for ${name}, men ${downloadSize(expected, "nn")} var venta: det er ikkje fila lista skildrar. Ingenting vart lasta ned. Vel ein annan modell; lista over tilrådde modellar må kanskje rettast.`,
    },
    downloadNoSpace: {
        en: (name: string, needed: number, dir: string, free: number) =>
            `Not enough disk space: ${name} needs ${downloadSize(needed, "en")} more, and ${dir} has ${downloadSize(free, "en")} free. Free some space or choose a smaller model.`,
        nb: (name: string, needed: number, dir: string, free: number) =>
            `Ikke nok diskplass: ${name} trenger ${downloadSize(needed, "nb")} mer, og ${dir} har ${downloadSize(free, "nb")} ledig. Frigjør plass, eller velg en mindre modell.`,
        nn: (name: string, needed: number, dir: string, free: number) =>
            `Ikkje nok diskplass: ${name} treng ${downloadSize(needed, "nn")} meir, og ${dir} har ${downloadSize(free, "nn")} ledig. Frigjer plass, eller vel ein mindre modell.`,
    },
    downloadStalled: {
        en: (seconds: number, arrived: number, total: number) =>
            `The download received nothing for ${seconds} s (${downloadSize(arrived, "en")} of ${downloadSize(total, "en")} arrived). ${KEPT_EN}`,
        nb: (seconds: number, arrived: number, total: number) =>
            `Nedlastingen fikk ingenting på ${seconds} s (${downloadSize(arrived, "nb")} av ${downloadSize(total, "nb")} kom fram). ${KEPT_NB}`,
        nn: (seconds: number, arrived: number, total: number) =>
            `Nedlastinga fekk ingenting på ${seconds} s (${downloadSize(arrived, "nn")} av ${downloadSize(total, "nn")} kom fram). ${KEPT_NN}`,
    },
    downloadFileGone: {
        en: (file: string) => `The download ended, but ${file} is not there.`,
        nb: (file: string) => `Nedlastingen ble ferdig, men ${file} finnes ikke. Last den ned på nytt.`,
        nn: (file: string) => `Nedlastinga vart ferdig, men ${file} finst ikkje. Last ho ned på nytt.`,
    },
    downloadWrongSize: {
        en: (size: number, announced: number) =>
            `The downloaded file has ${downloadSize(size, "en")}, the source announced ${downloadSize(announced, "en")}. It was removed; download it again.`,
        nb: (size: number, announced: number) =>
            `Den nedlastede filen er på ${downloadSize(size, "nb")}, men kilden oppga ${downloadSize(announced, "nb")}. ${AGAIN_NB}`,
        nn: (size: number, announced: number) =>
            `Den nedlasta fila er på ${downloadSize(size, "nn")}, men kjelda oppgav ${downloadSize(announced, "nn")}. ${AGAIN_NN}`,
    },
    /** `fromList`: the expected checksum is the list of models' (else the source's own). */
    downloadDamaged: {
        en: (sum: string, fromList: boolean, expected: string) =>
            `The downloaded file is damaged: its SHA-256 is ${sum}, the ${fromList ? "list of models" : "source"} gives ${expected}. It was removed; download it again.`,
        nb: (sum: string, fromList: boolean, expected: string) =>
            `Den nedlastede filen er skadet: SHA-256-summen er ${sum}, men ${fromList ? "modellisten" : "kilden"} oppgir ${expected}. ${AGAIN_NB}`,
        nn: (sum: string, fromList: boolean, expected: string) =>
            `Den nedlasta fila er skadd: SHA-256-summen er ${sum}, men ${fromList ? "modellista" : "kjelda"} oppgjev ${expected}. ${AGAIN_NN}`,
    },
    downloadNotFound: {
        en: (uri: string) => `${uri} was not found (HTTP 404). The model may have moved: check the address, or choose another model.`,
        nb: (uri: string) =>
            `${uri} ble ikke funnet (HTTP 404). Modellen kan være flyttet: kontroller adressen, eller velg en annen modell.`,
        nn: (uri: string) =>
            `${uri} vart ikkje funnen (HTTP 404). Modellen kan vere flytt: kontroller adressa, eller vel ein annan modell.`,
    },
    downloadRefused: {
        en: (host: string, status: number) =>
            `${host} refused the download (HTTP ${status}). The model may need a licence acceptance or a token on its page.`,
        nb: (host: string, status: number) =>
            `${host} avviste nedlastingen (HTTP ${status}). Modellen kan kreve at du godtar lisensen eller bruker et tilgangstoken; se siden til modellen.`,
        nn: (host: string, status: number) =>
            `${host} avviste nedlastinga (HTTP ${status}). Modellen kan krevje at du godtek lisensen eller brukar eit tilgangstoken; sjå sida til modellen.`,
    },
    downloadHttpStatus: {
        en: (host: string, status: number) => `${host} answered HTTP ${status}. Try again later.`,
        nb: (host: string, status: number) => `${host} svarte med HTTP ${status}. Prøv igjen senere.`,
        nn: (host: string, status: number) => `${host} svarte med HTTP ${status}. Prøv igjen seinare.`,
    },
    downloadUnreachable: {
        en: (host: string, why: string) => `${host} could not be reached (${why}). Check the network connection, then try again.`,
        nb: (host: string, why: string) => `Får ikke kontakt med ${host} (${why}). Kontroller nettverkstilkoblingen, og prøv igjen.`,
        nn: (host: string, why: string) => `Får ikkje kontakt med ${host} (${why}). Kontroller nettverkstilkoplinga, og prøv igjen.`,
    },
    /** Anything else; `detail` is what the downloader said (English). */
    downloadFailed: {
        en: (detail: string) => `The download failed: ${detail}`,
        nb: (detail: string) => `Nedlastingen mislyktes; prøv igjen. Detaljer: ${detail}`,
        nn: (detail: string) => `Nedlastinga gjekk gale; prøv igjen. Detaljar: ${detail}`,
    },
    // what is wrong with a skrivehjelp/downloadModel request (download/job.ts)
    downloadBadUri: {
        en: (got: string) => `"uri" must be an hf: model URI or an http(s) URL (got ${got}).`,
        nb: (got: string) => `"uri" må være en hf:-modell-URI eller en http(s)-adresse (fikk ${got}).`,
        nn: (got: string) => `"uri" må vere ein hf:-modell-URI eller ei http(s)-adresse (fekk ${got}).`,
    },
    downloadBadFileName: {
        en: (got: string) => `"fileName" must be a plain file name ending in .gguf (got ${got}).`,
        nb: (got: string) => `"fileName" må være et filnavn uten mappe som slutter på .gguf (fikk ${got}).`,
        nn: (got: string) => `"fileName" må vere eit filnamn utan mappe som sluttar på .gguf (fekk ${got}).`,
    },
    downloadBadDir: {
        en: (got: string) => `"dir" must be an absolute folder path (got ${got}).`,
        nb: (got: string) => `"dir" må være en absolutt mappesti (fikk ${got}).`,
        nn: (got: string) => `"dir" må vere ein absolutt mappestig (fekk ${got}).`,
    },
    downloadBadSha256: {
        en: () => `"sha256" must be 64 hex digits.`,
        nb: () => `"sha256" må være 64 heksadesimale sifre.`,
        nn: () => `"sha256" må vere 64 heksadesimale siffer.`,
    },
    downloadRunning: {
        en: (name: string) => `${name} is already being downloaded.`,
        nb: (name: string) => `${name} blir allerede lastet ned. Vent til nedlastingen er ferdig, eller avbryt den.`,
        nn: (name: string) => `${name} vert alt lasta ned. Vent til nedlastinga er ferdig, eller avbryt ho.`,
    },
    // the work-done progress: its title and each report's line
    downloadTitle: {
        en: () => "Downloading the model",
        nb: () => "Laster ned modellen",
        nn: () => "Lastar ned modellen",
    },
    downloadConnecting: {
        en: () => "Connecting…",
        nb: () => "Kobler til …",
        nn: () => "Koplar til …",
    },
    downloadVerifying: {
        en: (done: number, total: number) => `Verifying the checksum: ${progressSize(done, "en")} of ${progressSize(total, "en")}`,
        nb: (done: number, total: number) => `Kontrollerer sjekksummen: ${progressSize(done, "nb")} av ${progressSize(total, "nb")}`,
        nn: (done: number, total: number) => `Kontrollerer sjekksummen: ${progressSize(done, "nn")} av ${progressSize(total, "nn")}`,
    },
    downloadRunningLine: {
        en: (p: DownloadFigures) => running(p, "en", "of", "left"),
        nb: (p: DownloadFigures) => running(p, "nb", "av", "igjen"),
        nn: (p: DownloadFigures) => running(p, "nn", "av", "att"),
    },
} satisfies Catalogue;
