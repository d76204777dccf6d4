// The rule converter's reading choices in ordinary prose (clause.ts and the rules in
// disambiguate.ts that use it), both directions: a finite verb after a possessive that ends its
// noun phrase, a second finite verb after "og", a noun after a preposition, V2 after "Det".
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

describe("rule converter: a possessive after its noun ends the phrase", () => {
    it("the finite verb follows it, not a noun of the same spelling", () => {
        assert.match(toNn("Søsteren min bor i Bergen."), / bur i Bergen\.$/);
        assert.match(toNn("Broren min spiller fotball."), /^Bror(en)? min spel[ae]r fotball\.$/);
        assert.match(toNn("Hunden vår liker å ligge foran peisen."), /^Hunden vår lik[ae]r /);
        assert.match(toNb("Bror min spelar fotball."), /min spiller fotball\.$/);
        assert.match(toNb("Syster mi bur i Bergen."), / bor i Bergen\.$/);
        assert.match(toNb("Mor hennar ringde i går."), / ringte i går\.$/);
    });
});

describe("rule converter: a second finite verb after 'og'", () => {
    it("goes with the clause's finite verb, in its tense", () => {
        assert.match(toNn("Vi satt lenge ute på verandaen og snakket om gamle dager."), /og snakka om/);
        assert.match(toNb("Vi sat lenge ute på verandaen og prata om gamle dagar."), /og prat(et|a) om/);
        assert.match(toNb("Mor hennar ringde i går og spurde om vi kunne kome."), /og spurte om/);
        assert.match(toNn("Elevene leste boka og skrev en kort tekst."), /og skreiv ein/);
    });
});

describe("rule converter: a noun after a preposition", () => {
    it("is the noun, where a function word after it has a rare noun reading", () => {
        assert.match(toNn("Bilen hans sto parkert utenfor huset hele natten."), /stod parkert utanfor huset heile natta\.$/);
    });
    it("after a directional adverb and a preposition", () => {
        assert.match(toNb("Guten sprang ned til stranda og bada."), /ned til strand(a|en) og badet\.$/);
    });
});

describe("rule converter: a finite verb before an auxiliary", () => {
    it("is the subject noun where it can be one", () => {
        assert.doesNotMatch(toNb("Ho song ein song som mora hadde lært henne."), /morte/);
    });
});

describe("rule converter: 'som' after a verb", () => {
    it("is 'as', a preposition: the noun follows", () => {
        assert.match(toNn("Hun jobber som sykepleier."), /som sjukepleiar\.$/);
    });
});

describe("rule converter: 'Det' first before its only possible verb", () => {
    it("is the subject pronoun (V2), not 'that rain'", () => {
        assert.match(toNb("Det regna heile dagen."), /^Det regnet hele dagen\.$/);
        assert.match(toNn("Det snødde hele natta."), /^Det snødde heile natta\.$/);
    });
    it("opens a noun phrase where a verb follows later", () => {
        assert.match(toNb("Dette flagget viser kva som er valt."), /^Dette flagget viser /);
    });
});

describe("rule converter: a number alone", () => {
    it("is the number, with no noun after it ('klokka åtte'), not a past tense of 'eie'", () => {
        assert.match(toNn("Arbeidet starter klokka åtte og varer til klokka tre."), /klokka åtte og varer/);
        assert.match(toNb("Butikken held ope til klokka åtte på laurdagar."), /klokk(a|en) åtte på lørdager\.$/);
    });
});

describe("rule converter: a verb before an object pronoun", () => {
    it("'og så seg rundt' is the past tense of 'se', not 'and then'", () => {
        assert.match(toNn("Mannen åpnet døra og så seg rundt i rommet."), /og såg seg rundt/);
    });
});

describe("rule converter: 'Vi' first in a sentence", () => {
    it("is the pronoun before a verb and the preposition 'i', no command of 'vie'", () => {
        assert.match(toNb("Vi fiska i elva og fekk tre aurar."), /^Vi fisket i elv(a|en) og fikk /);
        assert.match(toNn("Vi fisket i elva."), /^Vi fiska i elva\.$/);
    });
});

describe("rule converter: V2 after a subject first in the sentence", () => {
    it("the only word that can be the finite verb is it", () => {
        assert.match(toNb("Borna åt is og bada heile ettermiddagen."), /^Barna spiste is og badet hele /);
    });
});

describe("rule converter: the object after a finite main verb", () => {
    it("is the definite noun, not a participle of the same spelling", () => {
        assert.match(toNn("Gutten maler gjerdet rødt."), /^Guten målar gjerdet raudt\.$/);
    });
});

describe("rule converter: V2 before an inverted subject pronoun", () => {
    it("after a fronted clause and its comma the finite verb comes first, then the subject", () => {
        assert.match(toNn("Fordi det var så varmt, badet vi i sjøen."), /, bada vi i sjøen\.$/);
        assert.match(toNb("Fordi det var så varmt, bada vi i sjøen."), /, badet vi i sjøen\.$/);
    });
    it("what follows the inverted subject is no second finite verb", () => {
        assert.match(toNb("Medan ho venta, las ho avisa."), /, (leste|las) hun avis(en|a)\.$/);
        assert.match(toNn("Mens hun ventet, leste hun avisen."), /, las ho avisa\.$/);
    });
});

describe("rule converter: an inverted subject between an auxiliary and its participle", () => {
    it("is the definite noun, not a participle of the same spelling", () => {
        assert.match(toNb("Dersom kommunen ikkje endrar vedtaket, vert klaga send vidare."), /, blir klagen sendt videre\.$/);
        assert.match(toNb("Endringane vert lagra i fila."), /^Endringene blir lagret i fil(en|a)\.$/);
    });
});
