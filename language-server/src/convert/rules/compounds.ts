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
    return head.map((r) => ({ ...r, compound: true, targets: r.targets.map((t) => modifier + t) }));
}

function headReading(r: Reading): boolean {
    return !r.compound && (r.tags.pos === "n" || r.tags.pos === "adj" || (r.tags.pos === "vblex" && r.tags.has("pp")));
}

export function compoundReadings(lookup: Lookup, side: Variety, lower: string, depth = 0): Reading[] | undefined {
    if (depth > 3) return undefined;
    for (let i = MIN_PART; i <= lower.length - MIN_PART; i++) {
        const head = lookup(side, lower.slice(i))?.filter(headReading);
        if (!head || head.length === 0) continue;
        const modifier = modifierForm(lookup, side, lower.slice(0, i), depth);
        if (modifier === undefined) continue;
        return withModifier(head, modifier);
    }
    return undefined;
}

/**
 * The other standard's form of a word as a compound's first part: a noun's indefinite singular,
 * an adjective, or a verb's stem, which is its e-infinitive ("smile-", "skrive-", "teikne-":
 * never "smila-" whatever the house style's infinitive). A definite or plural noun form or a
 * finite verb is no first part ("heksa|desimal" is no compound). "" for a word with no target.
 */
function modifierTarget(rs: readonly Reading[]): string | undefined {
    const noun = rs.find((r) => r.tags.pos === "n" && r.tags.has("sg") && r.tags.has("ind"));
    if (noun) return noun.targets[0] ?? "";
    const adj = rs.find((r) => r.tags.pos === "adj" && !r.tags.has("pp"));
    if (adj) return adj.targets[0] ?? "";
    const verb = rs.find((r) => r.tags.pos === "vblex" && r.tags.has("inf") && !r.tags.has("pasv"));
    if (verb) return verb.targets.find((t) => t.endsWith("e")) ?? verb.targets[0] ?? "";
    return undefined;
}

/** The other standard's form of a compound's first part (with its linking -s- or -e-), or undefined. */
function modifierForm(lookup: Lookup, side: Variety, part: string, depth: number): string | undefined {
    for (const [stem, link] of [
        [part, ""],
        [part.slice(0, -1), part.slice(-1)],
    ]) {
        if (stem.length < MIN_PART || (link && link !== "s" && link !== "e")) continue;
        const rs = lookup(side, stem) ?? compoundReadings(lookup, side, stem, depth + 1);
        if (!rs) continue;
        const form = modifierTarget(rs);
        if (form === undefined) continue;
        return (form || stem) + link;
    }
    return undefined;
}

/** The shortest head a compound with an unknown first part may have: a long, certain noun. */
const MIN_KNOWN_HEAD = 5;

/**
 * A compound whose first part the lists lack ("hyper|lenke", "multi|funksjonsenhet"): read by
 * its longest head that is a noun of at least five letters, the first part kept as written.
 * Only at run time, for a word in lower case (a name or an English word keeps its capital and
 * stays unknown); the build's check of listed compounds uses compoundReadings alone.
 */
export function unknownModifierReadings(lookup: Lookup, side: Variety, lower: string): Reading[] | undefined {
    if (!/^\p{Ll}+$/u.test(lower)) return undefined;
    for (let i = MIN_PART; i <= lower.length - MIN_KNOWN_HEAD; i++) {
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
