// "og" and "å" confused. "for og lagre" → "for å lagre": the infinitive marker belongs before an
// infinitive after a preposition ("for", "til", "uten"/"utan", "om", "ved"), after a verb that
// takes "å" ("prøve", "vurdere", "klarte ikke") and "ikke"/"ikkje". "lagre å lukke" → "og": "å"
// before what is no infinitive ("høyde å bredde", "slett fila å velg"), or between infinitives
// that already hang on one modal or "å" ("kan opprette, slette å teste").
import { type GrammarProblem, Sentence, withCaseOf } from "./context";
import { BETWEEN, infinitiveFor, MODALS, SUBJECTS } from "./verbForm";
import { FUNCTION, P, rankOf, VERB } from "./wordInfo";

/** Prepositions after which "og" + infinitive is nearly always "å". */
const STRONG = new Set(["for", "uten", "utan"]);
/** Prepositions that are also a verb's particle ("legg til og lagre"): only when no imperative stands before. */
const WEAK = new Set(["til", "om", "ved", "med", "på", "eller", "utenom", "utanom"]);
/** Stems of verbs that take "å" + infinitive (any form: "prøv", "prøvde", "vurderer"). */
const AA_VERBS = [
    "byrj",
    "freist",
    "velg",
    "valgt",
    "velj",
    "prøv",
    "forsøk",
    "vurder",
    "begynn",
    "begynt",
    "klar",
    "greid",
    "glem",
    "husk",
    "lær",
    "pleie",
    "pleia",
    "ønsk",
    "tør",
    "orke",
    "unngå",
    "nekt",
    "slutt",
    "fortsett",
    "held fram",
    "tillat",
];
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

/**
 * An infinitive in a list that hangs on a modal or "å" earlier in the clause ("kan opprette,
 * redigere, slette"): the list needs its comma, or "kan du velge å ta" would be one.
 */
function governedInfinitive(s: Sentence, i: number): boolean {
    let comma = false;
    for (let k = i; k >= 0 && k > i - 8; k--) {
        const w = s.low(k);
        if (k < i && (MODALS.has(w) || w === "å")) return comma && !takesAa(s.low(k + 1));
        if (s.input.gaps[k]?.trim() === ",") comma = true;
        const x = s.info(k);
        if (!(x.pos & P.INF) && k === i) return false;
        // only infinitives, commas and "ikke" in between: "kan opprette, redigere, slette"
        if (k < i && !(x.pos & P.INF) && !BETWEEN.has(w) && !SUBJECTS.has(w)) return false;
        if (k > 0 && s.input.gaps[k].trim() !== "" && s.input.gaps[k].trim() !== ",") return false;
        if (s.word(k).sentenceStart) return false;
    }
    return false;
}

/**
 * "Vel ein tenar og spørja": the clause starts with an imperative and nothing between it and
 * "og" takes an infinitive, so the verb after "og" should be an imperative too, or follow "å".
 */
function imperativeClause(s: Sentence, i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
        const w = s.low(k);
        if (MODALS.has(w) || w === "å" || w === "og" || w === "eller") return false;
        const x = s.info(k);
        if (s.word(k).sentenceStart || k === 0) return (x.pos & P.IMP) !== 0;
        if (x.pos & P.INF && !(x.pos & (P.NOUN | P.IMP))) return false;
        if (s.input.gaps[k].trim() !== "") return false;
    }
    return false;
}

export function ogAa(s: Sentence): GrammarProblem[] {
    const out: GrammarProblem[] = [];
    const { variety, data, infinitive } = s.input;
    for (let i = 1; i + 1 < s.length; i++) {
        const w = s.low(i);
        if (w === "og" && s.adjacent(i) && !s.opaque(i)) {
            const j = infinitiveAt(s, i + 1);
            if (j < 0 || s.opaque(i - 1)) continue;
            // "for fortsatt og bli", "ønsker du virkelig og": look past adverbs and a subject
            // past adverbs to the preposition; past a subject too to a verb that takes "å"
            let b = i - 1;
            while (b > 0 && i - b < 3 && s.adjacent(b) && BETWEEN.has(s.low(b)) && !NOT.has(s.low(b))) b--;
            let v = b;
            while (
                v > 0 &&
                i - v < 4 &&
                s.adjacent(v) &&
                (BETWEEN.has(s.low(v)) || SUBJECTS.has(s.low(v)) || s.low(v) === "virkelig" || s.low(v) === "verkeleg") &&
                !NOT.has(s.low(v))
            )
                v--;
            if (takesAa(s.low(v)) && !takesAa(s.low(b))) b = v;
            const before = s.low(b);
            const y = s.info(j);
            let sure = false;
            if (STRONG.has(before)) sure = true;
            else if (WEAK.has(before)) {
                // "legg til og lagre" (a particle, then a second imperative) is right as it stands
                const verb = b >= 1 && s.adjacent(b) ? s.info(b - 1) : undefined;
                const imperative =
                    verb !== undefined &&
                    verb.pos & P.IMP &&
                    rankOf(verb, P.IMP) >= rankOf(verb, P.PRES) &&
                    (s.word(b - 1).sentenceStart || rankOf(verb, P.IMP) >= rankOf(verb, P.NOUN));
                if (imperative && y.pos & P.IMP) continue;
                // "talet på og type handlinga": a bare noun shared by two prepositions, a noun after it
                if (
                    y.nounIndefSg &&
                    !y.nounDef &&
                    rankOf(y, P.NOUN) >= rankOf(y, P.INF) &&
                    s.adjacent(j + 1) &&
                    s.info(j + 1).pos & P.NOUN &&
                    !(s.info(j + 1).pos & VERB)
                )
                    continue;
            } else if (NOT.has(before)) {
                // "klarte ikke og binde"; "kan ikke og vil ikke" has no infinitive after "og"
                if (b >= 1 && MODALS.has(s.low(b - 1))) continue;
                if (y.pos & P.PRES) continue;
            } else if (takesAa(before) && s.info(b).pos & (P.INF | P.PRES | P.PRET | P.IMP | P.PP)) {
                // "vurder og bruke": a second imperative would be "bruk"; after "ønskjer du" a
                // second verb would be a present
                const aa = s.info(b);
                if (y.pos & P.PRES || (y.pos & P.IMP && aa.pos & P.IMP && rankOf(aa, P.IMP) >= rankOf(aa, P.PRES | P.INF))) continue;
            } else if (!imperativeClause(s, i) || y.pos & (P.IMP | P.PRES | P.NOUN)) continue;
            // the message names the word that calls for "å" ("for", "vurder"), not a subject between
            out.push({
                rule: "ogAa",
                reason: "ogBeforeInfinitive",
                first: i,
                last: i,
                suggestions: [withCaseOf(s.word(i).text, "å")],
                sure,
                subject: s.word(i).text,
                detail: s.word(b).text,
            });
        } else if (w === "å" && !s.opaque(i) && (s.input.gaps[i].trim() === "" || s.input.gaps[i].trim() === ",")) {
            if (!s.adjacent(i + 1) || s.opaque(i + 1)) continue;
            const next = s.low(i + 1);
            const x = s.info(i + 1);
            if (BETWEEN.has(next)) continue;
            // "å automatisk øke", "å raskt forstørra": an adverb before the infinitive
            if (x.pos & (P.ADV | P.ADJ) && s.adjacent(i + 2) && s.info(i + 2).pos & P.INF) continue;
            const prev = s.word(i - 1);
            const lowPrev = s.low(i - 1);
            // "for å", "ved å", "prøve å", "mogleg å": the marker where it belongs
            if (STRONG.has(lowPrev) || WEAK.has(lowPrev) || lowPrev === "i" || takesAa(lowPrev)) continue;
            // "skygge- å skyggealternativene": the first half of a shortened compound
            let sure = prev.trailingHyphen && s.input.gaps[i].trim() === "";
            if (!sure) {
                if (!x.known || x.compound) continue;
                // ", å av formler": after a comma only before what no infinitive marker stands before
                if (s.input.gaps[i].trim() === "," && x.pos & (VERB | P.ADV)) continue;
                if (!s.adjacent(i) && s.input.gaps[i].trim() !== ",") continue;
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
            out.push({
                rule: "ogAa",
                reason: x.pos & P.INF ? "aaBetweenVerbs" : "aaBeforeNonVerb",
                first: i,
                last: i,
                suggestions: [withCaseOf(s.word(i).text, "og")],
                sure,
                subject: s.word(i).text,
                detail: next,
            });
        }
    }
    return out;
}
