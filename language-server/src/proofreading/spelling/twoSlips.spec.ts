// The walk for two slips of the cheapest kinds (twoSlips.ts): it must find a word two such slips
// away with their cost, and nothing one slip or another kind of edit away.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { F_COMMON, F_NB } from "../../lexicon/flags";
import { lexiconFromEntries } from "../../lexicon/lexicon";
import { twoSlips } from "./twoSlips";

const lex = lexiconFromEntries([
    ["meteorolog", F_NB | F_COMMON],
    ["metrolog", F_NB],
    ["avspilling", F_NB | F_COMMON],
    ["observant", F_NB],
    ["kalender", F_NB | F_COMMON],
]);
const dawg = lex.dawg;

function found(typed: string, maxCost = 1.3): [string, number][] {
    return [...twoSlips(dawg, typed, dawg.root, maxCost, () => true)]
        .map(([w, { cost }]): [string, number] => [w, +cost.toFixed(2)])
        .sort();
}

describe("twoSlips", () => {
    it("finds two letters left out", () => {
        assert.deepEqual(found("metrolog"), [["meteorolog", 1.3]]);
    });
    it("finds a doubling missed and a letter left out", () => {
        assert.deepEqual(found("avspling"), [["avspilling", 1.15]]);
    });
    it("finds a voiced consonant and a letter typed twice", () => {
        assert.deepEqual(found("oppservant"), [["observant", 1.3]]);
    });
    it("finds nothing one slip away, nor past the budget", () => {
        assert.deepEqual(found("kalener"), []);
        assert.deepEqual(found("metrolog", 1.2), []);
    });
    it("keeps only the words `keep` accepts", () => {
        assert.equal(twoSlips(dawg, "metrolog", dawg.root, 1.3, (f) => (f & F_COMMON) === 0).size, 0);
    });
});
