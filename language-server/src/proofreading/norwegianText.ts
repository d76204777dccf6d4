// Whether a document is Norwegian at all, before any standard is decided for it.
import type { Word } from "../text";
import type { Lexicon } from "../lexicon/lexicon";
import type { Layers } from "./checkContext";

/** What the check needs of a prose block: its words, and the counts it keeps between checks. */
export interface NorwegianFacts {
    words: readonly Word[];
    norwegian?: { considered: number; known: number };
}

/**
 * Whether the document is Norwegian at all: most ordinary words must be in the word lists. A
 * document in another language is left alone unless a setting or the document itself says it
 * is Bokmål or Nynorsk.
 */
export function looksNorwegian(facts: NorwegianFacts[], layers: Layers): boolean {
    const lexicon = layers.speller?.lexicon;
    if (!lexicon) return true;
    let considered = 0;
    let known = 0;
    for (const f of facts) {
        f.norwegian ??= knownWordCounts(f.words, lexicon);
        considered += f.norwegian.considered;
        known += f.norwegian.known;
    }
    return considered < MIN_EVIDENCE || known / considered >= NORWEGIAN_SHARE;
}

/** Below this share of known words a text is taken for another language (an English README). */
const NORWEGIAN_SHARE = 0.7;
const MIN_EVIDENCE = 8;

/**
 * Of a text's ordinary words, how many either standard's word lists know: names, acronyms,
 * abbreviations and numbers say nothing about the language. The proofreader's test above and
 * the converter's judge of a block (convert/engineAdapter.ts) count with it.
 */
export function knownWordCounts(all: readonly Word[], lexicon: Lexicon): { considered: number; known: number } {
    let considered = 0;
    let known = 0;
    for (const w of all) {
        if (w.text.length < 2 || w.hasDigit || w.allCaps || w.abbreviation || (w.capitalized && !w.sentenceStart)) continue;
        considered++;
        if (lexicon.has(w.text, "nb") || lexicon.has(w.text, "nn")) known++;
    }
    return { considered, known };
}
