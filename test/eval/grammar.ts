// The grammar layer on grammar-dev.tsv (one real-word error per sentence: særskriving, og/å, the
// verb after "å" or a modal, article gender), through the same DocumentProofreader the server
// runs, per kind and standard; and its false alarms by rule on the clean sentences of nbnn-dev.tsv.
import type { Diagnostic } from "vscode-languageserver-types";
import type { Layers } from "../../language-server/src/proofreading/checkContext";
import type { ProblemData } from "../../language-server/src/protocol/proofreading";
import { covers, fixes, pct, proofread } from "./layers";
import { tokenize } from "./tokens";

type Row = Record<string, string>;

interface KindCounts {
    n: number;
    flagged: number;
    first: number;
    /** flagged as a Warning (the rule was sure) */
    sure: number;
    /** flagged by the grammar layer itself (the rest by spelling or målform: "å ruller" in Nynorsk) */
    byGrammar: number;
}

export interface GrammarReport {
    kinds: Record<string, KindCounts>;
    alarms: { words: number; sentences: number; byRule: Record<string, { warning: number; information: number }> };
    misses: string[];
    alarmExamples: string[];
}

/**
 * Where the wrong text stands: the occurrence of `error_original` that covers the first
 * character where the sentence differs from the clean one (a sentence may have a right "og" too).
 */
export function grammarErrorSpan(row: Row): { start: number; end: number } {
    const a = row.corrupted;
    const b = row.clean;
    let diff = 0;
    while (diff < a.length && diff < b.length && a[diff] === b[diff]) diff++;
    const len = row.error_original.length;
    for (let at = a.indexOf(row.error_original); at >= 0; at = a.indexOf(row.error_original, at + 1)) {
        if (at <= diff && diff <= at + len) return { start: at, end: at + len };
    }
    const start = a.indexOf(row.error_original);
    return { start, end: start + len };
}

const ruleOf = (d: Diagnostic): string => String((d.data as { rule?: string } | undefined)?.rule ?? "?");

export function evalGrammar(grammarRows: Row[], pairs: Row[], layers: Layers): GrammarReport {
    const kinds: Record<string, KindCounts> = {};
    const misses: string[] = [];
    for (const row of grammarRows) {
        const { start, end } = grammarErrorSpan(row);
        // what the user sees: the grammar layer's diagnostic, else another layer's over the same words
        const diags = proofread(row.corrupted, row.variety as "nb" | "nn", layers).diagnostics.filter(
            (d) => start >= 0 && covers(d, start, end),
        );
        const hit = diags.find((d) => d.code === "grammar") ?? diags[0];
        const suggestions = (hit?.data as ProblemData | undefined)?.suggestions ?? [];
        const first = hit !== undefined && fixes(row, hit, suggestions[0]);
        for (const key of [`${row.error_type} ${row.variety}`, row.error_type, `all ${row.variety}`, "all"]) {
            const c = (kinds[key] ??= { n: 0, flagged: 0, first: 0, sure: 0, byGrammar: 0 });
            c.n++;
            if (hit) c.flagged++;
            if (first) c.first++;
            if (hit?.severity === 2) c.sure++;
            if (hit?.code === "grammar") c.byGrammar++;
        }
        if (!first)
            misses.push(
                `${row.error_type} ${row.variety}: «${row.error_original}» → «${row.error_expected}», got ${hit ? `[${suggestions.join(", ")}]` : "nothing"}: ${row.corrupted}`,
            );
    }
    const alarms: GrammarReport["alarms"] = { words: 0, sentences: 0, byRule: {} };
    const alarmExamples: string[] = [];
    for (const variety of ["nb", "nn"] as const) {
        for (const p of pairs) {
            const sentence = p[variety];
            alarms.words += tokenize(sentence).length;
            alarms.sentences++;
            for (const d of proofread(sentence, variety, layers).diagnostics) {
                if (d.code !== "grammar") continue;
                const r = (alarms.byRule[ruleOf(d)] ??= { warning: 0, information: 0 });
                if (d.severity === 2) r.warning++;
                else r.information++;
                const data = d.data as ProblemData;
                alarmExamples.push(`${ruleOf(d)} ${variety}: «${data.text}» → [${data.suggestions.join(", ")}]: ${sentence}`);
            }
        }
    }
    return { kinds, alarms, misses, alarmExamples };
}

export function formatGrammar(r: GrammarReport): string {
    const out: string[] = [];
    out.push("== The grammar layer (no model): grammar-dev.tsv, standard given ==");
    out.push("");
    out.push(
        "Flagged: a diagnostic of any layer over the wrong words (the grammar layer's, else spelling/målform's); as warning: the layer was sure.",
    );
    out.push("| kind | standard | n | flagged | by the grammar layer | as warning | fixed by the 1st suggestion |");
    out.push("|---|---|---|---|---|---|---|");
    const order = Object.keys(r.kinds).sort((a, b) => (a.startsWith("all") ? 1 : 0) - (b.startsWith("all") ? 1 : 0) || a.localeCompare(b));
    for (const k of order) {
        const c = r.kinds[k];
        const [kind, standard = "both"] = k.split(" ");
        out.push(
            `| ${kind} | ${standard} | ${c.n} | ${pct(c.flagged, c.n)} | ${pct(c.byGrammar, c.n)} | ${pct(c.sure, c.n)} | ${pct(c.first, c.n)} |`,
        );
    }
    out.push("");
    const a = r.alarms;
    const total = Object.values(a.byRule).reduce((n, x) => n + x.warning + x.information, 0);
    out.push(
        `False alarms on the clean sentences of nbnn-dev.tsv (both standards, ${a.sentences} sentences, ${a.words} words): ${total} (${pct(total, a.words, 2)} of words)`,
    );
    out.push("| rule | warnings | information | % of words |");
    out.push("|---|---|---|---|");
    for (const [rule, x] of Object.entries(a.byRule).sort())
        out.push(`| ${rule} | ${x.warning} | ${x.information} | ${pct(x.warning + x.information, a.words, 3)} |`);
    return out.join("\n");
}
