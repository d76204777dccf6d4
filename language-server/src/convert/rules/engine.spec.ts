// The rule converter on real sentences, per rule family and in both directions, with the
// compiled tables (npm test builds them into .cache/convert before the unit tests).
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { DEFAULT_PREFERENCES, type ConvertPreferences } from "../prompts";
import { TableRuleEngine } from "./engine";
import type { RulesOptions } from "./index";
import { parseLearnt } from "./learnt";
import { readConvertTable } from "./table";

const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh (npm test does)");
const table = readConvertTable(path.join(dir, "convert.bin"));
const engine = new TableRuleEngine(table);

function toNn(text: string, prefs: Partial<ConvertPreferences> = {}, extra: Partial<RulesOptions> = {}): string {
    return engine.convertText(text, { from: "nb", to: "nn", preferences: { ...DEFAULT_PREFERENCES, ...prefs }, ...extra }).text;
}
function toNb(text: string, extra: Partial<RulesOptions> = {}): string {
    return engine.convertText(text, { from: "nn", to: "nb", preferences: DEFAULT_PREFERENCES, ...extra }).text;
}

describe("rule converter: agreement in the noun phrase", () => {
    it("takes the target noun's gender: Bokmål masculine 'bok' is feminine in Nynorsk", () => {
        assert.equal(toNn("Jeg har en bok."), "Eg har ei bok.");
        assert.equal(toNn("Boken er ny."), "Boka er ny.");
        assert.equal(toNn("Velg en fil og et bilde."), "Vel ei fil og eit bilete.");
    });
    it("looks past adjectives to the noun", () => {
        assert.equal(toNn("Et nytt vindu"), "Eit nytt vindauge");
    });
    it("looks past 'annen', which agrees too, in both directions", () => {
        assert.equal(toNn("Skriv på en annen linje."), "Skriv på ei anna linje.");
        assert.equal(toNb("Vel ei anna fil."), "Velg en annen fil.");
        assert.equal(toNb("Eit anna bilete."), "Et annet bilde.");
    });
    it("a noun both genders in Nynorsk takes the bilingual lexicon's: 'en løsning' → 'ei løysing'; a neuter stays neuter", () => {
        assert.equal(toNn("Vi fant en løsning."), "Vi fann ei løysing.");
        assert.equal(toNn("Lag et nytt skript."), "Lag eit nytt skript.");
    });
    it("the article's gender picks among a noun's readings: 'ein stig' (m) is the path, 'ei skrift' (f) the script", () => {
        assert.equal(toNb("Skriv inn ein gyldig stig."), "Skriv inn en gyldig sti.");
        assert.equal(toNb("Vel ei skrift."), "Velg en skrift.");
        assert.equal(toNb("Ingen data å lagra."), "Ingen data å lagre.");
    });
    it("after an indefinite article a word is no definite or plural adjective: 'en side' is the noun", () => {
        assert.equal(toNn("Vis en side om gangen."), "Vis ei side om gongen.");
    });
    it("back to Bokmål: ei/eit become en/et", () => {
        assert.equal(toNb("Ho har ei fil og eit bilete."), "Hun har en fil og et bilde.");
    });
    it("a compound the lists lack takes its head's gender", () => {
        assert.match(toNn("Lag en bildefil."), /\bei \w*fil\b/);
    });
    it("an article is one before its noun even where the words after it could be verbs or nouns", () => {
        assert.equal(toNb("Lag ei ny mappe."), "Lag en ny mappe.");
        assert.match(toNn("Slå på dette flagget."), /dette flagget\.$/);
        assert.match(toNb("Justerer dei valde elementa."), /^Justerer de valgte elementene\.$/);
    });
    it("a possessive after its definite noun takes the noun's gender in the target standard", () => {
        assert.equal(toNn("Kontaktlisten din er tom."), "Kontaktlista di er tom.");
        assert.match(toNb("Namnet ditt er lagra."), /^Navnet ditt /);
    });
    it("a word before a possessive with no noun after it is the possessive's definite noun, not a verb", () => {
        assert.equal(toNb("Fila mi vart sletta."), "Filen min ble slettet.");
        assert.equal(toNb("Lista di er tom."), "Listen din er tom.");
        assert.equal(toNb("Eg las mine filer."), "Jeg leste mine filer.");
    });
    it("the stressed numeral agrees too: 'én fil' → 'éi fil', and back", () => {
        assert.equal(toNn("Du kan bare velge én fil."), "Du kan berre velja éi fil.");
        assert.equal(toNb("Du kan berre velja éi fil."), "Du kan bare velge én fil.");
    });
});

describe("rule converter: pronouns that refer back to a noun", () => {
    it("Bokmål 'den' takes the Nynorsk gender of the noun before it: han/ho", () => {
        assert.equal(toNn("Klarte ikke å analysere lydfila. Er den ødelagt?"), "Klarte ikkje å analysera lydfila. Er ho øydelagt?");
        assert.match(toNn("Velg en katalog og slett den."), /katalog og slett han\.$/);
    });
    it("'den' as a determiner, before 'som' or with nothing to refer to stays", () => {
        assert.equal(toNn("Den nye filen er den som er valgt."), "Den nye fila er den som er valt.");
        assert.equal(toNn("Rammer kan flyte fra den ene til den andre."), "Rammer kan flyta frå den eine til den andre.");
        assert.equal(toNn("Den er stor."), "Den er stor.");
    });
    it("Nynorsk 'han'/'ho' for a noun of that gender becomes 'den'; a person stays", () => {
        assert.equal(toNb("Fila finst frå før. Vil du skriva over ho?"), "Filen finnes fra før. Vil du skrive over den?");
        assert.equal(toNb("Han er her."), "Han er her.");
    });
});

describe("rule converter: compounds", () => {
    it("a verb as first part keeps its e-stem whatever the infinitive style", () => {
        assert.equal(toNn("smilefjes", { infinitive: "a" }), "smilefjes");
        assert.match(toNn("Det valgte tegneobjektet."), /teikneobjektet/);
    });
    it("a common word the lists write with a capital is converted, not split", () => {
        assert.match(toNn("Overføring over Internett."), /over Internett\.$/);
    });
});

describe("rule converter: verbs", () => {
    it("past tense and participle", () => {
        assert.equal(toNn("Hun kastet ballen."), "Ho kasta ballen.");
    });
    it("'klare' takes a bare infinitive like a modal, and a command takes a noun, not a verb", () => {
        assert.equal(toNb("Klarte ikkje endra fila."), "Klarte ikke endre filen.");
        assert.equal(toNb("Lagra fila."), "Lagre filen.");
    });
    it("'vert' before a participle is the passive auxiliary, not the noun", () => {
        assert.equal(toNb("Når filer vert lasta ned."), "Når filer blir lastet ned.");
    });
    it("the infinitive after å and a modal, in the house style's a- or e-infinitive", () => {
        assert.equal(toNn("Det er lett å lagre."), "Det er lett å lagra.");
        assert.equal(toNn("Det er lett å lagre.", { infinitive: "e" }), "Det er lett å lagre.");
        assert.equal(toNn("Du kan ikke lagre filen."), "Du kan ikkje lagra fila.");
        assert.equal(toNn("Vil du lagre filen?"), "Vil du lagra fila?");
    });
    it("a command at a sentence start that is also the infinitive follows the infinitive style", () => {
        assert.equal(toNn("Lagre filen."), "Lagra fila.");
    });
    it("the s-passive: vert + participle, a sentence adverb in between; after a modal -ast", () => {
        assert.equal(toNn("Filen lagres ikke."), "Fila vert ikkje lagra.");
        assert.equal(toNn("Den kan lagres senere."), "Den kan lagrast seinare.");
    });
    it("'bli' as Apertium writes it: vert, bli (the infinitive, as translators write it), vorte, vart", () => {
        assert.equal(
            toNn("Det blir bra. Det vil bli bra. Det har blitt bra. Det ble bra."),
            "Det vert bra. Det vil bli bra. Det har vorte bra. Det vart bra.",
        );
        assert.equal(toNn("Det vil bli bra.", { infinitive: "e" }), "Det vil bli bra.");
        assert.equal(toNn("Det blir bra.", { houseStyle: ["blir"] }), "Det blir bra.");
    });
    it("Nynorsk vert + participle back to Bokmål blir + participle", () => {
        assert.equal(toNb("Fila vert lagra."), "Filen blir lagret.");
    });
});

describe("rule converter: closed classes", () => {
    it("pronouns, question words and the negation", () => {
        assert.equal(toNn("Hva er dette, og hvordan virker det?"), "Kva er dette, og korleis verkar det?");
        assert.equal(toNn("Hun sier at de ikke vet."), "Ho seier at dei ikkje veit.");
        assert.equal(toNb("Eg veit ikkje kva boka heiter."), "Jeg vet ikke hva boken heter.");
    });
    it("'vi' follows the pronoun setting", () => {
        assert.equal(toNn("Vi må lese.", { pronoun: "me" }), "Me må lesa.");
        assert.equal(toNn("Vi må lese.", { pronoun: "vi" }), "Vi må lesa.");
    });
    it("'og' stays the conjunction and 'for' the preposition", () => {
        assert.equal(toNn("Vi må lese for å forstå og huske."), "Vi må lesa for å forstå og hugsa.");
    });
    it("'hele' before a noun is the determiner, not the verb 'hele'", () => {
        assert.equal(toNn("Det tok hele dagen."), "Det tok heile dagen.");
    });
});

describe("rule converter: compounds", () => {
    it("a listed compound part by part", () => {
        assert.equal(toNn("Tegnsetting"), "Teiknsetjing");
    });
    it("a compound the lists lack, from its parts", () => {
        assert.equal(toNn("dagboknotisene"), "dagboknotisane");
    });
});

describe("rule converter: what it leaves alone", () => {
    it("case: Title Case and ALL CAPS are kept", () => {
        assert.equal(toNn("IKKE slett filen"), "IKKJE slett fila");
    });
    it("names, punctuation, double spaces and placeholders", () => {
        assert.equal(toNn("{1} er ikke  {2}, sa Per i Oslo!"), "{1} er ikkje  {2}, sa Per i Oslo!");
    });
    it("a word after a hyphen is converted, the part before kept as written", () => {
        assert.equal(toNn("Lagre PDF-filen"), "Lagra PDF-fila");
    });
    it("unknown words are kept as written and counted", () => {
        const r = engine.convertText("Jeg leser xyzzyq og blorfen.", { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES });
        assert.equal(r.text, "Eg les xyzzyq og blorfen.");
        assert.deepEqual(r.unknown, ["xyzzyq", "blorfen"]);
        assert.equal(r.words, 5);
    });
    it("line by line: as many lines out as in, empty lines kept", () => {
        const out = toNn("Jeg vet ikke.\n\nHun vet det.\n");
        assert.deepEqual(out.split("\n"), ["Eg veit ikkje.", "", "Ho veit det.", ""]);
    });
});

describe("rule converter: house style", () => {
    it("a preferred form among the lexicon's candidates wins (skrivehjelp.convert.houseStyle)", () => {
        assert.equal(toNn("Mens vi venter", { houseStyle: ["mens"] }), "Mens vi ventar");
        assert.equal(toNn("Mens vi venter"), "Medan vi ventar");
    });
    it("Nynorsk possessives after the definite noun, or before it (skrivehjelp.convert.nynorsk.possessive)", () => {
        assert.equal(toNn("Min bok og ditt nye passord.", { possessive: "after" }), "Boka mi og det nye passordet ditt.");
        assert.equal(toNn("Lagre dine endringer.", { possessive: "after" }), "Lagra endringane dine.");
        assert.equal(toNn("Min bok og ditt nye passord.", { possessive: "before" }), "Mi bok og ditt nye passord.");
    });
    it("Bokmål feminine nouns in -a or -en", () => {
        const nb = (bokmalFeminine: "a" | "en") =>
            engine.convertText("Boka er ny.", { from: "nn", to: "nb", preferences: { ...DEFAULT_PREFERENCES, bokmalFeminine } }).text;
        assert.equal(nb("a"), "Boka er ny.");
        assert.equal(nb("en"), "Boken er ny.");
    });
    it("a possessive after a feminine noun follows the Bokmål feminine style as the determiner does", () => {
        const nb = (text: string, bokmalFeminine: "a" | "en") =>
            engine.convertText(text, { from: "nn", to: "nb", preferences: { ...DEFAULT_PREFERENCES, bokmalFeminine } }).text;
        assert.equal(nb("Lista di er tom.", "a"), "Lista di er tom.");
        assert.equal(nb("Eg ser lista di og boka mi.", "a"), "Jeg ser lista di og boka mi.");
        assert.equal(nb("Eg ser lista di og boka mi.", "en"), "Jeg ser listen din og boken min.");
        assert.equal(nb("Namnet ditt og mappa vår.", "a"), "Navnet ditt og mappa vår.");
    });
    it("a learnt choice is used, and still follows the infinitive style", () => {
        const learnt = engine.withLearnt(parseLearnt("nb-nn\topprett\tvblex\tlag\t5\t6\nnb-nn\tlagre\tvblex\tlagra\t5\t6\n"));
        const opts = (infinitive: "a" | "e"): RulesOptions => ({
            from: "nb",
            to: "nn",
            preferences: { ...DEFAULT_PREFERENCES, infinitive },
        });
        assert.equal(learnt.convertText("Opprett en mappe.", opts("a")).text, "Lag ei mappe.");
        assert.equal(learnt.convertText("Du kan lagre.", opts("e")).text, "Du kan lagre.");
    });
});
