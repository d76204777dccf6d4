// Listed words (or compounds the lists allow) that are still most likely typos of another word:
// the checker's questions of a word it accepts ("svaert" → "svært", "forst" → "først",
// "innholet" → "innholdet"). See likelyTypo's comment for each rule.
import type { Variety } from "../../protocol/writtenStandard";
import { analysedWith, F_COMMON, F_LIST_ONLY, F_NB, FORM, freqClass, LEFT, RIGHT } from "../../lexicon/flags";
import { applyCase, caseShape } from "../../lexicon/lexicon";
import { ABBREVIATIONS, type OkReason, type SpellChecker } from "./checker";
import { norwegianSpelling } from "./loanwords";
import { listOnlySlip } from "./plausibility";
import { doublingShift } from "./doubling";
import { cheapNeighbour, insertNeighbour, lettersRestored, swapNeighbour } from "./variants";

/** Productivity class from which a compound part is no rare one, seen in web text or not. */
const PRODUCTIVE_PART = 4;
/** How many productivity classes a compound part with æ/ø/å restored must gain. */
const PRODUCTIVITY_GAIN = 3;
const VOWEL = /[aeiouyæøåéèêóòôáàâü]/;

/**
 * A word the lists allow that is still most likely a typo. Returns that word, or undefined.
 * - A compound (not itself listed) one cheap edit from a listed word: æ/ø/å restored
 *   ("svaert" = sva|ert → "svært", "fullforing" = full|foring → "fullføring") or a letter
 *   doubled/undoubled inside a part; a swap or a left-out letter only when a part is not a
 *   common word ("innholet" = inn|holet → "innholdet"; a part that heads many compounds is
 *   no rare one); anything across the seams only towards a common word ("dataefil" →
 *   "datafeil"). With common parts a left-out letter finds real neighbours ("lydfilen" →
 *   "lydfilmen"), so it is not tried then. A compound an ø or å put back splits into fewer
 *   parts ("nokke|lav|tale" → "nøkkelavtale").
 * - A rare listed form (not F_COMMON; a Nynorsk-only one must also be unproductive; not a
 *   capitalised imperative, "Skaler") a doubled letter or a missing æ/ø/å from a common one
 *   ("eler" → "eller", "firre" → "fire", "oker" → "øker") or two doublings changed from one
 *   ("grafitti" → "graffiti"), unless it is a common word inflected ("spors", "utelatte", the
 *   imperative "avvis"); so is a form only the word lists have (F_LIST_ONLY), even one seen in
 *   web text, next to a common word Apertium knows ("forst" → "først"). Swaps are not
 *   questioned: too many real pairs ("merkte"/"merket").
 * - A listed lower-case letter run with no vowel that is no known abbreviation, one letter
 *   from a common word ("sst" → "sist").
 * - A form only the other standard has that is one of this standard's with æ/ø/å typed
 *   without them ("utfora" in Nynorsk → "utføra"); when it is not even listed there, only a
 *   compound of its parts, a doubled or single letter or a swap too ("formattet" →
 *   "formatet", "lysbidlene" → "lysbildene").
 */
export function likelyTypo(sp: SpellChecker, word: string, variety: Variety, reason: OkReason): string | undefined {
    if (reason !== "compound" && reason !== "word" && reason !== "other-variety") return undefined;
    const shape = caseShape(word);
    if (shape !== "lower" && shape !== "capitalized") return undefined;
    if (word.includes("-")) return undefined;
    const lower = word.toLowerCase();
    const lex = sp.lexicon;
    const form = FORM[variety];
    const isForm = (cand: string): boolean => (lex.formFlags(cand) & form) !== 0;
    const isCommon = (cand: string): boolean => (lex.formFlags(cand) & (form | F_COMMON)) === (form | F_COMMON);
    if (reason === "other-variety") {
        // a form only the other standard has, one æ/ø/å away from one of this standard: a
        // keyboard without those letters, not a målform matter ("utfora" in Nynorsk is "utføra")
        if (lower.length < 4) return undefined;
        // not even listed there, only a compound of its parts ("format|tet", "lys|bidlene"): a
        // doubled or single letter or two swapped ones away from a listed form of this
        // standard is the likelier reading
        const listed = sp.known(word, variety === "nb" ? "nn" : "nb");
        const best = listed ? lettersRestored(lower, isForm) : cheapNeighbour(lower, isForm, true, false);
        return best && applyCase(best, word);
    }
    if (reason === "word") {
        // a listed lower-case "word" with no vowel that is no abbreviation is one that lost
        // its vowel ("sst" → "sist"): the lists hold such letter runs from abbreviations
        if (shape === "lower" && lower.length >= 3 && !VOWEL.test(lower) && !ABBREVIATIONS.has(lower)) {
            const best = insertNeighbour(lex.dawg, lower, form | F_COMMON, true);
            if (best) return best;
        }
        const f = lex.lookupFlags(word);
        if (lower.length < 3) return undefined;
        // a form only the word lists have, one æ/ø/å or doubled letter from a common word
        // Apertium knows too: that word mistyped ("forst" → "først"), seen in web text or not
        // (lower case only: "Navigator" inside a sentence is a name)
        if (shape === "lower" && (f & (F_LIST_ONLY | form)) === (F_LIST_ONLY | form)) {
            const best =
                cheapNeighbour(lower, (c) => isCommon(c) && !(lex.formFlags(c) & F_LIST_ONLY), false, false) ??
                listOnlySlip(lex, lower, variety, sp.fewestParts(lower, variety)) ??
                norwegianListed(lex, lower, variety, f);
            if (best) return applyCase(best, word);
        }
        // F_COMMON comes from Bokmål-heavy web text: for a Nynorsk-only form it says little,
        // so such a form must also be unproductive in compounds to be questioned
        if (f & F_COMMON) return undefined;
        if (!(f & F_NB) && freqClass(f) > 0) return undefined;
        // a capitalised stem of a listed verb (its infinitive is the form + e) opens a sentence
        // as an imperative ("Skaler bildet", "Forlat"): rare in web text, common in instructions
        if (shape === "capitalized" && isForm(lower + "e")) return undefined;
        // nor an inflection of a common word: its stem with an ending ("spor|s", "utelatt|e",
        // nn "skal|et", "rad|ene") or a verb's stem, the imperative ("avvis" of "avvise"): rare
        // in web text as forms, common as words
        if (inflectionOfCommon(lower, isCommon)) return undefined;
        const best =
            cheapNeighbour(lower, isCommon, false, false) ?? rareSlip(lower, variety, isCommon) ?? commonDoublingShift(sp, lower, variety);
        return best && applyCase(best, word);
    }
    const parts = sp.fewestParts(lower, variety);
    if (!parts) return undefined;
    const boundaries: number[] = [];
    for (let i = 0, at = 0; i < parts.length - 1; i++) boundaries.push((at += parts[i].length));
    // a swap or a left-out letter only where a part is rare ("inn|holet" → "innholdet");
    // with common parts that finds real neighbours ("lyd|filen" → "lydfilmen"). Rare: not
    // seen in web text, nor a part of many compounds (the web text is mostly Bokmål: Nynorsk
    // "bilet" is not in it, and "bilet|fil" is no "biletfeil")
    const rarePart = parts.some((p) => {
        const f = lex.formFlags(p);
        return !(f & F_COMMON) && freqClass(f) < PRODUCTIVE_PART;
    });
    const best =
        cheapNeighbour(lower, isForm, rarePart, false, boundaries) ??
        (rarePart ? insertNeighbour(lex.dawg, lower, form) : undefined) ??
        // across the seams and with common parts only towards a common word ("dataefil" → "datafeil")
        cheapNeighbour(lower, isCommon, true, false) ??
        // two letters swapped across a seam make a listed word ("data|efil" → "datafeil")
        swapNeighbour(lower, isForm) ??
        insertNeighbour(lex.dawg, lower, form | F_COMMON, true) ??
        productiveRestored(sp, lower, variety, parts) ??
        // an æ/ø/å put back joins parts: the reader's split of "nokke|lav|tale" is "nøkkel|avtale"
        lettersRestored(lower, (c) => (sp.fewestParts(c, variety)?.length ?? 255) < parts.length, false);
    return best && applyCase(best, word);
}

/** From this length a list-only loanword spelt the foreign way is questioned (short ones are English: "cache", "walk"). */
const LOANWORD_MIN = 6;

/**
 * A list-only form spelt the foreign way (c, x, z, ph, w, not seen in web text) that the norm
 * writes the Norwegian way, which an analyser knows ("canadagås" → "kanadagås", "broccolien" →
 * "brokkolien"): the lists keep the old spelling, the norm replaced it. Or undefined.
 */
function norwegianListed(lex: SpellChecker["lexicon"], lower: string, variety: Variety, f: number): string | undefined {
    if (lower.length < LOANWORD_MIN || f & F_COMMON) return undefined;
    const n = norwegianSpelling(lower);
    const g = n ? lex.formFlags(n) : 0;
    return analysedWith(g, FORM[variety]) ? n : undefined;
}

/** A rare listed form this long or longer may be a slip of the pen over a syllable of a common one. */
const RARE_SLIP_MIN = 7;
/** Unstressed vowels speech does not tell apart, which the lists carry misspelt ("priviligert"). */
const UNSTRESSED: Record<string, string> = { e: "i", i: "e", a: "e" };

/**
 * A long rare listed form (not in web text, heading no compounds) that a common word of this
 * standard becomes by a slip over a syllable: an unstressed vowel for another inside the word
 * ("priviligert" → "privilegert") or a letter left out there ("påvirking" → "påvirkning").
 * The word lists carry such misspellings as entries; the common word is the likelier reading.
 */
export function rareSlip(lower: string, variety: Variety, isCommon: (c: string) => boolean): string | undefined {
    // F_COMMON comes from Bokmål web text: in Nynorsk it cannot tell a slip from a variant ("-lege"/"-lige")
    return variety === "nb" ? unstressedSlip(lower, isCommon) : undefined;
}

/**
 * The word `isCommon` accepts that `lower` (7+ letters) is with one unstressed vowel for another
 * inside the word (not the first syllable's vowel, not in the last two letters), or undefined.
 */
export function unstressedSlip(lower: string, isCommon: (c: string) => boolean): string | undefined {
    if (lower.length < RARE_SLIP_MIN) return undefined;
    // (the ending as typed: another ending is another inflection)
    for (let i = 1; i < lower.length - 2; i++) {
        const to = UNSTRESSED[lower[i]];
        // not the first syllable's vowel, which carries the stress ("fram"/"frem" are both words)
        if (!to || VOWEL.test(lower[i - 1]) || !VOWEL.test(lower.slice(0, i))) continue;
        const c = lower.slice(0, i) + to + lower.slice(i + 1);
        if (isCommon(c)) return c;
    }
    return undefined;
}

/**
 * The compound with one æ/ø/å put back in one of its parts, where that part becomes a far
 * more productive one ("tekstur|monsteret" → "teksturmønsteret": "mønster" heads hundreds of
 * compounds, "monster" a few). The split stays as it is; the part must still be allowed there.
 */
function productiveRestored(sp: SpellChecker, lower: string, variety: Variety, parts: readonly string[]): string | undefined {
    const lex = sp.lexicon;
    let at = 0;
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        const place = k === parts.length - 1 ? RIGHT[variety] : LEFT[variety];
        const before = freqClass(lex.formFlags(part));
        const better = lettersRestored(part, (c) => {
            const f = lex.formFlags(c);
            return (f & place) !== 0 && freqClass(f) >= before + PRODUCTIVITY_GAIN;
        });
        if (better) return lower.slice(0, at) + better + lower.slice(at + part.length);
        at += part.length;
    }
    return undefined;
}

/** Inflectional endings of both standards. */
const ENDINGS = ["e", "en", "er", "et", "ene", "a", "ar", "ane", "t", "te", "de", "s"];

/**
 * The common word (seen in web text, an analyser knows it) that a rare listed form becomes with
 * two doublings changed ("grafitti" → "graffiti": a doubling moved, the commonest error of
 * Norwegian spelling, which the lists carry as entries too), or undefined.
 */
function commonDoublingShift(sp: SpellChecker, lower: string, variety: Variety): string | undefined {
    // a listed form with an ending is that form inflected, whatever its doublings ("skjell|et", not "skjelett")
    for (const e of ENDINGS) if (lower.endsWith(e) && sp.known(lower.slice(0, -e.length), variety)) return undefined;
    const c = doublingShift(sp.lexicon, lower, variety);
    return c && sp.lexicon.formFlags(c) & F_COMMON ? c : undefined;
}

/** From this length a stem is a word of its own (shorter ones are everywhere: "le", "ra"). */
const STEM_MIN = 3;

/** Is `lower` a common word with an inflectional ending, or a common verb's stem (the infinitive is it + e)? */
export function inflectionOfCommon(lower: string, isCommon: (c: string) => boolean): boolean {
    if (isCommon(lower + "e")) return true;
    for (const e of ENDINGS)
        if (lower.endsWith(e) && lower.length - e.length >= STEM_MIN && isCommon(lower.slice(0, -e.length))) return true;
    return false;
}
