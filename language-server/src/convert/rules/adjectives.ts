// Stage 4, agreement of adjectives: an adjective before its noun takes the definite/plural form
// or the indefinite singular by the noun phrase, not by its own reading alone. Nynorsk writes many
// participles alike in every form ("tilpassa", "lagra"), Bokmål does not ("et tilpasset
// dokument", "de tilpassede filene"); the tables give a Bokmål participle's plural as "valgt",
// where the adjective's plural is its definite form ("valgte"). So the form is read from the
// phrase: a plural noun, or a definite one after a determiner, possessive or genitive ("den nye
// fila", "mine valde filer", "brukerens lagrede dokument"), wants the definite form; an indefinite
// singular noun after an article or nothing wants the indefinite one ("ein tilpassa tekst" → "en
// tilpasset tekst").
import { preferredGender } from "./agreement";
import type { Word } from "./analyse";
import { COPULA, MIDDLE, MODALS, PASSIVE } from "./priors";
import type { Reading, Tags } from "./table";

/** Whether a determiner (or genitive) before an adjective makes it definite: "den", "dei", "min", "brukerens". */
function definiteBefore(t: Tags | undefined): boolean {
    if (!t) return false;
    if (t.pos === "det") return t.has("dem") || t.has("pos") || t.has("def");
    return t.has("gen");
}

/** A reading that changes with the phrase: a positive adjective (not a comparative or superlative). */
function agreeing(r: Reading): boolean {
    return r.tags.pos === "adj" && !r.tags.has("comp") && !r.tags.has("sup") && r.targets.length > 0;
}

/**
 * Rewrites each attributive adjective's target form in `out` to agree with its noun phrase.
 * `generate` gives a reading's target form by the house style (no learnt choice: a learnt
 * choice is per word, not per form, and would put the form back).
 */
export function agreeAdjectives(
    words: readonly Word[],
    chosen: readonly (Reading | undefined)[],
    out: string[],
    generate: (i: number, r: Reading) => string,
): void {
    const next = (j: number) => j < words.length && words[j].index === words[j - 1].index + 2 && !words[j].initial;
    for (let i = 0; i < words.length - 1; i++) {
        const r = chosen[i];
        if (!r || !agreeing(r) || words[i].name || words[i].prefix) continue;
        // the noun, after any more adjectives ("dei valde lagra tilstandane")
        let j = i + 1;
        while (next(j) && chosen[j]?.tags.pos === "adj") j++;
        const noun = next(j) ? chosen[j] : undefined;
        if (noun?.tags.pos !== "n") continue;
        let k = i - 1;
        while (k >= 0 && next(k + 1) && chosen[k]?.tags.pos === "adj") k--;
        const before = k >= 0 && next(k + 1) ? chosen[k]?.tags : undefined;
        const nt = noun.tags;
        const definite = nt.has("pl") || (nt.has("def") && definiteBefore(before));
        const indefinite = nt.has("sg") && !nt.has("def") && !definiteBefore(before);
        const fits = (a: Reading) => (definite ? a.tags.has("def") || a.tags.has("pl") : a.tags.has("sg") && a.tags.has("ind"));
        if (!definite && !indefinite) continue;
        if (fits(r) && (indefinite || r.tags.has("def"))) {
            // a learnt choice is per word: "tilpassa" → "tilpassede" learnt from "dei tilpassa
            // filene" is the wrong form in "ein tilpassa tekst"; the reading's own form is right
            const other = words[i].readings.some((a) => a !== r && !fits(a) && a.targets.includes(out[i]));
            if (other && !r.targets.includes(out[i])) out[i] = generate(i, r);
            continue;
        }
        // (a participle's forms for a participle, a plain adjective's for an adjective: "rette" is both)
        const options = words[i].readings.filter((a) => agreeing(a) && fits(a) && a.tags.has("pp") === r.tags.has("pp"));
        // the definite singular's form serves the plural too (Bokmål and Nynorsk write them alike);
        // an indefinite singular of the noun's gender ("et stort", "eit opna")
        const gender = nt.has("nt") ? "nt" : "mf";
        const best = definite
            ? (options.find((a) => a.tags.has("def")) ?? options[0])
            : (options.find((a) => a.tags.has(gender)) ?? options.find((a) => !a.tags.has("nt")) ?? options[0]);
        if (!best || best === r) continue;
        out[i] = generate(i, best);
    }
}

/**
 * Into Nynorsk a participle after "er"/"vert"/"blir" agrees with the subject noun before the
 * verb (or before "som", or before a prepositional phrase after it): "Ingen kontroll er vald",
 * "Dokumentet er valt", "Filene er valde", "Husa i gata er selde";
 * Bokmål writes "valgt" for all three. A participle with no noun subject before it keeps its form
 * ("Det er valt", "har valt": the neuter, which is also the supine).
 */
export function agreePredicative(
    words: readonly Word[],
    chosen: readonly (Reading | undefined)[],
    out: string[],
    generate: (i: number, r: Reading) => string,
): void {
    const adjacent = (j: number) => j > 0 && words[j].index === words[j - 1].index + 2 && !words[j].initial;
    for (let i = 2; i < words.length; i++) {
        const r = chosen[i];
        if (!r || !r.tags.has("pp") || !adjacent(i) || words[i].name || words[i].prefix) continue;
        let j = i - 1;
        while (j > 0 && MIDDLE.has(words[j].lower) && adjacent(j)) j--;
        if (!(COPULA.has(words[j].lower) || PASSIVE.has(words[j].lower)) || !adjacent(j)) continue;
        let k = j - 1;
        // past a modal before the infinitive "bli"/"være": "Søkerne vil bli prioriterte"
        if (INFINITIVE_AUX.has(words[j].lower) && MODALS.has(words[k].lower) && adjacent(k)) k--;
        if (words[k].lower === "som" && adjacent(k)) k--;
        else k = subjectBeforePhrase(words, chosen, k);
        const noun = chosen[k];
        if (noun?.tags.pos !== "n" || words[k].name) continue;
        const gender = noun.tags.has("pl") ? "pl" : (preferredGender(noun, "nn") ?? "m") === "nt" ? "nt" : "mf";
        const best = words[i].readings.find((a) => a.tags.pos === "adj" && a.tags.has("pp") && a.tags.has(gender));
        if (!best || best === r) continue;
        const form = generate(i, best);
        // a strong participle stays as it is ("Ingen skrivar vart funne", not "funnen": so translators write it)
        if (!(form.endsWith("en") && out[i] === form.slice(0, -1))) out[i] = form;
    }
}

/** Bokmål "bli" and "være" as infinitives after a modal (the source words: this runs into Nynorsk). */
const INFINITIVE_AUX = new Set(["bli", "være"]);

const AND_OR = new Set(["og", "eller", "samt"]);

/**
 * The subject before a prepositional phrase that ends at `k` ("Husa i gata er selde", "Ingen
 * endringar i innhaldet er tillatne"), else `k`. Only a definite noun in the phrase, words with
 * nothing but a space between them and no coordination ("innsetting, sletting og rotering av sider
 * er tillatne": the subject is all three).
 */
function subjectBeforePhrase(words: readonly Word[], chosen: readonly (Reading | undefined)[], k: number): number {
    const joined = (a: number) => a > 0 && words[a].index === words[a - 1].index + 2 && words[a].gap === " " && !words[a].initial;
    const t = chosen[k]?.tags;
    if (t?.pos !== "n" || !(t.has("def") || words[k].name)) return k;
    let m = k - 1;
    while (m > 0 && joined(m + 1) && (chosen[m]?.tags.pos === "det" || chosen[m]?.tags.pos === "adj")) m--;
    if (m < 1 || !joined(m + 1) || !joined(m) || chosen[m]?.tags.pos !== "pr" || chosen[m - 1]?.tags.pos !== "n") return k;
    if (m > 1 && (AND_OR.has(words[m - 2].lower) || /,/.test(words[m - 1].gap))) return k;
    return m - 1;
}
