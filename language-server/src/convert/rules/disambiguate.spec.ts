// The rule converter's reading choices (disambiguate.ts) on sentences written for these tests,
// both directions: commands in lists and after a colon, and where a dash starts none.
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { DEFAULT_PREFERENCES } from "../prompts";
import { TableRuleEngine } from "./engine";
import { readConvertTable } from "./table";

const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh (npm test does)");
const engine = new TableRuleEngine(readConvertTable(path.join(dir, "convert.bin")));

const toNn = (text: string) => engine.convertText(text, { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES }).text;
const toNb = (text: string) => engine.convertText(text, { from: "nn", to: "nb", preferences: DEFAULT_PREFERENCES }).text;

describe("rule converter: commands", () => {
    it("a list of commands after a comma or 'eller' goes on with commands", () => {
        assert.equal(toNb("Vel ein farge, endra namnet eller lagra fila."), "Velg en farge, endre navnet eller lagre filen.");
        assert.equal(toNn("Velg en farge, endre navnet eller lagre filen."), "Vel ein farge, endra namnet eller lagra fila.");
    });
    it("a command in lower case first on a line or after a colon is a command", () => {
        assert.equal(toNb("send ein kommando til tenaren"), "send en kommando til tjeneren");
        assert.equal(toNb("Hjelp: send ein melding til alle"), "Hjelp: send en melding til alle");
        assert.equal(toNn("flytt filen til høyre"), "flytt fila til høgre");
    });
    it("a dash between words starts no sentence: the verb after it is no command", () => {
        assert.equal(toNb("Ny nøkkel - vert laga på nytt"), "Ny nøkkel - blir lagd på nytt");
    });
    it("a hyphen before 'og' shares the noun after it: no command", () => {
        assert.match(toNn("Velg Writer- og Calc-dokumenter."), /Calc-dokument\.$/);
    });
});

describe("rule converter: names of commands", () => {
    it("a verb with a capital inside a sentence names a menu item or button: the command", () => {
        assert.equal(toNn("Velg kommandoen Lagre som."), "Vel kommandoen Lagra som.");
        assert.equal(toNn("Klikk deretter Åpne."), "Klikk deretter Opna.");
        assert.equal(toNb("Bruk «Set inn → Objekt»."), "Bruk «Sett inn → Objekt».");
    });
});

describe("rule converter: spurious analyses", () => {
    it("a reading whose lemma the frequency lexicon lacks loses to a well-known one", () => {
        // "området" is also analysed as a participle of a verb "områ"
        assert.equal(toNn("Vinduet skal dekke området bak panelet."), "Vindauget skal dekkja området bak panelet.");
        assert.equal(toNn("Til venstre for tekstområdet."), "Til venstre for tekstområdet.");
    });
});

describe("rule converter: 'dei', 'de', 'den': determiner or pronoun, subject or object", () => {
    it("before an adjective it is the determiner, even one that can be a past tense", () => {
        assert.equal(toNb("Viser ei liste over dei tildelte parametrane."), "Viser en liste over de tildelte parametrene.");
    });
    it("with nothing nominal after it, it is the pronoun: the object after a verb or preposition", () => {
        assert.equal(toNb("Skaler fargane for å få plass til dei i spennet."), "Skaler fargene for å få plass til dem i spennet.");
        assert.match(toNb("Vil du sletta dei, lås dei opp."), /slette dem,/);
    });
    it("first in a sentence the pronoun is the subject", () => {
        assert.equal(toNb("Dei vert ikkje sletta."), "De blir ikke slettet.");
    });
});

describe("rule converter: labels", () => {
    it("a word alone in its sentence is a label, the noun, not a past tense", () => {
        assert.equal(toNn("Bredde:"), "Breidd:");
        assert.match(toNn("Fant ingen filer."), /^Fann ingen /);
    });
});

describe("rule converter: passives beside nouns", () => {
    it("a passive form that is also a plain noun is the noun ('tekst', not the passive of 'ta')", () => {
        assert.equal(toNb("Vis tekst i ei ramme."), "Vis tekst i en ramme.");
        assert.equal(toNb("Tekst å søkja etter"), "Tekst å søke etter");
    });
    it("a passive beside a genitive noun stays the passive", () => {
        assert.match(toNn("Alt i papirkurven slettes for godt."), /vert sletta for godt\.$/);
    });
});

describe("rule converter: an adjective before a plural noun that could be a verb", () => {
    it("'lokale filer' are local files, not the noun 'lokale' and the verb 'file'", () => {
        assert.equal(toNn("Kopier lokale filer til tjeneren."), "Kopier lokale filer til tenaren.");
        assert.equal(toNb("Kopier lokale filer til tenaren."), "Kopier lokale filer til tjeneren.");
    });
});

describe("rule converter: the context ends with the sentence", () => {
    it("a noun before a full stop is no adjective for the next sentence's first word", () => {
        assert.equal(toNb("Vel frå lista. Alle symbola er samla."), "Velg fra listen. Alle symbolene er samlet.");
        assert.match(toNn("Kjør skriptet. Alle filer er lagret."), /^Køyr skript(et|en)\. /);
    });
});

describe("rule converter: a rare noun reading of the next word is no noun after an adjective", () => {
    it("'den gjeldande fila i …': 'fila' is the noun, not a participle before the letter 'i'", () => {
        assert.equal(toNb("Lim inn i den gjeldande fila i eit nytt format."), "Lim inn i den gjeldende filen i et nytt format.");
        assert.match(toNn("Lim inn i den gjeldende filen i et nytt format."), /den gjeldande fila i /);
    });
});

describe("rule converter: a participle after a noun or 'som' and 'er'", () => {
    it("is predicative, not a definite noun of the same spelling", () => {
        assert.equal(toNb("Innstillingar som er lagra i eit dokument."), "Innstillinger som er lagret i et dokument.");
        assert.equal(toNb("Sambandet er sikra med SSL."), "Forbindelsen er sikret med SSL.");
        // after a personal pronoun too, but not a demonstrative: "Dette er lista" is the list
        assert.equal(
            toNb("Rapporten kan berre køyrast dersom han er knytt til innhald."),
            "Rapporten kan bare kjøres dersom den er knyttet til innhold.",
        );
        assert.match(toNb("Dette er lista over element."), /^Dette er listen /);
    });
});
