// Is there a listed word one cheap edit away? The yes/no question behind "misspelling" (a
// warning with fixes) versus "unknown" (a hint), answered by walking the automaton with one edit
// to spend: no DP rows, no candidate strings, so it is cheap enough to ask for every unknown
// word of a document before its first diagnostics. The edits are those the suggestion search
// prices below 1: æ/ø/å typed as ae/oe/aa, o/a/e for ø/å/æ, a neighbour key, two letters
// swapped, a letter left out, a letter too many (see suggest.ts). Like the search it assumes
// the first letter is typed, swapped, fixed (o -> ø, a neighbour key) or left out.
import type { Variety } from "../../protocol/writtenStandard";
import { Dawg } from "../../lexicon/dawg";
import { FORM } from "../../lexicon/flags";
import { LOWER, UPPER } from "./caseTables";
import { DIGRAPH_CODES, SUB_TARGETS } from "./suggest";

/** Digraph first letter, second letter -> the letter it stands for ("ae" -> æ). */
const DIGRAPH_OF = new Map<number, number>([...DIGRAPH_CODES].map(([c, [a, b]]) => [a * 0x10000 + b, c]));

export function hasNearWord(dawg: Dawg, word: string, variety: Variety): boolean {
    const typed = word.toLowerCase();
    const n = typed.length;
    if (n === 0) return false;
    const t = new Uint16Array(n);
    for (let j = 0; j < n; j++) t[j] = typed.charCodeAt(j);
    const capitals = word !== typed;
    const form = FORM[variety];

    /** The node after letter c from `node`, case-insensitively when the writer used capitals. */
    const step = (node: number, c: number): number => {
        const lower = dawg.child(node, c);
        if (lower >= 0 || !capitals) return lower;
        const upper = UPPER[c];
        return upper !== c ? dawg.child(node, upper) : -1;
    };
    /** Does t[i..) lead from `node` to a form, with no edit? */
    const rest = (node: number, i: number): boolean => {
        for (let j = i; j < n && node >= 0; j++) node = step(node, t[j]);
        return node >= 0 && (dawg.finalFlags(node) & form) !== 0;
    };
    const { labels, targets } = dawg;

    // walk the typed word exactly; at each position try the one edit
    let node = dawg.root;
    for (let i = 0; i <= n && node >= 0; i++) {
        const c = i < n ? t[i] : -1;
        // a letter left out before t[i]: any (lower-case) letter, then the rest
        {
            for (let e = node - 1; node > 0; e++) {
                const unit = labels[e];
                if (unit < 0xe000 && (capitals || LOWER[unit] === unit)) {
                    const next = targets[e] & 0x7fffffff;
                    // the first letter left out: only when the typed first letter follows
                    if ((i > 0 || dawg.child(next, t[0]) >= 0) && rest(next, i)) return true;
                }
                if (targets[e] & 0x80000000) break;
            }
        }
        if (i === n) break;
        // a letter too many (typed t[i], not in the word)
        if (rest(node, i + 1)) return true;
        // t[i] for a letter it is often typed for (o for ø, a neighbour key)
        for (const x of SUB_TARGETS.get(c) ?? []) {
            const next = step(node, x);
            if (next >= 0 && rest(next, i + 1)) return true;
        }
        if (i + 1 < n) {
            // two letters swapped
            if (t[i + 1] !== c) {
                const a = step(node, t[i + 1]);
                const b = a >= 0 ? step(a, c) : -1;
                if (b >= 0 && rest(b, i + 2)) return true;
            }
            // æ/ø/å typed as two letters
            const dg = DIGRAPH_OF.get(c * 0x10000 + t[i + 1]);
            if (dg !== undefined) {
                const next = step(node, dg);
                if (next >= 0 && rest(next, i + 2)) return true;
            }
        }
        node = step(node, c);
    }
    return false;
}
