// The verdict on a word the data lists, rule by rule in a fixed order (the first that speaks
// wins): a form of the other standard; forms that are the other standard's only in a position
// (the imperative at a sentence start, the noun after a determiner or preposition); the
// infinitive of the wrong kind where an infinitive stands; "denne"/"dette" before a noun of the
// other gender; a cut-off infinitive after "å"; "skall" before a verb.
import type { Variety } from "../../protocol/writtenStandard";
import { lettersRestored } from "../spelling/variants";
import { BETWEEN, infinitiveContext, nounContext } from "./context";
import { F, F2, TAG, type MalformData } from "./format";
import type { OtherVarietyForm } from "./issues";
import { recase, type EntryOf, type Tok } from "./tokens";

/** Real words that are another word when a verb follows. */
const CONFUSIONS: Record<string, string> = { skall: "skal", ska: "skal" };
/** Words before "å" that make it the noun (a small river). */
const RIVER_BEFORE = new Set("ei ein en den denne dette kvar hver ny nye lita lille stor store".split(" "));

/** `form` (lower case) is an infinitive of `variety`. */
export function isInfinitive(d: MalformData, form: string, variety: Variety): boolean {
    const r = d.lookup(form);
    const want = variety === "nb" ? F.NB | F.INF_NB : F.NN | F.INF_NN;
    return r >= 0 && (d.flags(r) & want) === want;
}

/**
 * The issue of `toks[i]`, whose record is `rec`, in a `variety` text whose Nynorsk infinitive
 * is `style`; `entry` looks up a neighbour's record.
 */
export function listedWordIssue(
    d: MalformData,
    toks: readonly Tok[],
    i: number,
    rec: number,
    variety: Variety,
    style: "a" | "e",
    entry: EntryOf,
): OtherVarietyForm | undefined {
    const t = toks[i];
    const flags = d.flags(rec);
    if (t.case === "cap" && !t.start && !(flags & F.MARK)) return undefined; // a name
    if (flags & (variety === "nb" ? F.FLAG_IN_NB : F.FLAG_IN_NN)) return otherStandardForm(d, toks, i, rec);
    return (
        positionalForm(d, toks, i, rec, variety) ??
        infinitiveForm(d, toks, i, rec, variety, style) ??
        agreement(d, toks, i, variety, entry) ??
        lostInfinitiveIssue(d, toks, i, variety, style) ??
        confusion(d, toks, i, variety)
    );
}

/** A form of the other standard: its replacements, those that fit the position first. */
function otherStandardForm(d: MalformData, toks: readonly Tok[], i: number, rec: number): OtherVarietyForm {
    const t = toks[i];
    const reps = d.record(rec, t.lower).replacements.filter((r) => !(r.tags & TAG.AINF));
    const want = infinitiveContext(toks, i) ? TAG.INF : nounContext(toks, i) ? TAG.NOUN : 0;
    const ordered = want ? [...reps.filter((r) => r.tags & want), ...reps.filter((r) => !(r.tags & want))] : reps;
    return { kind: "other-variety", suggestions: ordered.map((r) => recase(r.text, t.case)) };
}

/** A form of both lists that is the other standard's at a sentence start, always, or after a determiner. */
function positionalForm(d: MalformData, toks: readonly Tok[], i: number, rec: number, variety: Variety): OtherVarietyForm | undefined {
    const t = toks[i];
    const f2 = d.flags2(rec);
    const pick = (tag: number): OtherVarietyForm | undefined => {
        const reps = d.record(rec, t.lower).replacements.filter((x) => x.tags & tag && !(x.tags & TAG.AINF));
        return reps.length ? { kind: "other-variety", suggestions: reps.map((x) => recase(x.text, t.case)) } : undefined;
    };
    if (f2 & (variety === "nb" ? F2.IMP_IN_NB : F2.IMP_IN_NN) && t.start && t.case === "cap") {
        const r = pick(TAG.IMP);
        if (r) return r;
    }
    if (f2 & (variety === "nb" ? F2.ISH_IN_NB : F2.ISH_IN_NN)) {
        const r = pick(TAG.ISH);
        if (r) return r;
    }
    if (f2 & (variety === "nb" ? F2.NOUN_IN_NB : F2.NOUN_IN_NN) && nounContext(toks, i)) return pick(TAG.NOUN);
    return undefined;
}

/**
 * Where an infinitive stands: a Bokmål word in -a whose -e form is the infinitive ("å lesa");
 * in a Nynorsk text held to a-infinitives, an e-infinitive.
 */
function infinitiveForm(
    d: MalformData,
    toks: readonly Tok[],
    i: number,
    rec: number,
    variety: Variety,
    style: "a" | "e",
): OtherVarietyForm | undefined {
    const t = toks[i];
    const form = t.lower;
    const flags = d.flags(rec);
    const own = variety === "nb" ? F.NB : F.NN;
    if (variety === "nb" && flags & own && !(flags & F.INF_NB) && form.endsWith("a") && form.length >= 4 && infinitiveContext(toks, i)) {
        const e = form.slice(0, -1) + "e";
        const re = d.lookup(e);
        if (re >= 0 && d.flags(re) & F.INF_NB) return { kind: "other-variety", suggestions: [recase(e, t.case)] };
    }
    if (
        variety === "nn" &&
        style === "a" &&
        flags & own &&
        form.endsWith("e") &&
        (flags & F.EINF || (flags & F.INF_NN && infinitiveContext(toks, i)))
    ) {
        const a = d.record(rec, form).replacements.filter((r) => r.tags & TAG.AINF);
        if (a.length) return { kind: "infinitive", suggestions: a.map((r) => recase(r.text, t.case)) };
    }
    return undefined;
}

/** "denne" before a neuter noun, "dette" before a masculine or feminine one. */
function agreement(d: MalformData, toks: readonly Tok[], i: number, variety: Variety, entry: EntryOf): OtherVarietyForm | undefined {
    const t = toks[i];
    const form = t.lower;
    if ((form !== "denne" && form !== "dette") || i + 1 >= toks.length || toks[i + 1].case !== "lower") return undefined;
    const rn = entry(toks[i + 1]);
    if (rn < 0) return undefined;
    const g = variety === "nb" ? d.genders(rn) & 3 : (d.genders(rn) >> 2) & 3;
    if (form === "denne" && g === 2) return { kind: "agreement", suggestions: [recase("dette", t.case)] };
    if (form === "dette" && g === 1) return { kind: "agreement", suggestions: [recase("denne", t.case)] };
    return undefined;
}

function lostInfinitiveIssue(
    d: MalformData,
    toks: readonly Tok[],
    i: number,
    variety: Variety,
    style: "a" | "e",
): OtherVarietyForm | undefined {
    const lost = lostInfinitive(d, toks, i, variety, style);
    return lost ? { kind: "confusion", suggestions: [recase(lost, toks[i].case)] } : undefined;
}

/**
 * Right after "å" an infinitive stands. A listed word there that cannot be one while a word
 * one typo away is: the infinitive lost its last letter ("å godt" → "godta", "å fortsett" →
 * "fortsette") or its æ/ø/å ("å mote" → "møte"). Only a word ending in a consonant is read
 * as a cut-off infinitive (no infinitive ends in one; the flags miss many Nynorsk
 * a-infinitives, so a vowel ending proves nothing), and adverbs that may stand there
 * ("å alltid", "å raskt") do not become an infinitive by adding a vowel.
 */
function lostInfinitive(d: MalformData, toks: readonly Tok[], i: number, variety: Variety, style: "a" | "e"): string | undefined {
    const t = toks[i];
    if (i === 0 || toks[i - 1].lower !== "å" || t.start || t.case !== "lower" || t.lower.length < 3) return undefined;
    // "ei å renn gjennom dalen": the noun å (a small river), not the infinitive marker
    if (i >= 2 && RIVER_BEFORE.has(toks[i - 2].lower)) return undefined;
    const own = variety === "nb" ? F.NB : F.NN;
    const inf = variety === "nb" ? F.INF_NB : F.INF_NN;
    const infinitive = (w: string): boolean => isInfinitive(d, w, variety);
    const rec = d.lookup(t.lower);
    if (rec < 0 || !(d.flags(rec) & own) || d.flags(rec) & inf || BETWEEN.has(t.lower)) return undefined;
    if (!/[aeiouyæøå]$/.test(t.lower)) {
        for (const end of variety === "nb" || style === "e" ? ["e", "a"] : ["a", "e"]) if (infinitive(t.lower + end)) return t.lower + end;
    }
    return lettersRestored(t.lower, infinitive);
}

/** A real word that is another before a verb ("skall" → "skal"). */
function confusion(d: MalformData, toks: readonly Tok[], i: number, variety: Variety): OtherVarietyForm | undefined {
    const conf = CONFUSIONS[toks[i].lower];
    if (!conf || i + 1 >= toks.length) return undefined;
    const rn = d.lookup(toks[i + 1].lower);
    if (rn >= 0 && d.flags(rn) & (variety === "nb" ? F.INF_NB : F.INF_NN))
        return { kind: "confusion", suggestions: [recase(conf, toks[i].case)] };
    return undefined;
}
