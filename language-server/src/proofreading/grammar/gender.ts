// The indefinite article against the noun's gender: "et fil" → "en fil", "ein bilete" → "eit
// bilete". Bokmål's "en" goes with masculine and feminine nouns; Nynorsk's "ein", "ei" and "eit"
// each with one gender. Adjectives between are looked through ("et stort fil"); a noun of more
// than one gender accepts any of them; names, a pronoun "en" ("en av dem") and nouns whose noun
// reading is the rare one are left alone.
import { ARTICLE_GENDER, type GrammarProblem, Sentence, withCaseOf } from "./context";
import { FUNCTION, G, P, rankOf, VERB } from "./wordInfo";
import type { Variety } from "../../protocol/writtenStandard";

const ADVERBS = new Set([
    "veldig",
    "svært",
    "litt",
    "mer",
    "meir",
    "mest",
    "mindre",
    "ganske",
    "heilt",
    "helt",
    "så",
    "nokså",
    "temmelig",
    "særs",
]);

function articleFor(variety: Variety, gender: number): string[] {
    if (variety === "nb") return gender & G.NT ? ["et"] : gender & G.M ? ["en"] : ["en", "ei"];
    const out: string[] = [];
    if (gender & G.M) out.push("ein");
    if (gender & G.F) out.push("ei");
    if (gender & G.NT) out.push("eit");
    return out;
}

/** "annen", "eigen": they stand between the article and the noun like adjectives. */
/** Nouns in fixed adverbials where the article's gender is idiom ("ei gong", "en gang"). */
const ADVERBIAL = new Set(["gong", "gang", "stund", "tid"]);
const OTHER = new Set(["annen", "annet", "anna", "annan", "anna", "egen", "eget", "eigen", "eige", "eiget"]);

/** The noun at `j`; of a hyphenated one ("mini-framstilling") its last part, which decides the gender. */
function nounAt(s: Sentence, j: number) {
    const w = s.word(j);
    if (w.parts.length > 1) {
        const last = w.parts[w.parts.length - 1];
        if (last.capitalized || last.hasDigit || last.mixedCase || w.parts[0].mixedCase) return undefined;
        return s.input.data.info(s.input.variety, last.text.toLowerCase());
    }
    return s.opaque(j) ? undefined : s.info(j);
}

/**
 * The adjective at `k` in the form a neuter (or masculine/feminine) indefinite noun wants, when
 * the written one is only the other: "ny" → "nytt", "stort" → "stor". Invariable adjectives
 * ("viktig", "moderne") have both readings and are never marked.
 */
function adjectiveAgreement(s: Sentence, k: number, neuter: boolean): GrammarProblem | undefined {
    const x = s.info(k);
    // between an article and its noun a word with an adjective reading is the adjective ("ny" is a noun too)
    if (!(x.pos & P.ADJ) || OTHER.has(s.low(k)) || x.adjInvariable || x.adjDefOrPl) return undefined;
    if (neuter ? x.adjNt || !x.adjMf : x.adjMf || !x.adjNt) return undefined;
    const w = s.low(k);
    const candidates = neuter
        ? [w + "t", w + "tt", w.slice(0, -1) + "t", w.replace(/en$/, "e")]
        : [w.slice(0, -1), w.slice(0, -2), w.slice(0, -1) + "n", w.replace(/e$/, "en")];
    for (const c of candidates) {
        if (c.length < 2 || c === w) continue;
        const y = s.input.data.info(s.input.variety, c);
        if (y.pos & P.ADJ && (neuter ? y.adjNt : y.adjMf)) {
            const written = s.word(k).text;
            return {
                rule: "gender",
                reason: "adjectiveAgreement",
                first: k,
                last: k,
                suggestions: [withCaseOf(written, c)],
                sure: false,
                subject: written,
            };
        }
    }
    return undefined;
}

export function gender(s: Sentence): GrammarProblem[] {
    const out: GrammarProblem[] = [];
    const v = s.input.variety;
    for (let i = 0; i + 1 < s.length; i++) {
        const art = ARTICLE_GENDER[s.low(i)];
        if (!art || (art.variety !== "both" && art.variety !== v) || s.opaque(i)) continue;
        // the noun, after at most two adjectives (and their adverbs)
        let j = i + 1;
        // an adjective before the noun; one that is a noun too ("feil", "ny") only when it is the
        // rarer reading and a noun follows
        const adjective = (k: number) => {
            const x = s.info(k);
            if (OTHER.has(s.low(k))) return true;
            if (!(x.pos & (P.ADJ | P.PP)) && !x.compound) return false;
            if (!(x.pos & P.NOUN)) return true;
            if (!s.adjacent(k + 1) || s.opaque(k + 1)) return false;
            const next = s.info(k + 1);
            // a word the readings do not know after it is likelier the noun ("en ny partisjonstabell")
            if (next.pos === 0) return true;
            return (next.pos & P.NOUN) !== 0 && rankOf(next, P.NOUN) > rankOf(next, FUNCTION);
        };
        while (j + 1 < s.length && j - i <= 3 && s.adjacent(j) && !s.opaque(j) && (ADVERBS.has(s.low(j)) || adjective(j))) j++;
        if (j >= s.length || !s.adjacent(j)) continue;
        const n = nounAt(s, j);
        if (!n || (ADVERBIAL.has(s.low(j)) && art.gender !== G.NT)) continue;
        // another noun after it ("eit linje nummer", a split compound): the last one would decide
        if (s.adjacent(j + 1) && !s.opaque(j + 1)) {
            const after = s.info(j + 1);
            const split = s.input.data.listed(s.input.variety, s.low(j) + s.low(j + 1));
            if (split && after.pos & P.NOUN && rankOf(after, P.NOUN) >= rankOf(after, FUNCTION)) continue;
        }
        if (!(n.pos & P.NOUN) || !n.nounIndefSg || !n.genders) continue;
        // an unlisted compound's gender is its head's, and the head found may be the wrong one
        // ("partisjonstabell"): such a noun is asked about, not marked as sure
        const guessed = n.compound && !n.known;
        // "en lagre"? no: the noun reading must be the word's main one ("et par", "en rekke" are nouns)
        if (rankOf(n, P.NOUN) < rankOf(n, VERB | P.ADV | P.PREP | P.PRON | P.DET) - 1) continue;
        const fits = art.gender === G.M && v === "nb" ? (n.genders & (G.M | G.F)) !== 0 : (n.genders & art.gender) !== 0;
        if (fits) {
            // article and noun agree: the adjectives between must too ("et ny vindu" → "nytt")
            for (let k = i + 1; k < j; k++) {
                // a neuter form before another adjective is an adverb: "en svært gammel versjon"
                if (k + 1 < j && s.info(k + 1).pos & (P.ADJ | P.PP)) continue;
                const p = adjectiveAgreement(s, k, art.gender === G.NT);
                if (p) out.push({ ...p, detail: s.word(j).text });
            }
            continue;
        }
        const right = articleFor(v, n.genders);
        if (!right.length) continue;
        const written = s.word(i).text;
        // one gender and a plain noun: sure; a noun that is also a verb or adjective may be read otherwise
        const single = (n.genders & (n.genders - 1)) === 0 || (v === "nb" && n.genders === (G.M | G.F));
        out.push({
            rule: "gender",
            reason: "articleGender",
            first: i,
            last: i,
            suggestions: right.map((r) => withCaseOf(written, r)),
            sure: single && !guessed && !(n.pos & (VERB | P.ADJ)),
            subject: written,
            detail: s.word(j).text,
        });
    }
    return out;
}
