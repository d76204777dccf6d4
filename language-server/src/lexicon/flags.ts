// What the flags of a lexicon entry mean. One entry per written form (case kept as the sources
// spell it: "Oslo", "pdf", "A-aksje"); the flags say which written standard has the form and how
// it may take part in compounds.
import type { Variety } from "../protocol/writtenStandard";

/** A full word form of Bokmål (wnorwegian `bokmaal` or Apertium's nob analyser). */
export const F_NB = 1 << 0;
/** A full word form of Nynorsk (wnorwegian `nynorsk` or Apertium's nno analyser). */
export const F_NN = 1 << 1;
/** May begin a Bokmål compound (Apertium `<cmp><compound-only-L>`: "dialog", "arbeids", "barne"). */
export const F_NB_LEFT = 1 << 2;
/** May begin a Nynorsk compound. */
export const F_NN_LEFT = 1 << 3;
/** May end a Bokmål compound (Apertium `<compound-R>`, or an open-class form of the word list). */
export const F_NB_RIGHT = 1 << 4;
/** May end a Nynorsk compound. */
export const F_NN_RIGHT = 1 << 5;
/** Seen in running text (Tesseract's Norwegian word list, built from web text): a ranking prior. */
export const F_COMMON = 1 << 6;

/**
 * Only the wnorwegian lists have the form; neither of Apertium's analysers knows it: a rare,
 * archaic or dialect word ("forst") or a compound. Seen in web text (F_COMMON) or not, such a
 * form next to a common known word is more likely that word mistyped.
 */
export const F_LIST_ONLY = 1 << 10;

/**
 * The flags have every bit of `want` (say, the standard's form bit and F_COMMON) and the form is
 * one an analyser knows, not only a word list's (no F_LIST_ONLY): the test the speller's
 * "is this the word that was meant?" rules share.
 */
export function analysedWith(flags: number, want: number): boolean {
    return (flags & (want | F_LIST_ONLY)) === want;
}

/**
 * A known misspelling's correction key (see misspellings.ts): an error-tolerant entry of the
 * sources ("orginal" → "original"), kept out of the standards' forms.
 */
export const F_MISSPELLING = 1 << 11;

export const FORM: Record<Variety, number> = { nb: F_NB, nn: F_NN };
export const LEFT: Record<Variety, number> = { nb: F_NB_LEFT, nn: F_NN_LEFT };
export const RIGHT: Record<Variety, number> = { nb: F_NB_RIGHT, nn: F_NN_RIGHT };

/**
 * Bits 7-9: a productivity class 0..7 = log2(1 + how many listed words end in this form as the
 * head of a compound). A frequency proxy for ranking ("bruk" 7, "bork" 0).
 */
export const F_FREQ_SHIFT = 7;
export const F_FREQ_MASK = 7 << F_FREQ_SHIFT;
export function freqClass(flags: number): number {
    return (flags & F_FREQ_MASK) >> F_FREQ_SHIFT;
}
