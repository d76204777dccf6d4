import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DawgBuilder } from "../../lexicon/dawg";
import { loadLexicon } from "../../lexicon/lexicon";
import { N_EN, N_EN_WORD, type NamesList } from "../../lexicon/namesList";
import { SpellChecker } from "./checker";
import { englishCoinage, englishTerm, englishWordNotSlip, misspeltEnglish, norwegianSpelling } from "./loanwords";

describe("norwegianSpelling", () => {
    it("writes c, cc, ch, x, z, w, ph, qu, iew as Norwegian does", () => {
        assert.equal(norwegianSpelling("avocado"), "avokado");
        assert.equal(norwegianSpelling("silicon"), "silikon");
        assert.equal(norwegianSpelling("accordeon"), "akkordeon");
        assert.equal(norwegianSpelling("anorexi"), "anoreksi");
        assert.equal(norwegianSpelling("kazakhstaner"), "kasakhstaner");
        assert.equal(norwegianSpelling("facsimile"), "faksimile");
        assert.equal(norwegianSpelling("interview"), "intervju");
    });
    it("gives nothing for a word with none of those letters", () => {
        assert.equal(norwegianSpelling("avokado"), undefined);
    });
});

function namesFrom(entries: [string, number][]): NamesList {
    const builder = new DawgBuilder();
    for (const [k, f] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) builder.add(k, f);
    return { dawg: builder.finish(), words: entries.length };
}

describe("misspeltEnglish", () => {
    const names = namesFrom([
        ["accordion", N_EN_WORD],
        ["focaccia", N_EN_WORD],
        ["deselect", N_EN_WORD],
        ["Focaccias", N_EN],
    ]);
    it("gives the English word one edit away: a letter left out, put in, replaced or two swapped", () => {
        assert.equal(misspeltEnglish("foccaccia", names), "focaccia");
        assert.equal(misspeltEnglish("focacia", names), undefined); // under 8 letters
        assert.equal(misspeltEnglish("accordeon", names), "accordion");
        assert.equal(misspeltEnglish("acocrdion", names), "accordion");
        assert.equal(misspeltEnglish("accordions", names), "accordion");
    });
    it("leaves an English word, a short word, a capitalised one and a far one alone", () => {
        assert.equal(misspeltEnglish("accordion", names), undefined);
        assert.equal(misspeltEnglish("dselect", names), undefined); // a command, 7 letters
        assert.equal(misspeltEnglish("Foccaccia", names), undefined);
        assert.equal(misspeltEnglish("fokkaksia", names), undefined);
        assert.equal(misspeltEnglish("foccaccia", null), undefined);
    });
    it("through the checker: a misspelt foreign word is flagged, its Norwegian spelling first when listed", () => {
        const sp = new SpellChecker(loadLexicon());
        const foccaccia = sp.checkWord("foccaccia", { language: "nb" });
        assert.equal(foccaccia.ok, false);
        if (!foccaccia.ok) assert.equal(foccaccia.suggestions[0], "focaccia");
        const accordeon = sp.checkWord("accordeon", { language: "nb" });
        assert.equal(accordeon.ok, false);
        if (!accordeon.ok) assert.equal(accordeon.suggestions[0], "akkordion");
        assert.deepEqual(sp.checkWord("cdrecord", { language: "nb" }), { ok: true, reason: "foreign" });
    });
});

describe("englishCoinage", () => {
    const names = namesFrom([
        ["extra", N_EN_WORD],
        ["gear", N_EN_WORD],
        ["trans", N_EN_WORD],
        ["code", N_EN_WORD],
        ["corona", N_EN_WORD],
        ["virus", N_EN_WORD],
        ["coronavirus", N_EN_WORD],
        ["silicon", N_EN_WORD],
        ["Gearbox", N_EN],
    ]);
    it("takes a word made of two or more English words, none of them English alone, for a coinage", () => {
        assert.equal(englishCoinage("extragear", names), true);
        assert.equal(englishCoinage("transcode", names), true);
        assert.equal(englishCoinage("extracodegear", names), true);
    });
    it("leaves an English word, a word with a part English lacks, a capitalised word and a short part alone", () => {
        assert.equal(englishCoinage("coronavirus", names), false);
        assert.equal(englishCoinage("siliconpupper", names), false);
        assert.equal(englishCoinage("gear", names), false);
        assert.equal(englishCoinage("Extragear", names), false);
        assert.equal(englishCoinage("extragearbox", names), false); // "Gearbox" is a name, "box" too short
        assert.equal(englishCoinage("extragear", null), false);
    });
    it("through the checker: a Norwegian spelling that is only a compound must be one the checker accepts, of no English coinage", () => {
        const sp = new SpellChecker(loadLexicon());
        // "nor|malise" is itself questioned (a slip of "normaliser"): "normalize" is the English word
        assert.equal(sp.checkWord("normalise", { language: "nb" }).ok, false);
        assert.deepEqual(sp.checkWord("normalize", { language: "nb" }), { ok: true, reason: "foreign" });
        assert.deepEqual(sp.checkWord("normalize", { language: "nn" }), { ok: true, reason: "foreign" });
        // programs' names, not "ekstra|gear" and "trans|kode" misspelt
        assert.deepEqual(sp.checkWord("extragear", { language: "nb" }), { ok: true, reason: "foreign" });
        assert.deepEqual(sp.checkWord("transcode", { language: "nn" }), { ok: true, reason: "foreign" });
        // an English word whose Norwegian spelling is a compound the checker accepts: that compound
        const corona = sp.checkWord("coronavirus", { language: "nb" });
        assert.equal(corona.ok, false);
        if (!corona.ok) assert.equal(corona.suggestions[0], "koronavirus");
        // a listed Norwegian spelling is asked as before
        const avocado = sp.checkWord("avocado", { language: "nb" });
        assert.equal(avocado.ok, false);
        if (!avocado.ok) assert.equal(avocado.suggestions[0], "avokado");
    });
});

describe("englishTerm", () => {
    const names = namesFrom([
        ["delete", N_EN_WORD],
        ["Dolphin", N_EN],
    ]);
    it("takes a capitalised English word inside a sentence for a term", () => {
        assert.equal(englishTerm("Delete", { language: "nb" }, names), true);
    });
    it("leaves one at a sentence's start, in lower case, in capitals, a capitalised name and an unknown word alone", () => {
        assert.equal(englishTerm("Delete", { language: "nb", sentenceStart: true }, names), false);
        assert.equal(englishTerm("delete", { language: "nb" }, names), false);
        assert.equal(englishTerm("DELETE", { language: "nb" }, names), false);
        assert.equal(englishTerm("Dolphin", { language: "nb" }, names), false);
        assert.equal(englishTerm("Delte", { language: "nb" }, names), false);
        assert.equal(englishTerm("Delete", { language: "nb" }, null), false);
    });
    it("through the checker: a key's name the lists know only as a compound is not questioned inside a sentence", () => {
        const sp = new SpellChecker(loadLexicon());
        // "Del|ete" is accepted as a compound; inside a sentence it is the key, not "Delte" misspelt
        assert.deepEqual(sp.checkWord("Delete", { language: "nb" }), { ok: true, reason: "compound" });
        assert.deepEqual(sp.checkWord("Delete", { language: "nn" }), { ok: true, reason: "compound" });
        // opening a sentence, the compound checks leave it alone too: an English word of SCOWL's
        // list is no slip of a Norwegian one (realTypoChecks.ts, 4ff3378)
        assert.deepEqual(sp.checkWord("Delete", { language: "nb", sentenceStart: true }), { ok: true, reason: "compound" });
        // in lower case an English word is a Norwegian word misspelt as before
        const parallel = sp.checkWord("parallel", { language: "nb" });
        assert.equal(parallel.ok, false);
        if (!parallel.ok) assert.equal(parallel.suggestions[0], "parallell");
    });
});

describe("englishWordNotSlip", () => {
    const names = namesFrom([
        ["statuses", N_EN_WORD],
        ["parallel", N_EN_WORD],
        ["stoper", N_EN_WORD],
        ["Billet", N_EN],
    ]);
    it("drops the question of a lower-case English word whose fix is more than a doubling", () => {
        assert.equal(englishWordNotSlip("statuses", "statusen", names), true);
    });
    it("keeps a doubling's question, a question with no fix, and one of a word English lacks or a capitalised one", () => {
        assert.equal(englishWordNotSlip("parallel", "parallell", names), false);
        assert.equal(englishWordNotSlip("parallel", "Parallell", names), false);
        assert.equal(englishWordNotSlip("statuses", undefined, names), false);
        assert.equal(englishWordNotSlip("stoper", "støper", names), false);
        assert.equal(englishWordNotSlip("stoper", "stopper", names), false);
        assert.equal(englishWordNotSlip("stoper", "stover", names), true);
        assert.equal(englishWordNotSlip("statuser", "statusen", names), false);
        assert.equal(englishWordNotSlip("billet", "billett", names), false);
        assert.equal(englishWordNotSlip("Statuses", "Statusen", names), false);
        assert.equal(englishWordNotSlip("statuses", "statusen", null), false);
    });
    it("through the checker: 'statuses' is the English word, 'parallel' still 'parallell' misspelt", () => {
        const sp = new SpellChecker(loadLexicon());
        assert.equal(sp.accept("statuses", { language: "nn" }), "compound");
        assert.deepEqual(sp.checkWord("statuses", { language: "nn" }), { ok: true, reason: "compound" });
        const parallel = sp.checkWord("parallel", { language: "nn" });
        assert.equal(parallel.ok, false);
        if (!parallel.ok) assert.equal(parallel.suggestions[0], "parallell");
    });
});
