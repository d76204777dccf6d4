// Texts about the documents the server checks and converts: limits, refusals, cancellation, and
// the word lists a word is added to.
import type { Catalogue, UiLanguage } from "../protocol/uiLanguage";

const kb = (n: number, language: UiLanguage) => `${Math.round(n / 1000).toLocaleString(language === "en" ? "en" : "nb")} KB`;

export const DOCUMENT_TEXTS = {
    checkLimit: {
        en: (name: string, chars: number, limit: number) =>
            `Skrivehjelp proofreads the first ${kb(limit, "en")} of a document; ${name} has ${kb(chars, "en")}, so the rest of it is not checked (setting skrivehjelp.checks.maxDocumentKB).`,
        nb: (name: string, chars: number, limit: number) =>
            `Skrivehjelp korrekturleser de første ${kb(limit, "nb")} av et dokument; ${name} har ${kb(chars, "nb")}, så resten av det blir ikke kontrollert (innstillingen skrivehjelp.checks.maxDocumentKB).`,
        nn: (name: string, chars: number, limit: number) =>
            `Skrivehjelp korrekturles dei første ${kb(limit, "nn")} av eit dokument; ${name} har ${kb(chars, "nn")}, så resten av det vert ikkje kontrollert (innstillinga skrivehjelp.checks.maxDocumentKB).`,
    },
    binaryDocument: {
        en: (name: string) => `Skrivehjelp does not check ${name}: it contains NUL bytes, so it is a binary file, not text.`,
        nb: (name: string) => `Skrivehjelp kontrollerer ikke ${name}: den inneholder NUL-byte, så det er en binærfil, ikke tekst.`,
        nn: (name: string) => `Skrivehjelp kontrollerer ikkje ${name}: ho inneheld NUL-byte, så det er ei binærfil, ikkje tekst.`,
    },
    convertTooLong: {
        en: (chars: number, max: number) =>
            `The text has ${chars.toLocaleString("en")} characters; Skrivehjelp converts at most ${max.toLocaleString("en")} at a time. Select a part of it and convert the selection, or split the file. Nothing was changed.`,
        nb: (chars: number, max: number) =>
            `Teksten har ${chars.toLocaleString("nb")} tegn; Skrivehjelp konverterer høyst ${max.toLocaleString("nb")} om gangen. Merk en del av den og konverter utvalget, eller del opp filen. Ingenting ble endret.`,
        nn: (chars: number, max: number) =>
            `Teksten har ${chars.toLocaleString("nb")} teikn; Skrivehjelp konverterer høgst ${max.toLocaleString("nb")} om gongen. Merk ein del av han og konverter utvalet, eller del opp fila. Ingenting vart endra.`,
    },
    convertBusy: {
        en: (name: string) =>
            `${name} is being converted already. Wait for that conversion to finish, or cancel it, and convert again. Nothing was changed.`,
        nb: (name: string) =>
            `${name} blir allerede konvertert. Vent til den konverteringen er ferdig, eller avbryt den, og konverter på nytt. Ingenting ble endret.`,
        nn: (name: string) =>
            `${name} vert alt konvertert. Vent til den konverteringa er ferdig, eller avbryt ho, og konverter på nytt. Ingenting vart endra.`,
    },
    convertCancelled: {
        en: () => "The conversion was cancelled; nothing was changed.",
        nb: () => "Konverteringen ble avbrutt; ingenting ble endret.",
        nn: () => "Konverteringa vart avbroten; ingenting vart endra.",
    },
    wordNotSingle: {
        en: (word: string) => `"${word}" is not a single word: a word list takes one word at a time, with no spaces. Nothing was added.`,
        nb: (word: string) =>
            `«${word}» er ikke ett enkelt ord: en ordliste tar ett ord om gangen, uten mellomrom. Ingenting ble lagt til.`,
        nn: (word: string) =>
            `«${word}» er ikkje eitt enkelt ord: ei ordliste tek eitt ord om gongen, utan mellomrom. Ingenting vart lagt til.`,
    },
    wordListUnwritable: {
        en: (file: string, reason: string) =>
            `Skrivehjelp could not add the word to ${file}: ${reason}. Check that the file can be written.`,
        nb: (file: string, reason: string) =>
            `Skrivehjelp fikk ikke lagt ordet til i ${file}: ${reason}. Sjekk at det er lov å skrive til filen.`,
        nn: (file: string, reason: string) =>
            `Skrivehjelp fekk ikkje lagt ordet til i ${file}: ${reason}. Sjekk at det er lov å skrive til fila.`,
    },
} satisfies Catalogue;
