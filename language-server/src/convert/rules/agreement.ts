// Stage 4, agreement: a determiner takes the gender of the noun it goes with, in the target
// standard ("en bok" → "ei bok": Bokmål's masculine "bok" is feminine in Nynorsk; "eit vindauge"
// → "et vindu"). The noun's gender is read from the target standard's own lists.
import type { Variety } from "../../protocol/writtenStandard";
import type { Word } from "./analyse";
import { BARE_KIN, KIN_GENDER, NB_DEFINITE, NN_BARE } from "./kinship";
import type { ConvertTable, Reading } from "./table";

export type Gender = "m" | "f" | "nt";

/** The gender a noun reading gives ("n.f.sg.def" → f), if it gives one. */
export function readingGender(r: Reading): Gender | undefined {
    return r.tags.has("m") ? "m" : r.tags.has("f") ? "f" : r.tags.has("nt") ? "nt" : undefined;
}

/**
 * The gender to prefer for a noun reading's target where the target's lists allow two: into
 * Nynorsk the bilingual lexicon's for a masculine or feminine noun ("løsning" → "ei løysing":
 * Bokmål's masculine reading says little, its feminine nouns read as both), into Bokmål the source noun's own (Apertium's
 * Bokmål side has feminine nouns as masculine, which the -a style would lose).
 */
export function preferredGender(r: Reading, to: Variety): Gender | undefined {
    const own = readingGender(r);
    // a neuter stays neuter where the target has it ("et skript" → "eit skript", though the lexicon says "skript<m>")
    return (to === "nn" && own !== "nt" ? r.targetGender : undefined) ?? own;
}

/** Determiners that agree, by source form: the target form for a masculine, feminine and neuter noun. */
const TO_NN: Record<string, [string, string, string]> = {
    en: ["ein", "ei", "eit"],
    ei: ["ein", "ei", "eit"],
    et: ["ein", "ei", "eit"],
    min: ["min", "mi", "mitt"],
    mi: ["min", "mi", "mitt"],
    mitt: ["min", "mi", "mitt"],
    din: ["din", "di", "ditt"],
    di: ["din", "di", "ditt"],
    ditt: ["din", "di", "ditt"],
    sin: ["sin", "si", "sitt"],
    si: ["sin", "si", "sitt"],
    sitt: ["sin", "si", "sitt"],
    vår: ["vår", "vår", "vårt"],
    vårt: ["vår", "vår", "vårt"],
    annen: ["annan", "anna", "anna"],
    annet: ["annan", "anna", "anna"],
    hver: ["kvar", "kvar", "kvart"],
    hvert: ["kvar", "kvar", "kvart"],
    ingen: ["ingen", "inga", "ingen"],
    én: ["éin", "éi", "eitt"],
    ett: ["éin", "éi", "eitt"],
};

function toNb(feminineA: boolean): Record<string, [string, string, string]> {
    const en: [string, string, string] = ["en", feminineA ? "ei" : "en", "et"];
    return {
        ein: en,
        ei: en,
        eit: en,
        min: ["min", feminineA ? "mi" : "min", "mitt"],
        mi: ["min", feminineA ? "mi" : "min", "mitt"],
        mitt: ["min", feminineA ? "mi" : "min", "mitt"],
        din: ["din", feminineA ? "di" : "din", "ditt"],
        di: ["din", feminineA ? "di" : "din", "ditt"],
        ditt: ["din", feminineA ? "di" : "din", "ditt"],
        sin: ["sin", feminineA ? "si" : "sin", "sitt"],
        si: ["sin", feminineA ? "si" : "sin", "sitt"],
        sitt: ["sin", feminineA ? "si" : "sin", "sitt"],
        kvar: ["hver", "hver", "hvert"],
        kvart: ["hver", "hver", "hvert"],
        annan: ["annen", "annen", "annet"],
        anna: ["annen", "annen", "annet"],
        kva: ["hvilken", "hvilken", "hvilket"],
        inga: ["ingen", "ingen", "ingen"],
        éin: ["én", feminineA ? "éi" : "én", "ett"],
        éi: ["én", feminineA ? "éi" : "én", "ett"],
        eitt: ["én", feminineA ? "éi" : "én", "ett"],
    };
}
const TO_NB_EN = toNb(false);
const TO_NB_A = toNb(true);

/** The gender a source determiner says: neuter, or masculine/feminine ("mf"). */
const SAID_GENDER: Record<Variety, Record<string, "nt" | "mf">> = { nb: {}, nn: {} };
for (const [side, nt, mf] of [
    ["nb", "et ett mitt ditt sitt vårt hvert annet", "en ei én min mi din di sin si hver annen"],
    ["nn", "eit eitt mitt ditt sitt vårt kvart", "ein ei éin éi min mi din di sin si kvar annan"],
] as const) {
    for (const f of nt.split(" ")) SAID_GENDER[side][f] = "nt";
    for (const f of mf.split(" ")) SAID_GENDER[side][f] = "mf";
}

/** Nynorsk adjectives whose feminine indefinite singular differs from the masculine. */
const FEMININE_NN: Record<string, string> = { liten: "lita", eigen: "eiga" };

/** The stressed numeral "one" ("éi fil"), which the lists lack: it agrees whatever its reading. */
const STRESSED_ONE = new Set(["én", "ett", "éin", "éi", "eitt"]);

/** Determiners with a plural form of their own, by source form: the target before a plural noun. */
const PLURAL: Record<Variety, Record<string, string>> = {
    nn: { noen: "nokre", noko: "nokre" },
    nb: { nokre: "noen", nokon: "noen" },
};

/** A possessive's forms after a masculine, feminine, neuter and plural noun. */
export type PossessiveForms = readonly [string, string, string, string];

/**
 * Possessives after their noun ("namnet ditt"), by source form, in each target standard: agreement
 * below, and Nynorsk's possessive moved after the noun (possessive.ts).
 */
export const POSTPOSED: Record<Variety, Record<string, PossessiveForms>> = { nn: {}, nb: {} };
for (const [forms, nn, nb] of [
    ["min mi mitt mine", ["min", "mi", "mitt", "mine"], ["min", "min", "mitt", "mine"]],
    ["din di ditt dine", ["din", "di", "ditt", "dine"], ["din", "din", "ditt", "dine"]],
    ["sin si sitt sine", ["sin", "si", "sitt", "sine"], ["sin", "sin", "sitt", "sine"]],
    ["vår vårt våre", ["vår", "vår", "vårt", "våre"], ["vår", "vår", "vårt", "våre"]],
] as const) {
    for (const f of forms.split(" ")) {
        POSTPOSED.nn[f] = nn;
        POSTPOSED.nb[f] = nb;
    }
}

/** Where a gender's form stands in a row of agreeing forms (masculine, feminine, neuter). */
export function genderIndex(g: Gender): 0 | 1 | 2 {
    return g === "m" ? 0 : g === "f" ? 1 : 2;
}

/** Words that may stand between a determiner and its noun. */
function modifierOf(r: Reading | undefined, w: Word): boolean {
    if (!r) return false;
    // "en annen linje" → "ei anna linje": "annen" agrees itself and lets the article see the noun
    if (r.tags.pos === "det" && OTHER.has(w.lower)) return true;
    return r.tags.pos === "adj" || r.tags.pos === "num" || (r.tags.pos === "adv" && !r.tags.has("itg"));
}

/** "Other" in both standards: a determiner that stands between an article and its noun. */
export const OTHER = new Set(["annen", "annet", "andre", "annan", "anna"]);

/**
 * The gender of a noun form in the target standard. Where its lists give two (Nynorsk has many
 * nouns as masculine and feminine), `source` decides (preferredGender), else masculine.
 */
export function genderOf(
    table: ConvertTable,
    side: Variety,
    form: string,
    number: "sg" | "pl",
    definite: boolean,
    source?: Gender,
): Gender | undefined {
    const lower = form.toLowerCase();
    let rs = table.readings(side, lower);
    // a compound the lists lack takes its head's gender ("biletfil" → "fil"): the longest head
    // that can have the source's gender, else the longest ("faksmal" is "faks" + "mal", not "fak" + "smal")
    if (!rs) rs = compoundHead(table, side, lower, number, definite, source);
    if (!rs) return source;
    const found = new Set<Gender>();
    for (const r of rs) {
        const t = r.tags;
        if (t.pos !== "n" || !t.has(number) || t.has("def") !== definite) continue;
        if (t.has("m")) found.add("m");
        else if (t.has("f")) found.add("f");
        else if (t.has("nt")) found.add("nt");
    }
    if (found.size === 1) return [...found][0];
    if (found.size === 0) return source;
    if (source && found.has(source)) return source;
    return found.has("m") ? "m" : found.has("f") ? "f" : "nt";
}

/** The readings of the head of a compound the lists lack (see genderOf). */
function compoundHead(
    table: ConvertTable,
    side: Variety,
    lower: string,
    number: "sg" | "pl",
    definite: boolean,
    source: Gender | undefined,
): Reading[] | undefined {
    let longest: Reading[] | undefined;
    for (let k = 1; k <= lower.length - 3; k++) {
        const rs = table.readings(side, lower.slice(k));
        if (!rs) continue;
        longest ??= rs;
        const nouns = rs.filter((r) => r.tags.pos === "n" && r.tags.has(number) && r.tags.has("def") === definite);
        if (!source || nouns.some((r) => readingGender(r) === source)) return rs;
    }
    return longest;
}

/**
 * Whether the possessive at `i` stands after its own noun: a definite noun, or a bare kinship noun,
 * right before it, of the possessive's gender and number in the source ("søsteren min", "syster
 * mi", not "brukaren sitt dokument", where "sitt" goes with what follows).
 */
function ownNounBefore(words: readonly Word[], chosen: readonly (Reading | undefined)[], i: number): boolean {
    const p = chosen[i]?.tags;
    const n = chosen[i - 1]?.tags;
    if (!p || !n || p.pos !== "det" || !p.has("pos") || n.pos !== "n" || words[i - 1].name) return false;
    if (words[i].index !== words[i - 1].index + 2 || !(n.has("def") || BARE_KIN.has(words[i - 1].lower))) return false;
    if (p.has("pl") || n.has("pl")) return p.has("pl") && n.has("pl");
    return p.has("nt") === n.has("nt");
}

/**
 * Rewrites determiners in `out` (the target form of each word) to agree with their noun.
 * `chosen` is each word's reading.
 */
export function agree(
    table: ConvertTable,
    to: Variety,
    words: readonly Word[],
    chosen: readonly (Reading | undefined)[],
    out: string[],
    feminineA: boolean,
): void {
    const forms = to === "nn" ? TO_NN : feminineA ? TO_NB_A : TO_NB_EN;
    const prenominal: boolean[] = words.map(() => false);
    for (let i = 0; i < words.length - 1; i++) {
        const w = words[i];
        const row = forms[w.lower];
        // the noun: the next word, or the first after adjectives and numbers ("et nytt vindu")
        let j = i + 1;
        while (j < words.length && j <= i + 4 && modifierOf(chosen[j], words[j]) && words[j].index === words[j - 1].index + 2) j++;
        const noun = chosen[j];
        const adjacent = j < words.length && words[j].index === words[j - 1].index + 2;
        prenominal[i] = noun?.tags.pos === "n" && adjacent;
        if (
            noun?.tags.pos === "n" &&
            adjacent &&
            noun.tags.has("pl") &&
            PLURAL[to][w.lower] &&
            (chosen[i]?.tags.pos === "det" || chosen[i]?.tags.pos === "prn")
        ) {
            out[i] = PLURAL[to][w.lower];
            continue;
        }
        // a possessive after its own noun ("søsteren min bor", "syster mi bur") is no determiner of what follows
        if (ownNounBefore(words, chosen, i)) {
            prenominal[i] = false;
            continue;
        }
        if (!row || (chosen[i]?.tags.pos !== "det" && !STRESSED_ONE.has(w.lower))) continue;
        if (!noun || noun.tags.pos !== "n" || !adjacent || !noun.tags.has("sg")) continue;
        let g = genderOf(table, to, out[j], "sg", noun.tags.has("def"), preferredGender(noun, to));
        // the writer's article says a gender the source lists lack for the noun ("et polygon",
        // listed as masculine only): the writer is right, and the target keeps it
        // ("et annet polygon": "annet", or "anna", which is feminine or neuter, goes with its article)
        const saidBy = SAID_GENDER[to === "nn" ? "nb" : "nn"];
        const said =
            saidBy[w.lower] ?? (OTHER.has(w.lower) && i > 0 && chosen[i - 1]?.tags.pos === "det" ? saidBy[words[i - 1].lower] : undefined);
        if (said && !words[j].readings.some((r) => r.tags.pos === "n" && (readingGender(r) === "nt") === (said === "nt")))
            g = said === "nt" ? "nt" : g === "nt" || !g ? "m" : g;
        if (!g) continue;
        out[i] = row[genderIndex(g)];
        // the Nynorsk adjectives with a feminine form of their own: "ei lita veske" (Bokmål "en liten veske")
        if (to === "nn" && g === "f") for (let k = i + 1; k < j; k++) out[k] = FEMININE_NN[out[k]] ?? out[k];
    }
    // a possessive right after its definite noun agrees with it: "namnet ditt" → "navnet ditt",
    // "kontaktlisten din" → "kontaktlista di"
    const after = POSTPOSED[to];
    for (let i = 1; i < words.length; i++) {
        const row = after[words[i].lower];
        const noun = chosen[i - 1];
        const kin = BARE_KIN.has(words[i - 1].lower) && !!noun?.tags.has("sg");
        if (!row || !noun || noun.tags.pos !== "n" || !(noun.tags.has("def") || kin) || words[i].index !== words[i - 1].index + 2) continue;
        // a possessive before its own noun agrees with that one (above): "brukaren sitt lagra dokument"
        if (prenominal[i]) continue;
        // a plural possessive after a singular noun belongs to what follows ("fila mine …" is no phrase)
        if (noun.tags.has("sg") && words[i].lower === row[3]) continue;
        if (noun.tags.has("pl")) {
            out[i] = row[3];
            continue;
        }
        // kinship nouns (kinship.ts): "søsteren min" → "syster mi", "dotter mi" → "datteren min"
        let definite = noun.tags.has("def");
        if (to === "nn" && definite && NN_BARE[out[i - 1]]) {
            out[i - 1] = NN_BARE[out[i - 1]];
            definite = false;
        } else if (to === "nb" && !definite && NB_DEFINITE[out[i - 1]]) {
            out[i - 1] = NB_DEFINITE[out[i - 1]][feminineA ? 1 : 0];
            definite = true;
        }
        const g = (!definite && KIN_GENDER[out[i - 1]]) || genderOf(table, to, out[i - 1], "sg", definite, preferredGender(noun, to));
        if (!g) continue;
        // Bokmål in -a (the house style, or a learnt "mappa") has the feminine possessive too:
        // "lista di", "mor mi", as the determiner before the noun follows the style ("di liste")
        const aForm = out[i - 1].endsWith("a") || !definite;
        out[i] = to === "nb" && g === "f" && feminineA && aForm ? POSTPOSED.nn[words[i].lower][1] : row[genderIndex(g)];
    }
}
