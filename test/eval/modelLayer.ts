// The model layer's share of proofreading quality (`npm run eval:proofread -- --model FILE`):
// each sentence goes through the dictionary layers as in the editor, then the model is asked
// about it the way the server asks about a paragraph, and its checked suggestions are merged in.
// `limit` rows are taken evenly over each file. Scored like layers.ts: injected errors flagged by the model and by any layer, the right word
// first and in the top 5, per error type; and the model's false alarms on clean sentences. The
// scores mean something only for a real NB-Llama model; with the random-weight test models the
// run proves the pipeline (the answers are parsed and checked, nothing crashes).
import type { Diagnostic } from "vscode-languageserver-types";
import type { Variety } from "../../language-server/src/protocol/writtenStandard";
import { mergeDiagnostics, modelDiagnostics } from "../../language-server/src/proofreading/model/diagnostics";
import { askAboutParagraph, type Generate } from "../../language-server/src/proofreading/model/paragraphs";
import type { Layers } from "../../language-server/src/proofreading/checkContext";
import type { ProblemData } from "../../language-server/src/protocol/proofreading";
import { extractProse, LineIndex } from "../../language-server/src/text";
import { covers, errorSpan, fixes, pct, proofread } from "./layers";
import { tokenize } from "./tokens";

type Row = Record<string, string>;

interface Injected {
    n: number;
    /** A model diagnostic covers the wrong word. */
    byModel: number;
    /** ... where no dictionary diagnostic did. */
    modelOnly: number;
    /** Any layer covers it, and with the right word first / in the top 5 (the first covering diagnostic, as the quick fix offers it). */
    flagged: number;
    first: number;
    top5: number;
}

export interface ModelLayerReport {
    /** Questions asked, and how many answers were the JSON asked for. */
    questions: number;
    parsed: number;
    /** Suggestions the model made that the checks kept, and those they threw out, by reason. */
    kept: number;
    rejected: Record<string, number>;
    injected: Record<string, Injected>;
    /** Model diagnostics on clean sentences, per written standard. */
    falseAlarms: Record<Variety, { sentences: number; words: number; alarms: number }>;
    seconds: number;
}

const NONE: ReadonlySet<string> = new Set();

/** The dictionary diagnostics, the model's, and both merged as the server publishes them, for one sentence. */
async function check(sentence: string, variety: Variety, layers: Layers, generate: Generate, report: ModelLayerReport) {
    const dictionary = proofread(sentence, variety, layers).diagnostics;
    const lines = new LineIndex(sentence);
    const model: Diagnostic[] = [];
    for (const block of extractProse(sentence, "plaintext")) {
        // every sentence is asked about, short or not: the eval measures the model, not askable()
        const answer = await askAboutParagraph(generate, block.text, variety);
        report.questions++;
        if (answer.parsed) report.parsed++;
        report.kept += answer.problems.length;
        for (const [reason, n] of Object.entries(answer.rejected)) report.rejected[reason] = (report.rejected[reason] ?? 0) + (n ?? 0);
        model.push(...modelDiagnostics(sentence, lines, block, answer.problems, dictionary, NONE));
    }
    return { dictionary, model, merged: mergeDiagnostics(dictionary, model) };
}

/** `n` rows evenly spread over `rows` (the files are grouped by error type and catalog). */
function spread<T>(rows: readonly T[], n: number): T[] {
    if (n >= rows.length) return [...rows];
    return Array.from({ length: Math.max(0, n) }, (_, i) => rows[Math.floor((i * rows.length) / n)]);
}

export async function evalModelLayer(
    pairs: Row[],
    typos: Row[],
    layers: Layers,
    generate: Generate,
    limit: number,
    progress?: (done: number, total: number) => void,
): Promise<ModelLayerReport> {
    const started = performance.now();
    const report: ModelLayerReport = {
        questions: 0,
        parsed: 0,
        kept: 0,
        rejected: {},
        injected: {},
        falseAlarms: { nb: { sentences: 0, words: 0, alarms: 0 }, nn: { sentences: 0, words: 0, alarms: 0 } },
        seconds: 0,
    };
    const rows = spread(typos, limit);
    const clean = spread(pairs, limit);
    const total = rows.length + 2 * clean.length;
    let done = 0;
    for (const row of rows) {
        const variety = row.variety as Variety;
        const { start, end } = errorSpan(row);
        const { dictionary, model, merged } = await check(row.corrupted, variety, layers, generate, report);
        const hit = start >= 0 ? merged.find((d) => covers(d, start, end)) : undefined;
        const suggestions = (hit?.data as ProblemData | undefined)?.suggestions ?? [];
        const byModel = start >= 0 && model.some((d) => covers(d, start, end));
        const byDictionary = start >= 0 && dictionary.some((d) => covers(d, start, end));
        const type = row.error_type.startsWith("variety") ? "målform" : row.error_type;
        for (const key of [type, "all"]) {
            const c = (report.injected[key] ??= { n: 0, byModel: 0, modelOnly: 0, flagged: 0, first: 0, top5: 0 });
            c.n++;
            if (byModel) c.byModel++;
            if (byModel && !byDictionary) c.modelOnly++;
            if (!hit) continue;
            c.flagged++;
            if (fixes(row, hit, suggestions[0])) c.first++;
            if (suggestions.slice(0, 5).some((x) => fixes(row, hit, x))) c.top5++;
        }
        progress?.(++done, total);
    }
    for (const variety of ["nb", "nn"] as const) {
        for (const p of clean) {
            const { model } = await check(p[variety], variety, layers, generate, report);
            const a = report.falseAlarms[variety];
            a.sentences++;
            a.words += tokenize(p[variety]).length;
            a.alarms += model.length;
            progress?.(++done, total);
        }
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
}

export function formatModelLayer(r: ModelLayerReport, model: string): string {
    const out: string[] = [];
    out.push(`== The model layer (${model}) with the dictionary layers ==`);
    out.push("");
    const rejected =
        Object.entries(r.rejected)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ") || "none";
    out.push(
        `${r.questions} questions in ${r.seconds.toFixed(0)} s; answers parsed ${pct(r.parsed, r.questions)}; suggestions kept ${r.kept}, rejected: ${rejected}.`,
    );
    out.push("");
    out.push(
        "Injected errors (typos-dev.tsv, standard given): flagged by the model, by the model alone, by any layer; right word 1st / in the top 5:",
    );
    out.push("| error | n | by model | model alone | any layer | 1st | top 5 |");
    out.push("|---|---|---|---|---|---|---|");
    const order = Object.keys(r.injected).sort((a, b) => (a === "all" ? 1 : 0) - (b === "all" ? 1 : 0) || a.localeCompare(b));
    for (const k of order) {
        const c = r.injected[k];
        out.push(
            `| ${k} | ${c.n} | ${pct(c.byModel, c.n)} | ${c.modelOnly} | ${pct(c.flagged, c.n)} | ${pct(c.first, c.n)} | ${pct(c.top5, c.n)} |`,
        );
    }
    out.push("");
    out.push("False alarms of the model on clean sentences (% of words):");
    for (const v of ["nb", "nn"] as const) {
        const a = r.falseAlarms[v];
        out.push(`- ${v}: ${a.alarms} in ${a.words} words of ${a.sentences} sentences = ${pct(a.alarms, a.words, 2)}`);
    }
    return out.join("\n");
}
