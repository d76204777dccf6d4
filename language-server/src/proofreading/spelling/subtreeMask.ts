// Which subtrees of the lexicon's automaton hold a key of some kind (a common word of a standard,
// a frequent one): a search for such words only (plausibility.ts's two-edit search) skips every
// subtree that holds none, most of the automaton. One pass over the edges makes the bits: a
// node's edges come after the nodes they lead to (the builder writes a node once its children are
// done), so a pass in edge order finds every target done. The pass goes only as far as a question
// needs (a search from one first letter asks for that letter's node), and on from there later.
import type { Dawg } from "../../lexicon/dawg";
import { LAST_EDGE, MAX_FLAGS, TERMINATOR_BASE } from "../../lexicon/dawg";

const TARGET_MASK = 0x7fffffff;

export class SubtreeMask {
    /** Per node (the index + 1 of its first edge): the kinds of key at it or below it, one bit each. */
    private readonly bits: Uint8Array;
    /** The pass's next edge, the first edge of the node it is in (every node up to it is done), that node's bits so far. */
    private next = 0;
    private nodeStart = 0;
    private any = 0;

    /** Per flags value, the bits of a key with those flags: a table look-up in the pass, no call. */
    private readonly kindsOf = new Uint8Array(MAX_FLAGS + 1);

    /** `kinds(flags)`: the bits of a key with these flags (at most 8). */
    constructor(
        private readonly dawg: Dawg,
        kinds: (flags: number) => number,
    ) {
        this.bits = new Uint8Array(dawg.labels.length + 1);
        for (let f = 0; f <= MAX_FLAGS; f++) this.kindsOf[f] = kinds(f);
    }

    /** Do `node` and the keys below it include one of the kinds in `bit`? */
    has(node: number, bit: number): boolean {
        if (node <= 0) return false;
        if (node > this.nodeStart) this.passTo(node);
        return (this.bits[node] & bit) !== 0;
    }

    /** Goes on with the pass until `node`'s edges are done. */
    private passTo(node: number): void {
        const { labels, targets } = this.dawg;
        const { bits, kindsOf } = this;
        const end = labels.length;
        let any = this.any;
        let start = this.nodeStart;
        let e = this.next;
        for (; e < end; e++) {
            const l = labels[e];
            const t = targets[e];
            any |= l >= TERMINATOR_BASE ? kindsOf[l - TERMINATOR_BASE] : bits[t & TARGET_MASK];
            if (t & LAST_EDGE) {
                bits[start + 1] = any;
                any = 0;
                start = e + 1;
                // (node n's edges begin at n - 1: its last edge done, it is known)
                if (start >= node) {
                    e++;
                    break;
                }
            }
        }
        this.next = e;
        this.nodeStart = start;
        this.any = any;
    }
}

const masks = new WeakMap<Dawg, Map<(flags: number) => number, SubtreeMask>>();

/** The one mask of `kinds` for `dawg` (made on first use, kept while the automaton lives). */
export function subtreeMask(dawg: Dawg, kinds: (flags: number) => number): SubtreeMask {
    let byKinds = masks.get(dawg);
    if (!byKinds) masks.set(dawg, (byKinds = new Map()));
    let m = byKinds.get(kinds);
    if (!m) byKinds.set(kinds, (m = new SubtreeMask(dawg, kinds)));
    return m;
}
