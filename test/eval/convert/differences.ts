// `npm run eval:convert -- --differences`: the most frequent remaining differences between the
// rule converter's output and the reference, by kind. Only sentences whose source, output and
// reference have as many words are compared word by word (the rest are rewordings that no
// word-by-word comparison can sort); each differing word is one of:
//  - kept: the converter left the source word as it was, the reference has another word;
//  - form: the same word in another form or spelling (a common beginning: "innstillinga"/"innstillinga",
//    "opne"/"opna", "vart"/"blei");
//  - word: another word ("vel"/"angi", "lag"/"opprett").
import { commonStart } from "../../../language-server/src/convert/rules/learnt";

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export type DifferenceKind = "kept" | "form" | "word";

export interface Differences {
    sentencesCompared: number;
    words: number;
    byKind: Record<DifferenceKind, { count: number; top: [string, number][] }>;
}

export function kindOf(source: string, out: string, ref: string): DifferenceKind {
    if (out === source) return "kept";
    const c = commonStart(out, ref);
    return c >= 3 && c >= Math.min(out.length, ref.length) - 3 ? "form" : "word";
}

export function differences(sources: readonly string[], outs: readonly string[], refs: readonly string[], top = 12): Differences {
    const counts: Record<DifferenceKind, Map<string, number>> = { kept: new Map(), form: new Map(), word: new Map() };
    let compared = 0;
    let words = 0;
    sources.forEach((src, i) => {
        const s = (src.match(WORD) ?? []).map((w) => w.toLowerCase());
        const o = (outs[i].match(WORD) ?? []).map((w) => w.toLowerCase());
        const r = (refs[i].match(WORD) ?? []).map((w) => w.toLowerCase());
        if (s.length !== o.length || o.length !== r.length) return;
        compared++;
        words += s.length;
        s.forEach((w, k) => {
            if (o[k] === r[k]) return;
            const kind = kindOf(w, o[k], r[k]);
            const key = `${w} → ${o[k]} (ref. ${r[k]})`;
            counts[kind].set(key, (counts[kind].get(key) ?? 0) + 1);
        });
    });
    const byKind = {} as Differences["byKind"];
    for (const kind of ["kept", "form", "word"] as const) {
        const entries = [...counts[kind].entries()];
        byKind[kind] = { count: entries.reduce((n, [, c]) => n + c, 0), top: entries.sort((a, b) => b[1] - a[1]).slice(0, top) };
    }
    return { sentencesCompared: compared, words, byKind };
}

export function printDifferences(direction: string, d: Differences): void {
    console.log(`\n${direction}: differences from the reference in ${d.sentencesCompared} sentences of equal length (${d.words} words)`);
    for (const kind of ["kept", "form", "word"] as const) {
        const k = d.byKind[kind];
        console.log(
            `  ${kind}: ${k.count} (${((100 * k.count) / Math.max(1, d.words)).toFixed(1)} % of words); most frequent: ${k.top.map(([w, n]) => `${w} ×${n}`).join("; ")}`,
        );
    }
}
