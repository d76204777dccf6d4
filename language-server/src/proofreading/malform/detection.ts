// Which written standard a text is in: the sum of its words' weights (the natural log of how
// much more often Bokmål than Nynorsk writes the form; negative: Nynorsk). A word in neither
// list weighs by its compound parts, else by its ending.
import type { Variety } from "../../protocol/writtenStandard";
import { MAX_SPLIT } from "./compounds";
import type { MalformData } from "./format";
import { entryOf, type Tok } from "./tokens";

export interface Detection {
    /** undefined when the words carry no evidence either way. */
    variety: Variety | undefined;
    /** 0.5 (a toss-up) to 1 (certain): logistic of the score difference. */
    confidence: number;
    /** Summed evidence for Bokmål and for Nynorsk (both >= 0, natural-log units). */
    nbScore: number;
    nnScore: number;
    /** How many words carried evidence. */
    evidenceWords: number;
}

/** The standard the words are written in; the evidence adds up over a sentence or a document. */
export function detectVariety(d: MalformData, toks: readonly Tok[]): Detection {
    let nb = 0;
    let nn = 0;
    let evidenceWords = 0;
    const cache = new Map<string, number>();
    for (const t of toks) {
        const key = (t.start && t.case === "cap" ? "^" : "") + t.text;
        let w = cache.get(key);
        if (w === undefined) {
            w = wordWeight(d, t);
            cache.set(key, w);
        }
        if (w > 0) nb += w;
        else if (w < 0) nn -= w;
        if (w !== 0) evidenceWords++;
    }
    const diff = nb - nn;
    const variety: Variety | undefined = Math.abs(diff) < 1e-9 ? undefined : diff > 0 ? "nb" : "nn";
    return { variety, confidence: 1 / (1 + Math.exp(-Math.abs(diff))), nbScore: nb, nnScore: nn, evidenceWords };
}

/** Evidence of one word (> 0 Bokmål, < 0 Nynorsk, natural-log units). */
export function wordWeight(d: MalformData, t: Tok): number {
    const rec = entryOf(d, t);
    if (rec >= 0) return d.weight(rec, t.start && t.case === "cap");
    if (t.case === "other" || (t.case === "cap" && !t.start) || (t.case === "upper" && t.text.length < 4)) return 0;
    return unknownWeight(d, t.lower);
}

/** Evidence of a word in neither list: its compound parts, else its ending. */
function unknownWeight(d: MalformData, lower: string): number {
    const hy = lower.lastIndexOf("-");
    const w = hy >= 0 ? lower.slice(hy + 1) : lower;
    if (w.length >= 6 && w.length <= MAX_SPLIT) {
        let best: number | undefined;
        for (let i = 3; i <= w.length - 3; i++) {
            const s = w.slice(i);
            const rs = d.lookup(s);
            if (rs < 0) continue;
            const rp = prefixEntry(d, w.slice(0, i));
            if (rp >= 0) return 0.7 * d.weight(rs, false) + 0.5 * d.weight(rp, false);
            if (best === undefined && s.length >= 4) best = 0.7 * d.weight(rs, false);
        }
        if (best !== undefined) return best;
    }
    for (let k = Math.min(6, w.length - 3); k >= 2; k--) {
        const r = d.lookup("~" + w.slice(-k));
        if (r >= 0) return 0.3 * d.weight(r, false);
    }
    return 0;
}

/** The first part of a compound: a word, or a word plus the linking "s" or "e". */
function prefixEntry(d: MalformData, p: string): number {
    const r = d.lookup(p);
    if (r >= 0) return r;
    if (p.length > 3 && (p.endsWith("s") || p.endsWith("e"))) return d.lookup(p.slice(0, -1));
    return -1;
}
