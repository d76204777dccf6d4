import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DawgBuilder } from "./dawg";
import { F_COMMON, F_NB, F_NB_LEFT, F_NN, freqClass, F_FREQ_SHIFT } from "./flags";
import { deserializeDawg, serializeDawg } from "./format";
import { applyCase, caseShape, lexiconFromEntries } from "./lexicon";

const NB = F_NB;
const NN = F_NN;
const entries: [string, number][] = [
    ["hus", NB | NN | F_COMMON],
    ["huset", NB | NN],
    ["husene", NB],
    ["husa", NB | NN],
    ["ikke", NB],
    ["ikkje", NN],
    ["Oslo", NB | NN],
    ["arbeids", F_NB_LEFT],
    ["bruk", NB | (5 << F_FREQ_SHIFT)],
    ["a", NB | NN],
];

describe("DAWG and file format", () => {
    it("round-trips every entry through the binary format", () => {
        const lex = lexiconFromEntries(entries, true);
        const back = new Map(lex.entries());
        assert.deepEqual(back, new Map(entries));
        assert.equal(lex.header.words, entries.length);
    });

    it("shares suffixes: many words with common endings need few edges", () => {
        const b = new DawgBuilder();
        const words = ["bilen", "bilene", "båten", "båtene", "huset", "husene"].sort();
        for (const w of words) b.add(w, NB);
        const dawg = b.finish();
        assert.ok(dawg.edgeCount < words.join("").length, `${dawg.edgeCount} edges`);
        for (const w of words) assert.equal(dawg.flags(w), NB);
        assert.equal(dawg.flags("bile"), 0);
        assert.equal(dawg.flags("bilenee"), 0);
    });

    it("rejects unsorted input, bad flags and a damaged file", () => {
        const b = new DawgBuilder();
        b.add("b", NB);
        assert.throws(() => b.add("a", NB), /sorted/);
        assert.throws(() => new DawgBuilder().add("x", 0), /flags/);
        const good = new DawgBuilder();
        good.add("x", NB);
        const buf = serializeDawg(good.finish(), 1, {});
        assert.throws(() => deserializeDawg(Buffer.from("garbage garbage garbage")), /magic/);
        assert.throws(() => deserializeDawg(buf.subarray(0, buf.length - 2)), /truncated/);
    });
});

describe("Lexicon look-up", () => {
    const lex = lexiconFromEntries(entries);

    it("tells the written standard of a form", () => {
        assert.equal(lex.has("hus", "nb"), true);
        assert.equal(lex.has("husene", "nn"), false);
        assert.deepEqual(lex.varieties("ikkje"), { nb: false, nn: true });
        assert.deepEqual(lex.varieties("ikke"), { nb: true, nn: false });
        assert.deepEqual(lex.varieties("huset"), { nb: true, nn: true });
        assert.deepEqual(lex.varieties("xyz"), { nb: false, nn: false });
    });

    it("folds case the way a reader does", () => {
        assert.equal(lex.has("Huset", "nb"), true);
        assert.equal(lex.has("HUSET", "nb"), true);
        assert.equal(lex.has("OSLO", "nb"), true);
        assert.equal(lex.has("oslo", "nb"), false, "a name is not accepted in lower case");
        assert.equal(lex.has("hUSET", "nb"), false);
    });

    it("keeps compound-only parts out of the word lists", () => {
        assert.equal(lex.has("arbeids", "nb"), false);
        assert.equal(lex.formFlags("arbeids"), F_NB_LEFT);
        assert.equal(freqClass(lex.formFlags("bruk")), 5);
    });

    it("classifies and applies case shapes", () => {
        assert.equal(caseShape("hus"), "lower");
        assert.equal(caseShape("Hus"), "capitalized");
        assert.equal(caseShape("HUS"), "upper");
        assert.equal(caseShape("A"), "capitalized");
        assert.equal(caseShape("digiKam"), "mixed");
        assert.equal(caseShape("123"), "none");
        assert.equal(applyCase("være", "Vaere"), "Være");
        assert.equal(applyCase("være", "VAERE"), "VÆRE");
    });
});
