// The real-typo rules of issue 16 that need the compiled data: each with typos it must flag (with
// the right word first) and near real words it must leave alone. Needs .cache/lexicon and
// .cache/malform. The typos are written for these tests beside a few of the kinds the real-typo
// list shows; the Nynorsk ones are our own (no real-typo list exists for Nynorsk).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DictionaryLayers } from "../dictionaryLayers";
import type { Variety } from "../../protocol/writtenStandard";

const layers = new DictionaryLayers((level, message) => {
    if (level === "error") throw new Error(message);
}).layers();
const speller = layers.speller!;

/** What the checker makes of a word inside a sentence: "ok:<reason>" or "<problem>:<first suggestion>". */
function verdict(word: string, language: Variety): string {
    const r = speller.checkWord(word, { language });
    return r.ok ? `ok:${r.reason}` : `${r.problem}:${r.suggestions[0] ?? ""}`;
}

function expectAll(cases: readonly [string, string][], language: Variety): void {
    assert.ok(cases.length > 0);
    assert.deepEqual(
        cases.map(([w]) => [w, verdict(w, language)]),
        cases,
    );
}

describe("real typos: known misspellings the word list carries too (compile.ts)", () => {
    it("flags a Bokmål -elig adjective written -lig, with the -elig form first", () => {
        expectAll(
            [
                ["vitenskaplig", "misspelling:vitenskapelig"],
                ["naturvitenskaplige", "misspelling:naturvitenskapelige"],
                ["ekteskaplig", "misspelling:ekteskapelig"],
            ],
            "nb",
        );
    });
    it("keeps the -lig form an analyser has as a lemma of its own, and real -lig adjectives", () => {
        expectAll(
            [
                ["forenlig", "ok:word"],
                ["vitenskapelig", "ok:word"],
                ["farlig", "ok:word"],
            ],
            "nb",
        );
    });
});

describe("real typos: a rare listed form with a doubling moved from a common word", () => {
    it("flags it with the common word", () => {
        expectAll([["grafitti", "misspelling:graffiti"]], "nb");
    });
    it("leaves a listed form with an inflectional ending alone, whatever its doublings", () => {
        expectAll(
            [
                ["skjellet", "ok:word"],
                ["utakket", "ok:word"],
                ["plakket", "ok:word"],
            ],
            "nb",
        );
    });
});

describe("real typos: a compound split of rare or short parts, two edits from a frequent word", () => {
    it("flags it with the frequent word first", () => {
        expectAll(
            [
                ["stattestikk", "misspelling:statistikk"],
                ["arrangemang", "misspelling:arrangement"],
                ["reglemang", "misspelling:reglement"],
            ],
            "nb",
        );
    });
    it("leaves the words themselves and real compounds of likely parts alone", () => {
        expectAll(
            [
                ["statistikk", "ok:word"],
                ["reglementet", "ok:word"],
                ["datafeil", "ok:word"],
                ["fotballtrener", "ok:word"],
                ["lysbildeframvisning", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a compound split with a short part, one edit from one of the most frequent words", () => {
    it("flags it with that word first", () => {
        expectAll(
            [
                ["opprasjon", "misspelling:operasjon"],
                // (a short head only the word lists have is a weak one: "hit|tils")
                ["hittils", "misspelling:hittil"],
                ["inntils", "misspelling:inntil"],
                ["fonskrift", "misspelling:forskrift"],
                ["ansakte", "misspelling:ansatte"],
            ],
            "nb",
        );
    });
    it("leaves the word itself and new compounds with a short part alone", () => {
        expectAll(
            [
                ["operasjonen", "ok:word"],
                ["tesetet", "ok:compound"],
                ["fotomodus", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a short head only the word lists have, seen in web text or not", () => {
    it("is a weak head: the compound loses to a common word one edit away", () => {
        // ("belt" is in web text as the English word; the Norwegian one is "belte")
        expectAll([["bilbelt", "misspelling:bilbelte"]], "nb");
    });
    it("leaves compounds with it alone when no common word is near", () => {
        expectAll(
            [
                ["redningsbelt", "ok:compound"],
                ["nettcafe", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a genitive -s on a compound of unlikely parts", () => {
    it("is judged by the split without the -s", () => {
        expectAll(
            [
                ["resturangs", "misspelling:restaurants"],
                ["bilbelts", "misspelling:bilbelte"],
            ],
            "nb",
        );
    });
    it("leaves the genitive of a compound of likely parts alone", () => {
        expectAll(
            [
                ["sikkerhetsbelts", "ok:compound"],
                ["dialogvinduets", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a compound with an accent on a part only the word lists spell so", () => {
    it("flags it with the listed word written plain", () => {
        expectAll([["kryssfinéren", "misspelling:kryssfineren"]], "nb");
    });
    it("leaves accents the analysers know, and compounds whose plain spelling no list has, alone", () => {
        expectAll(
            [
                ["nettkafé", "ok:compound"],
                ["kafébesøk", "ok:word"],
                ["eikefinér", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a compound that is a common word with two consonants swapped across a vowel", () => {
    it("flags it with that word", () => {
        expectAll(
            [
                ["biltelten", "misspelling:billetten"],
                ["konrefansens", "misspelling:konferansens"],
                ["kallukert", "misspelling:kalkulert"],
            ],
            "nb",
        );
    });
    it("leaves the words themselves and real compounds alone", () => {
        expectAll(
            [
                ["billetten", "ok:word"],
                ["fargetoner", "ok:word"],
                ["tekstobjektet", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a compound split with a short part, two of the cheapest edits from a common word", () => {
    it("flags it with that word, the ending as typed", () => {
        expectAll(
            [
                ["avspling", "misspelling:avspilling"],
                ["eteforskning", "misspelling:etterforskning"],
                ["evenylig", "misspelling:eventyrlig"],
            ],
            "nb",
        );
    });
    it("flags a compound with one rare part so too, whatever the word's frequency", () => {
        expectAll(
            [
                ["hyllpass", "misspelling:hylleplass"],
                ["uførtygd", "misspelling:uføretrygd"],
                ["slaktien", "misspelling:slaktingen"],
            ],
            "nb",
        );
    });
    it("leaves real compounds with a rare or short part alone", () => {
        expectAll(
            [
                ["undertekstfiler", "ok:compound"],
                ["nedtrekksmeny", "ok:compound"],
            ],
            "nb",
        );
        expectAll(
            [
                ["mellomtenarar", "ok:compound"],
                ["undermodulane", "ok:compound"],
            ],
            "nn",
        );
    });
    it("leaves a compound one edit from a common word (not a very frequent one) alone", () => {
        expectAll(
            [
                ["forvalgte", "ok:compound"],
                ["tesetet", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a compound that is a common word with one unstressed vowel for another", () => {
    it("flags it with that word in Nynorsk too, the ending as typed", () => {
        expectAll(
            [
                ["ferdigstelle", "misspelling:ferdigstille"],
                ["gjennomsnett", "misspelling:gjennomsnitt"],
            ],
            "nn",
        );
    });
    it("flags it with that word in Bokmål", () => {
        expectAll(
            [
                ["biologeske", "misspelling:biologiske"],
                ["diagrammine", "misspelling:diagrammene"],
                ["databrekke", "misspelling:databrikke"],
            ],
            "nb",
        );
    });
    it("leaves the first syllable's vowel, and Nynorsk -ar endings, alone", () => {
        // ("pres|fall" may be "prisfall", but "fram"/"frem": a stressed vowel is another word)
        expectAll([["presfall", "ok:compound"]], "nb");
        expectAll(
            [
                ["adressar", "ok:compound"],
                ["tidssonar", "ok:compound"],
                ["importerar", "ok:compound"],
            ],
            "nn",
        );
    });
});

describe("real typos: a compound that is a common word with a consonant voiced or unvoiced", () => {
    it("flags it in Nynorsk too, the ending as typed", () => {
        expectAll(
            [
                ["fakskole", "misspelling:fagskole"],
                ["fastleken", "misspelling:fastlegen"],
            ],
            "nn",
        );
    });
    it("flags it with that word", () => {
        expectAll(
            [
                ["forantrer", "misspelling:forandrer"],
                ["flaggstanken", "misspelling:flaggstangen"],
                ["dyrebark", "misspelling:dyrepark"],
            ],
            "nb",
        );
    });
    it("leaves a real compound a neighbour key from a common word alone", () => {
        expectAll(
            [
                ["fjellsko", "ok:compound"],
                ["fotleddet", "ok:compound"],
            ],
            "nb",
        );
    });
    it("leaves Nynorsk's d/t and -ar endings and real compounds alone", () => {
        expectAll(
            [
                ["forvalde", "ok:compound"],
                ["adressar", "ok:compound"],
            ],
            "nn",
        );
        expectAll(
            [
                ["tekstobjektet", "ok:compound"],
                ["dialogvinduet", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: a particle before a listed form, with no split of three-letter parts", () => {
    it("is judged as the particle and the form", () => {
        expectAll(
            [
                ["omstiling", "misspelling:omstilling"],
                ["utmykninger", "misspelling:utsmykninger"],
            ],
            "nb",
        );
    });
    it("leaves particle compounds with no likelier word near alone", () => {
        expectAll(
            [
                ["utlogget", "ok:compound"],
                ["avinstallert", "ok:compound"],
            ],
            "nb",
        );
    });
});

describe("real typos: only a compound of the other standard's parts, two cheap edits from a common word", () => {
    it("flags a Bokmål typo read as a Nynorsk compound", () => {
        expectAll(
            [
                ["ansenitet", "misspelling:ansiennitet"],
                ["seminirster", "misspelling:seminarister"],
            ],
            "nb",
        );
    });
    it("leaves listed forms of the other standard to the målform layer", () => {
        // a listed Nynorsk form in a Bokmål text passes the speller (the målform layer reports it)
        expectAll(
            [
                ["ikkje", "ok:other-variety"],
                ["kvifor", "ok:other-variety"],
            ],
            "nb",
        );
    });
});

describe("real typos: a form only the other standard's word list has, a letter doubled or undoubled from an analysed word", () => {
    it("flags it with that word, seen in web text or not", () => {
        expectAll([["penal", "misspelling:pennal"]], "nb");
    });
    it("leaves four-letter forms alone (too near too much)", () => {
        expectAll([["hukk", "ok:other-variety"]], "nn");
    });
});

describe("real typos: a rare listed form near a common word is no typo when it is a common word inflected", () => {
    it("leaves a common word with an ending or a verb's imperative alone", () => {
        expectAll(
            [
                ["spors", "ok:word"],
                ["utelatte", "ok:word"],
                ["avvis", "ok:word"],
            ],
            "nb",
        );
        expectAll(
            [
                ["skalet", "ok:word"],
                ["radene", "ok:word"],
                ["slepper", "ok:word"],
            ],
            "nn",
        );
    });
    it("still questions a rare form that is no inflection", () => {
        expectAll([["eler", "misspelling:eller"]], "nb");
    });
});

describe("real typos: a hyphenated name near a listed place of that shape", () => {
    it("questions it gently with the place as the fix", () => {
        expectAll(
            [
                ["Nord-Korrea", "possible-typo:Nord-Korea"],
                ["Sør-Afrikka", "possible-typo:Sør-Afrika"],
                ["Guinea-Bisau", "possible-typo:Guinea-Bissau"],
            ],
            "nb",
        );
    });
    it("leaves listed places alone", () => {
        expectAll(
            [
                ["Nord-Trøndelag", "ok:word"],
                ["Vest-Agder", "ok:word"],
            ],
            "nb",
        );
    });
});

describe("real typos: a name before a common noun, hyphenated, that the lists write closed", () => {
    it("flags it with the closed lower-case word, the name spelt the Norwegian way", () => {
        expectAll(
            [
                ["Dijon-sennep", "misspelling:dijonsennep"],
                ["Canada-gås", "misspelling:kanadagås"],
            ],
            "nb",
        );
    });
    it("leaves a word capitalised at the start of a sentence and compounds the lists lack alone", () => {
        expectAll(
            [
                ["Format-listen", "ok:compound"],
                ["Linux-systemet", "ok:compound"],
                ["Madeira-kake", "ok:compound"],
            ],
            "nb",
        );
    });
});
