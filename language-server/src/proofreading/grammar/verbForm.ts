// The verb form after the infinitive marker, a modal or "har"/"hadde": "å lagrer" → "å lagre",
// "kan velger" → "kan velge", "har lagre" → "har lagret". The right form is found among the
// lexicon's forms next to the written one (the present's -r off, the infinitive's endings for a
// participle) and must carry the reading the position wants.
import type { Variety } from "../../protocol/writtenStandard";
import { type GrammarProblem, Sentence, withCaseOf } from "./context";
import { P, rankOf, VERB, type GrammarData } from "./wordInfo";

/** Modal verbs: an infinitive follows ("kan lagre"), with adverbs or an inverted subject between. */
export const MODALS = new Set([
    "kan",
    "kunne",
    "skal",
    "skulle",
    "vil",
    "ville",
    "må",
    "måtte",
    "bør",
    "burde",
    "kunna",
    "skulla",
    "vilja",
    "måtta",
    "lyt",
    "lytte",
    "torde",
    "tør",
]);
const HAVE = new Set(["har", "hadde", "ha", "hatt"]);
/** Words that may stand between "å"/a modal and the infinitive: "å ikke lagre", "kan du velge". */
export const BETWEEN = new Set([
    "ikke",
    "ikkje",
    "også",
    "òg",
    "bare",
    "berre",
    "alltid",
    "aldri",
    "ofte",
    "heller",
    "gjerne",
    "først",
    "fyrst",
    "igjen",
    "att",
    "straks",
    "snart",
    "enten",
    "ennå",
    "enno",
    "fortsatt",
    "framleis",
    "likevel",
    "derfor",
    "difor",
    "vel",
    "nok",
    "jo",
    "da",
    "no",
    "nå",
]);
export const SUBJECTS = new Set([
    "du",
    "jeg",
    "eg",
    "han",
    "ho",
    "hun",
    "vi",
    "me",
    "de",
    "dei",
    "man",
    "ein",
    "en",
    "det",
    "den",
    "dette",
    "denne",
    "dere",
    "de",
    "dykk",
    "programmet",
    "brukaren",
    "brukeren",
]);

/** The infinitive a present-tense (or -r-extended) form stands for: "lagrer" → "lagre", "visar" → "visa". */
export function infinitiveFor(
    data: GrammarData,
    variety: Variety,
    lower: string,
    style: "a" | "e",
    allowAdverb = false,
): string | undefined {
    const candidates: string[] = [];
    if (lower.endsWith("r")) {
        const stem = lower.slice(0, -1);
        candidates.push(stem);
        if (stem.endsWith("e") || stem.endsWith("a")) {
            const base = stem.slice(0, -1);
            // a Nynorsk document's own infinitive first ("kastar" → "kasta", or "kaste" in an e-text)
            candidates.push(variety === "nn" && style === "e" ? base + "e" : base + "a", base + "e");
        }
        candidates.push(lower + "e"); // "gjør" → "gjøre", "spør" → "spøre" is then checked
    } else {
        // Nynorsk strong presents without -r: "skriv" → "skrive"/"skriva"
        candidates.push(lower + (style === "e" ? "e" : "a"), lower + (style === "e" ? "a" : "e"));
    }
    for (const c of candidates) {
        if (c.length < 2) continue;
        const info = data.info(variety, c);
        if (info.pos & P.INF) return c;
        if (
            allowAdverb &&
            info.common &&
            info.pos & (P.ADV | P.DET | P.PRON) &&
            rankOf(info, P.ADV | P.DET | P.PRON) >= rankOf(info, P.NOUN | VERB)
        )
            return c;
    }
    return undefined;
}

/** The past participle of an infinitive: "lagre" → "lagret", "bruke" → "brukt". */
export function participleFor(data: GrammarData, variety: Variety, inf: string): string | undefined {
    const stem = inf.endsWith("e") || inf.endsWith("a") ? inf.slice(0, -1) : inf;
    const candidates =
        variety === "nb"
            ? [stem + "et", stem + "t", inf + "t", stem + "d", inf + "d"]
            : [stem + "a", stem + "t", stem + "d", inf + "t", stem + "e", stem + "et"];
    for (const c of candidates) if (data.info(variety, c).pos & P.PP) return c;
    return undefined;
}

/** The index of the verb after `i` ("å", a modal), skipping the words that may stand between. */
function verbAfter(s: Sentence, i: number, subjects: boolean): number {
    let j = i + 1;
    for (let k = 0; k < 2 && j < s.length && s.adjacent(j) && (BETWEEN.has(s.low(j)) || (subjects && SUBJECTS.has(s.low(j)))); k++) j++;
    return j < s.length && s.adjacent(j) && !s.opaque(j) ? j : -1;
}

export function verbForm(s: Sentence): GrammarProblem[] {
    const out: GrammarProblem[] = [];
    const { variety, data, infinitive } = s.input;
    for (let i = 0; i + 1 < s.length; i++) {
        const w = s.low(i);
        const marker = w === "å";
        const modal = !marker && MODALS.has(w);
        if (marker || modal) {
            const j = verbAfter(s, i, modal);
            if (j < 0) continue;
            const x = s.info(j);
            if (x.pos & (P.INF | P.PP) || (j === i + 1 && x.pos & P.ADV)) continue;
            // a rare form one letter from the word that belongs ("kan ikker", "vil detter"); else a present
            const rare = x.known && !x.common;
            // after a subject and a modal no noun can follow: "dokumentet skal værer med" is "være"
            const subjectBefore =
                i > 0 &&
                s.adjacent(i) &&
                (SUBJECTS.has(s.low(i - 1)) || (s.info(i - 1).pos & P.NOUN && !(s.info(i - 1).pos & (VERB | P.ADV | P.PREP))));
            // (a plural in -r whose infinitive is one letter shorter: "skal værer", not "kan bruk av")
            const rForm = s.low(j).endsWith("r") && x.nounPl;
            if (!(x.pos & P.PRES) && !rare && !marker && !(subjectBefore && rForm)) continue;
            // an adverb or adjective of its own ("kan ikkje lenger brukast")
            if (!(x.pos & P.PRES) && x.pos & (P.ADV | P.ADJ)) continue;
            // after a modal with no subject before it, a noun may be the subject ("nå kan filer lagres")
            // an inverted subject ("vil du sletter") leaves the verb no noun reading either
            const inverted = j > i + 1 && SUBJECTS.has(s.low(j - 1));
            if (modal && !rare && !subjectBefore && !inverted && x.pos & P.NOUN && (x.nounPl || rankOf(x, P.NOUN) > rankOf(x, P.PRES)))
                continue;
            const inf = infinitiveFor(data, variety, s.low(j), infinitive, rare || (modal && s.low(j) !== "er"));
            if (!inf) continue;
            const written = s.word(j).text;
            out.push({
                rule: "verbForm",
                reason: marker ? "presentAfterAa" : "presentAfterModal",
                first: j,
                last: j,
                suggestions: [withCaseOf(written, inf)],
                sure: !(x.pos & P.NOUN) && !rare,
                subject: written,
                detail: s.word(i).text,
            });
        } else if (HAVE.has(w)) {
            const j = verbAfter(s, i, false);
            if (j < 0) continue;
            const x = s.info(j);
            // only a bare infinitive: a noun ("har lyst"), a participle or a present are something else
            // a noun can be the object ("har løyve", "har støtte"): only a plural one is unlikely there
            if (
                !(x.pos & P.INF) ||
                x.pos & (P.PP | P.PRES | P.PRET | P.ADJ | P.ADV | P.PREP | P.DET | P.PRON) ||
                (x.nounIndefSg && rankOf(x, P.NOUN) >= rankOf(x, P.INF) - 1) ||
                rankOf(x, P.NOUN) > rankOf(x, P.INF)
            )
                continue;
            const pp = participleFor(data, variety, s.low(j));
            if (!pp) continue;
            const written = s.word(j).text;
            out.push({
                rule: "verbForm",
                reason: "infinitiveAfterHave",
                first: j,
                last: j,
                suggestions: [withCaseOf(written, pp)],
                sure: false,
                subject: written,
                detail: s.word(i).text,
            });
        }
    }
    return out;
}
