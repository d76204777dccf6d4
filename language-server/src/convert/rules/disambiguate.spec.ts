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

describe("rule converter: what governs the verb form", () => {
    it("an s-passive after a modal is the passive infinitive, past an adverb, a subject or 'og'", () => {
        assert.equal(toNn("Tabellen kan deretter brukes i dokumentet."), "Tabellen kan deretter brukast i dokumentet.");
        assert.equal(toNn("Da vil meldingen forkastes."), "Då vil meldinga forkastast.");
        assert.equal(toNn("Skjemaet kan fylles ut og skrives ut."), "Skjemaet kan fyllast ut og skrivast ut.");
    });
    it("a pronoun or determiner after a fronted modal is the subject", () => {
        assert.equal(toNb("Det kan dette føra til."), "Det kan dette føre til.");
        assert.equal(toNb("Då vil slike endringar gå tapt."), "Da vil slike endringer gå tapt.");
    });
    it("an adjective between an auxiliary and a participle is an adverb", () => {
        assert.equal(toNb("Tilkoplinga vart uventa kopla ned."), "Tilkoblingen ble uventet koblet ned.");
    });
    it("a negated command opens a sentence, and the commands after it follow", () => {
        assert.equal(toNn("Ikke kopier eller flytt denne fila."), "Ikkje kopier eller flytt denne fila.");
    });
    it("the finite verb stands second after a fronted adverb; 'vert' before a participle is finite", () => {
        assert.equal(toNb("Her vel algoritmen alltid den første."), "Her velger algoritmen alltid den første.");
        assert.equal(toNb("Vert brukt til å varsla endringar."), "Blir brukt til å varsle endringer.");
    });
    it("an indefinite adjective does not stand before a definite noun: the past tense", () => {
        assert.equal(toNb("Nådde byrjinga av dokumentet."), "Nådde begynnelsen av dokumentet.");
    });
    it("the commonest lemma's participle, not a rarer verb's past tense", () => {
        assert.equal(toNn("Lar deg kjøre utvidelser skrevet med Java."), "Lèt deg køyra utvidingar skrive med Java.");
    });
    it("after a demonstrative and an adjective, a function word's noun reading", () => {
        assert.equal(toNn("Gå til den første siden."), "Gå til den første sida.");
    });
    it("a command before an adjective and its noun; a list after a stranded preposition goes on with verbs", () => {
        assert.equal(toNn("Flytt valgte meldinger til en annen mappe"), "Flytt valde meldingar til ei anna mappe");
        assert.equal(
            toNn("Du kan ikke endre navn på, flytte eller slette disse."),
            "Du kan ikkje endra namn på, flytta eller sletta desse.",
        );
    });
    it("no two definite nouns in a row; an adverb after 'du' in a question with a modal", () => {
        assert.equal(toNb("Vil du verkeleg sletta dei valde lagra tilstandane?"), "Vil du virkelig slette de valgte lagrede tilstandene?");
        assert.equal(toNb("Vil du verkeleg lukka vindauget?"), "Vil du virkelig lukke vinduet?");
    });
    it("an auxiliary is seldom its noun homograph: 'vert' after a relative clause or a possessive", () => {
        assert.equal(toNb("Namnet ditt vert sett inn over linja."), "Navnet ditt blir satt inn over linjen.");
        assert.match(toNb("Endringar av snøggtastane som ikkje er lagra vert tilbakestilde."), /lagret blir/);
    });
    it("a participle after 'er' rather than a bare noun", () => {
        assert.equal(toNb("etter spelinga er gått ut på tid"), "etter spelinga er gått ut på tid");
    });
});
