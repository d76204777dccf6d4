// Særskriving: a compound written as two words ("fil navn" → "filnavn", "inne holder" →
// "inneholder"). Two neighbours are flagged when the lexicon knows them joined as one word and
// the two words, read as two, do not make a phrase: no reading of the first can stand before a
// reading of the second (a noun before a noun, an indefinite adjective before a definite noun
// with no determiner, a rare first part before a common compound). A phrase the words can
// make ("på visning", "små grupper", "filen er", "kan ta") is left alone.
import { type GrammarProblem, Sentence, withCaseOf } from "./context";
import { MODALS } from "./verbForm";
import { FINITE, FUNCTION, G, P, rankOf, VERB, type WordInfo } from "./wordInfo";

const CONTENT = P.NOUN | P.ADJ | VERB | P.PPRS;

/** A grammatical word before all else ("for", "en", "i", "du"): its readings as noun or verb are rare ones. */
function isFunctionWord(i: WordInfo): boolean {
    if (!(i.pos & FUNCTION)) return false;
    const f = rankOf(i, FUNCTION);
    const c = rankOf(i, CONTENT);
    // a determiner that is as much an adjective ("egen", "eigen") is an adjective here
    return f > c || (f === c && !(i.pos & P.ADJ && rankOf(i, P.ADJ) === c));
}

/** A noun (or adjective) before all else: the head a hyphenated first part makes a compound with. */
function headNoun(b: WordInfo): boolean {
    return !isFunctionWord(b) && (b.pos & (P.NOUN | P.ADJ)) !== 0 && rankOf(b, P.NOUN | P.ADJ) >= rankOf(b, VERB);
}

/** An adjective that agrees with the noun after it in gender and number (indefinite forms). */
function agrees(a: WordInfo, b: WordInfo): boolean {
    if (a.adjInvariable || a.adjDefOrPl || a.adjOrdinal) return true;
    if (b.nounPl && !b.nounIndefSg) return false;
    const g = b.genders;
    if (!g) return true;
    return ((g & G.NT) !== 0 && a.adjNt) || ((g & (G.M | G.F)) !== 0 && a.adjMf);
}

/**
 * The readings of the first word its left neighbour allows: after a determiner, a preposition or
 * an adjective no verb form but a participle can follow ("de følg ende", "alle sign aler").
 */
function allowedAfter(prev: WordInfo | undefined, prevLower: string, bits: number, imperative: boolean): number {
    if (!prev) return bits;
    // an imperative opening its clause ("Vis skrive bordet", "og vis …") takes no bare verb
    if (imperative && prev.pos & P.IMP && !MODALS.has(prevLower) && !LET.has(prevLower)) return bits & ~(P.INF | P.PRES | P.PRET | P.IMP);
    const p = readingsOf(prev) | (isFunctionWord(prev) ? prev.pos & (P.DET | P.PREP | P.NUM) : 0);
    const finite = P.INF | P.PRES | P.PRET | P.IMP;
    if (p & (P.DET | P.PREP | P.NUM) || (p & P.ADJ && !(p & (VERB | P.NOUN | P.ADV)))) {
        // after what may be a subject pronoun or a conjunction a finite verb may follow ("dette
        // kan ta", "som skal ta"); an imperative or a bare infinitive not ("de følg ende")
        return prev.pos & (P.PRON | P.CONJ) ? bits & ~(P.INF | P.IMP) : bits & ~finite;
    }
    // after a finite verb that is no modal, no bare verb follows ("vis skrive bordet")
    if (p & (P.PRES | P.PRET | P.IMP) && !(p & (P.NOUN | P.ADJ)) && !MODALS.has(prevLower) && !LET.has(prevLower)) return bits & ~finite;
    return bits;
}

/** Verbs a bare infinitive follows besides the modals ("la meg", "lat oss"). */
const LET = new Set([
    "la",
    "lat",
    "får",
    "fekk",
    "fikk",
    "hjelp",
    "hjelpe",
    "bli",
    "ble",
    "vart",
    "blir",
    "vert",
    "er",
    "var",
    "har",
    "hadde",
    "gjer",
    "gjør",
]);

/** The readings of a word less the rare ones: more than one rank below its commonest ("i" as a noun). */
function readingsOf(i: WordInfo): number {
    const top = rankOf(i, CONTENT | P.ADV);
    let bits = 0;
    for (const b of [P.NOUN, P.ADJ, P.INF, P.PRES, P.PRET, P.PP, P.IMP, P.PPRS, P.ADV]) if (i.pos & b && rankOf(i, b) >= top - 1) bits |= b;
    return bits;
}

/** Whether "A B" can be read as two words of a phrase. */
function makesPhrase(a: WordInfo, b: WordInfo, beforeA: WordInfo | undefined, beforeLower: string, imperative: boolean): boolean {
    const ra = allowedAfter(beforeA, beforeLower, readingsOf(a), imperative);
    const rb = readingsOf(b);
    // a verb before its object, complement or particle: "lagre fil", "kan ta", "er lagt"
    if (ra & (P.INF | P.PRES | P.PRET | P.IMP) && rb & (P.NOUN | P.ADJ | P.PP | P.INF | P.ADV | P.PPRS)) {
        // unless the verb reading is the rare one and the noun reading of B is definite with no
        // determiner: "muse knappen", "spør ringen" read as verb + object need a common verb
        if (!(b.nounDef && rankOf(a, VERB) < 2 && !(rb & (P.ADJ | P.PP)))) return true;
    }
    // a subject before its verb: "filen er", "dokument finst", "tabell for tabell er"
    if (ra & (P.NOUN | P.ADJ) && rb & (P.PRES | P.PRET)) return true;
    // an adjective or participle before a noun it agrees with: "små grupper", "høyre kant", "lagret fil"
    if (ra & (P.ADJ | P.PP | P.PPRS) && rb & P.NOUN) {
        if (a.adjDefOrPl || a.adjOrdinal) return true;
        if (!b.nounDef && (ra & (P.PP | P.PPRS) || agrees(a, b))) return true;
    }
    // two adjectives or adverb + adjective: "små røde", "svært lang"
    if (ra & (P.ADJ | P.ADV) && rb & (P.ADJ | P.PP | P.PPRS)) return true;
    // an adverb before a verb or noun phrase: "ikkje vald", "bare tekst"
    if (ra & P.ADV && !(ra & (P.NOUN | P.ADJ))) return true;
    return false;
}

/** Forms of "ingen"/"inga" after a verb: a split "-ingen" noun only when no noun phrase follows ("plasser ingen"). */
const NONE_FORMS = new Set(["ingen", "inga", "ingi"]);

export function saerskriving(s: Sentence): GrammarProblem[] {
    const out: GrammarProblem[] = [];
    const v = s.input.variety;
    for (let i = 1; i < s.length; i++) {
        // a hyphenated first word may be a part ("e-post lister" → "e-postlister"), a second one not
        if (!s.adjacent(i) || !s.plain(i, i) || !(s.plain(i - 1, i - 1) || s.plainParts(i - 1))) continue;
        const la = s.low(i - 1);
        const lb = s.low(i);
        if (la.length < 2 || lb.length < 2) continue;
        const hyphenated = s.word(i - 1).parts.length > 1;
        const a = s.info(i - 1);
        const b = s.info(i);
        // the pairs the branches below leave alone whatever the joined form, left before it is
        // looked up (most pairs: a keystroke's re-check does this for every pair of its block)
        const indefiniteBeforeDefinite =
            a.pos & P.ADJ &&
            (a.adjMf || a.adjNt) &&
            !a.adjDefOrPl &&
            !a.adjOrdinal &&
            b.nounDef &&
            !b.nounIndefSg &&
            !(b.pos & (VERB | P.ADJ));
        if (a.known && b.known && !indefiniteBeforeDefinite) {
            if (isFunctionWord(b) && !NONE_FORMS.has(lb)) continue;
            if (
                (isFunctionWord(a) || (a.pos & (P.PREP | P.ADV) && !(a.pos & (P.NOUN | P.ADJ | VERB)))) &&
                !(a.pos & P.PREP && b.pos & (P.PRES | P.PRET))
            )
                continue;
        }
        // most neighbours joined are no word: ask the automata first, the readings only then
        if (!hyphenated && !s.input.data.listed(v, la + lb)) continue;
        const joined = s.input.data.info(v, la + lb);
        // an unlisted compound counts after a hyphenated first part, whose head the lists know ("e-post lister")
        if (!(joined.known || (joined.compound && hyphenated && headNoun(b))) || !(joined.pos & (CONTENT | P.ADV))) continue;
        const after = s.adjacent(i + 1) ? s.info(i + 1) : undefined;
        const before = s.adjacent(i - 1) ? s.info(i - 2) : undefined;
        let sure = false;
        if (!a.known || !b.known) {
            // a first part that is no word by itself ("gjen opprettes", "redige ring"); after a
            // hyphenated one ("e-post lister") only a noun or adjective can be the compound's head
            if (hyphenated && !headNoun(b)) continue;
            sure = !hyphenated;
        } else if (indefiniteBeforeDefinite) {
            // an indefinite adjective (or "egen") before a definite noun, no determiner: "egen skapene"
            sure = false;
        } else if (isFunctionWord(b)) {
            // "plasser ingen" for "plasseringen": a verb, then "ingen" with no noun phrase after it
            if (!NONE_FORMS.has(lb) || !(joined.pos & P.NOUN) || !joined.nounDef || a.pos & FUNCTION || !(a.pos & VERB)) continue;
            if (after && after.pos & (P.NOUN | P.ADJ | P.ADV | P.DET)) continue;
        } else if (isFunctionWord(a) || (a.pos & (P.PREP | P.ADV) && !(a.pos & (P.NOUN | P.ADJ | VERB)))) {
            // a verb's particle before its verb: "inne holder", "tilbake stiller" (a verb form joined);
            // a preposition before a noun is a phrase ("på visning", "for tiden")
            // (not first in its sentence: "Her ser du" is an adverbial, its verb and the subject)
            if (
                a.pos & (P.DET | P.PRON | P.CONJ | P.PART) ||
                !(a.pos & P.PREP) ||
                !(b.pos & (P.PRES | P.PRET)) ||
                !(joined.pos & (P.PRES | P.PRET)) ||
                s.word(i - 1).sentenceStart
            )
                continue;
        } else if (
            (!a.common && joined.common && rankOf(a, CONTENT) <= 1 && !(a.pos & FINITE && rankOf(a, VERB) >= 2)) ||
            (!b.common && joined.common && rankOf(b, CONTENT) <= 1)
        ) {
            // a rare word before or after the rest of a common one ("kont akten", "boks taver")
            sure = false;
        } else if (
            makesPhrase(
                a,
                b,
                before,
                s.low(i - 2),
                before !== undefined && (s.word(i - 2).sentenceStart || s.low(i - 3) === "og" || s.low(i - 3) === "eller"),
            )
        ) {
            continue;
        } else {
            sure = (readingsOf(a) & P.NOUN) !== 0 && (readingsOf(b) & P.NOUN) !== 0 && !(readingsOf(a) & VERB);
        }
        const first = s.word(i - 1).text;
        const second = s.word(i).text;
        out.push({
            rule: "saerskriving",
            reason: "compound",
            first: i - 1,
            last: i,
            suggestions: [withCaseOf(first, la + lb)],
            sure,
            subject: `${first} ${second}`,
            detail: withCaseOf(first, la + lb),
        });
    }
    return out;
}
