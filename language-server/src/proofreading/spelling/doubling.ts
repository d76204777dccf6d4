// Double consonants, the commonest error of Norwegian spelling: a writer who is unsure doubles
// the wrong letter or misses two doublings ("dilletant" for "dilettant", "komisær" for
// "kommissær"). One doubling wrong is an edit the suggestion search prices cheaply; two are
// dear enough that a typo of a long word is accepted as a compound of likely parts
// ("dille|tant", "komi|sær"). A word the lists have with the same letters, only other letters
// doubled, is the likelier reading: the letters as typed, the doubling unsure.
import type { Variety } from "../../protocol/writtenStandard";
import { F_LIST_ONLY, FORM } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";

const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;
/** Shorter words have real neighbours of other doubling ("tale"/"talle"); long ones few. */
const DOUBLING_MIN = 7;

/**
 * The listed word of `variety` (one an analyser knows, not a list-only form) that `lower` becomes
 * with exactly two of its consonants' doublings changed (a doubling moved, "dilletant", or two
 * missed, "komisær"; not two undone, not the first letter), or undefined. One change is the
 * suggestion search's cheap edit and is left to it.
 */
export function doublingShift(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    if (lower.length < DOUBLING_MIN) return undefined;
    // the places where a doubling may change: [index of a single consonant or of a doubled pair's first letter, doubled?]
    const places: [number, boolean][] = [];
    for (let i = 1; i < lower.length; i++) {
        if (!CONSONANT.test(lower[i])) continue;
        if (lower[i + 1] === lower[i]) {
            places.push([i, true]);
            i++;
        } else if (lower[i - 1] !== lower[i]) places.push([i, false]);
    }
    const want = FORM[variety];
    const change = (w: string, [i, doubled]: [number, boolean], shift: number): string =>
        doubled ? w.slice(0, i + shift) + w.slice(i + shift + 1) : w.slice(0, i + shift) + w[i + shift] + w.slice(i + shift);
    for (let a = 0; a < places.length; a++) {
        const once = change(lower, places[a], 0);
        const shift = places[a][1] ? -1 : 1;
        for (let b = a + 1; b < places.length; b++) {
            // two doublings undone make a shorter word of the seams ("film|menn" → "filmen", "tur|renn" → "turen")
            if (places[a][1] && places[b][1]) continue;
            const twice = change(once, places[b], shift);
            const f = lex.formFlags(twice);
            if (f & want && !(f & F_LIST_ONLY)) return twice;
        }
    }
    return undefined;
}
