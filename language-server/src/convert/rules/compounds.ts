// Compounds the lists lack ("dagboknotiser"), read as a modifier and a head: the head is the
// longest word of the lists that ends the form and is no compound itself (Norwegian compounds
// are right-headed: its readings give the part of speech, gender and inflection), the modifier
// any known word, or itself a compound, with its linking -s- or -e-. The build drops the listed
// compounds this reads exactly as the lists do (scripts/convert/compile.ts), so the same
// function must serve both: it sees the tables only through `Lookup`.
import type { Variety } from "../../protocol/writtenStandard";
import type { Reading } from "./table";

export type Lookup = (side: Variety, form: string) => readonly Reading[] | undefined;

const MIN_PART = 3;

/** The head's readings as a compound's: each target form with the first part (as the target writes it) before it. */
function withModifier(head: readonly Reading[], modifier: string): Reading[] {
    // a passive written with "vert" takes the first part on its participle: "vert førehandsvist"
    const join = (t: string) => (t.startsWith("vert ") ? `vert ${modifier}${t.slice(5)}` : modifier + t);
    return head.map((r) => ({ ...r, compound: true, targets: r.targets.map(join) }));
}

/**
 * A head's readings as a compound's: nouns, adjectives and participles; and its verb readings
 * where it has no noun or adjective reading but a genitive ("forhånds|vises" is the passive of
 * "forhåndsvise", not the genitive of "vise"): the context chooses between them.
 */
function headReadings(all: readonly Reading[] | undefined, compoundHead = false): Reading[] | undefined {
    const head = all?.filter((r) => headReading(r) || (compoundHead && r.compound && headReading({ ...r, compound: false })));
    if (!all || !head?.length || head.some((r) => !r.tags.has("gen"))) return head;
    return [...head, ...all.filter((r) => !r.compound && r.tags.pos === "vblex" && !r.tags.has("pp"))];
}

function headReading(r: Reading): boolean {
    return !r.compound && (r.tags.pos === "n" || r.tags.pos === "adj" || (r.tags.pos === "vblex" && r.tags.has("pp")));
}

/**
 * How each standard writes a noun first in a compound, learnt from its own compounds: Nynorsk
 * "bilet|fil", "vindaugs|tittel" where the noun alone is "bilete", "vindauge" (ConvertTable's
 * firstPart and standalone; the build passes its own maps, so it reads compounds as the server will).
 */
export interface FirstParts {
    /** The noun (indefinite singular) as `side` writes it first in a compound, its linking letter included. */
    firstPart(side: Variety, noun: string): string | undefined;
    /** The noun a first part stands for where stripping a linking -s-/-e- does not find it. */
    standalone(side: Variety, firstPart: string): string | undefined;
}

export function compoundReadings(lookup: Lookup, side: Variety, lower: string, parts?: FirstParts, depth = 0): Reading[] | undefined {
    if (depth > 3) return undefined;
    // a head that is no compound itself first; failing that, one the lists have as a compound
    // ("lysbilde|fremvisningen": "fremvisning" is listed only as frem|visning), whose target
    // Apertium gave ("framvisninga"), before the first part is left as written
    for (const compoundHead of depth === 0 ? [false, true] : [false]) {
        for (let i = MIN_PART; i <= lower.length - MIN_PART; i++) {
            if (kjSpelling(lookup, side, lower, i)) return undefined;
            const h = lower.slice(i);
            if (SUFFIX_HEADS.has(h)) continue;
            // (a listed compound the build left out is read as the server reads it)
            const all =
                lookup(side, h) ??
                (compoundHead && h.length >= MIN_COMPOUND_HEAD ? compoundReadings(lookup, side, h, parts, 1) : undefined);
            const head = headReadings(all, compoundHead);
            if (!head || head.length === 0) continue;
            const modifier = modifierForm(lookup, side, lower.slice(0, i), parts, depth);
            if (modifier === undefined) continue;
            return withModifier(head, modifier);
        }
    }
    return undefined;
}

/**
 * Endings that are suffixes, not the word they look like: "oppgraderbare" is "oppgrader" + the
 * suffix -bar, which both standards write alike, not "oppgrader" + "bare" (naked, "berre").
 */
const SUFFIX_HEADS = new Set(["bar", "bart", "bare"]);

/** The shortest head that may itself be a compound ("fremvisning"). */
const MIN_COMPOUND_HEAD = 7;

/**
 * A Nynorsk "kj"/"gj" spelling, no compound: "søkjet" is "søket" (the lists' spelling, which
 * analyse.ts finds next), not "søk|jet"; the same word without the j is listed.
 */
function kjSpelling(lookup: Lookup, side: Variety, lower: string, i: number): boolean {
    return (
        side === "nn" &&
        /[kg]$/.test(lower.slice(0, i)) &&
        /^j[ae]/.test(lower.slice(i)) &&
        !!lookup(side, lower.slice(0, i) + lower.slice(i + 1))
    );
}

/**
 * The other standard's form of a word as a compound's first part: a preposition's, an adverb's
 * ("saman|slått" → "sammen|slått", "mellom|tjeneren") or "eigen"'s, else a noun's indefinite singular,
 * an adjective, or a verb's stem, which is its e-infinitive ("smile-", "skrive-", "teikne-":
 * never "smila-" whatever the house style's infinitive). A definite or plural noun form or a
 * finite verb is no first part ("heksa|desimal" is no compound), nor a genitive. Form "" for a word with no target.
 */
function modifierTarget(rs: readonly Reading[]): { form: string; noun: boolean } | undefined {
    // a word that is a preposition or an adverb is one first ("for|valg" → "for|val", not the
    // noun "fòr", furrow; "heime|mappa" → "hjemme|", not the verb), and so is "eigen" → "egen";
    // an adjective stays one ("rund|tekst", not the adverb "rundt")
    const adjective = rs.some((r) => r.tags.pos === "adj");
    const particle = rs.find(
        (r) => (r.tags.pos === "det" && r.tags.has("emph")) || r.tags.pos === "pr" || (r.tags.pos === "adv" && !adjective),
    );
    if (particle) return { form: particle.targets[0] ?? "", noun: false };
    // a genitive ("vindus") is the noun and its linking -s-, which the caller strips
    const noun = rs.find((r) => r.tags.pos === "n" && r.tags.has("sg") && r.tags.has("ind") && !r.tags.has("gen"));
    if (noun) return { form: noun.targets[0] ?? "", noun: !noun.compound };
    // the adjective's bare form: "skrå|stilling" → "skrå|stilling", not the definite "skråe"
    const adjs = rs.filter((r) => r.tags.pos === "adj" && !r.tags.has("pp"));
    const adj = adjs.find((r) => r.tags.has("sg") && r.tags.has("ind") && !r.tags.has("nt")) ?? adjs[0];
    if (adj) return { form: adj.targets[0] ?? "", noun: false };
    const verb = rs.find((r) => r.tags.pos === "vblex" && r.tags.has("inf") && !r.tags.has("pasv"));
    if (verb) return { form: verb.targets.find((t) => t.endsWith("e")) ?? verb.targets[0] ?? "", noun: false };
    return undefined;
}

/**
 * The other standard's form of a compound's first part, or undefined: a noun as that standard
 * writes it first in its own compounds where its lists show how ("bilde|fil" → "bilet|fil",
 * "vindus|tittel" → "vindaugs|tittel"), else the word's form with the source's linking -s- or -e-.
 */
function modifierForm(lookup: Lookup, side: Variety, part: string, parts: FirstParts | undefined, depth: number): string | undefined {
    const candidates: [string, string][] = [
        [part, ""],
        [part.slice(0, -1), part.slice(-1)],
    ];
    const noun = parts?.standalone(side, part);
    // its linking -s- is the source's: "vindaugs|tittel" → "vindus|tittel"
    if (noun) candidates.push([noun, part.endsWith("s") && !noun.endsWith("s") ? "s" : ""]);
    for (const [stem, link] of candidates) {
        if (stem.length < MIN_PART || (link && link !== "s" && link !== "e")) continue;
        const rs = lookup(side, stem) ?? compoundReadings(lookup, side, stem, parts, depth + 1);
        if (!rs) continue;
        const m = modifierTarget(rs);
        if (m === undefined) continue;
        const own = m.noun && m.form ? parts?.firstPart(side === "nb" ? "nn" : "nb", m.form) : undefined;
        // with the source's linking letter, or none where it has none: "oppsett|fila" stays so
        // (the lists mostly write "oppsetts-"), and a wrong split keeps its letters ("parti|s|joner",
        // "skal|e|ring")
        if (own !== undefined && (own !== m.form && own.endsWith("s")) === (link === "s") && (link !== "e" || own.endsWith("e")))
            return own;
        return (m.form || stem) + link;
    }
    return undefined;
}

/** The shortest head a compound with an unknown first part may have: a long, certain noun. */
const MIN_KNOWN_HEAD = 5;
/** A first part this long takes a short head too ("oktal|tal", "romer|tal"): a short English word does not split so. */
const MIN_LONG_MODIFIER = 5;

/**
 * A compound whose first part the lists lack ("hyper|lenke", "multi|funksjonsenhet"): read by
 * its longest head that is a noun of at least five letters (three after a first part of five), the first part kept as written.
 * Only at run time, for a word in lower case (a name or an English word keeps its capital and
 * stays unknown); the build's check of listed compounds uses compoundReadings alone.
 */
export function unknownModifierReadings(lookup: Lookup, side: Variety, lower: string): Reading[] | undefined {
    if (!/^\p{Ll}+$/u.test(lower)) return undefined;
    for (let i = MIN_PART; i <= lower.length - MIN_PART; i++) {
        if (lower.length - i < MIN_KNOWN_HEAD && i < MIN_LONG_MODIFIER) continue;
        // a head that is a noun ("lenke"); its verb readings come too, for the context to choose
        // ("skal gjennom|skjære" is the verb, not the bird)
        const all = lookup(side, lower.slice(i));
        if (!all?.some((r) => headReading(r) && r.tags.pos === "n")) continue;
        const head = all.filter((r) => !r.compound && ["n", "adj", "vblex"].includes(r.tags.pos));
        const modifier = lower.slice(0, i);
        return withModifier(head, modifier);
    }
    return undefined;
}

/**
 * Prefixes written alike in both standards that make new verbs, participles and adjectives
 * ("av|montere", "inn|kommende", "gjen|opprettast"), and the negating "u-" of adjectives
 * ("u|kryptert").
 */
const PARTICLES = new Set("inn ut av opp ned over under gjennom til på om med mot etter gjen bak fram sam mis".split(" "));
const MIN_PARTICLE_HEAD = 4;

/** A word the lists lack read as a particle and a known word ("avmontera", "innkomande"), or "u" and an adjective. */
export function prefixedReadings(lookup: Lookup, side: Variety, lower: string): Reading[] | undefined {
    if (!/^\p{Ll}+$/u.test(lower)) return undefined;
    for (let i = lower.length - MIN_PARTICLE_HEAD; i >= 1; i--) {
        const prefix = lower.slice(0, i);
        const negation = prefix === "u";
        if (!negation && !PARTICLES.has(prefix)) continue;
        const rs = lookup(side, lower.slice(i))?.filter(
            (r) => !r.compound && (negation ? r.tags.pos === "adj" : ["n", "adj", "vblex"].includes(r.tags.pos)),
        );
        if (!rs || rs.length === 0) continue;
        return withModifier(rs, prefix);
    }
    return undefined;
}
