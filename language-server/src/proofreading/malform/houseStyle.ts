// House style within a standard, where both forms are correct: the Nynorsk a- or e-infinitive
// and the Bokmål feminine noun in -a or -en ("lista"/"listen"). A text is held to the form it
// writes more often (or to a set house style); the counts add up over the blocks of a document.
import { withoutBreakHints } from "../../text/words";
import { infinitiveContext } from "./context";
import { F, TAG, type MalformData } from "./format";
import type { OtherVarietyForm } from "./issues";
import { recase, type Tok, type WordInput } from "./tokens";

export interface InfinitiveCounts {
    a: number;
    e: number;
}

/**
 * The infinitive a Nynorsk text is held to, from what it writes: "auto" takes "a" unless the text
 * writes at least two e-infinitives and more of them than a-infinitives; "evidence" takes "a"
 * only if it writes a-infinitives and more of them.
 */
export function infinitiveStyleOf(counts: InfinitiveCounts, mode: "auto" | "evidence"): "a" | "e" {
    if (mode === "evidence") return counts.a > counts.e ? "a" : "e";
    return counts.e >= 2 && counts.e > counts.a ? "e" : "a";
}

/** How many definite forms of Bokmål feminine nouns a text writes with -a ("lista") and with -en ("listen"). */
export interface FeminineCounts {
    a: number;
    en: number;
}

/** Which form of feminine nouns a Bokmål text is held to; "off": both may stand. */
export type FeminineStyle = "a" | "en" | "off";

/**
 * The feminine form a Bokmål text is held to, from what it writes: the form it writes more
 * often; "off" when it writes both equally often or neither (both forms are correct Bokmål, so
 * without evidence nothing is marked).
 */
export function feminineStyleOf(counts: FeminineCounts): FeminineStyle {
    return counts.a > counts.en ? "a" : counts.en > counts.a ? "en" : "off";
}

/** How many a- and e-infinitives the words write (Nynorsk infinitives where an infinitive stands). */
export function countInfinitives(d: MalformData, toks: readonly Tok[]): InfinitiveCounts {
    let a = 0;
    let e = 0;
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.case !== "lower" || !infinitiveContext(toks, i)) continue;
        const r = d.lookup(t.lower);
        if (r < 0 || !(d.flags(r) & F.INF_NN)) continue;
        if (t.lower.endsWith("a")) a++;
        else if (t.lower.endsWith("e") && d.record(r, t.lower).replacements.some((x) => x.tags & TAG.AINF)) e++;
    }
    return { a, e };
}

/** How many a- and en-forms of feminine nouns the words write. */
export function countFeminines(d: MalformData, words: readonly WordInput[]): FeminineCounts {
    let a = 0;
    let en = 0;
    for (const w of words) {
        // lower-case words only, and most end in neither "a" nor "en": no tokens to build
        const text = typeof w === "string" ? w : w.text;
        const last = text.charCodeAt(text.length - 1);
        if (last !== 0x61 && last !== 0x6e) continue;
        const plain = withoutBreakHints(text);
        if (plain !== plain.toLowerCase()) continue;
        if (enFormOf(d, plain)) a++;
        else if (aFormOf(d, plain)) en++;
    }
    return { a, en };
}

/** The feminine form a Bokmål text held to `style` writes instead of `t`, if it writes another. */
export function otherFeminine(d: MalformData, t: Tok, style: "a" | "en"): OtherVarietyForm | undefined {
    if (t.case !== "lower" && t.case !== "cap") return undefined;
    const other = style === "en" ? enFormOf(d, t.lower) : aFormOf(d, t.lower);
    return other ? { kind: "feminine", suggestions: [recase(other, t.case)] } : undefined;
}

/**
 * "listen" for "lista": the definite -en form of a Bokmål feminine noun, known by the
 * Nynorsk replacement of the en-form being the a-form (neuter plurals, "husa", have none).
 */
function enFormOf(d: MalformData, lower: string): string | undefined {
    if (lower.length < 4 || !lower.endsWith("a")) return undefined;
    const en = lower.slice(0, -1) + "en";
    return aFormOf(d, en) === lower ? en : undefined;
}

/** "lista" for "listen" (see enFormOf). */
function aFormOf(d: MalformData, lower: string): string | undefined {
    if (lower.length < 5 || !lower.endsWith("en")) return undefined;
    const r = d.lookup(lower);
    if (r < 0 || !(d.flags(r) & F.NB)) return undefined;
    const a = lower.slice(0, -2) + "a";
    const ra = d.lookup(a);
    if (ra < 0 || !(d.flags(ra) & F.NB)) return undefined;
    return d.record(r, lower).replacements.some((x) => x.text === a) ? a : undefined;
}
