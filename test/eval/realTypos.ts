// Real typos (issue 16): the misspellings people make, not injected ones. Each typo of
// real-typos-nb-dev.tsv (GiellaLT/Divvun's list: typo, correction) is put into a carrier sentence
// and proofread as the editor does it (both dictionary layers, Bokmål given); a diagnostic over
// the typo counts as flagged, its first suggestion / top five as fixed. Misses are grouped by
// what let the typo through (the speller's reason for accepting it), so a change is judged by
// kinds of error, not by rows.
import * as fs from "node:fs";
import type { Diagnostic } from "vscode-languageserver-types";
import type { Layers } from "../../language-server/src/proofreading/checkContext";
import type { ProblemData } from "../../language-server/src/protocol/proofreading";
import { proofread, pct } from "./layers";
import { tokenize } from "./tokens";

const PREFIX = "Her står ";
const SUFFIX = " i teksten.";

/**
 * Entries that are no error in today's Bokmål norm (a valid variant, a spelling the norm allows):
 * listed with the reason so they are counted, not tuned away. The figures are given with and
 * without them.
 */
export const NOT_ERRORS: ReadonlyMap<string, string> = new Map([
    ["AIDS", "an acronym in capitals; the norm's lower-case 'aids' is a style choice"],
    ["HIV", "an acronym in capitals; the norm's lower-case 'hiv' is a style choice"],
    ["internett", "lower-case 'internett' is the norm's spelling since 2011"],
    ["risikoer", "a right plural of 'risiko'"],
    ["diskret", "another right word ('discreet'), not a misspelling of 'diskré'"],
    ["visst", "a right word, wrong only in its sentence (for 'hvis'): no speller's matter"],
    ["gasell", "the norm has 'gasell' beside 'gaselle'"],
    ["arkipelag", "the norm has 'arkipelag' beside 'arkipel'"],
    ["bevilgning", "a right word of the norm (beside 'bevilling')"],
    ["potensiale", "the norm has 'potensiale' beside 'potensial'"],
    ["viderekommende", "a right word of the norm (beside 'viderekommen')"],
    ["hundretalls", "a right adverbial genitive ('hundretalls mennesker')"],
    ["karre", "a right verb of the norm ('karre seg')"],
    ["holke", "the norm has 'holke' beside 'hålke'"],
    ["Berlingske", "the row's typo and its correction are the same spelling"],
    ["walkie-talkie", "the norm's own spelling of the word (Bokmålsordboka writes it hyphenated)"],
    ["målsetning", "the norm has 'målsetning' beside 'målsetting'"],
    ["fjolls", "a right genitive of 'fjoll' (nonsense): wrong only in its sentence"],
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
    /** The same three figures over every row, the entries that are no error included. */
    all: { n: number; flagged: number; first: number; top5: number };
    misses: string[];
}

export function readRealTypos(file: string): RealTypoRow[] {
    const rows: RealTypoRow[] = [];
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        if (!line || line.startsWith("#")) continue;
        const [cell, cellCorrection] = line.split("\t").map((c) => c?.trim());
        // a remark in brackets after the correction is the list's comment, not part of the word ("Gotland (svensk øy)")
        const correction = cellCorrection?.replace(/\s*\([^)]*\)$/, "");
        if (!cell || !correction) continue;
        // a few cells list several typos of one word ("agresiv eller aggresiv", "imunologi osv."): one row each
        for (const typo of cell.replace(/\s+osv\.?$/, "").split(/,\s*|\s+eller\s+/)) if (typo) rows.push({ typo, correction });
    }
    return rows;
}

export function evalRealTypos(rows: readonly RealTypoRow[], layers: Layers): RealTyposReport {
    const r: RealTyposReport = {
        n: 0,
        flagged: 0,
        first: 0,
        top5: 0,
        missedBy: {},
        wrongFirst: 0,
        notErrors: 0,
        all: { n: 0, flagged: 0, first: 0, top5: 0 },
        misses: [],
    };
    const start = PREFIX.length;
    for (const row of rows) {
        const end = start + row.typo.length;
        const diags = proofread(PREFIX + row.typo + SUFFIX, "nb", layers).diagnostics;
        const hit = diags.find(
            (d: Diagnostic) => d.range.start.line === 0 && d.range.start.character <= start && d.range.end.character >= end,
        );
        const got = (hit?.data as ProblemData | undefined)?.suggestions ?? [];
        r.all.n++;
        if (hit) r.all.flagged++;
        if (hit && got[0] === row.correction) r.all.first++;
        if (hit && got.slice(0, 5).includes(row.correction)) r.all.top5++;
        if (NOT_ERRORS.has(row.typo)) {
            r.notErrors++;
            continue;
        }
        r.n++;
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
            r.misses.push(
                `${suggestions.includes(row.correction) ? "not first" : "not in top 5"}: ${row.typo} → ${row.correction}, got [${suggestions.join(", ")}]`,
            );
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
    if (r.notErrors) {
        const a = r.all;
        out.push(`| ${a.n} (all rows) | ${pct(a.flagged, a.n)} | ${pct(a.first, a.n)} | ${pct(a.top5, a.n)} |`);
        out.push(
            `(the first row leaves out ${r.notErrors} entries that are no error in today's norm: NOT_ERRORS in test/eval/realTypos.ts)`,
        );
    }
    out.push("");
    out.push("Not flagged, by why the speller accepted the word:");
    for (const [k, v] of Object.entries(r.missedBy).sort((a, b) => b[1] - a[1])) out.push(`- ${k}: ${v}`);
    return out.join("\n");
}

export interface CleanAlarms {
    words: number;
    /** Warnings (errors and warnings: the squiggles a user sees), every layer. */
    warnings: number;
    /** Information (the gentle questions: a name a cheap edit from a listed one, "mote" → "møte"; the house styles). */
    information: number;
    /** Each warning and information as "code severity: word → first suggestion", for a diff between two builds. */
    list: string[];
}

/**
 * The clean sentences of nbnn-dev.tsv, standard given, as the real-typo eval proofreads them:
 * what a change to the speller costs in false alarms, quick to run beside the real typos
 * (`--real-typos-only`). The full table (detected standard, documents) is the main run's.
 */
export function cleanAlarms(pairs: readonly Record<string, string>[], layers: Layers): Record<"nb" | "nn", CleanAlarms> {
    const out = {} as Record<"nb" | "nn", CleanAlarms>;
    for (const v of ["nb", "nn"] as const) {
        const a: CleanAlarms = { words: 0, warnings: 0, information: 0, list: [] };
        for (const p of pairs) {
            const sentence = p[v];
            a.words += tokenize(sentence).length;
            for (const d of proofread(sentence, v, layers).diagnostics) {
                if (d.severity === 1 || d.severity === 2) a.warnings++;
                else if (d.severity === 3) a.information++;
                else continue;
                const data = d.data as ProblemData | undefined;
                const word = sentence.slice(d.range.start.character, d.range.end.character);
                a.list.push(`${String(d.code)} ${d.severity}: ${word} → ${data?.suggestions?.[0] ?? ""}`);
            }
        }
        a.list.sort();
        out[v] = a;
    }
    return out;
}

export function formatCleanAlarms(c: Record<"nb" | "nn", CleanAlarms>): string {
    const out = ["Clean sentences (nbnn-dev.tsv, standard given): warnings / information, % of words:"];
    for (const [v, a] of Object.entries(c))
        out.push(`- ${v}: ${a.warnings} warnings (${pct(a.warnings, a.words, 2)}), ${a.information} information, of ${a.words} words`);
    return out.join("\n");
}
