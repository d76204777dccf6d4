// Stage 2, disambiguation: the clause around a word, for disambiguate.ts's context rules. Where
// a noun phrase ends (a possessive after its noun: "Broren min", "Bror min"), the finite verb of
// the clause before an "og" (a second finite verb coordinated with it: "satt … og snakket"), and
// whether the next word is an unambiguous finite auxiliary ("som mora hadde lært").
import type { Word } from "./analyse";
import { COPULA, HAVE, MODALS, PASSIVE } from "./priors";
import type { Reading } from "./table";

/** Whether the words at `a` and `b` stand next to each other with only spaces between. */
function adjacent(words: readonly Word[], a: number, b: number): boolean {
    return a >= 0 && b < words.length && words[b].index === words[a].index + 2 && /^\s+$/.test(words[b].gap);
}

/**
 * Whether the word before `i` is a possessive standing after its noun ("Søsteren min bor",
 * nn "Bror min spelar", "Mor hennar ringde"): the noun phrase ends there, so the word at `i`
 * starts what follows it (in a main clause a finite verb), not another noun of the phrase.
 */
export function afterPostposed(words: readonly Word[], i: number, chosen: readonly (Reading | undefined)[]): boolean {
    if (i < 2 || words[i].initial || words[i - 1].initial || !adjacent(words, i - 1, i) || !adjacent(words, i - 2, i - 1)) return false;
    const p = chosen[i - 1]?.tags;
    if (!p || (p.pos !== "det" && p.pos !== "prn") || !p.has("pos")) return false;
    // (not the reflexive of a "sin" genitive, which stands before its noun: "brukeren sin lagrede fil")
    if (["sin", "si", "sitt", "sine"].includes(words[i - 1].lower)) return false;
    // (the noun may have been read otherwise at a sentence start: "Mor" is a command there too)
    const noun = words[i - 2].readings.some((o) => o.tags.pos === "n" && o.rank > 0) && chosen[i - 2]?.tags.pos !== "pr";
    return noun;
}

/** A finite verb reading's tense ("pres" or "pret"), or undefined. */
export function tense(r: Reading | undefined): "pres" | "pret" | undefined {
    if (!r || (r.tags.pos !== "vblex" && r.tags.pos !== "vbmod")) return undefined;
    return r.tags.has("pres") ? "pres" : r.tags.has("pret") ? "pret" : undefined;
}

/**
 * The tense of the finite verb of the clause that an "og"/"eller" at `i - 1` continues, where
 * the word at `i` can be a second finite verb of the same subject ("Vi satt lenge ute og snakket",
 * "Ho ringde i går og spurde"). Undefined where a comma stands before the conjunction (a new
 * clause with its own subject follows: "Det regnet, og vi ble inne") or no finite verb was read.
 */
export function coordinatedTense(words: readonly Word[], i: number, chosen: readonly (Reading | undefined)[]): "pres" | "pret" | undefined {
    if (i < 2 || words[i].initial || !["og", "eller"].includes(words[i - 1].lower)) return undefined;
    if (!/^\s+$/.test(words[i - 1].gap) || !/^\s+$/.test(words[i].gap)) return undefined;
    for (let j = i - 2; j >= 0; j--) {
        const t = tense(chosen[j]);
        if (t) return t;
        // (the nearest verb is an infinitive or participle: "kan fylles ut og skrives ut")
        if (["vblex", "vbmod"].includes(chosen[j]?.tags.pos ?? "")) return undefined;
        // (not past a subordinate clause's start nor a sentence's)
        if (words[j].initial || chosen[j]?.tags.pos === "cnjsub") return undefined;
    }
    return undefined;
}

/** Finite forms of the auxiliaries, in both standards: no other reading is likely. */
const FINITE_AUX = new Set(
    [...HAVE, ...MODALS, ...PASSIVE, ...COPULA].filter(
        (f) =>
            ![
                "ha",
                "hatt",
                "bli",
                "blitt",
                "vorte",
                "verte",
                "verta",
                "vere",
                "vera",
                "være",
                "vore",
                "vært",
                "kunne",
                "skulle",
                "ville",
                "måtte",
                "burde",
                "kunna",
                "skula",
                "vilja",
                "måtta",
                "sleppe",
                "la",
            ].includes(f),
    ),
);

/** Whether the word after `i` is a finite auxiliary ("hadde", "vil", "blir"). */
export function finiteAuxAfter(words: readonly Word[], i: number): boolean {
    return adjacent(words, i, i + 1) && !words[i + 1].initial && FINITE_AUX.has(words[i + 1].lower);
}

/**
 * Whether the word after `i` is a pronoun in the object form only ("seg", "meg", "henne"): the
 * word before it is a verb or preposition that takes it ("og så seg rundt", "og ga meg boka").
 */
export function objectAfter(words: readonly Word[], i: number): boolean {
    if (!adjacent(words, i, i + 1) || words[i + 1].initial) return false;
    const rs = words[i + 1].readings.filter((r) => r.tags.pos === "prn");
    return rs.length > 0 && rs.every((r) => r.tags.has("acc")) && !rs.some((r) => r.tags.has("nom"));
}

/** Whether a word can be a finite verb by a common reading ("regnet", "viser"). */
export function canBeFinite(w: Word | undefined): boolean {
    return !!w && w.readings.some((r) => (r.tags.pos === "vblex" || r.tags.pos === "vbmod") && r.rank > 0 && !!tense(r));
}

/**
 * Whether a demonstrative first in a sentence is the subject pronoun: the word after it can be
 * the finite verb and none after that can, up to the clause's end ("Det regnet hele dagen, …",
 * "Det regna heile dagen"). Where one can, the demonstrative may open a noun phrase whose verb
 * comes later ("Dette flagget viser …", "Det merkte feltet er tomt").
 */
export function subjectDemonstrative(words: readonly Word[], i: number): boolean {
    return words[i].initial && adjacent(words, i, i + 1) && onlyVerbSlot(words, i + 1);
}

/** Words that end a clause's first part: a second verb after them has its own clause ("… og bada heile dagen"). */
const CLAUSE_END = new Set(["og", "eller", "men", "at", "som", "fordi", "da", "då", "når", "om", "mens", "medan"]);

/**
 * Whether the word at `i` can be a finite verb and no word after it can, up to the clause's end
 * (punctuation, a conjunction): in a main clause, V2, the finite verb must stand there.
 */
export function onlyVerbSlot(words: readonly Word[], i: number): boolean {
    if (!canBeFinite(words[i])) return false;
    for (let j = i + 1; j < words.length && adjacent(words, j - 1, j) && !CLAUSE_END.has(words[j].lower); j++)
        if (canBeFinite(words[j])) return false;
    return true;
}

/**
 * Whether the word after `i` can be a subject pronoun ("vi", "jeg", "ho"):
 * after a fronted phrase or clause the finite verb stands before it ("Fordi det var varmt,
 * badet vi", "I kapittel tre møter vi familien").
 */
export function subjectAfter(words: readonly Word[], i: number): boolean {
    if (!adjacent(words, i, i + 1) || words[i + 1].initial) return false;
    const rs = words[i + 1].readings.filter((r) => r.tags.pos === "prn");
    // (Nynorsk "ho", "han", "dei" are objects too: "las ho avisa")
    return rs.some((r) => r.tags.has("nom"));
}

/**
 * Whether the word at `i` opens the main clause after a fronted subordinate clause and its comma,
 * before an inverted subject pronoun: "Fordi det var så varmt, badet vi …", "Medan ho venta, las
 * ho avisa". (Not a list after a comma, "angra, fjerna eller …", nor a relative clause without
 * "som": "ordet du vil bruke".)
 */
export function afterFrontedClause(words: readonly Word[], i: number): boolean {
    if (!/,\s*$/.test(words[i].gap) || words[i].initial || !subjectAfter(words, i)) return false;
    let j = i - 1;
    while (j > 0 && !words[j].initial) j--;
    return words[j].readings.some((r) => r.tags.pos === "cnjsub");
}

/**
 * Whether the word at `i`, right after an auxiliary, is its inverted subject: it can be a definite
 * noun and the word after it the participle ("Dersom …, vert klaga send vidare", "har fila vorte
 * lagra"), not a participle itself.
 */
export function invertedSubject(words: readonly Word[], i: number): boolean {
    const w = words[i];
    if (!w.readings.some((r) => r.tags.pos === "n" && r.tags.has("def") && r.rank > 0)) return false;
    if (!adjacent(words, i, i + 1) || words[i + 1].initial) return false;
    return words[i + 1].readings.some((r) => r.tags.pos === "vblex" && r.tags.has("pp") && r.rank > 0);
}
