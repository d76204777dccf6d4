// The prior of a compound split, from the lexicon's own flags: a part seen in web text
// (F_COMMON) or heading many listed compounds (productivity class) is a likely part; a rare
// part, a three-letter part or a third part make the split unlikely. Used to question a typo
// read as a compound (plausibility.ts) and to rank compound suggestions below listed words.
import { F_COMMON, freqClass } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";

/** Productivity class from which a part is a likely one even unseen in web text. */
const PRODUCTIVE = 4;

/**
 * How unlikely the split is (0: every part a likely one): +1 for each rare part (not in web
 * text, few compounds end in it; a modifier with a linking -s- or -e- counts as its stem:
 * "arbeids" as "arbeid"), +0.5 for a part of three letters, +0.5 for each part past two.
 */
export function splitUnlikeliness(lex: Lexicon, parts: readonly string[]): number {
    let u = Math.max(0, parts.length - 2) * 0.5;
    for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (!likelyPart(lex, p) && !(i < parts.length - 1 && /[se]$/.test(p) && likelyPart(lex, p.slice(0, -1)))) u += 1;
        if (p.length <= 3) u += 0.5;
    }
    return u;
}

function likelyPart(lex: Lexicon, part: string): boolean {
    return likelyPartFlags(lex.formFlags(part));
}

/** Is a part with these flags a likely one (seen in web text, or heading many compounds)? */
export function likelyPartFlags(f: number): boolean {
    return (f & F_COMMON) !== 0 || freqClass(f) >= PRODUCTIVE;
}
