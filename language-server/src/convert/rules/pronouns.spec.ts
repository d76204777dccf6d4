// Pronouns and question words between the standards (pronouns.ts), on prose sentences written
// for these tests.
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
const toNb = (text: string) => engine.convertText(text, { from: "nn", to: "nb", preferences: DEFAULT_PREFERENCES }).text;

const toNn = (text: string) => engine.convertText(text, { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES }).text;

describe("rule converter: 'den' for a noun into Nynorsk", () => {
    it("'den' before a finite verb is the pronoun, which takes the noun's gender", () => {
        assert.equal(toNn("Hunden var snill, men den likte ikke postmannen."), "Hunden var snill, men han likte ikkje postmannen.");
        assert.equal(toNn("Den valgte filen er slettet."), "Den valde fila er sletta.");
    });
});

describe("rule converter: Nynorsk question words into Bokmål", () => {
    it("'kva tid' before a verb is 'når', 'kvar sin' is 'hver sin'", () => {
        assert.equal(toNb("Kva tid kjem toget?"), "Når kommer toget?");
        assert.equal(toNb("Alle barna fekk kvar sin is."), "Alle barna fikk hver sin is.");
    });
    it("'kva for ein/ei/eit/nokre' + noun is 'hvilken/hvilket/hvilke'", () => {
        assert.equal(toNb("Kva for ein bil har du?"), "Hvilken bil har du?");
        assert.equal(toNb("Kva for eit hus er det?"), "Hvilket hus er det?");
        assert.equal(toNb("Kva for nokre bøker las du?"), "Hvilke bøker leste du?");
    });
    it("'kva slags' is 'hva slags'", () => {
        assert.match(toNb("Kva slags mat likar du?"), /^Hva slags mat liker du\?$/);
    });
});

describe("rule converter: Nynorsk pronouns into Bokmål", () => {
    it("'dei' after a finite verb with no subject before it is the subject 'de'", () => {
        assert.equal(toNb("Når kjem dei heim?"), "Når kommer de hjem?");
        assert.equal(toNb("Barna leikte, og etterpå åt dei middag."), "Barna lekte, og etterpå åt de middag.");
        assert.equal(toNb("Har dei kome?"), "Har de kommet?");
        assert.equal(toNb("Eg trur dei kjem."), "Jeg tror de kommer.");
        assert.match(toNb("Broren til Per, som han fekk til å skriva brevet."), /, som han fikk til /);
    });
    it("after a subject, or in a command, 'dei' is the object 'dem'", () => {
        assert.equal(toNb("Vi gav dei ei bok."), "Vi gav dem en bok.");
        assert.equal(toNb("Eg såg at ho ikkje likte dei."), "Jeg så at hun ikke likte dem.");
        assert.equal(toNb("Gje dei ei bok."), "Gi dem en bok.");
    });
    it("'ho' as an object is 'henne'; inverted after a comma it is the subject", () => {
        assert.equal(toNb("Eg møtte ho på stasjonen."), "Jeg møtte henne på stasjonen.");
        assert.equal(toNb("Vi snakka med ho i går."), "Vi snakket med henne i går.");
        assert.match(toNb("Det er vanskeleg, sa ho."), /, sa hun\.$/);
    });
    it("'han'/'ho' after a noun for a person stays 'han'/'hun'; after a thing it is 'den'", () => {
        assert.equal(toNb("Jenta kom heim, og ho var glad."), "Jenten kom hjem, og hun var glad.");
        assert.equal(toNb("Læraren sa at han var sjuk."), "Læreren sa at han var syk.");
        assert.equal(toNb("Mannen kjøpte ein bil, men han var dyr."), "Mannen kjøpte en bil, men den var dyr.");
    });
});

describe("rule converter: Bokmål pronouns and question words into Nynorsk", () => {
    const toNn = (text: string) => engine.convertText(text, { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES }).text;
    it("'hvor' asking a degree is 'kor'", () => {
        assert.match(toNn("Hvor lenge har du bodd her?"), /^Kor lenge/);
        assert.match(toNn("Hvor mye koster billetten?"), /^Kor mykje/);
    });
});
