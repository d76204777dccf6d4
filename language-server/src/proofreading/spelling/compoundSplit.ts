// Compound splitting over the lexicon's automaton: may a word be cut into parts the lexicon
// allows at those places (F_*_LEFT, then F_*_RIGHT for the last), and which cut would a reader
// take (the fewest parts). Parts are three letters or more.
import type { Variety } from "../../protocol/writtenStandard";
import { FORM, LEFT, RIGHT } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";

export const MIN_PART = 3;
/** Two-letter particles that begin compounds of verbs and their nouns ("pålogget", "avlogging"). */
export const PARTICLES = new Set(["på", "av", "ut", "om"]);

/**
 * Is `lower` a particle before a listed form of `v` that may end a compound ("på|logget"); with
 * `anyForm`, before any listed form ("om|skaleres": the lists mark few passives as heads)?
 */
export function particleSplit(lex: Lexicon, lower: string, v: Variety, anyForm = false): boolean {
    if (lower.length < 6 || !PARTICLES.has(lower.slice(0, 2))) return false;
    const f = lex.lookupFlags(lower.slice(2));
    return (f & FORM[v]) !== 0 && (anyForm || (f & RIGHT[v]) !== 0);
}

/**
 * Does `lower` split into compound parts of variety `v` (each of 3 letters or more)? Stops at
 * the first split it finds; `fewestParts` gives the one a reader would take.
 */
export function splitsIntoParts(lex: Lexicon, lower: string, v: Variety): boolean {
    const n = lower.length;
    const dead = new Uint8Array(n + 1); // no split starts here
    const dawg = lex.dawg;
    const left = LEFT[v];
    const right = RIGHT[v];
    const from = (start: number): boolean => {
        if (dead[start]) return false;
        let node = dawg.root;
        for (let i = start; i < n - MIN_PART; i++) {
            node = dawg.child(node, lower.charCodeAt(i));
            if (node < 0) break;
            if (i + 1 - start < MIN_PART || !(dawg.finalFlags(node) & left)) continue;
            if (dawg.flags(lower, i + 1) & right) return true;
            if (from(i + 1)) return true;
        }
        dead[start] = 1;
        return false;
    };
    return from(0);
}

/**
 * The split of `lower` into the fewest compound parts of variety `v` (on a tie, the shortest
 * first part), or undefined.
 */
export function fewestCompoundParts(lex: Lexicon, lower: string, v: Variety): string[] | undefined {
    const n = lower.length;
    const dawg = lex.dawg;
    const left = LEFT[v];
    const right = RIGHT[v];
    // count[i]: fewest parts for lower[i..] (255: none); next[i]: where the first of them ends
    const count = new Uint8Array(n + 1).fill(255);
    const next = new Uint16Array(n + 1);
    for (let i = n - MIN_PART; i >= 0; i--) {
        if (i > 0 && dawg.flags(lower, i) & right) {
            count[i] = 1;
            next[i] = n;
        }
        let node = dawg.root;
        for (let j = i; j < n - MIN_PART; j++) {
            node = dawg.child(node, lower.charCodeAt(j));
            if (node < 0) break;
            if (j + 1 - i < MIN_PART || !(dawg.finalFlags(node) & left) || count[j + 1] === 255) continue;
            if (count[j + 1] + 1 < count[i]) {
                count[i] = count[j + 1] + 1;
                next[i] = j + 1;
            }
        }
    }
    if (count[0] === 255 || count[0] < 2) return undefined;
    const parts: string[] = [];
    for (let i = 0; i < n; i = next[i]) parts.push(lower.slice(i, next[i]));
    return parts;
}
