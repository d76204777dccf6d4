// Forms only the word lists have that are a common word with one letter left out or put in: the
// lists carry misspellings as entries ("håndtverker", "inneforstått"); a form no analyser knows
// and not seen in web text, one such slip from a word that is both, is that word mistyped more
// often than the rare word meant. The checker questions it gently (questions.ts: information, for
// the lists also hold real rare compounds so near a common word, "hundeår" beside "hundreår",
// about half of the 964 Bokmål forms this asks of). So is such a form a doubling or an æ/ø/å from
// a word an analyser knows, rare or not (listOnlyCheapSlip), or an -ig adjective written -elig
// (listOnlyEligForIg), or a compound the norm writes with a hyphen written closed
// (listOnlyClosedPhrase). likelyTypo.ts has the
// cheaper edits (æ/ø/å, doubled letters) and plausibility.ts's listOnlySlip the slips of forms
// that do not split into likely parts.
import type { Variety } from "../../protocol/writtenStandard";
import { analysedWith, F_COMMON, F_LIST_ONLY, FORM } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";
import { cheapNeighbour } from "./variants";

/** From this length (shorter rare words have too many common ones a letter away). */
const RARE_SLIP_MIN = 7;
const LETTERS = "abcdefghijklmnopqrstuvwxyzæøå";
const VOWEL = /[aeiouyæøå]/;

/** Is `lower` a form of `variety` only the word lists have, and not seen in web text? */
function unseenListOnly(lex: Lexicon, lower: string, variety: Variety): boolean {
    return (lex.formFlags(lower) & (FORM[variety] | F_LIST_ONLY | F_COMMON)) === (FORM[variety] | F_LIST_ONLY);
}

/** Is `c` a form of `variety` an analyser knows (not only the word lists)? */
function analysedForm(lex: Lexicon, c: string, variety: Variety): boolean {
    return analysedWith(lex.formFlags(c), FORM[variety]);
}

/**
 * The common word (F_COMMON, of `variety`, an analyser knows it) that the list-only `lower` (no
 * F_COMMON) becomes with a letter put in, or a letter taken out that is a vowel or a consonant
 * between consonants ("håndtverker" → "håndverker"; not "ikonisert" → "ionisert"), inside the
 * word (the first letter and the last two kept: another ending is another inflection), or
 * undefined. Bokmål only: F_COMMON comes from Bokmål web text, and a Nynorsk form missing from
 * it says nothing (46 false alarms in the clean Nynorsk text when asked there; 30 in Bokmål when
 * forms an analyser knows were asked too: "kontoene", "statuser", "oppløsing").
 */
export function listOnlyLetterSlip(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    if (variety !== "nb" || lower.length < RARE_SLIP_MIN || !/^\p{Ll}+$/u.test(lower)) return undefined;
    if (!unseenListOnly(lex, lower, variety)) return undefined;
    const want = FORM[variety] | F_COMMON;
    const common = (c: string): boolean => analysedWith(lex.formFlags(c), want);
    const n = lower.length;
    for (let i = 1; i < n - 2; i++) {
        const l = lower[i];
        const extra = VOWEL.test(l) || (!VOWEL.test(lower[i - 1]) && !VOWEL.test(lower[i + 1]));
        const c = lower.slice(0, i) + lower.slice(i + 1);
        if (extra && common(c)) return c;
    }
    for (let i = 1; i < n - 1; i++) {
        for (const l of LETTERS) {
            const c = lower.slice(0, i) + l + lower.slice(i);
            if (common(c)) return c;
        }
    }
    return undefined;
}

/**
 * The form an analyser knows (of `variety`, seen in web text or not) that the list-only,
 * unseen `lower` becomes with one cheap edit: æ/ø/å typed as ae/oe/aa or a/o/e, a doubled letter
 * made single or a single one doubled ("rokkering" → "rokering"), or undefined. likelyTypo asks
 * this of common targets only; an entry neither analyser nor web text knows, a doubling from a
 * word Apertium has, is that word mistyped however rare it is. Bokmål only (in Nynorsk the lists
 * hold real doubling variants Apertium lacks: "utbytingane" beside "utbyttingane").
 */
export function listOnlyCheapSlip(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    if (variety !== "nb" || lower.length < RARE_SLIP_MIN || !/^\p{Ll}+$/u.test(lower)) return undefined;
    if (!unseenListOnly(lex, lower, variety)) return undefined;
    return cheapNeighbour(lower, (c) => analysedForm(lex, c, variety), false, false);
}

/**
 * The form an analyser knows that the list-only, unseen Bokmål `lower` becomes with the "el" of
 * an "-elig" taken out ("ømtålelig" → "ømtålig", "gjennomsiktelig" → "gjennomsiktig"): an
 * adjective in -ig written as one in -elig, which the lists carry as entries, or undefined. Not
 * when an analyser knows the "-elig" adjective itself: its own inflections are only listed
 * ("fatteligere" of "fattelig", understandable, is no "fattigere").
 */
export function listOnlyEligForIg(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    if (variety !== "nb") return undefined;
    const i = lower.lastIndexOf("elig");
    if (i < 3) return undefined;
    if (!unseenListOnly(lex, lower, variety) || analysedForm(lex, lower.slice(0, i + 4), variety)) return undefined;
    const c = lower.slice(0, i) + lower.slice(i + 2);
    return analysedForm(lex, c, variety) ? c : undefined;
}

/** From this length a list-only form is looked up with hyphens (shorter ones are words of their own: "tvar" beside "tv-ar"). */
const CLOSED_PHRASE_MIN = 8;
const HYPHEN = "-".charCodeAt(0);

/**
 * The listed form of `variety` that the list-only `lower` is with hyphens put in ("ikkevoldelig"
 * → "ikke-voldelig", "svarthvittbilde" → "svart-hvitt-bilde", "sjekkkonto" → "sjekk-konto"),
 * or undefined. The lists hold both spellings of such compounds; the norm writes the hyphen after
 * "ikke", between two adjectives of equal rank, in a phrase made a compound and where three equal
 * letters would meet, and no analyser knows the closed one. One walk of the automaton along the
 * word that may take a hyphen before any letter but the first.
 */
export function listOnlyClosedPhrase(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    if (lower.length < CLOSED_PHRASE_MIN || !/^\p{Ll}+$/u.test(lower)) return undefined;
    if ((lex.formFlags(lower) & (FORM[variety] | F_LIST_ONLY)) !== (FORM[variety] | F_LIST_ONLY)) return undefined;
    const dawg = lex.dawg;
    let found: string | undefined;
    const walk = (node: number, i: number, out: string, hyphenated: boolean): void => {
        if (found !== undefined || node < 0) return;
        if (i === lower.length) {
            if (hyphenated && dawg.finalFlags(node) & FORM[variety]) found = out;
            return;
        }
        walk(dawg.child(node, lower.charCodeAt(i)), i + 1, out + lower[i], hyphenated);
        if (i > 0 && !out.endsWith("-")) walk(dawg.child(node, HYPHEN), i, out + "-", true);
    };
    walk(dawg.root, 0, "", false);
    return found;
}
