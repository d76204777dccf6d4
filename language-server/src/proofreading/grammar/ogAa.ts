// "og" and "å" confused. "for og lagre" → "for å lagre": the infinitive marker belongs before an
// infinitive after a preposition ("for", "til", "uten"/"utan", "om", "ved"), after a verb that
// takes "å" ("prøve", "vurdere", "klarte ikke") and "ikke"/"ikkje". "lagre å lukke" → "og": "å"
// before what is no infinitive ("høyde å bredde", "slett fila å velg"), or between infinitives
// that already hang on one modal or "å" ("kan opprette, slette å teste").
import { type GrammarProblem, Sentence, withCaseOf } from "./context";
import { BETWEEN, infinitiveFor, MODALS } from "./verbForm";
import { FUNCTION, P, rankOf } from "./wordInfo";

/** Prepositions after which "og" + infinitive is nearly always "å". */
const STRONG = new Set(["for", "uten", "utan"]);
/** Prepositions that are also a verb's particle ("legg til og lagre"): only when no imperative stands before. */
const WEAK = new Set(["til", "om", "ved", "med"]);
/** Stems of verbs that take "å" + infinitive (any form: "prøv", "prøvde", "vurderer"). */
const AA_VERBS = ["prøv", "forsøk", "vurder", "begynn", "begynt", "klar", "greid", "glem", "husk", "lær", "pleie", "pleia", "ønsk", "tør", "orke", "unngå", "nekt", "slutt", "fortsett", "held fram", "tillat"];
const NOT = new Set(["ikke", "ikkje"]);

function takesAa(lower: string): boolean {
    return AA_VERBS.some((stem) => lower.startsWith(stem));
}

/** The infinitive after "og" (skipping "ikke" and the like), or -1. */
function infinitiveAt(s: Sentence, j: number): number {
    for (let k = 0; k < 2 && j < s.length && s.adjacent(j) && BETWEEN.has(s.low(j)); k++) j++;
    if (j >= s.length || !s.adjacent(j) || s.opaque(j)) return -1;
    const x = s.info(j);
    // "for og imot", "til og med", "om og om igjen": a preposition or adverb, not an infinitive
    if (!(x.pos & P.INF) || x.pos & FUNCTION || rankOf(x, P.ADV) > rankOf(x, P.INF)) return -1;
    return j;
}

/** An infinitive that hangs on a modal or "å" earlier in the clause, with other infinitives between. */
function governedInfinitive(s: Sentence, i: number): boolean {
    for (let k = i; k >= 0 && k > i - 8; k--) {
        const w = s.low(k);
        if (k < i && (MODALS.has(w) || w === "å")) return !takesAa(s.low(k + 1));
        const x = s.info(k);
        if (!(x.pos & P.INF) && k === i) return false;
        // only infinitives, commas and "ikke" in between: "kan opprette, redigere, slette"
        if (k < i && !(x.pos & P.INF) && !BETWEEN.has(w)) return false;
        if (k > 0 && s.input.gaps[k].trim() !== "" && s.input.gaps[k].trim() !== ",") return false;
        if (s.word(k).sentenceStart) return false;
    }
    return false;
}

export function ogAa(s: Sentence): GrammarProblem[] {
    const out: GrammarProblem[] = [];
    const { variety, data, infinitive } = s.input;
    for (let i = 1; i + 1 < s.length; i++) {
        const w = s.low(i);
        if (w === "og" && s.adjacent(i) && !s.opaque(i)) {
            const before = s.low(i - 1);
            const j = infinitiveAt(s, i + 1);
            if (j < 0 || s.opaque(i - 1)) continue;
            let sure = false;
            if (STRONG.has(before)) sure = true;
            else if (WEAK.has(before)) {
                // "legg til og lagre" (a particle, then a second imperative) is right as it stands
                const verb = i >= 2 && s.adjacent(i - 1) ? s.info(i - 2) : undefined;
                if (verb && verb.pos & P.IMP && s.info(j).pos & P.IMP) continue;
            } else if (NOT.has(before)) {
                // "klarte ikke og binde"; "kan ikke og vil ikke" has no infinitive after "og"
                if (i >= 2 && MODALS.has(s.low(i - 2))) continue;
                if (s.info(j).pos & (P.IMP | P.PRES)) continue;
            } else if (takesAa(before) && s.info(i - 1).pos & (P.INF | P.PRES | P.PRET | P.IMP | P.PP)) {
                // "vurder og bruke": a second imperative would be "bruk"
                if (s.info(j).pos & (P.IMP | P.PRES)) continue;
            } else continue;
            out.push({ rule: "ogAa", reason: "ogBeforeInfinitive", first: i, last: i, suggestions: [withCaseOf(s.word(i).text, "å")], sure, subject: s.word(i).text, detail: s.word(i - 1).text });
        } else if (w === "å" && !s.opaque(i) && s.input.gaps[i].trim() === "") {
            if (!s.adjacent(i + 1) || s.opaque(i + 1)) continue;
            const next = s.low(i + 1);
            const x = s.info(i + 1);
            if (BETWEEN.has(next) || !x.known) continue;
            const prev = s.word(i - 1);
            // "skygge- å skyggealternativene": the first half of a shortened compound
            let sure = prev.trailingHyphen && s.input.gaps[i].trim() === "";
            if (!sure) {
                if (!s.adjacent(i)) continue;
                if (x.pos & P.INF) {
                    // "kan opprette, slette å teste": the infinitives are a list on one modal
                    if (!governedInfinitive(s, i - 1) || takesAa(s.low(i - 1))) continue;
                } else {
                    // a present with its infinitive at hand is the verb-form rule's ("å lagrer")
                    if (x.pos & P.PRES && infinitiveFor(data, variety, next, infinitive)) continue;
                    // nothing an infinitive marker can stand before: "høyde å bredde", "fane å velg"
                    if (!(x.pos & (P.NOUN | P.ADJ | P.PREP | P.DET | P.PRON | P.IMP | P.PRES | P.PRET | P.PP | P.ADV))) continue;
                    sure = !(x.pos & P.PRES);
                }
            }
            out.push({ rule: "ogAa", reason: x.pos & P.INF ? "aaBetweenVerbs" : "aaBeforeNonVerb", first: i, last: i, suggestions: [withCaseOf(s.word(i).text, "og")], sure, subject: s.word(i).text, detail: next });
        }
    }
    return out;
}
