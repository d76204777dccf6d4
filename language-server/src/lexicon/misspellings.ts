// Known misspellings: forms the sources accept on purpose although they are wrong. Apertium's
// analysers read common misspellings so that they can translate them ("orginal" is analysed as
// the lemma "original", with "orginalen", "orginaler" … after it). The build keeps such a form
// out of the standard's forms and stores its correction in the same automaton, as the key
// `form + SEPARATOR + correction` (flags F_MISSPELLING), so one file and one look-up serve both.
import { F_MISSPELLING } from "./flags";
import type { Lexicon } from "./lexicon";

/** Between a misspelling and its correction in a key; no word contains it. */
export const MISSPELLING_SEPARATOR = "\u0001";

/** The key that stores `correction` for `misspelling` (both lower case). */
export function misspellingKey(misspelling: string, correction: string): string {
    return misspelling + MISSPELLING_SEPARATOR + correction;
}

/** The correction of a known misspelling (lower case in, lower case out), or undefined. */
export function misspellingCorrection(lex: Lexicon, lower: string): string | undefined {
    const dawg = lex.dawg;
    let node = dawg.walk(lower + MISSPELLING_SEPARATOR);
    if (node < 0) return undefined;
    // the first (smallest) correction: follow the first letter edge until a key ends
    let out = "";
    for (let guard = 0; guard < 80; guard++) {
        if (dawg.finalFlags(node) & F_MISSPELLING) return out || undefined;
        let next = -1;
        let unit = 0;
        dawg.forEachChild(node, (u, target) => {
            if (next < 0) {
                next = target;
                unit = u;
            }
        });
        if (next < 0) return undefined;
        out += String.fromCharCode(unit);
        node = next;
    }
    return undefined;
}
