// The subtree mask (which parts of the automaton hold a kind of key) and the search it prunes:
// the bits must match a full walk, and a pruned search must find every key of the kind the
// unpruned one finds, no more and no fewer.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TERMINATOR_BASE } from "../../lexicon/dawg";
import { F_COMMON, F_NB, F_NN } from "../../lexicon/flags";
import { lexiconFromEntries } from "../../lexicon/lexicon";
import { search } from "./suggest";
import { SubtreeMask } from "./subtreeMask";

const WORDS: [string, number][] = [
    ["statistikk", F_NB | F_COMMON],
    ["statist", F_NB],
    ["stasjon", F_NB | F_NN | F_COMMON],
    ["stasjonen", F_NN],
    ["statue", F_NB],
    ["reglement", F_NB | F_COMMON],
    ["regel", F_NN | F_COMMON],
    ["regn", F_NB],
    ["sti", F_NN],
];
const lex = lexiconFromEntries(WORDS);
const dawg = lex.dawg;
/** Bit 1: a common Bokmål word; bit 2: a common Nynorsk word. */
const kinds = (f: number): number => (f & F_COMMON ? (f & F_NB ? 1 : 0) | (f & F_NN ? 2 : 0) : 0);

/** The bits of every key at `node` or below it, by walking. */
function walked(node: number): number {
    let bits = 0;
    const { labels } = dawg;
    for (let e = node - 1; ; e++) {
        const l = labels[e];
        if (l >= TERMINATOR_BASE) bits |= kinds(l - TERMINATOR_BASE);
        else bits |= walked(dawg.child(node, l));
        if (dawg.targets[e] & 0x80000000) return bits;
    }
}

/** Every node reachable from the root. */
function nodes(node = dawg.root, out = new Set<number>()): Set<number> {
    out.add(node);
    dawg.forEachChild(node, (_u, t) => {
        if (!out.has(t)) nodes(t, out);
    });
    return out;
}

describe("SubtreeMask", () => {
    it("marks a node with the kinds of every key at it or below it, asked in any order", () => {
        const all = [...nodes()];
        assert.ok(all.length > 20);
        // (the root first: the pass runs to the end at once; then from a fresh mask, the nodes backwards)
        for (const order of [all, [...all].reverse()]) {
            const mask = new SubtreeMask(dawg, kinds);
            for (const n of order)
                for (const bit of [1, 2]) assert.equal(mask.has(n, bit), (walked(n) & bit) !== 0, `node ${n} bit ${bit}`);
        }
    });
    it("leaves the sink and missing nodes unmarked", () => {
        const mask = new SubtreeMask(dawg, kinds);
        assert.equal(mask.has(0, 1), false);
        assert.equal(mask.has(-1, 3), false);
    });
    it("prunes a search to the same keys of the kind, within the same costs", () => {
        const mask = new SubtreeMask(dawg, kinds);
        for (const [typed, bit, variety] of [
            ["statestikk", 1, "nb"],
            ["stasjonn", 2, "nn"],
            ["reglemang", 1, "nb"],
            ["regl", 2, "nn"],
        ] as const) {
            const keep = (m: Map<string, { cost: number; flags: number }>): [string, number][] =>
                [...m]
                    .filter(([, f]) => kinds(f.flags) & bit)
                    .map(([w, f]): [string, number] => [w, f.cost])
                    .sort();
            const full = keep(search(dawg, typed, variety, 1.7, false));
            const pruned = keep(search(dawg, typed, variety, 1.7, false, false, dawg.root, false, false, { mask, bit }));
            assert.ok(full.length > 0, typed);
            assert.deepEqual(pruned, full, typed);
        }
    });
});
