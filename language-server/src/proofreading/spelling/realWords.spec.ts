// The speller on the real, compiled data (issue 16): each mechanism with real words that must be
// flagged and close ones that must not, and the 200 real compounds that must stay accepted.
// Needs .cache/lexicon and .cache/malform (scripts/test.sh builds them before the unit tests).
// The Nynorsk cases are written for these tests (no real-typo list exists for Nynorsk).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DictionaryLayers } from "../dictionaryLayers";
import type { Variety } from "../../protocol/writtenStandard";
import { REAL_COMPOUNDS_NB, REAL_COMPOUNDS_NN } from "./realCompounds.testdata";

const layers = new DictionaryLayers((level, message) => {
    if (level === "error") throw new Error(message);
}).layers();
const speller = layers.speller!;

/** What the checker makes of a word inside a sentence: "ok:<reason>" or "<problem>:<first suggestion>". */
function verdict(word: string, language: Variety, sentenceStart = false): string {
    const r = speller.checkWord(word, { language, sentenceStart });
    return r.ok ? `ok:${r.reason}` : `${r.problem}:${r.suggestions[0] ?? ""}`;
}

function expectAll(cases: readonly [string, string][], language: Variety): void {
    assert.ok(cases.length > 0);
    const got = cases.map(([w]) => [w, verdict(w, language)]);
    assert.deepEqual(got, cases);
}

describe("real words: known misspellings of the sources", () => {
    it("flags a form Apertium accepts only as a misspelling of its lemma, with the lemma's form first", () => {
        expectAll(
            [
                ["orginal", "misspelling:original"],
                ["orginalen", "misspelling:originalen"],
            ],
            "nb",
        );
        expectAll([["orginal", "misspelling:original"]], "nn");
    });
    it("leaves the rightly spelt forms and real variants alone", () => {
        expectAll(
            [
                ["original", "ok:word"],
                ["originalen", "ok:word"],
                ["mjølk", "ok:word"],
            ],
            "nb",
        );
    });
});

describe("real words: a form only the other standard's lists have", () => {
    it("is a misspelling when the målform layer has no replacement and a common word is one edit away", () => {
        expectAll(
            [
                ["parantes", "misspelling:parentes"],
                ["sannsynelig", "misspelling:sannsynlig"],
                ["skjekke", "misspelling:sjekke"],
            ],
            "nb",
        );
    });
    it("is a misspelling when it is only a compound of the other standard's parts and a long word of this one is an edit away", () => {
        expectAll([["aksjeportefølge", "misspelling:aksjeportefølje"]], "nb");
    });
    it("is left to the målform layer when it has the replacement, and passes when nothing common is near", () => {
        expectAll(
            [
                ["ikkje", "ok:other-variety"],
                ["eg", "ok:other-variety"],
            ],
            "nb",
        );
        expectAll(
            [
                ["ikke", "ok:other-variety"],
                ["polygonet", "ok:other-variety"],
                ["tekstfil", "ok:other-variety"],
            ],
            "nn",
        );
    });
});

describe("real words: compounds by plausibility", () => {
    it("takes a split into unlikely parts one edit from a listed word for that word", () => {
        expectAll([["statestikk", "misspelling:statistikk"]], "nb");
        expectAll([["statestikk", "misspelling:statistikk"]], "nn");
    });
    it("takes -erene, an inflection no paradigm makes, for -erne", () => {
        expectAll(
            [
                ["vinnerene", "misspelling:vinnerne"],
                ["innbyggerene", "misspelling:innbyggerne"],
                ["deltakerene", "misspelling:deltakerne"],
            ],
            "nb",
        );
    });
    it("takes -igeste, a superlative no paradigm makes, for -igste", () => {
        expectAll(
            [
                ["viktigeste", "misspelling:viktigste"],
                ["vanligeste", "misspelling:vanligste"],
            ],
            "nb",
        );
        expectAll([["viktigaste", "ok:word"]], "nn");
    });
    it("writes a hyphenated compound closed where the lists have it so, and keeps short parts' hyphens", () => {
        expectAll(
            [
                ["front-kollisjon", "misspelling:frontkollisjon"],
                ["Midt-Østen", "misspelling:Midtøsten"],
            ],
            "nb",
        );
        expectAll(
            [
                ["e-post", "ok:word"],
                ["PDF-fila", "ok:compound"],
                ["jo-jo", "misspelling:jojo"],
                ["tv-en", "ok:word"],
            ],
            "nb",
        );
        expectAll([["jo-jo", "misspelling:jojo"]], "nn");
    });
    it("takes a compound whose linking -s- before an s was dropped for the listed compound with both", () => {
        expectAll(
            [
                ["arbeidsituasjon", "misspelling:arbeidssituasjon"],
                ["kjønnsykdom", "misspelling:kjønnssykdom"],
                ["arbeidssituasjon", "ok:word"],
            ],
            "nb",
        );
        expectAll([["arbeidsituasjon", "misspelling:arbeidssituasjon"]], "nn");
    });
    it("takes a compound of likely parts whose doubled letters are the only difference from a listed word for that word", () => {
        expectAll([["kolegga", "misspelling:kollega"]], "nb");
        expectAll([["kolegga", "misspelling:kollega"]], "nn");
    });
    it("takes a split into unlikely parts two cheap edits from a common word for that word, not a particle before a verb", () => {
        expectAll(
            [
                ["hakeparanteser", "misspelling:hakeparenteser"],
                ["omskaleres", "ok:compound"],
            ],
            "nb",
        );
        expectAll([["gjenomsnittsverdien", "misspelling:gjennomsnittsverdien"]], "nn");
    });
    it("takes a long rare listed form an unstressed vowel from a common word for that word, not a stressed one", () => {
        expectAll(
            [
                ["priviligert", "misspelling:privilegert"],
                ["framvisning", "ok:word"],
            ],
            "nb",
        );
    });
    it("keeps 200 real compounds of the dev sentences accepted", () => {
        const rejected = (words: readonly string[], v: Variety) => words.filter((w) => !speller.checkWord(w, { language: v }).ok);
        assert.equal(REAL_COMPOUNDS_NB.length + REAL_COMPOUNDS_NN.length, 200);
        assert.deepEqual(rejected(REAL_COMPOUNDS_NB, "nb"), []);
        assert.deepEqual(rejected(REAL_COMPOUNDS_NN, "nn"), []);
    });
});

describe("real words: names", () => {
    it("questions a capitalised word a cheap edit from a listed name, gently, with the name", () => {
        expectAll(
            [
                ["Mississipi", "possible-typo:Mississippi"],
                ["Storbritania", "possible-typo:Storbritannia"],
                ["Talinn", "possible-typo:Tallinn"],
            ],
            "nb",
        );
        expectAll(
            [
                ["Storbritania", "possible-typo:Storbritannia"],
                ["Stavangar", "possible-typo:Stavanger"],
            ],
            "nn",
        );
    });
    it("questions a capitalised word two cheap edits from a listed name from seven letters, and one only the other standard's parts make", () => {
        expectAll(
            [
                ["Brusell", "possible-typo:Brussel"],
                ["Lillehamar", "possible-typo:Lillehammer"],
                ["Stavangar", "possible-typo:Stavanger"],
            ],
            "nb",
        );
        expectAll(
            [
                ["Brusell", "possible-typo:Brussel"],
                ["Auswitz", "possible-typo:Auschwitz"],
            ],
            "nn",
        );
    });
    it("questions a long unknown capitalised word one edit from a name only the other standard's lists have", () => {
        expectAll([["Sannigskommisjon", "possible-typo:Sanningskommisjon"]], "nb");
    });
    it("questions a capitalised word a doubled letter from a listed lower-case word (a brand, a loanword)", () => {
        expectAll([["Cappucino", "possible-typo:Cappuccino"]], "nb");
        expectAll([["Cappucino", "possible-typo:Cappuccino"]], "nn");
    });
    it("writes a name the lists hyphenate with a second capital so, and leaves names the lists write closed alone", () => {
        expectAll(
            [
                ["Sørafrika", "misspelling:Sør-Afrika"],
                ["Nordirland", "misspelling:Nord-Irland"],
                ["Vestlandet", "ok:word"],
                ["Midtøsten", "ok:word"],
            ],
            "nb",
        );
        expectAll([["Sørafrika", "misspelling:Sør-Afrika"]], "nn");
    });
    it("leaves listed names and unknown names far from any alone", () => {
        expectAll(
            [
                ["Mississippi", "ok:word"],
                ["Kvarnstrøm", "ok:name"],
                ["Trondhjem", "ok:name"],
            ],
            "nb",
        );
        expectAll(
            [
                ["Noreg", "ok:word"],
                ["Kvarnstrøm", "ok:name"],
            ],
            "nn",
        );
    });
});

describe("real words: loanwords spelt the foreign way", () => {
    it("flags c, x, z for the Norwegian k, ks, s when that makes a listed word", () => {
        expectAll(
            [
                ["avocado", "misspelling:avokado"],
                ["corona", "misspelling:korona"],
                ["anorexi", "misspelling:anoreksi"],
            ],
            "nb",
        );
        expectAll(
            [
                ["avocado", "misspelling:avokado"],
                ["anorexi", "misspelling:anoreksi"],
            ],
            "nn",
        );
    });
    it("flags a list-only form spelt the foreign way that the norm writes the Norwegian way", () => {
        expectAll(
            [
                ["broccolien", "misspelling:brokkolien"],
                ["chlamydiaen", "misspelling:klamydiaen"],
            ],
            "nb",
        );
        expectAll([["scannaren", "misspelling:skannaren"]], "nn");
    });
    it("leaves short English words and program names alone", () => {
        expectAll(
            [
                ["quit", "ok:foreign"],
                ["cdrecord", "ok:foreign"],
            ],
            "nb",
        );
    });
});

describe("real words: suggestions for Norwegian confusions", () => {
    it("ranks skj/sj and -erne/-erene first", () => {
        expectAll(
            [
                ["skjelden", "misspelling:sjelden"],
                ["mottakerene", "misspelling:mottakerne"],
            ],
            "nb",
        );
        expectAll(
            [
                ["skjeldan", "misspelling:sjeldan"],
                ["innbyggjarene", "misspelling:innbyggjarane"],
            ],
            "nn",
        );
    });
    it("ranks a common listed word two edits away above compounds made up one edit away", () => {
        expectAll([["nysjerring", "unknown:nysgjerrig"]], "nb");
    });
    it("ranks kj for sj at the start of a word first", () => {
        expectAll(
            [
                ["sjøkkenet", "unknown:kjøkkenet"],
                ["sjøpte", "unknown:kjøpte"],
            ],
            "nb",
        );
        expectAll([["sjøkkenet", "unknown:kjøkkenet"]], "nn");
    });
    it("ranks a silent first g or h, left out or written, first (gj/hj/j, hv/v)", () => {
        expectAll(
            [
                ["vordan", "misspelling:hvordan"],
                ["jøre", "misspelling:gjøre"],
                ["vilken", "misspelling:hvilken"],
                ["gjevn", "misspelling:jevn"],
            ],
            "nb",
        );
        expectAll(
            [
                ["jere", "misspelling:gjere"],
                ["jelpe", "misspelling:hjelpe"],
            ],
            "nn",
        );
    });
    it("ranks a silent d typed before t low in cost", () => {
        expectAll(
            [
                ["sjeldendt", "misspelling:sjeldent"],
                ["fremdtidig", "misspelling:fremtidig"],
            ],
            "nb",
        );
    });
    it("ranks e for æ before r, one sound in speech, above a swap", () => {
        expectAll([["bærre", "misspelling:berre"]], "nn");
        expectAll(
            [
                ["mærket", "misspelling:merket"],
                ["hærlig", "misspelling:herlig"],
            ],
            "nb",
        );
    });
});

describe("real words: English words the lists take for compounds", () => {
    it("leaves a lower-case English word alone, not made the nearest Norwegian word", () => {
        for (const v of ["nb", "nn"] as const)
            expectAll(
                [
                    ["parking", "ok:compound"],
                    ["barrier", "ok:compound"],
                    ["station", "ok:compound"],
                ],
                v,
            );
    });
    it("still asks a Norwegian compound slip that is no English word", () => {
        expectAll([["modstander", "misspelling:motstander"]], "nb");
    });
});
