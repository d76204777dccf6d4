import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { F_COMMON, F_FREQ_SHIFT, F_LIST_ONLY, F_NB, F_NB_LEFT, F_NB_RIGHT, F_NN, F_NN_LEFT, F_NN_RIGHT } from "../../lexicon/flags";
import { lexiconFromEntries } from "../../lexicon/lexicon";
import { SpellChecker } from "./checker";
import { hasNearWord } from "./near";
import { cheapNeighbour } from "./variants";

const NB = F_NB;
const NN = F_NN;
const C = F_COMMON;
const R = F_NB_RIGHT | F_NN_RIGHT;
const L = F_NB_LEFT | F_NN_LEFT;
const freq = (n: number): number => n << F_FREQ_SHIFT;

// A tiny hand-made lexicon: the checker's rules do not depend on the size of the real one.
const lex = lexiconFromEntries([
    ["være", NB | C],
    ["vere", NN | C],
    ["er", NB | NN | C],
    ["høyre", NB | NN | C | R | L],
    ["klikk", NB | NN | C | R | L],
    ["dialog", NB | NN | C | L | R],
    ["vindu", NB | C | F_NB_RIGHT],
    ["vinduet", NB | C | F_NB_RIGHT],
    ["vindauge", NN | C | F_NN_RIGHT],
    ["vindauget", NN | C | F_NN_RIGHT],
    ["arbeid", NB | NN | C | R],
    ["arbeids", F_NB_LEFT | F_NN_LEFT],
    ["miljø", NB | NN | C | R],
    ["miljøet", NB | NN | C | R],
    ["skål", NB | NN | C | R],
    ["skal", NB | NN | C],
    ["først", NB | NN | C],
    ["eller", NB | NN | C],
    ["eler", NB], // a rare listed form next to a common one
    ["bruk", NB | NN | C | R | freq(6)],
    ["bark", NB | NN | R | freq(1)],
    ["bork", NB | NN | R],
    ["full", NB | NN | C | L],
    ["føring", NB | NN | C | R],
    ["foring", NB | NN | R],
    ["fullføring", NB | NN | C],
    ["trykk", NB | NN | C | L | R],
    ["kjer", NN | R],
    ["ikke", NB | C],
    ["ikkje", NN | C],
    ["Oslo", NB | NN | C],
    ["fil", NB | NN | C | L | R],
    ["fila", NB | NN | C | R],
    ["post", NB | NN | C | R],
    ["e", NB | NN | L],
    ["utfora", NB],
    ["utføra", NN],
    ["forming", NB],
    ["formming", NN],
    ["format", NB | F_NB_LEFT],
    ["tet", NB | F_NB_RIGHT],
    ["formatet", NB | NN],
    ["sist", NB | NN | C],
    ["forst", NB | NN | C | F_LIST_ONLY], // an archaic word only the word lists have, seen in web text
    ["hore", NB | NN | C], // a real word Apertium knows: left alone though "høre" is near
    ["høre", NB | NN | C],
    ["sst", NB | NN | C], // a letter run from an abbreviation ("s.st.")
    ["data", NB | NN | C | L | R],
    ["efil", NB | NN | R],
    ["datafeil", NB | NN],
    ["kanal", NB | NN | C | R],
    ["kanalen", NB | NN | C | R],
    ["tekstur", NB | NN | C | L | R | freq(2)],
    ["monsteret", NB | NN | R], // a few compounds end in it
    ["mønsteret", NB | NN | C | R | freq(6)], // hundreds do
    ["oppføring", NB | NN | C | R],
    ["opp", NN | F_NN_LEFT],
    ["førig", NN | F_NN_RIGHT], // a Nynorsk compound part only
    ["lys", NB | NN | C | L | R],
    ["lysbilde", NB | NN | C | L | R],
    ["bilde", NB | NN | C | L | R],
    ["over", NB | NN | C | L | R],
    ["overgang", NB | NN | C | L | R],
    ["bidlene", NN | F_NN_RIGHT], // a Nynorsk-only compound part
    ["lysbildene", NB | NN], // not seen in web text: no near common word makes "lysbidlene" a typo
]);
const speller = new SpellChecker(lex);
const nb = { language: "nb" as const };
const nn = { language: "nn" as const };

describe("SpellChecker.checkWord", () => {
    it("accepts listed forms and forms of the other standard (the målform layer's call)", () => {
        assert.deepEqual(speller.checkWord("være", nb), { ok: true, reason: "word" });
        assert.deepEqual(speller.checkWord("ikkje", nb), { ok: true, reason: "other-variety" });
    });

    it("accepts compounds of allowed parts, with a linking -s-, and rejects others", () => {
        assert.deepEqual(speller.checkWord("dialogvinduet", nb), { ok: true, reason: "compound" });
        assert.deepEqual(speller.checkWord("dialogvindauget", nn), { ok: true, reason: "compound" });
        assert.deepEqual(speller.checkWord("arbeidsmiljøet", nb), { ok: true, reason: "compound" });
        assert.deepEqual(speller.checkWord("høyreklikk", nb), { ok: true, reason: "compound" });
        assert.equal(speller.checkWord("arbeidmiljøet", nb).ok, false, "arbeid- is not a compound form");
        assert.equal(speller.checkWord("dialogvindauget", nb).ok, true, "an nn compound in nb text is the målform layer's");
        assert.equal(speller.isCompound("dialogvi", "nb"), false, "a last part of fewer than 3 letters");
    });

    it("questions a compound that is one cheap edit from a listed word, and triple letters", () => {
        const r = speller.checkWord("fullforing", nb);
        assert.equal(r.ok, false);
        assert.equal(!r.ok && r.suggestions[0], "fullføring");
        const t = speller.checkWord("trykkkjer", nn);
        assert.equal(t.ok, false);
    });

    it("questions a form of the other standard that is this one's with æ, ø or å typed without them", () => {
        const r = speller.checkWord("utfora", nn);
        assert.equal(r.ok, false);
        assert.equal(!r.ok && r.suggestions[0], "utføra");
        assert.deepEqual(speller.checkWord("utfora", nb), { ok: true, reason: "word" });
        // only æ/ø/å: a doubled letter away is still the målform layer's ("ikke" is not "ikkje")
        assert.deepEqual(speller.checkWord("forming", nn), { ok: true, reason: "other-variety" });
        // not listed there either, only a compound of the other standard's parts: a doubled letter too
        const c = speller.checkWord("formattet", nn);
        assert.equal(!c.ok && c.suggestions[0], "formatet");
        const s = speller.checkWord("lysbidlene", nb);
        assert.equal(!s.ok && s.suggestions[0], "lysbildene", "two letters swapped");
    });

    it("questions a rare listed form next to a common one", () => {
        const r = speller.checkWord("eler", nb);
        assert.equal(r.ok, false);
        assert.equal(!r.ok && r.suggestions[0], "eller");
    });

    it("takes a capitalised verb stem for an imperative opening a sentence, not for a typo", () => {
        const verbs = new SpellChecker(
            lexiconFromEntries([
                ["skaler", NB],
                ["skalere", NB],
                ["skåler", NB | C],
            ]),
        );
        assert.deepEqual(verbs.checkWord("Skaler", { language: "nb", sentenceStart: true }), { ok: true, reason: "word" });
        const r = verbs.checkWord("skaler", nb);
        assert.equal(!r.ok && r.suggestions[0], "skåler", "lower case, it is still questioned");
    });

    it("questions a form only the word lists have when a common word is one æ/ø/å away", () => {
        const r = speller.checkWord("forst", nb);
        assert.equal(!r.ok && r.suggestions[0], "først");
        assert.deepEqual(speller.checkWord("hore", nb), { ok: true, reason: "word" });
        assert.deepEqual(speller.checkWord("Forst", nb), { ok: true, reason: "word" }, "inside a sentence a capital may be a name");
    });

    it("questions a listed letter run with no vowel, unless it is a known abbreviation", () => {
        const r = speller.checkWord("sst", nn);
        assert.equal(!r.ok && r.suggestions[0], "sist");
        assert.equal(speller.checkWord("dvs", nb).ok, false, "no abbreviation without its period (not listed)");
        assert.deepEqual(speller.checkWord("dvs", { language: "nb", abbreviation: true }), { ok: true, reason: "abbreviation" });
    });

    it("questions a compound whose seam hides two swapped letters of a listed word", () => {
        assert.deepEqual(speller.isCompound("dataefil", "nb"), true);
        const r = speller.checkWord("dataefil", nb);
        assert.equal(!r.ok && r.suggestions[0], "datafeil");
    });

    it("puts back an æ, ø or å that makes a compound's part far more productive", () => {
        const r = speller.checkWord("teksturmonsteret", nb);
        assert.equal(!r.ok && r.suggestions[0], "teksturmønsteret");
        assert.deepEqual(speller.checkWord("teksturmønsteret", nb), { ok: true, reason: "compound" });
    });

    it("takes a word that is only a compound of the other standard's parts, one typo from a common word of this one, for a typo", () => {
        assert.equal(speller.accept("oppførig", nb), "other-variety");
        const r = speller.checkWord("oppførig", nb);
        assert.equal(!r.ok && r.suggestions[0], "oppføring");
    });

    it("suggests a compound one cheap edit away when the search finds nothing", () => {
        const r = speller.checkWord("lysbildeoverganng", nb);
        assert.equal(!r.ok && r.suggestions[0], "lysbildeovergang");
        assert.equal(speller.compoundNeighbour("Lysbildeovergnag", "nb"), "Lysbildeovergang");
    });

    it("splits a compound into the fewest parts", () => {
        assert.deepEqual(speller.fewestParts("lysbildeovergang", "nb"), ["lysbilde", "overgang"]);
        assert.equal(speller.fewestParts("overgang", "nb"), undefined, "a listed word is no compound");
    });

    it("reads a word with a soft hyphen or a zero-width space as the word without it", () => {
        assert.deepEqual(speller.checkWord("dialog\u00advinduet", nb), { ok: true, reason: "compound" });
        assert.deepEqual(speller.checkWord("kana\u200blen", nb), { ok: true, reason: "word" });
        const r = speller.checkWord("vin\u00addeu", nb);
        assert.equal(!r.ok && r.suggestions[0], "vindu");
        assert.deepEqual(speller.checkWord("\u00ad", nb), { ok: true, reason: "not-a-word" });
    });

    it("takes one letter over and over for a placeholder, not a word", () => {
        assert.deepEqual(speller.checkWord("yyyy", nb), { ok: true, reason: "not-a-word" });
        assert.deepEqual(speller.checkWord("XXX", nb), { ok: true, reason: "not-a-word" });
        assert.equal(speller.checkWord("yyyø", nb).ok, false);
    });

    it("leaves names, acronyms, digits, single letters and mixed case alone", () => {
        assert.deepEqual(speller.checkWord("Evolution", nb), { ok: true, reason: "name" });
        assert.deepEqual(speller.checkWord("PDF", nb), { ok: true, reason: "acronym" });
        assert.deepEqual(speller.checkWord("MP3", nb), { ok: true, reason: "digits" });
        assert.deepEqual(speller.checkWord("x", nb), { ok: true, reason: "single-letter" });
        assert.deepEqual(speller.checkWord("digiKam", nb), { ok: true, reason: "name" });
        // at the start of a sentence a capital says nothing: a near word makes it a typo ...
        const r = speller.checkWord("Vaere", { language: "nb", sentenceStart: true });
        assert.equal(!r.ok && r.suggestions[0], "Være");
        // ... and nothing near makes it a name
        assert.deepEqual(speller.checkWord("Evolution", { language: "nb", sentenceStart: true }), { ok: true, reason: "name" });
    });

    it("accepts a genitive -s, known abbreviations before a period, and words in capitals", () => {
        assert.deepEqual(speller.checkWord("miljøets", nb), { ok: true, reason: "word" });
        assert.deepEqual(speller.checkWord("dialogvinduets", nb), { ok: true, reason: "compound" });
        assert.deepEqual(speller.checkWord("f.eks", { language: "nb", abbreviation: true }), { ok: true, reason: "abbreviation" });
        assert.deepEqual(speller.checkWord("F.eks", { language: "nb", sentenceStart: true }), { ok: true, reason: "abbreviation" });
        assert.equal(speller.checkWord("osv", nb).ok, false, "without the period it is no abbreviation");
        assert.deepEqual(speller.checkWord("'være'", nb), { ok: true, reason: "word" });
        assert.deepEqual(speller.checkWord("KPPP", nb), { ok: true, reason: "acronym" });
        assert.deepEqual(speller.checkWord("VLOOKUP", nb), { ok: true, reason: "acronym" });
        assert.deepEqual(speller.checkWord("VÆRE", nb), { ok: true, reason: "word" });
    });

    it("leaves an unknown word with nothing near and a loanword letter (c, q, w, x, z) alone", () => {
        assert.deepEqual(speller.checkWord("cdrecord", nb), { ok: true, reason: "foreign" });
        assert.deepEqual(speller.checkWord("qwzrtx", nb), { ok: true, reason: "foreign" });
        const near = speller.checkWord("vincu", nb);
        assert.equal(!near.ok && near.problem, "misspelling", "a typo of a listed word is still one");
    });

    it("checks the parts of hyphenated words", () => {
        assert.equal(speller.checkWord("PDF-fila", nb).ok, true);
        assert.equal(speller.checkWord("PDF-en", nb).ok, true);
        assert.equal(speller.checkWord("e-post", nb).ok, true);
        assert.equal(speller.checkWord("PDF-fliaa", nb).ok, false);
    });

    it("reports an unknown word with nothing near as 'unknown', a near one as 'misspelling'", () => {
        const u = speller.checkWord("bjøtrupf", nb);
        assert.equal(!u.ok && u.problem, "unknown");
        const m = speller.checkWord("vindeu", nb);
        assert.equal(!m.ok && m.problem, "misspelling");
    });
});

describe("SpellChecker: compounds with a part web text lacks", () => {
    const small = new SpellChecker(
        lexiconFromEntries([
            ["bilet", NN | L | R | freq(5)],
            ["bilde", NB | C | L | R | freq(5)],
            ["fil", NB | NN | C | L | R | freq(7)],
            ["feil", NB | NN | C | L | R | freq(7)],
            ["biletfeil", NN],
            ["innhold", NB | C | L | R | freq(6)],
            ["innholdet", NB | C | R],
            ["inn", NB | C | L | freq(3)],
            ["holet", NB | R],
        ]),
    );
    it("takes a productive part for a real one, seen in web text or not", () => {
        assert.deepEqual(small.checkWord("biletfil", nn), { ok: true, reason: "compound" });
    });
    it("questions a compound with a rare, unproductive part", () => {
        const r = small.checkWord("innholet", nb);
        assert.equal(!r.ok && r.suggestions[0], "innholdet");
    });
});

describe("SpellChecker: a two-letter particle before a word", () => {
    const small = new SpellChecker(
        lexiconFromEntries([
            ["logget", NB | R],
            ["doping", NB | R],
            ["omdøping", NB],
            ["tale", NB | NN | C | L | R],
        ]),
    );
    it("takes på, av, ut, om before a word that may end a compound for a compound", () => {
        assert.deepEqual(small.checkWord("pålogget", nb), { ok: true, reason: "compound" });
        assert.deepEqual(small.checkWord("avlogget", nb), { ok: true, reason: "compound" });
        assert.equal(small.checkWord("pålogget", nn).ok, false, "a Bokmål form only");
        assert.equal(small.checkWord("eslogget", nb).ok, false, "no particle");
    });
    it("not when an ø put back makes a listed word", () => {
        const r = small.checkWord("omdoping", nb);
        assert.equal(!r.ok && r.suggestions[0], "omdøping");
    });
});

describe("SpellChecker: æ/ø/å typed without them", () => {
    const small = new SpellChecker(
        lexiconFromEntries([
            ["nøkkel", NB | C | L | freq(5)],
            ["avtale", NB | C | L | R | freq(7)],
            ["nokke", NB | L],
            ["lav", NB | C | L | R | freq(3)],
            ["tale", NB | C | L | R | freq(7)],
            ["mottaker", NB | C | L | freq(5)],
            ["mottakær", NB | L],
            ["ene", NB | R | freq(7)],
            ["prøver", NB | NN | C],
            ["prover", NB],
            ["provar", NN],
            ["råden", NB | NN],
            ["imaginær", NB | C], // an adjective Apertium does not mark as a compound's beginning
            ["del", NB | C | R],
            ["web", NB | L],
            ["området", NB | C | R],
            ["bruk", NB | NN | C | L | R],
            ["årar", NN | R],
            ["brukarar", NN | C],
            ["møte", NB | C | L | R | freq(7)],
            ["mote", NB | C | L | R | freq(4)],
            ["bør", NB | C | freq(7)],
            ["bor", NB | C | freq(6)],
        ]),
    );
    it("questions a word with an o where an ø makes a far more frequent one, gently", () => {
        const r = small.checkWord("mote", nb);
        assert.equal(!r.ok && r.problem, "possible-typo");
        assert.equal(!r.ok && r.suggestions[0], "møte");
        assert.deepEqual(small.checkWord("bor", nb), { ok: true, reason: "word" }, "bør is not far more frequent");
        assert.deepEqual(small.checkWord("Mote", nb), { ok: true, reason: "word" }, "capitalised: a name or a sentence's start");
    });
    it("puts æ/ø/å typed as ae/oe/aa back first, in a compound of two listed words too", () => {
        const r = small.checkWord("imaginaerdel", nb);
        assert.equal(!r.ok && r.suggestions[0], "imaginærdel");
        // two edits from any listed word, and with a loanword letter: still no foreign word
        const w = small.checkWord("webomraadet", nb);
        assert.equal(!w.ok && w.problem, "misspelling");
        assert.equal(!w.ok && w.suggestions[0], "webområdet");
        // "aa" may be a doubled a: a listed word without it comes before a compound with å
        const b = small.checkWord("brukaarar", nn);
        assert.equal(!b.ok && b.suggestions[0], "brukarar");
    });
    it("questions a compound that an ø put back splits into fewer parts", () => {
        const r = small.checkWord("nokkelavtale", nb);
        assert.equal(!r.ok && r.problem, "misspelling");
        assert.equal(!r.ok && r.suggestions[0], "nøkkelavtale");
        assert.deepEqual(small.checkWord("nokkeavtale", nb), { ok: true, reason: "compound" }, "no ø makes it shorter");
        assert.deepEqual(small.checkWord("mottakerene", nb), { ok: true, reason: "compound" }, "an e is not read as æ");
    });
    it("gives the common form with the letter put back", () => {
        assert.equal(small.commonRestored("prover", "nn"), "prøver");
        assert.equal(small.commonRestored("Prover", "nn"), "Prøver");
        assert.equal(small.commonRestored("raden", "nn"), undefined, "råden is not common");
        assert.equal(small.commonRestored("provar", "nn"), undefined);
    });
});

describe("SpellChecker.commonNeighbours", () => {
    const small = new SpellChecker(
        lexiconFromEntries([
            ["eller", NB | NN | C | freq(7)],
            ["elar", NN],
            ["eler", NB],
            ["sist", NB | NN | C | freq(5)],
            ["sitt", NB | NN | C | freq(7)],
            ["sikt", NB | NN | C | freq(2)],
            ["ist", NB | NN | C | freq(7)],
            ["sit", NN | C],
            ["et", NB | C | freq(7)],
            ["elt", NN | C | freq(6)],
            ["ert", NN | C | freq(6)],
        ]),
    );
    it("gives the most frequent common words one typo away, other than those already suggested", () => {
        assert.deepEqual(small.commonNeighbours("eler", "nn"), ["eller"]);
        assert.deepEqual(small.commonNeighbours("Eler", "nn"), ["Eller"]);
        assert.deepEqual(small.commonNeighbours("sit", "nb", [], 1), ["sitt"]);
        assert.deepEqual(small.commonNeighbours("sit", "nb"), ["sitt", "sist"]);
        assert.deepEqual(small.commonNeighbours("sit", "nb", ["sitt", "sist"]), [], "sikt is not frequent enough");
    });
    it("keeps the first letter, and gives a frequent word one at most", () => {
        assert.deepEqual(small.commonNeighbours("sit", "nb", ["sitt"], 3), ["sist"], "«ist» swaps the first letter away");
        assert.equal(small.commonNeighbours("et", "nn", [], 3).length, 1);
    });
});

describe("suggest", () => {
    it("restores æ, ø and å typed as ae, oe/o and aa, first", () => {
        assert.equal(speller.suggest("vaere", "nb")[0], "være");
        assert.equal(speller.suggest("hoyre", "nb")[0], "høyre");
        assert.equal(speller.suggest("hoeyre", "nb")[0], "høyre");
        assert.equal(speller.suggest("skaal", "nb")[0], "skål");
        assert.equal(speller.suggest("forst", "nb")[0], "først");
    });

    it("ranks by error type and frequency", () => {
        // a letter left out: the common, productive word first
        assert.deepEqual(speller.suggest("brk", "nb").slice(0, 3), ["bruk", "bark", "bork"]);
        // swapped letters, doubled letters
        assert.equal(speller.suggest("vnidu", "nb")[0], "vindu");
        assert.equal(speller.suggest("ellller", "nb")[0], "eller");
        assert.equal(speller.suggest("klik", "nb")[0], "klikk");
    });

    it("keeps the first letter the writer typed before a more frequent word that changes it", () => {
        const small = new SpellChecker(
            lexiconFromEntries([
                ["lagra", NB | C | freq(6)],
                ["angra", NB | freq(1)],
            ]),
        );
        assert.deepEqual(small.suggest("agra", "nb"), ["angra", "lagra"]);
        // o for ø is a missing key, not a changed first letter
        const oe = new SpellChecker(
            lexiconFromEntries([
                ["ønske", NB | C | freq(6)],
                ["onnske", NB | C | freq(6)],
            ]),
        );
        assert.deepEqual(oe.suggest("onske", "nb"), ["ønske", "onnske"]);
    });

    it("suggests only forms of the asked standard, in the writer's case, at most five", () => {
        assert.equal(speller.suggest("ikkke", "nb")[0], "ikke");
        assert.equal(speller.suggest("ikkke", "nn")[0], "ikkje");
        assert.equal(speller.suggest("Vaere", "nb")[0], "Være");
        assert.equal(speller.suggest("VAERE", "nb")[0], "VÆRE");
        assert.equal(speller.suggest("oslo", "nb")[0], "Oslo");
        assert.ok(speller.suggest("e", "nb").length <= 5);
    });

    it("corrects inside a compound", () => {
        assert.equal(speller.suggest("dialogvindeut", "nb")[0], "dialogvinduet");
    });
});

describe("hasNearWord", () => {
    it("finds a listed word one cheap edit away, and nothing further", () => {
        for (const w of ["klik", "hoyre", "hoeyre", "vnidu", "vinduu", "vindu", "skaal", "ellr", "Vaere"]) {
            assert.equal(hasNearWord(lex.dawg, w, "nb"), w !== "vindu", w);
        }
        assert.equal(hasNearWord(lex.dawg, "qwzrtx", "nb"), false);
        assert.equal(hasNearWord(lex.dawg, "xyzvindu", "nb"), false);
        assert.equal(hasNearWord(lex.dawg, "vindauge", "nb"), false, "an nn form is not near in nb");
        assert.equal(hasNearWord(lex.dawg, "vindaugee", "nn"), true);
    });
});

describe("cheapNeighbour", () => {
    it("tries æøå, doubling, swaps and left-out letters", () => {
        const has = (set: string[]) => (w: string) => set.includes(w);
        assert.equal(cheapNeighbour("svaert", has(["svært"]), false, false), "svært");
        assert.equal(cheapNeighbour("fire", has(["firre"]), false, false), "firre");
        assert.equal(cheapNeighbour("ovre", has(["over"]), true, false), "over");
        assert.equal(cheapNeighbour("ovre", has(["over"]), false, false), undefined);
        assert.equal(cheapNeighbour("innholet", has(["innholdet"]), false, true), "innholdet");
    });
});
