// Cheap one-edit variants of a word, most likely first: the errors that turn a word into another
// word of the lists (or into a compound the lists allow) and so slip past a plain look-up.
// Used by the checker to question such words; generating and looking up ~100 strings is faster
// than a search of the automaton.

import { Dawg, LAST_EDGE, TERMINATOR_BASE } from "../../lexicon/dawg";
import { LOWER } from "./caseTables";

const VOWEL_FIX: Record<string, string[]> = { o: ["ø"], a: ["å", "æ"], e: ["æ"] };
const DIGRAPH: [string, string][] = [
    ["ae", "æ"],
    ["oe", "ø"],
    ["aa", "å"],
];
const LETTERS = "abcdefghijklmnopqrstuvwxyzæøå";

/**
 * The first variant of `lower` (lower case) that `accept` takes, trying in order: æ/ø/å typed as
 * ae/oe/aa, o/a/e for ø/å/æ, a doubled letter made single or a single one doubled, with `swaps`
 * two letters swapped, with `inserts` a letter that was left out (inside the word). Nothing is
 * doubled, undoubled or swapped at the `boundaries` (start indexes of compound parts).
 * Deleting letters is not tried: it turns too many right compounds into listed words
 * ("tekstobjektet" → "testobjektet").
 */
export function cheapNeighbour(
    lower: string,
    accept: (candidate: string) => boolean,
    swaps: boolean,
    inserts: boolean,
    boundaries: readonly number[] = [],
): string | undefined {
    const n = lower.length;
    // no doubling, undoubling or swap across the seam of a compound ("måle|eining")
    const seam = (i: number): boolean => boundaries.includes(i);
    const restored = lettersRestored(lower, accept);
    if (restored) return restored;
    for (let i = 1; i < n; i++) {
        if (seam(i)) continue;
        if (lower[i] === lower[i - 1]) {
            const c = lower.slice(0, i) + lower.slice(i + 1);
            if (accept(c)) return c;
        } else if (!(i + 1 < n && lower[i + 1] === lower[i])) {
            const c = lower.slice(0, i) + lower[i] + lower.slice(i);
            if (accept(c)) return c;
        }
    }
    if (swaps) {
        const c = swapNeighbour(lower, accept, boundaries);
        if (c) return c;
    }
    if (!inserts) return undefined;
    for (let i = 1; i < n; i++) {
        for (const l of LETTERS) {
            const c = lower.slice(0, i) + l + lower.slice(i);
            if (accept(c)) return c;
        }
    }
    return undefined;
}

/** The first variant of `lower` with one letter doubled or a doubled one made single (not the first letter) that `accept` takes. */
export function doubledOrSingle(lower: string, accept: (candidate: string) => boolean): string | undefined {
    for (let i = 1; i < lower.length; i++) {
        const c = lower[i] === lower[i - 1] ? lower.slice(0, i) + lower.slice(i + 1) : lower.slice(0, i) + lower[i] + lower.slice(i);
        if (!TRIPLE.test(c) && accept(c)) return c;
    }
    return undefined;
}

const TRIPLE = /(.)\1\1/;

/** The first variant of `lower` with two neighbouring letters swapped (not across the `boundaries`) that `accept` takes. */
export function swapNeighbour(
    lower: string,
    accept: (candidate: string) => boolean,
    boundaries: readonly number[] = [],
): string | undefined {
    for (let i = 0; i + 1 < lower.length; i++) {
        if (lower[i] === lower[i + 1] || boundaries.includes(i + 1)) continue;
        const c = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
        if (accept(c)) return c;
    }
    return undefined;
}

/** The first variant of `lower` with one æ/ø/å put back where it was typed ae/oe/aa that `accept` takes. */
export function digraphRestored(lower: string, accept: (candidate: string) => boolean): string | undefined {
    for (const [from, to] of DIGRAPH) {
        for (let i = lower.indexOf(from); i >= 0; i = lower.indexOf(from, i + 1)) {
            const c = lower.slice(0, i) + to + lower.slice(i + 2);
            if (accept(c)) return c;
        }
    }
    return undefined;
}

/**
 * The first variant of `lower` with one æ/ø/å put back (typed ae/oe/aa, or o/a/e) that `accept`
 * takes. Without `vowelsToAe`, an a or e is not read as æ: unlike o for ø and a for å (a keyboard
 * without them) that is seldom what was meant ("mottakerene" is no "mottakærene").
 */
export function lettersRestored(lower: string, accept: (candidate: string) => boolean, vowelsToAe = true): string | undefined {
    const restored = digraphRestored(lower, accept);
    if (restored) return restored;
    for (let i = 0; i < lower.length; i++) {
        for (const to of VOWEL_FIX[lower[i]] ?? []) {
            if (to === "æ" && !vowelsToAe) continue;
            const c = lower.slice(0, i) + to + lower.slice(i + 1);
            if (accept(c)) return c;
        }
    }
    return undefined;
}

/**
 * `lower` with one letter put back inside it (not first, not last) that makes a form whose flags
 * have a bit of `mask` (with `all`, every bit) ("innholet" -> "innholdet"). Walks the automaton instead of building
 * 29 × length strings.
 */
export function insertNeighbour(dawg: Dawg, lower: string, mask: number, all = false): string | undefined {
    const { labels, targets } = dawg;
    let node = dawg.root;
    for (let i = 1; i < lower.length && node > 0; i++) {
        node = dawg.child(node, lower.charCodeAt(i - 1));
        if (node <= 0) return undefined;
        for (let e = node - 1; ; e++) {
            const unit = labels[e];
            if (unit < TERMINATOR_BASE && LOWER[unit] === unit) {
                const f = dawg.finalFlags(dawg.walk(lower, i, lower.length, targets[e] & ~LAST_EDGE));
                if (all ? (f & mask) === mask : f & mask) return lower.slice(0, i) + String.fromCharCode(unit) + lower.slice(i);
            }
            if (targets[e] & LAST_EDGE) break;
        }
    }
    return undefined;
}
