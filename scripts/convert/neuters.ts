// A Bokmål neuter noun whose Nynorsk lemma is spelt the same, that Apertium's bilingual lexicon
// makes masculine or feminine and the Nynorsk lists do not have at all, stays neuter: the
// gender is then only the lexicon's guess, and a loanword keeps its own ("skriptet" → "skriptet",
// not "skripten": translators write "skriptet"). A noun the Nynorsk lists have keeps the
// lists' gender ("medlem" → "medlemmen").
import { READING } from "../../language-server/src/convert/rules/format";

/** A Bokmål reading of a neuter noun the bilingual lexicon gives another gender (compile.ts's readSide). */
export interface NeuterCandidate {
    reading: { bits: number; targets: string[] };
    lemma: string;
    tags: string;
}

/** The Nynorsk neuter endings ("skript", "skriptet", "skript", "skripta"). */
const NEUTER: Record<string, string> = { "n.nt.sg.ind": "", "n.nt.sg.def": "et", "n.nt.pl.ind": "", "n.nt.pl.def": "a" };
const GENDER_MASK = 3 << READING.TARGET_GENDER_SHIFT;
/** TARGET_GENDERS' code of the neuter. */
const NEUTER_CODE = 3;

/** Whether a Bokmål reading is one (`targetGender` its TARGET_GENDERS code, 0 for none). */
export function neuterCandidate(tags: string, targetGender: number): boolean {
    return tags in NEUTER && targetGender !== 0 && targetGender !== NEUTER_CODE;
}

/** Rewrites the candidates' targets as neuter where the Nynorsk lists lack the lemma; the number rewritten. */
export function keepNeuters(candidates: readonly NeuterCandidate[], nynorskHas: (form: string) => boolean): number {
    let n = 0;
    for (const { reading, lemma, tags } of candidates) {
        const first = reading.targets[0];
        const at = first?.lastIndexOf(lemma) ?? -1;
        if (at < 0 || nynorskHas(lemma)) continue;
        reading.targets = [first.slice(0, at) + lemma + NEUTER[tags]];
        reading.bits = (reading.bits & ~GENDER_MASK) | (NEUTER_CODE << READING.TARGET_GENDER_SHIFT);
        n++;
    }
    return n;
}
