// The rule converter's agreement inside the noun phrase (agreement.ts, adjectives.ts) and the
// reading choices it rests on, on sentences written for these tests, both directions.
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { DEFAULT_PREFERENCES } from "../prompts";
import { TableRuleEngine } from "./engine";
import { parseLearnt } from "./learnt";
import { readConvertTable } from "./table";

const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh (npm test does)");
const engine = new TableRuleEngine(readConvertTable(path.join(dir, "convert.bin")));

const toNn = (text: string, e: TableRuleEngine = engine) =>
    e.convertText(text, { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES }).text;
const toNb = (text: string, e: TableRuleEngine = engine) =>
    e.convertText(text, { from: "nn", to: "nb", preferences: DEFAULT_PREFERENCES }).text;

describe("rule converter: adjectives agree with their noun phrase", () => {
    it("a Nynorsk participle that is alike in every form takes the Bokmål form its phrase needs", () => {
        assert.equal(toNb("Skriv ein tilpassa tekst."), "Skriv en tilpasset tekst.");
        assert.equal(toNb("Opna dei tilpassa filene."), "Åpne de tilpassede filene.");
        assert.equal(toNb("Ho sende tilpassa filer."), "Hun sendte tilpassede filer.");
    });
    it("before a plural noun the Bokmål participle is the definite form, not the neuter singular", () => {
        assert.equal(toNb("Hald tilbake valde meldingar."), "Hold tilbake valgte meldinger.");
        assert.equal(toNb("Delte mapper er tomme."), "Delte mapper er tomme.");
    });
    it("after a possessive or a genitive the adjective is definite", () => {
        assert.match(toNb("Dette er brukaren sitt lagra dokument."), /brukeren sitt lagrede dokument/);
    });
    it("a word choice learnt in one form does not carry its form to another phrase", () => {
        const learnt = engine.withLearnt(parseLearnt("nn-nb\ttilpassa\tadj\ttilpassede\t5\t5\n"));
        assert.equal(toNb("Lag ein tilpassa tekst.", learnt), "Lag en tilpasset tekst.");
        assert.equal(toNb("Lagra dei tilpassa filene.", learnt), "Lagre de tilpassede filene.");
    });
    it("into Nynorsk the definite and plural participle stays one form", () => {
        assert.equal(toNn("Slett de valgte filene."), "Slett dei valde filene.");
        assert.equal(toNn("Vis lagrede filer."), "Vis lagra filer.");
    });
});

describe("rule converter: the article's own gender", () => {
    it("where the lists lack the gender the writer's article gives, the article keeps it", () => {
        // "polygon" is listed as masculine only, in both standards
        assert.equal(toNn("Tegn et polygon."), "Teikn eit polygon.");
        assert.equal(toNb("Teikn eit polygon."), "Tegn et polygon.");
        assert.equal(toNn("Lag et nytt polygon."), "Lag eit nytt polygon.");
        assert.equal(toNb("Teikn eit anna polygon."), "Tegn et annet polygon.");
    });
    it("a noun the lists give the article's gender follows the target's own gender", () => {
        assert.equal(toNn("Åpne en fil."), "Opna ei fil.");
        assert.equal(toNb("Opna ei fil."), "Åpne en fil.");
    });
});

describe("rule converter: a possessive agrees with its own noun", () => {
    it("a possessive before its noun is not taken for one after the noun before it", () => {
        assert.match(toNb("Eg opna brukaren sitt dokument."), /brukeren sitt dokument/);
    });
    it("a possessive after its definite noun agrees with that noun", () => {
        assert.equal(toNb("Lista di er tom."), "Listen din er tom.");
    });
    it("a possessive after its own noun is no determiner of the word after it", () => {
        assert.match(toNb("Syster mi bur i Bergen."), /^Søsteren min /);
        assert.match(toNn("Søsteren min bor i Bergen."), /^Søster mi /);
    });
    it("kinship nouns: bare in Nynorsk before a possessive, 'søsteren', 'datteren', 'sønnen' in Bokmål", () => {
        assert.equal(toNn("Datteren min begynner på skolen til høsten."), "Dotter mi byrjar på skulen til hausten.");
        assert.equal(toNn("Faren min har bodd i denne bygda hele livet."), "Far min har budd i denne bygda heile livet.");
        assert.equal(toNb("Dotter mi byrjar på skulen til hausten."), "Datteren min begynner på skolen til høsten.");
        assert.equal(toNb("Mor mi er heime."), "Mor min er hjemme.");
        assert.equal(toNb("Skriv inn namnet på far din"), "Skriv inn navnet på far din");
    });
});

describe("rule converter: possessives after the noun in Nynorsk (the default house style)", () => {
    it("'hans', 'hennes', 'deres' go after the noun too, and a kinship noun stays bare", () => {
        assert.equal(toNn("Min bror og hans kone flyttet til Tromsø i fjor."), "Bror min og kona hans flytta til Tromsø i fjor.");
    });
    it("a possessive already after its noun, or after a pronoun, stays where it is", () => {
        assert.equal(toNn("Elevene skal levere oppgaven sin før fredag."), "Elevane skal levera oppgåva si før fredag.");
        assert.equal(toNn("Hvem sin jakke er dette?"), "Kven si jakke er dette?");
        assert.equal(toNn("Alle barna fikk hver sin is."), "Alle barna fekk kvar sin is.");
    });
    it("after 'deres' the noun must be plural or singular in every reading", () => {
        assert.match(toNn("Liste over etiketter og deres assosierte farger"), /^Liste over etikettar og (deira|dykkar) assosierte fargar$/);
    });
});

describe("rule converter: a Nynorsk participle after 'er' agrees with the subject", () => {
    it("the subject before a prepositional phrase, not the noun in it", () => {
        assert.equal(toNn("De store husene i gata er solgt."), "Dei store husa i gata er selde.");
    });
});

describe("rule converter: Nynorsk adjectives with a feminine form", () => {
    it("'liten' is 'lita' before a feminine noun", () => {
        assert.equal(toNn("Hun hadde en liten veske i hånden."), "Ho hadde ei lita veske i handa.");
        assert.equal(toNb("Ho hadde ei lita veske."), "Hun hadde en liten veske.");
    });
});

describe("rule converter: a definite noun the target's lists have", () => {
    it("a Nynorsk definite the generator gets wrong takes the ending the lists give ('sidan' is no noun)", () => {
        assert.equal(toNn("Gå til siden."), "Gå til sida.");
        assert.equal(toNn("Gå til startsiden."), "Gå til startsida.");
        assert.equal(toNn("Vis tekst ved siden av bildet."), "Vis tekst ved sida av biletet.");
    });
    it("after a demonstrative or a preposition a function word's definite noun reading is the noun", () => {
        assert.equal(toNn("Skriv ut denne siden."), "Skriv ut denne sida.");
        assert.match(toNn("Siden du har lagret filen, kan du lukke den."), /^Sidan du har lagra fila/);
    });
});

describe("rule converter: number from the determiner past the adjectives", () => {
    it("'den flytande ramma' is singular: the frame, not the plural of another noun", () => {
        assert.equal(toNb("Gøymer kantane til den flytande ramma."), "Gjemmer kantene til den flytende rammen.");
        assert.equal(toNn("Skjul det første sporet."), "Skjul det første sporet.");
    });
});

describe("rule converter: the definite-noun check leaves alone what the lists lack", () => {
    it("a form the lists do not have is not 'repaired' from a chance ending ('skaleringa' is no 'skale|ringen')", () => {
        assert.equal(toNn("Velg sentrum for skaleringen."), "Vel sentrum for skaleringa.");
    });
});

describe("rule converter: a participle after 'er'/'vert' agrees with the subject noun", () => {
    it("into Nynorsk by the noun's gender and number; a strong participle stays as it is", () => {
        assert.equal(
            toNn("Ingen kontroll er valgt. Dokumentet er valgt. Filene er ikke valgt."),
            "Ingen kontroll er vald. Dokumentet er valt. Filene er ikkje valde.",
        );
        assert.equal(toNn("Ingen skriver ble funnet."), "Ingen skrivar vart funne.");
    });
    it("past a modal before 'bli'/'være' too", () => {
        assert.equal(toNn("Søkerne vil bli prioritert."), "Søkjarane vil bli prioriterte.");
        assert.equal(toNn("Dokumentet vil bli lagret."), "Dokumentet vil bli lagra.");
    });
    it("into Bokmål nothing changes", () => {
        assert.equal(toNb("Dokumentet er valt. Filene er valde."), "Dokumentet er valgt. Filene er valgt.");
    });
});

describe("rule converter: a compound's gender", () => {
    it("takes the head that can have the source's gender ('faks' + 'mal', not 'fak' + 'smal')", () => {
        assert.equal(toNn("Velg en faksmal."), "Vel ein faksmal.");
    });
});
