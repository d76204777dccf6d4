// Real typos (issue 16): the misspellings people make, not injected ones. Each typo of
// real-typos-nb-dev.tsv (GiellaLT/Divvun's list: typo, correction) is put into a carrier sentence
// and proofread as the editor does it (both dictionary layers, Bokmål given); a diagnostic over
// the typo counts as flagged, its first suggestion / top five as fixed. Misses are grouped by
// what let the typo through (the speller's reason for accepting it), so a change is judged by
// kinds of error, not by rows.
import * as fs from "node:fs";
import type { Diagnostic } from "vscode-languageserver-types";
import type { Layers } from "../../language-server/src/proofreading/proofreader";
import type { ProblemData } from "../../language-server/src/protocol/proofreading";
import { proofread, pct } from "./layers";

const PREFIX = "Her står ";
const SUFFIX = " i teksten.";

/**
 * Entries that are no error in today's Bokmål norm (a valid variant, a spelling the norm allows):
 * listed with the reason so they are counted, not tuned away. The figures are given with and
 * without them.
 */
export const NOT_ERRORS: ReadonlyMap<string, string> = new Map([
    // (filled from the list with the norm's reasons; see the README of test/eval)
]);

export interface RealTypoRow {
    typo: string;
    correction: string;
}

export interface RealTyposReport {
    n: number;
    flagged: number;
    first: number;
    top5: number;
    /** Not flagged, by why the speller let it through ("compound", "name", "other-variety", …). */
    missedBy: Record<string, number>;
    /** Flagged, right word not first: by whether it was in the top five. */
    wrongFirst: number;
    notErrors: number;
    misses: string[];
}

export function readRealTypos(file: string): RealTypoRow[] {
    const rows: RealTypoRow[] = [];
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        if (!line || line.startsWith("#")) continue;
        const [typo, correction] = line.split("\t").map((c) => c?.trim());
        if (typo && correction) rows.push({ typo, correction });
    }
    return rows;
}

export function evalRealTypos(rows: readonly RealTypoRow[], layers: Layers): RealTyposReport {
    const r: RealTyposReport = { n: 0, flagged: 0, first: 0, top5: 0, missedBy: {}, wrongFirst: 0, notErrors: 0, misses: [] };
    const start = PREFIX.length;
    for (const row of rows) {
        if (NOT_ERRORS.has(row.typo)) {
            r.notErrors++;
            continue;
        }
        r.n++;
        const end = start + row.typo.length;
        const diags = proofread(PREFIX + row.typo + SUFFIX, "nb", layers).diagnostics;
        const hit = diags.find((d: Diagnostic) => d.range.start.line === 0 && d.range.start.character <= start && d.range.end.character >= end);
        if (!hit) {
            const why = layers.speller?.accept(row.typo, { language: "nb" }) ?? "?";
            const kind = /^\p{Lu}/u.test(row.typo) ? `capitalised (${why})` : why;
            r.missedBy[kind] = (r.missedBy[kind] ?? 0) + 1;
            r.misses.push(`not flagged (${kind}): ${row.typo} → ${row.correction}`);
            continue;
        }
        r.flagged++;
        const suggestions = (hit.data as ProblemData | undefined)?.suggestions ?? [];
        if (suggestions[0] === row.correction) r.first++;
        else {
            r.wrongFirst++;
            r.misses.push(`${suggestions.includes(row.correction) ? "not first" : "not in top 5"}: ${row.typo} → ${row.correction}, got [${suggestions.join(", ")}]`);
        }
        if (suggestions.slice(0, 5).includes(row.correction)) r.top5++;
    }
    r.misses.sort();
    return r;
}

export function formatRealTypos(r: RealTyposReport, source: string): string {
    const out: string[] = [];
    out.push(`== Real typos (${source}), each in "${PREFIX}TYPO${SUFFIX}", Bokmål given ==`);
    out.push("");
    out.push("| n | flagged | right word 1st | in top 5 |");
    out.push("|---|---|---|---|");
    out.push(`| ${r.n} | ${pct(r.flagged, r.n)} | ${pct(r.first, r.n)} | ${pct(r.top5, r.n)} |`);
    if (r.notErrors) out.push(`(${r.notErrors} entries left out: no error in today's norm, see NOT_ERRORS in test/eval/realTypos.ts)`);
    out.push("");
    out.push("Not flagged, by why the speller accepted the word:");
    for (const [k, v] of Object.entries(r.missedBy).sort((a, b) => b[1] - a[1])) out.push(`- ${k}: ${v}`);
    return out.join("\n");
}
