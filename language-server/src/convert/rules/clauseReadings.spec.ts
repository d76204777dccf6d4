// The clause rules (clauseReadings.ts) on prose sentences written for these tests: the finite
// verb after its subject, the predicative after the copula, coordinated verbs, a noun after a
// preposition; Nynorsk → Bokmål, and Bokmål → Nynorsk where the same construction applies.
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

describe("rule converter: the finite verb after its subject", () => {
    it("after a definite noun and its possessive", () => {
        assert.match(toNb("Hunden vår likar å bade i elva."), /^Hunden vår liker å bade/);
        assert.match(toNb("Naboen vår hjelpte oss med flyttinga."), /^Naboen vår hjalp oss/);
        assert.match(toNb("Syster mi bur i Bergen."), / bor i Bergen/);
    });
    it("after a definite noun first in the sentence", () => {
        assert.match(toNb("Laget vann kampen etter ein spennande omgang."), /^Laget vant kampen/);
    });
    it("after a pronoun that could be a determiner, where no noun follows for it", () => {
        assert.match(toNb("Det regna heile dagen."), /^Det regnet hele dagen/);
        assert.match(toNb("Dei bygde eit nytt hus ved sjøen."), /^De bygde et nytt hus/);
        assert.match(toNn("Vi hørte at noen banket på døra."), /nokon banka på/);
    });
    it("after a determiner standing alone", () => {
        assert.match(toNb("Oppgåva var vanskeleg, men alle klarte ho til slutt."), /alle klarte/);
    });
    it("a subject pronoun first in its clause, and the subordinator before it", () => {
        assert.match(toNb("Ho lova å ringje når ho kom fram."), /^Hun lovde å ringe/);
        assert.match(toNb("Han har budd i Bergen sidan han var liten."), /siden han var/);
    });
    it("a verb before its object pronoun is no noun of the determiner before it", () => {
        assert.match(toNb("Fisken smaka godt, og alle åt seg mette."), /alle spiste seg mette/);
    });
    it("a determiner with its noun after it stays one", () => {
        assert.match(toNn("Dette flagget gir tillatelse til å se innholdet."), /^Dette flagget gjev|^Dette flagget gir/);
        assert.match(toNn("Ingen skriver ble funnet på den adressen."), /^Ingen skrivar/);
        assert.match(toNb("Dei valde filene vart sletta."), /^De valgte filene/);
    });
    it("an active verb rather than an s-passive after a personal pronoun", () => {
        assert.match(toNn("Vinteren var lang, og vi frøs hver dag."), /vi fraus kvar dag/);
    });
    it("after the finite verb and its adverb comes the object, not a second verb", () => {
        assert.match(toNn("Vi kjente igjen huset med en gang."), /igjen huset|att huset/);
    });
});

describe("rule converter: the predicative after the copula", () => {
    it("an adjective, not a noun of the same spelling", () => {
        assert.match(toNb("Vinteren var lang og kald."), /^Vinteren var lang og kald/);
        assert.match(toNb("Sjøen var stille, og himmelen var blå."), /var stille, og himmelen var blå/);
    });
    it("after a noun, a participle rather than a definite noun without a determiner", () => {
        assert.doesNotMatch(toNb("Mange innbyggjarar var uroa for den nye vegen."), /uroen/);
    });
});

describe("rule converter: coordinated verbs", () => {
    it("an infinitive after 'og' where the clause has one before", () => {
        assert.match(toNb("Elevane skal lesa ein roman og skriva ei bokmelding."), /lese en roman og skrive en bokmelding/);
    });
    it("a past tense after 'og' where the clause has one before", () => {
        assert.match(toNb("Ho gjekk til butikken og kjøpte mjølk og brød."), /og kjøpte melk/);
        assert.match(toNb("Vi gjekk ein lang tur i fjellet og åt matpakke ved vatnet."), /og spiste matpakke/);
    });
    it("not a determiner of the noun after it, nor an adverb before a verb", () => {
        assert.match(toNn("Vil du skrive ut det merkede området eller hele dokumentet?"), /eller heile dokumentet/);
        assert.doesNotMatch(toNb("Du kan merkja kolonnen og så bruka ein stil."), /og så [a-z]+ene/);
    });
});

describe("rule converter: a noun after a preposition", () => {
    it("a definite noun, not a participle with no noun after it", () => {
        assert.match(toNb("Katten låg og sov i sola heile ettermiddagen."), /i solen hele/);
    });
    it("after a verb too, where no noun follows the participle", () => {
        assert.match(toNb("Vi vakna tidleg og såg sola stige opp over fjellet."), /så solen/);
    });
    it("a singular definite noun rather than a plural of another word spelt alike", () => {
        assert.match(toNb("Statsministeren møtte pressa etter møtet."), /møtte pressen/);
    });
});

describe("rule converter: words that prose reads one way", () => {
    it("'sett' after 'har'/'hadde' is seen, unless a particle makes it set", () => {
        assert.equal(toNb("Har du sett den nye filmen?"), "Har du sett den nye filmen?");
        assert.equal(toNb("Eg hadde aldri sett noko liknande."), "Jeg hadde aldri sett noe lignende.");
        assert.match(toNb("Ho har sett inn ei ny linje."), /har satt inn/);
        assert.match(toNb("Teksten er sett inn."), /er satt inn/);
    });
    it("a masculine -en that is one noun's definite and another's indefinite is the definite ('helgen')", () => {
        assert.match(toNn("Vi var på hytta i helgen."), /i helga\.$/);
    });
    it("'så' before an adjective or adverb and 'som'/'at' is the degree, not 'saw'", () => {
        assert.match(toNn("Kom så fort som du kan."), /så fort som/);
        assert.match(toNn("Det var så kaldt at vi frøs."), /så kaldt at/);
        assert.match(toNn("Jeg så ham i går."), /såg/);
    });
});
