// Stage 2, disambiguation: each reading's prior, from its part of speech, inflection and how
// common its lemma is, and the word classes the context rules (disambiguate.ts) look for.
import type { Word } from "./analyse";
import type { Reading } from "./table";

/** Modal verbs and their forms in both standards, and "klare", which software text uses like one ("Klarte ikkje lagra"): an infinitive follows. */
export const MODALS = new Set(
    "kan kunne skal skulle vil ville må måtte bør burde tør torde får fikk fekk lar la let slapp sleppe kunna skula vilja måtta klarer klarte klarar".split(
        " ",
    ),
);
/** Adverbs that may stand between a modal and its infinitive ("kan ikke lagre"). */
export const MIDDLE = new Set(
    "ikke ikkje også òg bare berre alltid aldri nok ofte sjelden heller gjerne snart da då derfor difor likevel enda endå".split(" "),
);
/** Subject pronouns: a finite verb follows. */
export const SUBJECTS = new Set("jeg eg du han hun ho vi me dere de dykk dei man ein den det dette denne som".split(" "));
/** Personal and demonstrative pronouns that stand between a fronted modal and its infinitive ("kan dette føra til"). */
export const PRONOUNS = new Set("jeg eg du han hun ho vi me dere de dykk dei man ein det den dette denne disse desse".split(" "));
/** Forms of "ha": a participle follows ("har lagret"). */
export const HAVE = new Set("har hadde ha hatt".split(" "));
/** Forms of "vere"/"være": a predicative adjective or participle follows ("er lagra"). */
export const COPULA = new Set("er var vore vært vere vera være".split(" "));
/** Forms of "bli"/"verte": a participle follows in the passive ("vert opna"). Not "er": "er lett" is an adjective. */
export const PASSIVE = new Set("blir ble blitt bli vert vart vorte verte verta blei".split(" "));

const POS_PRIOR: Record<string, number> = {
    cnjcoo: 3,
    cnjsub: 2.8,
    cnjadv: 2.5,
    pr: 3.2,
    det: 3,
    prn: 3,
    part: 3,
    adv: 2.2,
    num: 2,
    n: 1.2,
    vblex: 1,
    vbmod: 1.5,
    adj: 1,
    np: 0.5,
    ij: 0.2,
    abbr: 0.4,
};

/**
 * Whether a word is likely a finite verb ("lagrer", "vert"): then the word before it is no
 * command. A definite noun of the same spelling ("fila": the file, or "filed") makes it unlikely.
 */
export function finiteVerb(w: Word | undefined): boolean {
    return (
        !!w &&
        w.readings.some((r) => r.tags.pos === "vblex" && (r.tags.has("pres") || r.tags.has("pret"))) &&
        !w.readings.some((r) => r.tags.pos === "n" && r.tags.has("def"))
    );
}

/** Whether a word has a reading of a closed class (a preposition, conjunction, adverb …) beside its open ones. */
export function functionWord(w: Word): boolean {
    return w.readings.some((o) => o.tags.pos !== "n" && o.tags.pos !== "adj" && o.tags.pos !== "vblex" && o.tags.pos !== "np");
}

/**
 * Where a command stands: first in a sentence, in any case ("send ein kommando", after a colon
 * too), or with a capital inside one, where software text names a menu item or button ("velg
 * kommandoen Lagre som", "klikk Åpne").
 */
export function commandPosition(w: Word): boolean {
    return w.initial || w.case === "capitalized";
}

export function prior(r: Reading, w: Word, next: Word | undefined): number {
    const t = r.tags;
    let s = (POS_PRIOR[t.pos] ?? 0.5) + 0.5 * r.rank;
    if (t.has("imp")) {
        // an imperative that is also the infinitive ("Lagre", "Endre") is the infinitive: the
        // other standard writes both alike too, and the infinitive follows the house style
        if (w.readings.some((o) => o.tags.pos === "vblex" && o.tags.has("inf") && !o.tags.has("pasv"))) return -10;
        s = commandPosition(w) && !finiteVerb(next) ? 3.2 + 0.5 * r.rank : 0.3;
    }
    if (t.has("inf")) {
        // at a sentence start, an infinitive that is also the imperative is the command ("Lagre filen")
        const imperative = commandPosition(w) && !finiteVerb(next) && w.readings.some((o) => o.tags.has("imp"));
        s += imperative ? 2.2 : -0.6;
    }
    // a reading the bilingual lexicon cannot translate is seldom the one meant ("de" as a preposition)
    // (a determiner gets its form from agreement: "en" has no translation of its own)
    if (r.targets.length === 0 && t.pos !== "det") s -= 1.5;
    if (MIDDLE.has(w.lower) && t.pos === "adv") s += 3;
    if (MODALS.has(w.lower) && (t.pos === "vblex" || t.pos === "vbmod") && !t.has("inf")) s += 2;
    // "vert"/"blir" before a participle is the passive auxiliary, not the noun "vert"
    // (finite: "Vert brukt til …" opens a description, "Blir brukt", not the command "Bli brukt")
    if (PASSIVE.has(w.lower) && t.pos === "vblex" && next?.readings.some((n) => n.tags.has("pp"))) s += t.has("imp") ? -1 : 1.5;
    // a finite verb is far likelier than an agent noun or a rare noun of the same spelling
    // ("legger", "støtter", "fant"); nominal contexts below win it back for the noun. A word
    // alone in its sentence is a label, a noun: "Bredde:", "Tjener"
    // (not a passive beside a noun that is no genitive: "tekst" is seldom the passive of "ta",
    // "taes"; "slettes" is, beside the genitive of "slette")
    const passive = (t.has("pstv") || t.has("pasv")) && w.readings.some((o) => o.tags.pos === "n" && !o.tags.has("gen"));
    const alone = passive || (w.initial && (!next || next.initial));
    // (only the commonest lemma's: "skrevet" is seldom the past tense of the rarer "skreve", "gått" of "gyte")
    const top = Math.max(...w.readings.filter((o) => o.tags.pos === "vblex").map((o) => o.rank));
    if (
        t.pos === "vblex" &&
        (t.has("pres") || t.has("pret")) &&
        r.rank === top &&
        w.readings.some((o) => o.tags.pos === "n") &&
        !finiteVerb(next) &&
        !alone
    )
        s += w.initial ? 1.6 : 0.8;
    // between equals, the reading that keeps the word as it is
    if (r.targets[0] === w.lower) s += 0.05;
    if (t.pos === "adj" && t.has("pp") && t.has("pl")) s -= 0.3;
    if (t.has("gen")) s -= 1;
    if (t.has("pasv") && t.has("inf")) s -= 0.2;
    if (r.compound) s -= 0.4;
    // a lemma the frequency lexicon does not know beside one it knows well is a rare or spurious
    // analysis ("området" as a participle of a verb "områ")
    if (r.rank === 0 && w.readings.some((o) => o.rank === 3)) s -= 1;
    // an auxiliary's noun homograph is rare beside it: "vert" (host), "kan" (jug), "var" (pillowcase)
    if (t.pos === "n" && (MODALS.has(w.lower) || PASSIVE.has(w.lower) || COPULA.has(w.lower) || HAVE.has(w.lower))) s -= 1.5;
    // an adjective's comparative/superlative or a rare noun reading of a common function word
    if (t.pos === "n" && functionWord(w)) s -= 1.5;
    return s;
}

/** Cardinal numbers (the lists read them as quantifying determiners): they stand alone too ("klokka åtte", "vi var fire"). */
export const NUMERALS = new Set(
    "to tre fire fem seks sju syv åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tjue tjuge tretti førti femti seksti sytti åtti nitti hundre tusen".split(
        " ",
    ),
);
