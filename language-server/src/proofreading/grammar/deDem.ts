// Bokmål "de" and "dem": the subject form before its verb, the object form after a preposition
// or a verb. "Hvis dem ikke finnes" → "de"; "Gi filene til de." → "dem". Only where the sentence
// decides it: "de andre", "de nye filene" (a determiner) and "de/dem som" (both allowed) are left
// alone, and so is the polite "De"/"Dem" written with a capital in the middle of a sentence.
import { type GrammarProblem, Sentence, withCaseOf } from "./context";
import { BETWEEN } from "./verbForm";
import { FUNCTION, P, rankOf, VERB } from "./wordInfo";

/** Words a subject follows at the start of a clause. */
const CLAUSE_START = new Set([
    "som",
    "at",
    "når",
    "hvis",
    "om",
    "fordi",
    "da",
    "mens",
    "før",
    "etter",
    "dersom",
    "selv",
    "hvor",
    "hva",
    "hvordan",
    "og",
    "men",
    "eller",
]);

export function deDem(s: Sentence): GrammarProblem[] {
    if (s.input.variety !== "nb") return [];
    const out: GrammarProblem[] = [];
    for (let i = 0; i < s.length; i++) {
        const w = s.low(i);
        if (w !== "de" && w !== "dem") continue;
        const word = s.word(i);
        // the polite "De"/"Dem": a capital where no sentence starts
        if (word.capitalized && !word.sentenceStart) continue;
        if (w === "dem") {
            // "dem" opening a clause, before its verb (past "ikke" and the like)
            const opens =
                word.sentenceStart ||
                (i > 0 && s.adjacent(i) && CLAUSE_START.has(s.low(i - 1))) ||
                (i > 0 && s.input.gaps[i].trim() === ",");
            if (!opens) continue;
            let j = i + 1;
            while (j < s.length && s.adjacent(j) && BETWEEN.has(s.low(j))) j++;
            if (j >= s.length || !s.adjacent(j) || s.opaque(j)) continue;
            const x = s.info(j);
            // (right after a pronoun no noun can stand, so a present that is a noun too counts: "som dem bruker")
            if (!(x.pos & (P.PRES | P.PRET)) || rankOf(x, P.PRES | P.PRET) < rankOf(x, FUNCTION)) continue;
            out.push({
                rule: "deDem",
                reason: "demAsSubject",
                first: i,
                last: i,
                suggestions: [withCaseOf(word.text, "de")],
                sure: true,
                subject: word.text,
                detail: s.word(j).text,
            });
        } else {
            // "de" after a preposition, with nothing after it that it could be the determiner of
            if (i === 0 || !s.adjacent(i) || s.opaque(i - 1)) continue;
            const prev = s.info(i - 1);
            // (not after a word that may open a clause: "som om de er")
            if (
                !(prev.pos & P.PREP) ||
                CLAUSE_START.has(s.low(i - 1)) ||
                rankOf(prev, P.PREP) < rankOf(prev, VERB | P.NOUN | P.ADJ | P.CONJ)
            )
                continue;
            if (s.adjacent(i + 1)) {
                const next = s.info(i + 1);
                // "til de andre", "for de nye filene", "de som": a determiner or a relative clause
                // and a verb after it makes it the subject ("etter at de har …" has its "at"; "… de er")
                const top = rankOf(next, -1 >>> 0);
                const determined = P.NOUN | P.ADJ | P.DET | P.NUM | P.PP | P.PPRS | P.PROPER | P.PRES | P.PRET;
                if (s.low(i + 1) === "som" || rankOf(next, determined) >= top || !next.known || s.opaque(i + 1)) continue;
            }
            out.push({
                rule: "deDem",
                reason: "deAsObject",
                first: i,
                last: i,
                suggestions: [withCaseOf(word.text, "dem")],
                sure: false,
                subject: word.text,
                detail: s.word(i - 1).text,
            });
        }
    }
    return out;
}
