// Words in neither list, judged by their parts: an unknown compound whose last or first part
// belongs to the other standard ("brukarnamn" in Bokmål), and a hyphenated word by its last
// part ("SQL-kjelder" → "SQL-kilder").
import type { Variety } from "../../protocol/writtenStandard";
import { F, F2, TAG, type MalformData } from "./format";
import type { OtherVarietyForm } from "./issues";
import { recase, type Tok } from "./tokens";

/** Longer words (URLs, identifiers) are not split into compound parts. */
export const MAX_SPLIT = 60;

/**
 * An unknown compound whose last or first part is of the other standard. A word that can be
 * split into two parts that both belong to the text's standard is left alone. A hyphenated
 * word is judged by its last part ("SQL-kjelder" → "SQL-kilder").
 */
export function checkCompound(d: MalformData, t: Tok, variety: Variety): OtherVarietyForm | undefined {
    if ((t.case === "cap" && !t.start) || t.case === "upper") return undefined;
    const w = t.lower;
    const hy = w.lastIndexOf("-");
    if (hy > 0) {
        const head = w.slice(hy + 1);
        if (head.length < 3) return undefined;
        const r = d.lookup(head) >= 0 ? partForm(d, head, variety) : splitCompound(d, head, variety);
        const before = t.text.slice(0, hy + 1);
        return r && { kind: r.kind, suggestions: r.suggestions.map((s) => before + (t.case === "upper" ? s.toUpperCase() : s)) };
    }
    const r = splitCompound(d, w, variety);
    return r && { kind: r.kind, suggestions: r.suggestions.map((s) => recase(s, t.case)) };
}

/** The last part of a hyphenated word, when it is a known form to flag. */
function partForm(d: MalformData, part: string, variety: Variety): OtherVarietyForm | undefined {
    const rec = d.lookup(part);
    if (rec < 0 || !(d.flags(rec) & (variety === "nb" ? F.FLAG_IN_NB : F.FLAG_IN_NN))) return undefined;
    const reps = d.record(rec, part).replacements.filter((r) => !(r.tags & TAG.AINF));
    return reps.length ? { kind: "other-variety", suggestions: reps.map((r) => r.text) } : undefined;
}

/** A short form whose first replacement is spelt almost the same ("namn" → "navn"). */
function closeReplacement(d: MalformData, rec: number, form: string): boolean {
    const r = d.record(rec, form).replacements[0]?.text;
    return !!r && editDistance(r, form) <= (form.length >= 5 ? 2 : 1);
}

function splitCompound(d: MalformData, w: string, variety: Variety): OtherVarietyForm | undefined {
    if (w.length < 7 || w.length > MAX_SPLIT) return undefined;
    const flagBit = variety === "nb" ? F.FLAG_IN_NB : F.FLAG_IN_NN;
    const own = variety === "nb" ? F.NB : F.NN;
    let bad: { p: string; link: string; rp: number; s: string; rs: number; pBad: boolean; sBad: boolean } | undefined;
    for (let i = 3; i <= w.length - 3; i++) {
        const s = w.slice(i);
        const rs = d.lookup(s);
        if (rs < 0) continue;
        const p = w.slice(0, i);
        // the first part as written, without a linking s/e, or with the e the s replaces
        const firsts: [string, string][] = [[p, ""]];
        if (p.length > 4 && (p.endsWith("s") || p.endsWith("e"))) firsts.push([p.slice(0, -1), p.slice(-1)]);
        if (p.length > 4 && p.endsWith("s")) firsts.push([p.slice(0, -1) + "e", "s-e"]);
        for (const [base, link] of firsts) {
            const rp = d.lookup(base);
            if (rp < 0) continue;
            const fs_ = d.flags(rs);
            const fp = d.flags(rp);
            // a first part is a noun: the other standard's noun ("bruker-") is bad too
            const pNounBad =
                base.length >= 5 &&
                (d.flags2(rp) & (variety === "nb" ? F2.NOUN_IN_NB | F2.ISH_IN_NB : F2.NOUN_IN_NN | F2.ISH_IN_NN)) !== 0 &&
                closeReplacement(d, rp, base);
            const sIshBad = (d.flags2(rs) & (variety === "nb" ? F2.ISH_IN_NB : F2.ISH_IN_NN)) !== 0;
            const sOk = (fs_ & own) !== 0 && !(fs_ & flagBit) && !sIshBad;
            const pOk = (fp & own) !== 0 && !(fp & flagBit) && !pNounBad;
            if (sOk && pOk) return undefined;
            const sBad = ((fs_ & flagBit) !== 0 || sIshBad) && s.length >= 4;
            const pBad = ((fp & flagBit) !== 0 || pNounBad) && (base.length >= 5 || (base.length === 4 && closeReplacement(d, rp, base)));
            if (!bad && (sBad || pBad) && (sBad || sOk) && (pBad || pOk)) bad = { p: base, link, rp, s, rs, pBad, sBad };
        }
    }
    if (!bad) return undefined;
    const alts = (rec: number, form: string) =>
        d
            .record(rec, form)
            .replacements.filter((r) => !(r.tags & TAG.AINF))
            .map((r) => r.text);
    const sAlts = bad.sBad ? alts(bad.rs, bad.s) : [bad.s];
    const pAlts = bad.pBad ? alts(bad.rp, bad.p) : [bad.p];
    if (sAlts.length === 0 || pAlts.length === 0) return undefined;
    const join = (pa: string) => (bad!.link === "s-e" ? (pa.endsWith("e") ? pa.slice(0, -1) + "s" : pa + "s") : pa + bad!.link);
    const out: string[] = [];
    for (const pa of pAlts.slice(0, 2)) for (const sa of sAlts.slice(0, 3)) out.push(join(pa) + sa);
    return { kind: "other-variety", suggestions: [...new Set(out)].slice(0, 5) };
}

function editDistance(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
