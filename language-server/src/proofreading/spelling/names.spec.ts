// The near-name question (names.ts) and its search (nameSearch.ts): on small made-up lists, each
// rule alone; then on the compiled lexicon and names list (.cache/lexicon: scripts/lexicon/build.sh
// builds both), a few real names that must be questioned and real ones that must not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DawgBuilder } from "../../lexicon/dawg";
import { F_COMMON, F_NB, F_NN } from "../../lexicon/flags";
import { lexiconFromEntries, loadLexicon } from "../../lexicon/lexicon";
import {
    loadNames,
    N_EN,
    N_EN_WORD,
    N_LEX_NB,
    N_NB,
    N_PERSON,
    N_PLACE,
    N_VARIANT,
    type NamesList,
    variantKey,
    variantNames,
} from "../../lexicon/namesList";
import { nearHyphenatedName, nearName, placeSpelledWithMarks } from "./names";
import { searchNames } from "./nameSearch";

function namesFrom(entries: [string, number][]): NamesList {
    const builder = new DawgBuilder();
    for (const [k, f] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) builder.add(k, f);
    return { dawg: builder.finish(), words: entries.length };
}

const lex = lexiconFromEntries([
    ["Colosseum", F_NB | F_NN | F_COMMON],
    ["Delhi", F_NB | F_NN | F_COMMON],
    ["hus", F_NB | F_NN],
]);
const names = namesFrom([
    ["Colosseum", N_LEX_NB | N_PLACE | N_NB],
    ["Delhi", N_LEX_NB | N_PLACE | N_NB],
    ["Cincinnati", N_PLACE | N_NB | N_EN],
    ["Punxsutawney", N_EN],
    ["Asperger", N_EN],
    ["Bergstrøm", N_PERSON | N_NB],
    ["Brugge", N_PLACE | N_NB],
    ["Dehli", N_PERSON | N_NB],
    ["Delphi", N_PLACE | N_NB],
    ["Sjtokman", N_PLACE | N_NB],
    ["dolphin", N_EN_WORD],
    ["Delphin", N_PLACE | N_NB],
    [variantKey("Lesjofors", "Lesjöfors"), N_VARIANT | N_PLACE | N_NB],
]);
const near = (word: string): string | undefined => nearName(lex, word, "nb", false, names);

describe("nameSearch: how names are misspelt", () => {
    const cost = (typed: string, name: string): number | undefined => {
        const list = namesFrom([[name, 1]]);
        const hit = searchNames(list.dawg, list.dawg.walk(typed[0]), typed[0], typed.slice(1).toLowerCase(), 3)[0];
        return hit && Math.round(hit.cost * 100) / 100;
    };
    it("makes a doubled letter typed single, an accent left out and a silent h cheap, another letter dear", () => {
        assert.equal(cost("Cincinati", "Cincinnati"), 0.3);
        assert.equal(cost("Juvederm", "Juvéderm"), 0.2);
        assert.equal(cost("Auschwitz", "Auscwitz"), 0.4);
        assert.equal(cost("Schwartzenegger", "Schwarzenegger"), 0.4);
        assert.equal(cost("Shtokman", "Sjtokman"), 0.3);
        assert.equal(cost("Colosxeum", "Colosseum"), 1);
    });
    it("makes a mark the name has not, or ö for ø, dearer than one left out", () => {
        assert.equal(cost("Bergström", "Bergstrøm"), 0.5);
        assert.equal(cost("Péter", "Peter"), 0.5);
        assert.ok(cost("Peter", "Péter")! < cost("Péter", "Peter")!);
    });
    it("keeps the first letter and finds nothing over the budget", () => {
        const list = namesFrom([["Colosseum", 1]]);
        assert.deepEqual(searchNames(list.dawg, list.dawg.walk("K"), "K", "olosseum", 3), []);
        assert.deepEqual(searchNames(list.dawg, list.dawg.walk("C"), "C", "xyxyxyxyx", 1.5), []);
    });
});

describe("nearName with a names list", () => {
    it("questions a word near a name only the names list has", () => {
        assert.equal(near("Cincinatti"), "Cincinnati");
        assert.equal(near("Punxsatawney"), "Punxsutawney");
        assert.equal(near("Colloceum"), "Colosseum");
        assert.equal(near("Shtokman"), "Sjtokman");
    });
    it("leaves a place the Norwegian analysers know, and a capitalised English word, alone", () => {
        assert.equal(near("Delphi"), undefined);
        assert.equal(near("Dolphin"), undefined);
        // a surname they know may still be a listed place mistyped
        assert.equal(near("Dehli"), "Delhi");
    });
    it("offers no English-only name for a word with a letter English lacks, nor another language's mark", () => {
        assert.equal(near("Aspørger"), undefined);
        assert.equal(near("Bergström"), undefined);
        // a place: the norm writes "Brugge"
        assert.equal(near("Brügge"), "Brugge");
    });
    it("gives the name a variant spelling stands for", () => {
        assert.deepEqual(variantNames(names, "Lesjofors"), ["Lesjöfors"]);
        assert.equal(near("Lesjofors"), "Lesjöfors");
    });
    it("questions a genitive of a near name, not that of a known one", () => {
        assert.equal(near("Asbergers"), "Aspergers");
        assert.equal(near("Aspergers"), undefined);
        assert.equal(near("Cincinnatis"), undefined);
    });
    it("without a names list asks the lexicon alone", () => {
        assert.equal(nearName(lex, "Cincinatti", "nb", false, null), undefined);
        assert.equal(nearName(lex, "Colloseum", "nb", false, null), "Colosseum");
    });
});

describe("nearName on the compiled lexicon and names list", () => {
    const real = loadLexicon();
    const realNames = loadNames();
    it("is built (scripts/lexicon/names.sh)", () => assert.ok(realNames && realNames.words > 100_000));
    const ask = (word: string): string | undefined => nearName(real, word, "nb", false, realNames);
    it("questions misspelt names the lexicon lacks", () => {
        assert.equal(ask("Cincinatti"), "Cincinnati");
        assert.equal(ask("Würtemberg"), "Württemberg");
        assert.equal(ask("Habakukk"), "Habakkuk");
        assert.equal(ask("Schwartzenegger"), "Schwarzenegger");
    });
    it("leaves real names alone", () => {
        for (const w of ["Cincinnati", "Württemberg", "Brugge", "Trondheim", "Bergström", "Sebastian", "Dolphin", "Layer", "Debians"])
            assert.equal(ask(w), undefined, w);
    });
});

describe("placeSpelledWithMarks: a listed name the norm writes with marks", () => {
    const listed = lexiconFromEntries([
        ["Malmø", F_NB | F_NN],
        ["Nurnberg", F_NB],
        ["Moçambique", F_NB],
        ["Oppegard", F_NB],
        ["Bergen", F_NB],
    ]);
    const places = namesFrom([
        ["Malmö", N_PLACE | N_NB],
        ["Nürnberg", N_PLACE | N_NB],
        ["Mocambique", N_PLACE | N_NB],
        ["Oppegård", N_PLACE | N_NB],
        ["Bergen", N_PLACE | N_NB],
        ["Bërgen", N_PERSON | N_NB],
    ]);
    const ask = (w: string): string | undefined => placeSpelledWithMarks(listed, w, places);
    it("gives the place with the marks the lists' spelling lacks", () => {
        assert.equal(ask("Malmø"), "Malmö");
        assert.equal(ask("Nurnberg"), "Nürnberg");
    });
    it("keeps a mark the word has, an a for å, and a name the analysers know", () => {
        assert.equal(ask("Moçambique"), undefined);
        assert.equal(ask("Oppegard"), undefined);
        assert.equal(ask("Bergen"), undefined);
    });
    it("on the compiled lists", () => {
        const real = loadLexicon();
        assert.equal(placeSpelledWithMarks(real, "Malmø"), "Malmö");
        assert.equal(placeSpelledWithMarks(real, "Dusseldorf"), "Düsseldorf");
        for (const w of ["Trondheim", "Göteborg", "Gøteborg", "Tromsø", "Moçambique"])
            assert.equal(placeSpelledWithMarks(real, w), undefined, w);
    });
});

describe("nearName without the names list: the lexicon's names", () => {
    const listed = lexiconFromEntries([
        ["Sidneys", F_NB | F_NN],
        ["Basic'", F_NB | F_NN],
        ["Mississippi", F_NB | F_NN | F_COMMON],
    ]);
    it("finds a listed name one edit away", () => {
        assert.equal(nearName(listed, "Misisippi", "nb", false, null), "Mississippi");
    });
    it("does not take a name's own genitive for the name it misspells", () => {
        assert.equal(nearName(listed, "Sidney", "nb", false, null), undefined);
        assert.equal(nearName(listed, "Basic", "nb", false, null), undefined);
    });
});

describe("nearName: an English name that is a Norwegian place spelt the English way", () => {
    const places = namesFrom([
        ["Caucasus", N_EN],
        ["Kaukasus", N_PLACE | N_NB],
        ["Cuba", N_EN],
        ["Kuba", N_PLACE | N_NB],
    ]);
    it("gives the place with c, z, x, ph, w written the Norwegian way", () => {
        assert.equal(nearName(lex, "Caucasus", "nb", false, places), "Kaukasus");
    });
    it('leaves short English names alone (people\'s as often: "Stacy" is no "Stasi")', () => {
        assert.equal(nearName(lex, "Cuba", "nb", false, places), undefined);
    });
    it("on the compiled lists: a letter put in or replaced too, but no demonym", () => {
        const real = loadLexicon();
        assert.equal(nearName(real, "Caucasus", "nb"), "Kaukasus");
        assert.equal(nearName(real, "Scotland", "nb"), "Skottland");
        assert.equal(nearName(real, "Kazakstan", "nb"), "Kasakhstan");
        for (const w of ["Brazilian", "Micronesian", "Chechnya"]) assert.equal(nearName(real, w, "nb"), undefined, w);
    });
});

describe("nearHyphenatedName: a name of capitalised parts joined by hyphens", () => {
    it("gives the known name of that shape near it, on the compiled lists", () => {
        const real = loadLexicon();
        assert.equal(nearHyphenatedName(real, "Bosnia-Herzegovina", "nb"), "Bosnia-Hercegovina");
        assert.equal(nearHyphenatedName(real, "Nord-Trønderlag", "nb"), "Nord-Trøndelag");
        for (const w of ["Nord-Trøndelag", "Bosnia-Hercegovina", "Sør-Afrika", "Nord-Norge", "Fiat-Chrysler", "Oslo-Bergen"])
            assert.equal(nearHyphenatedName(real, w, "nb"), undefined, w);
    });
});
