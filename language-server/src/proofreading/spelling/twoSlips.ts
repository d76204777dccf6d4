// Two slips of the pen of the cheapest kinds, searched along the typed word: a letter left out
// (twice: "metrolog" for "meteorolog"), a doubling missed or made, an unstressed vowel or a voiced
// consonant for another ("oppservant"). The suggestion search (suggest.ts) finds these too, but
// it prices every edit and walks every prefix within the budget; this walk follows the typed
// letters and branches only where a slip may be, which is what a question asked of many
// ordinary compounds can afford (plausibility.ts).
import type { Dawg } from "../../lexicon/dawg";
import { LOWER } from "./caseTables";
import type { SubtreeMask } from "./subtreeMask";

/** The kinds of slip and what each costs (as in suggest.ts: a letter left out 0.65, a doubling 0.5, a vowel 0.75, voicing 0.8). */
const LEFT_OUT = 0.65;
const DOUBLING = 0.5;
const VOWEL = 0.75;
const VOICING = 0.8;

/** Unstressed vowels speech does not tell apart, and voiced for voiceless consonants and back. */
const ALIKE: Record<string, string> = { e: "ia", i: "e", a: "e", b: "p", p: "b", d: "t", t: "d", g: "k", k: "g" };
/** The letters of ALIKE that are vowels (the others are consonants, voiced or not). */
const VOWEL_LETTERS = "aei";

/**
 * Every word of the automaton (from `from`, which the walk has reached; `typed` is what follows)
 * that is exactly two slips and at most `maxCost` from `typed`, with its cost and flags, for which
 * `keep(flags)` holds (with `only`, in the subtrees its mask marks with its bit: a filter cheaper
 * done first). `typed` is lower case; the words are the automaton's letters after `from`.
 */
export function twoSlips(
    dawg: Dawg,
    typed: string,
    from: number,
    maxCost: number,
    keep: (flags: number) => boolean,
    only?: { mask: SubtreeMask; bit: number },
): Map<string, { cost: number; flags: number }> {
    const out = new Map<string, { cost: number; flags: number }>();
    const n = typed.length;
    const letters: number[] = [];
    const walk = (node: number, i: number, slips: number, cost: number): void => {
        if (node < 0 || cost > maxCost) return;
        if (i === n && slips === 2) {
            const f = dawg.finalFlags(node);
            const w = f && keep(f) ? String.fromCharCode(...letters) : "";
            // (two slips that undo each other give the typed word back)
            if (w && w !== typed) {
                const had = out.get(w);
                if (!had || cost < had.cost) out.set(w, { cost, flags: f });
            }
        }
        // the typed letter as typed
        if (i < n) step(node, typed.charCodeAt(i), i + 1, slips, cost);
        if (slips === 2) return;
        // a letter the writer left out (the same letter again: a doubling missed)
        dawg.forEachChild(node, (unit) => {
            // (lower-case letters only: a capital inside a word is no letter left out)
            if (LOWER[unit] !== unit) return;
            const doubled = letters.length > 0 && unit === letters[letters.length - 1];
            step(node, unit, i, slips + 1, cost + (doubled ? DOUBLING : LEFT_OUT));
        });
        if (i >= n) return;
        // a letter typed twice that the word has once
        if (i > 0 && typed[i] === typed[i - 1]) walk(node, i + 1, slips + 1, cost + DOUBLING);
        // a vowel or a voiced consonant for another
        const alike = ALIKE[typed[i]];
        if (alike) {
            const c = VOWEL_LETTERS.includes(typed[i]) ? VOWEL : VOICING;
            for (const a of alike) step(node, a.charCodeAt(0), i + 1, slips + 1, cost + c);
        }
    };
    const step = (node: number, unit: number, i: number, slips: number, cost: number): void => {
        const next = dawg.child(node, unit);
        if (next < 0 || cost > maxCost || (only !== undefined && !only.mask.has(next, only.bit))) return;
        letters.push(unit);
        walk(next, i, slips, cost);
        letters.pop();
    };
    walk(from, 0, 0, 0);
    return out;
}
