// Pronouns that refer back to a noun take the noun's gender: Bokmål "den" stands for any
// masculine or feminine noun, Nynorsk writes "han" or "ho" by the noun's gender ("Filen finnes.
// Vil du overskrive den?" → "Fila finst. Vil du overskriva ho?"), and back ("ho" → "den" when a
// feminine noun is what it refers to). The noun referred to is taken to be the nearest singular
// noun before the pronoun on the line; a plural one, or a neuter one into Nynorsk, stops the
// search (the pronoun then refers to something else and is kept).
import { type Gender, genderOf, preferredGender } from "./agreement";
import type { ConvertedWord } from "./engine";
import type { ConvertTable } from "./table";
import type { Token } from "./tokens";

/** The nearest noun before `i`, or undefined. */
function antecedent(converted: readonly ConvertedWord[], i: number): ConvertedWord | undefined {
    for (let j = i - 1; j >= 0; j--) {
        const r = converted[j].reading;
        if (r?.tags.pos === "n" && !converted[j].word.name) return converted[j];
    }
    return undefined;
}

/**
 * Whether the word after `i` makes "den" a determiner: a noun, a number, or a form that can be a
 * definite adjective ("den nye fila", "fra den siste", "den valgte pakka") follows.
 * An indefinite adjective is a predicate: "Er den ødelagt?".
 */
function determinerUse(converted: readonly ConvertedWord[], tokens: readonly Token[], i: number): boolean {
    const next = converted[i + 1];
    const w = converted[i].word;
    if (!next || next.word.index !== w.index + 2 || !/^\s+$/.test(tokens[w.index + 1].text)) return false;
    // "som", or a word it does not know ("den projektive rotasjonen"): left as it is
    if (next.word.lower === "som" || next.word.readings.length === 0) return true;
    // a finite verb with no noun or adjective after it: "men den likte ikke postmannen" (not "den
    // valgte pakka", "den valgte flytende rammen")
    const after = converted[i + 2];
    const nounAfter =
        after?.word.index === next.word.index + 2 &&
        (after.word.readings.length === 0 || after.word.readings.some((r) => r.tags.pos === "n" || r.tags.pos === "adj"));
    if (next.word.readings.some((r) => r.tags.has("pret") || r.tags.has("pres")) && !nounAfter) return false;
    return next.word.readings.some((r) => {
        const t = r.tags;
        if (t.pos === "n" || t.pos === "num" || t.pos === "np" || (t.pos === "det" && !t.has("qnt"))) return true;
        // (the analyser gives some participles a plural reading in their bare form: "ødelagt")
        return (t.pos === "adj" || t.has("pp")) && (t.has("def") || t.has("sp") || (t.has("pl") && next.word.lower.endsWith("e")));
    });
}

/** Bokmål "den" referring to a noun → Nynorsk "han"/"ho" by the noun's Nynorsk gender. */
export function pronounsToNynorsk(table: ConvertTable, converted: ConvertedWord[], tokens: readonly Token[]): void {
    for (let i = 1; i < converted.length; i++) {
        const c = converted[i];
        if (c.word.lower !== "den" || c.out !== "den" || determinerUse(converted, tokens, i)) continue;
        const noun = antecedent(converted, i);
        if (!noun?.reading || !noun.reading.tags.has("sg")) continue;
        const g = genderOf(table, "nn", noun.out.split(" ")[0], "sg", noun.reading.tags.has("def"), preferredGender(noun.reading, "nn"));
        if (g === "m") c.out = "han";
        else if (g === "f") c.out = "ho";
    }
    degreeHvor(converted);
}

/** Nynorsk asks "how" of a degree with "kor", "where" with "kvar": "Hvor mange land …?" → "Kor mange". */
function degreeHvor(converted: ConvertedWord[]): void {
    for (let i = 0; i + 1 < converted.length; i++) {
        const c = converted[i];
        const next = converted[i + 1];
        if (c.word.lower !== "hvor" || next.word.index !== c.word.index + 2 || !/^\s+$/.test(next.word.gap)) continue;
        const t = next.reading?.tags;
        if (t && (t.pos === "adj" || t.pos === "adv" || (t.pos === "det" && t.has("qnt")))) c.out = "kor";
    }
}

const PERSONAL: Record<string, Gender> = { han: "m", ho: "f", henne: "f" };

/** Nynorsk nouns for people: "han"/"ho" after them is "han"/"hun" ("Jenta kom heim, og ho var trøytt"). */
const PEOPLE = new Set(
    (
        "mann kvinne jente gut dame herre kone ektemann mor far bror syster søster son dotter bestemor bestefar " +
        "farfar farmor morfar mormor onkel tante venn ven nabo elev lærar lege sjukepleiar sjef kollega person " +
        "konge dronning prins prinsesse student forfattar ordførar rektor bonde kjærast kjæraste gjest pasient " +
        "sjåfør minister statsminister leiar direktør president unge baby politimann"
    ).split(" "),
);

/** Whether a Nynorsk noun form is one of PEOPLE (any ending: "jenta", "læraren") or ends in "-inne" ("venninna"). */
function person(lower: string): boolean {
    if (/inn[ea]$/.test(lower)) return true;
    for (const end of ["", "en", "a", "et", "n", "e"]) {
        const stem = end ? lower.slice(0, -end.length) : lower;
        if (lower.endsWith(end) && (PEOPLE.has(stem) || PEOPLE.has(stem + "e"))) return true;
    }
    return false;
}

/** Nynorsk "han"/"ho" referring to a masculine/feminine noun → Bokmål "den". */
export function pronounsToBokmal(converted: ConvertedWord[], tokens: readonly Token[]): void {
    for (let i = 1; i < converted.length; i++) {
        const c = converted[i];
        const g = PERSONAL[c.word.lower];
        if (!g || c.reading?.tags.pos !== "prn") continue;
        const noun = antecedent(converted, i);
        if (!noun?.reading || !noun.reading.tags.has("sg") || !noun.reading.tags.has(g) || person(noun.word.lower)) continue;
        c.out = "den";
    }
    pronounCase(converted, tokens);
    questionWordsToBokmal(converted);
}

/** The Bokmål interrogative by the article after "kva for" (after agreement, so in Bokmål). */
const WHICH: Record<string, string> = { en: "hvilken", ei: "hvilken", et: "hvilket", noen: "hvilke" };

/**
 * Nynorsk "kva for ein/ei/eit/nokre" + noun asks "which": Bokmål "hvilken/hvilket/hvilke" + noun
 * ("Kva for ein bil har du?" → "Hvilken bil har du?"); "kva slags" is "hva slags", whatever the
 * determiner reading gave "kva" ("hvilken slags"); "kva tid" before a verb is "når"; "kvar sin" is
 * "hver sin".
 */
function questionWordsToBokmal(converted: ConvertedWord[]): void {
    const next = (i: number) =>
        i + 1 < converted.length && converted[i + 1].word.index === converted[i].word.index + 2 && converted[i + 1].word.gap === " "
            ? converted[i + 1]
            : undefined;
    for (let i = 0; i < converted.length; i++) {
        const c = converted[i];
        const a = next(i);
        // "Alle barna fekk kvar sin is" → "hver sin is": "kvar" before a possessive is "each", not "where"
        if ((c.word.lower === "kvar" || c.word.lower === "kvart") && a?.reading?.tags.has("pos")) {
            c.out = c.word.lower === "kvart" || a.word.lower === "sitt" ? "hvert" : "hver";
            continue;
        }
        if (c.word.lower !== "kva") continue;
        if (a?.word.lower === "slags") {
            c.out = "hva";
            continue;
        }
        // "Kva tid kjem toget?" → "Når kommer toget?": "kva tid" before a finite verb asks "when"
        const verb = a?.word.lower === "tid" ? next(i + 1) : undefined;
        if (verb?.reading?.tags.pos === "vblex" && (verb.reading.tags.has("pres") || verb.reading.tags.has("pret"))) {
            c.out = "når";
            a!.dropped = "before";
            continue;
        }
        const art = a?.word.lower === "for" ? next(i + 1) : undefined;
        const which = art && WHICH[art.out];
        const noun = art && next(i + 2);
        if (!which || !noun?.word.readings.some((r) => r.tags.pos === "n" || r.tags.pos === "adj")) continue;
        c.out = which;
        a!.dropped = "after";
        art.dropped = "after";
        i += 2;
    }
}

/** Whether the sentence a token stands in ends with a question mark. */
function question(tokens: readonly Token[], from: number): boolean {
    for (let t = from + 1; t < tokens.length; t++) {
        const m = tokens[t].kind === "other" ? /[.!?]/.exec(tokens[t].text) : null;
        if (m) return m[0] === "?";
    }
    return false;
}

const finite = (c: ConvertedWord | undefined) =>
    c?.reading?.tags.pos === "vblex" && (c.reading.tags.has("pres") || c.reading.tags.has("pret"));

/**
 * Whether a pronoun right after a finite verb is its object: a noun or pronoun before the verb in
 * its clause, outside a prepositional phrase, is the subject ("Vi gav dei ei bok"); with none,
 * or after a question word, the pronoun is the inverted subject ("Når kjem dei heim?", "Då
 * gjekk dei heim"); a clause that opens with the verb is a question ("Har dei kome?"), a
 * command ("set dei inn.") or inverted after a comma ("…, sa ho."). A finite verb after the pronoun makes it a subject ("Eg trur dei kjem").
 */
function objectAfterVerb(converted: readonly ConvertedWord[], tokens: readonly Token[], i: number): boolean {
    const c = converted[i];
    const next = converted[i + 1];
    if (next && adjacent(c, next) && finite(next)) return false;
    // the clause before the verb: back to the sentence start, a comma or a conjunction
    let k = i - 1;
    while (k > 0 && !converted[k].word.initial && !/[,;:]/.test(converted[k].word.gap)) {
        const pos = converted[k - 1].reading?.tags.pos;
        if (pos === "cnjcoo" || pos === "cnjsub") break;
        k--;
    }
    const clause = converted.slice(k, i - 1);
    // (a verb with no imperative reading after a comma is inverted: "…, sa ho.")
    if (clause.length === 0) return !question(tokens, c.word.index) && converted[i - 1].word.readings.some((r) => r.tags.has("imp"));
    if (clause[0].reading?.tags.has("itg")) return clause.length === 1 && clause[0].word.lower === "kven";
    let inPhrase = false;
    for (const w of clause) {
        const t = w.reading?.tags;
        if (t?.pos === "pr") inPhrase = true;
        else if (t?.pos === "n" || t?.pos === "np" || t?.pos === "prn" || w.word.name) {
            if (!inPhrase) return true;
            inPhrase = false;
        }
    }
    return false;
}

/** Nynorsk pronouns that are subject and object alike ("han" is "han" or "ham" in Bokmål). */
const BOTH_CASES = new Set(["han", "ho", "dei"]);

/** Prepositions that also open a clause ("før dei vert lagra", "som om dei er", "som han fekk"). */
const SUBJUNCTIONS = new Set(["som", "om", "før", "etter", "enn", "til"]);

/** Bokmål object forms and their subject forms. */
const NOMINATIVE: Record<string, string> = { ham: "han", henne: "hun", dem: "de" };

const adjacent = (a: ConvertedWord, b: ConvertedWord) => b.word.index === a.word.index + 2 && b.word.gap === " ";

/**
 * Nynorsk "dei" and "ho" are subject and object; Bokmål writes "de"/"dem", "hun"/"henne". "dei"
 * after a finite verb that has no subject before it is "de" ("Når kjem dei heim?"); "ho" after a
 * preposition, a non-finite verb or a finite verb with its subject before it is "henne" ("Eg
 * møtte ho på stasjonen", "med ho").
 */
function pronounCase(converted: ConvertedWord[], tokens: readonly Token[]): void {
    for (let i = 1; i < converted.length; i++) {
        const c = converted[i];
        const before = converted[i - 1];
        if (c.reading?.tags.pos !== "prn" || !adjacent(before, c)) continue;
        // before a finite verb it is the subject ("Broren, som han fekk til å …" → "som han fikk"),
        // not after a preposition ("Eitt av dei har fått nytt namn" → "av dem")
        const next = converted[i + 1];
        if (
            NOMINATIVE[c.out] &&
            BOTH_CASES.has(c.word.lower) &&
            (before.reading?.tags.pos !== "pr" || SUBJUNCTIONS.has(before.word.lower)) &&
            next &&
            adjacent(c, next) &&
            finite(next)
        ) {
            c.out = NOMINATIVE[c.out];
            continue;
        }
        if (c.word.lower === "dei" && c.out === "dem" && finite(before) && !objectAfterVerb(converted, tokens, i)) c.out = "de";
        if (c.word.lower !== "ho" || c.out !== "hun") continue;
        const t = before.reading?.tags;
        const nonFinite = t?.pos === "vblex" && (t.has("inf") || t.has("pp") || t.has("imp"));
        if (t?.pos === "pr" || nonFinite || (finite(before) && objectAfterVerb(converted, tokens, i))) c.out = "henne";
    }
}
