// Stage 2, disambiguation: the words around a verb that its form depends on (disambiguate.ts's
// context rules use them): the auxiliary that governs it, past adverbs and an inverted subject,
// and the word classes those rules name.
import type { Word } from "./analyse";
import { COPULA, HAVE, MIDDLE, MODALS, PASSIVE, PRONOUNS } from "./priors";
import type { Reading } from "./table";

/**
 * The word that governs the verb form at `i`, skipping the adverbs that stand between a modal
 * and its verb ("kan ikke lagre", "kan deretter brukes"), an adjective used as an adverb after
 * an auxiliary ("vart uventa kopla ned") and the subject after a fronted modal ("Vil du lagre",
 * "vil meldingen forkastes", "vil slike endringar gå tapt").
 */
export function before(words: readonly Word[], i: number, chosen: readonly (Reading | undefined)[]): Word | undefined {
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
        const w = words[j];
        // (not across punctuation: "å runde av (eks. 2/3 vises som …")
        if (j < i - 1 && !(/^\s+$/.test(words[j + 1].gap) && /^\s+$/.test(words[i].gap))) return undefined;
        const t = chosen[j]?.tags;
        if (MIDDLE.has(w.lower) || (t?.pos === "adv" && !w.initial)) continue;
        if (adverbial(words, j, chosen)) continue;
        if (PRONOUNS.has(w.lower) || (t && SUBJECT_POS.has(t.pos))) {
            // back over the subject's determiner and adjectives to the modal before it
            let k = j;
            while (k > 0 && k > j - 3 && chosen[k - 1] && PHRASE_POS.has(chosen[k - 1]!.tags.pos)) k--;
            if (k > 0 && !w.initial && (MODALS.has(words[k - 1].lower) || MIDDLE.has(words[k - 1].lower))) {
                j = k;
                continue;
            }
        }
        return w;
    }
    return undefined;
}

/** An auxiliary: a verb form follows it. */
export function aux(x: Word | undefined): boolean {
    return !!x && (MODALS.has(x.lower) || HAVE.has(x.lower) || PASSIVE.has(x.lower) || COPULA.has(x.lower));
}

/** An adjective used as an adverb between an auxiliary and its verb: "vart uventa kopla ned". */
export function adverbial(words: readonly Word[], j: number, chosen: readonly (Reading | undefined)[]): boolean {
    const t = chosen[j]?.tags;
    return !!t && t.pos === "adj" && t.has("nt") && t.has("ind") && !t.has("pp") && afterAux(words, j);
}

/** Whether the word at `j` follows an auxiliary, or an auxiliary and its subject pronoun ("Vil du verkeleg lukka"). */
export function afterAux(words: readonly Word[], j: number): boolean {
    if (j < 1 || words[j].initial) return false;
    return aux(words[j - 1]) || (j >= 2 && !words[j - 1].initial && PRONOUNS.has(words[j - 1].lower) && aux(words[j - 2]));
}

/** Whether a word's noun readings are all indefinite singulars (and it has one). */
export function bareNoun(w: Word): boolean {
    const nouns = w.readings.filter((o) => o.tags.pos === "n");
    return nouns.length > 0 && nouns.every((o) => o.tags.has("ind") && o.tags.has("sg"));
}

/** "Not" in both standards. */
export const NEGATIONS = new Set(["ikke", "ikkje"]);

/** The parts of speech of a subject's words (its determiner, adjectives and noun or pronoun). */
export const SUBJECT_POS = new Set(["n", "np", "prn", "det"]);
export const PHRASE_POS = new Set(["n", "np", "prn", "det", "adj", "num"]);

/** Directional adverbs (the lists may give some only as prepositions): a preposition follows them ("ned til stranda", "opp på taket"). */
export const DIRECTIONS = new Set("ned opp ut inn bort fram frem hjem heim tilbake hit dit".split(" "));
