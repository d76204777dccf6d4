// The product's view of quality: every sentence (and every catalog as one document) goes through
// the same DocumentProofreader the language server runs, with both dictionary layers, and the
// published diagnostics are scored per layer (`code`) and per error type. The speller-only
// tables in proofread.ts say why a word was flagged; this says what the user sees.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "vscode-languageserver-types";
import type { Variety } from "../../language-server/src/protocol/writtenStandard";
import { DocumentProofreader } from "../../language-server/src/proofreading/proofreader";
import type { Layers } from "../../language-server/src/proofreading/checkContext";
import { WordSet } from "../../language-server/src/proofreading/wordLists";
import { withoutBreakHints } from "../../language-server/src/text";
import type { ProblemData } from "../../language-server/src/protocol/proofreading";
import { DEFAULT_SETTINGS, type SkrivehjelpSettings } from "../../language-server/src/protocol/settings";
import { tokenize } from "./tokens";
import { checkContextFrom } from "../../language-server/src/proofreading/checkContext";
import { type CleanSlipCounts, emptySlipCounts, formatSlips, tallySlips } from "./cleanSlips";

type Row = Record<string, string>;

interface Counts {
    n: number;
    flagged: number;
    first: number;
    top5: number;
    byLayer: Record<string, number>;
}

interface Alarms {
    words: number;
    sentences: number;
    byLayer: Record<string, number>;
    sentencesWithAlarm: number;
}

export interface LayersReport {
    falseAlarms: Record<string, Alarms>;
    injected: Record<string, Counts>;
    decided: { sentences: number; right: number; wrong: number; undecided: number };
    /** The clean sentences' warnings and information (standard given), real slips of the text apart (test/eval/cleanSlips.ts). */
    slips: Record<"nb" | "nn", CleanSlipCounts>;
    /** Injected errors the editor does not fix first (right word not first), to show what to attack next. */
    misses: string[];
}

const EMPTY = new WordSet();
const NONE: ReadonlySet<string> = new Set();

function settingsFor(language: SkrivehjelpSettings["language"]): SkrivehjelpSettings {
    return { ...DEFAULT_SETTINGS, language, checks: { ...DEFAULT_SETTINGS.checks, model: false } };
}

/** The dictionary layers on one text, as the server runs them (the model layer off). */
export function proofread(text: string, language: SkrivehjelpSettings["language"], layers: Layers, languageId = "plaintext") {
    return new DocumentProofreader(languageId).check(
        text,
        checkContextFrom(settingsFor(language), { layers, accepted: EMPTY, ignored: NONE }),
    );
}

/** Warnings are what a user sees as squiggles; hints (unknown words) and information (the house styles: Nynorsk infinitive, Bokmål feminine nouns) are counted apart. */
function layerOf(d: Diagnostic): string {
    return d.severity === 1 || d.severity === 2 ? String(d.code) : `${String(d.code)} hint`;
}

/** Character offset of a one-line diagnostic (plain-text documents of one line). */
export function covers(d: Diagnostic, start: number, end: number): boolean {
    return d.range.start.line === 0 && d.range.start.character <= start && d.range.end.character >= end;
}

/** Where a typos-dev row's wrong word stands in its sentence (start -1: not found). */
export function errorSpan(row: Row): { start: number; end: number } {
    const tok = tokenize(row.corrupted).find((t) => t.text === row.error_original);
    const start = tok?.start ?? row.corrupted.indexOf(row.error_original);
    return { start, end: start + row.error_original.length };
}

/**
 * Does `suggestion`, put in place of what `d` covers, fix the injected error: it is the expected
 * word, or the sentence it makes is the clean one (a diagnostic over more than the wrong word:
 * "bilte\u00adkanalen" → "biletkanalen"; soft hyphens aside).
 */
export function fixes(row: Row, d: Diagnostic, suggestion: string | undefined): boolean {
    if (suggestion === undefined) return false;
    if (suggestion === row.error_expected) return true;
    const fixed = row.corrupted.slice(0, d.range.start.character) + suggestion + row.corrupted.slice(d.range.end.character);
    return withoutBreakHints(fixed) === withoutBreakHints(row.clean);
}

export function evalLayers(pairs: Row[], typos: Row[], layers: Layers): LayersReport {
    const falseAlarms: Record<string, Alarms> = {};
    const tally = (name: string, words: number, diags: Diagnostic[]) => {
        const a = (falseAlarms[name] ??= { words: 0, sentences: 0, byLayer: {}, sentencesWithAlarm: 0 });
        a.words += words;
        a.sentences++;
        for (const d of diags) a.byLayer[layerOf(d)] = (a.byLayer[layerOf(d)] ?? 0) + 1;
        if (diags.some((d) => !layerOf(d).endsWith("hint"))) a.sentencesWithAlarm++;
    };

    // clean sentences, written standard given (as with the setting) and decided from the sentence
    const decided = { sentences: 0, right: 0, wrong: 0, undecided: 0 };
    const slips = { nb: emptySlipCounts(), nn: emptySlipCounts() };
    for (const variety of ["nb", "nn"] as const) {
        for (const p of pairs) {
            const sentence = p[variety];
            const words = tokenize(sentence).length;
            const given = proofread(sentence, variety, layers).diagnostics;
            tally(`sentence ${variety}, standard given`, words, given);
            slips[variety].words += words;
            tallySlips(slips[variety], variety, sentence, given);
            const auto = proofread(sentence, "auto", layers);
            tally(`sentence ${variety}, standard detected`, words, auto.diagnostics);
            if (words >= 6) {
                decided.sentences++;
                if (auto.language.variety === variety) decided.right++;
                else if (auto.language.variety) decided.wrong++;
                else decided.undecided++;
            }
        }
    }
    // each catalog as one Markdown document, one paragraph per sentence, standard detected
    const domains = new Map<string, Row[]>();
    for (const p of pairs) domains.set(p.domain, [...(domains.get(p.domain) ?? []), p]);
    for (const variety of ["nb", "nn"] as const) {
        for (const rows of domains.values()) {
            const text = rows.map((r) => r[variety]).join("\n\n") + "\n";
            const words = rows.reduce((n, r) => n + tokenize(r[variety]).length, 0);
            tally(`document ${variety}, standard detected`, words, proofread(text, "auto", layers, "markdown").diagnostics);
            falseAlarms[`document ${variety}, standard detected`].sentences += rows.length - 1;
        }
    }

    // injected errors: did a diagnostic cover the wrong word, and what did it suggest
    const injected: Record<string, Counts> = {};
    const misses: string[] = [];
    for (const row of typos) {
        const variety = row.variety as Variety;
        const { start, end } = errorSpan(row);
        const diags = proofread(row.corrupted, variety, layers).diagnostics;
        const hit = start >= 0 ? diags.find((d) => covers(d, start, end)) : undefined;
        const suggestions = (hit?.data as ProblemData | undefined)?.suggestions ?? [];
        const type = row.error_type.startsWith("variety") ? `målform (${row.error_type})` : row.error_type;
        const group = row.error_type.startsWith("variety") ? "all målform" : "all spelling";
        const first = hit !== undefined && fixes(row, hit, suggestions[0]);
        const top5 = hit !== undefined && suggestions.slice(0, 5).some((x) => fixes(row, hit, x));
        if (!first) {
            const got = hit ? `${String(hit.code)} [${suggestions.join(", ")}]` : "nothing";
            misses.push(`${type}, ${row.variety}: ${row.error_original} → want ${row.error_expected}, got ${got}: ${row.corrupted}`);
        }
        for (const key of [type, group, "all"]) {
            const c = (injected[key] ??= { n: 0, flagged: 0, first: 0, top5: 0, byLayer: {} });
            c.n++;
            if (!hit) continue;
            c.flagged++;
            c.byLayer[layerOf(hit)] = (c.byLayer[layerOf(hit)] ?? 0) + 1;
            if (first) c.first++;
            if (top5) c.top5++;
        }
    }
    return { falseAlarms, injected, decided, slips, misses: misses.sort() };
}

export const pct = (a: number, b: number, digits = 1): string => (b === 0 ? "-" : ((100 * a) / b).toFixed(digits) + "%");

export function formatLayers(r: LayersReport): string {
    const out: string[] = [];
    out.push("== What the editor shows: both dictionary layers through DocumentProofreader ==");
    out.push("");
    out.push("False alarms on clean human text (nbnn-dev.tsv), % of words; warnings per layer, hints apart:");
    out.push(
        "| text | words | warnings | % words | spelling | malform | + house style (information) | + unknown (hints) | all % words | sentences with a warning |",
    );
    out.push("|---|---|---|---|---|---|---|---|---|---|");
    for (const [name, a] of Object.entries(r.falseAlarms)) {
        const warnings = Object.entries(a.byLayer)
            .filter(([k]) => !k.endsWith("hint"))
            .reduce((n, [, v]) => n + v, 0);
        out.push(
            `| ${name} | ${a.words} | ${warnings} | ${pct(warnings, a.words, 2)} | ${a.byLayer.spelling ?? 0} | ${a.byLayer.malform ?? 0} | ${a.byLayer["malform hint"] ?? 0} | ${a.byLayer["spelling hint"] ?? 0} | ${pct(
                Object.values(a.byLayer).reduce((n, v) => n + v, 0),
                a.words,
                2,
            )} | ${pct(a.sentencesWithAlarm, a.sentences)} |`,
        );
    }
    if (r.slips.nb.words + r.slips.nn.words > 0) {
        out.push("");
        out.push("Of the sentences' warnings and information (standard given), the real slips of the human translators:");
        out.push(formatSlips(r.slips));
    }
    out.push("");
    out.push(formatInjected("typos-dev.tsv", r.injected));
    out.push("");
    const d = r.decided;
    out.push(
        `Written standard decided from single sentences of 6+ words: right ${pct(d.right, d.sentences)} of ${d.sentences} (wrong ${d.wrong}, undecided ${d.undecided}).`,
    );
    out.push("");
    out.push(`Injected errors the editor does not fix first (${r.misses.length}):`);
    for (const m of r.misses) out.push(`- ${m}`);
    return out.join("\n");
}

/**
 * The clean sentences, standard given, as evalLayers and the real-typo eval proofread them: how
 * many of their warnings and information are real slips of the text (a quick run's figures,
 * `--real-typos-only`).
 */
export function cleanSlipCounts(pairs: readonly Row[], layers: Layers): Record<"nb" | "nn", CleanSlipCounts> {
    const out = { nb: emptySlipCounts(), nn: emptySlipCounts() };
    for (const v of ["nb", "nn"] as const) {
        for (const p of pairs) {
            out[v].words += tokenize(p[v]).length;
            tallySlips(out[v], v, p[v], proofread(p[v], v, layers).diagnostics);
        }
    }
    return out;
}

/** The injected-error table: flagged by any layer, which layer, right word 1st / in the top 5. */
export function formatInjected(source: string, injected: LayersReport["injected"]): string {
    const out: string[] = [];
    out.push(`Injected errors (${source}, standard given): flagged by any layer, which layer, right word 1st / in the top 5:`);
    out.push("| error | n | flagged | by spelling | by malform | 1st | top 5 |");
    out.push("|---|---|---|---|---|---|---|");
    const order = Object.keys(injected).sort((a, b) => (a.startsWith("all") ? 1 : 0) - (b.startsWith("all") ? 1 : 0) || a.localeCompare(b));
    for (const k of order) {
        const c = injected[k];
        const spelling = (c.byLayer.spelling ?? 0) + (c.byLayer["spelling hint"] ?? 0);
        out.push(
            `| ${k} | ${c.n} | ${pct(c.flagged, c.n)} | ${spelling} | ${(c.byLayer.malform ?? 0) + (c.byLayer["malform hint"] ?? 0)} | ${pct(c.first, c.n)} | ${pct(c.top5, c.n)} |`,
        );
    }
    return out.join("\n");
}

export function writeLayersReport(file: string, r: LayersReport): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
}
