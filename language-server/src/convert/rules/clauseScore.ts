// Stage 2, disambiguation: the context scores that come from the clause around a word (the
// helpers in clause.ts say where its parts stand): a second finite verb after "og", a verb before
// an object pronoun or a subject noun before an auxiliary, the object after a finite verb, and
// V2, the finite verb second in a main clause.
import type { Word } from "./analyse";
import { coordinatedTense, finiteAuxAfter, objectAfter, onlyVerbSlot, subjectDemonstrative, tense } from "./clause";
import { aux } from "./governs";
import { finiteVerb, functionWord } from "./priors";
import type { Reading } from "./table";

/**
 * The score of reading `r` of the word at `i` from its clause; `fronted`: the word opens the main
 * clause after a fronted subordinate clause and its comma, before an inverted subject.
 */
export function clauseScore(
    words: readonly Word[],
    i: number,
    r: Reading,
    chosen: readonly (Reading | undefined)[],
    fronted: boolean,
): number {
    const w = words[i];
    const t = r.tags;
    const prev = i > 0 && !w.initial ? words[i - 1] : undefined;
    const prevChosen = prev ? chosen[i - 1] : undefined;
    const next = words[i + 1]?.index === w.index + 2 && !words[i + 1].initial ? words[i + 1] : undefined;
    const verb = t.pos === "vblex" || t.pos === "vbmod";
    let s = 0;
    // a second finite verb of the same subject after "og": "Vi satt lenge ute og snakket om …",
    // "Ho ringde i går og spurde om …" (not the noun "snakket" coordinated with "verandaen")
    const coordinated = coordinatedTense(words, i, chosen);
    if (coordinated && tense(r) === coordinated && (!finiteVerb(next) || objectAfter(words, i))) s += 1.5;
    // a verb takes an object pronoun: "og så seg rundt" (looked), "hjalp meg" (not "and then")
    if (verb && (tense(r) || t.has("inf")) && objectAfter(words, i)) s += 1;
    // a finite verb right before a finite auxiliary is rare where the word can be a noun: that is
    // the subject ("som mora hadde lært henne", "Det som faren vil")
    if (tense(r) && finiteAuxAfter(words, i) && w.readings.some((o) => o.tags.pos === "n" && o.rank > 0)) s -= 1.5;
    // after a finite main verb (no auxiliary, which takes a participle), a word that can be a
    // definite noun is its object: "Gutten maler gjerdet rødt" (the fence, not "fenced")
    if (
        tense(prevChosen) &&
        !aux(prev) &&
        /^\s+$/.test(w.gap) &&
        w.readings.some((o) => o.tags.pos === "n" && o.tags.has("def") && o.rank > 0) &&
        w.readings.some((o) => o.tags.has("pp")) &&
        // (a participle before a plural noun is attributive: "lagar skriveverna visingar")
        !next?.readings.some((n) => n.tags.pos === "n" && n.tags.has("pl") && n.tags.has("ind") && !n.tags.has("sp"))
    )
        s += t.pos === "n" && t.has("def") ? 1 : t.has("pp") ? -1 : 0;
    // V2: the finite verb stands before an inverted subject pronoun ("Fordi det var varmt, badet
    // vi i sjøen", "I kapittel tre møter vi familien"), not a noun of the same spelling
    if (tense(r) && fronted && !functionWord(w)) s += 2;
    // V2: after a definite noun, a name or a subject pronoun first in a sentence, the only word
    // that can be the clause's finite verb is it: "Borna åt is og bada …" (ate, not the
    // preposition "åt")
    if (
        tense(r) &&
        prev?.initial &&
        prevChosen &&
        ((prevChosen.tags.pos === "n" && prevChosen.tags.has("def")) ||
            prevChosen.tags.pos === "np" ||
            (prevChosen.tags.pos === "prn" && prevChosen.tags.has("nom"))) &&
        !w.readings.some((o) => o.tags.pos === "cnjcoo" || o.tags.pos === "cnjsub") &&
        onlyVerbSlot(words, i)
    )
        s += 1.5;
    // V2: a demonstrative first in a sentence before the only word that can be its finite verb
    // is the subject ("Det regnet hele dagen"), not "that rain"
    if (t.pos === "det" && t.has("dem") && subjectDemonstrative(words, i)) s -= 3;
    return s;
}
