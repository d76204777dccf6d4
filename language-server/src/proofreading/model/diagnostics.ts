// The model's checked problems of one paragraph as LSP diagnostics in the document, and the
// one order in which the server (and `skrivehjelp check`) publishes all layers together.
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from "vscode-languageserver-types";
import type { ProblemData } from "../../protocol/proofreading";
import type { LineIndex, ProseBlock } from "../../text";
import type { ModelProblem } from "./answer";

export const SOURCE = "skrivehjelp";

/**
 * Diagnostics for `problems` of `block`. Dropped: a problem whose document text differs from
 * what the model saw (markup or an entity inside: replacing the range would lose it), one that
 * overlaps a dictionary diagnostic (spelling, målform and the grammar layer win: they are
 * precise, and one problem gets one diagnostic: "for og lagra" is the grammar layer's), and one whose
 * text the user chose to ignore.
 */
export function modelDiagnostics(
    doc: string,
    lines: LineIndex,
    block: ProseBlock,
    problems: readonly ModelProblem[],
    dictionary: readonly Diagnostic[],
    ignored: ReadonlySet<string>,
): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const p of problems) {
        const { start, end } = block.toDocRange(p.start, p.end);
        const text = doc.slice(start, end);
        if (text !== block.text.slice(p.start, p.end) || ignored.has(text)) continue;
        const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
        if (dictionary.some((d) => overlaps(d.range, range))) continue;
        const data: ProblemData = { text, suggestions: [p.replacement] };
        out.push({ range, severity: DiagnosticSeverity.Information, source: SOURCE, code: "grammar", message: p.message, data });
    }
    return out;
}

/** Dictionary and model diagnostics together, in document order (dictionary first on a tie). */
export function mergeDiagnostics(dictionary: readonly Diagnostic[], model: readonly Diagnostic[]): Diagnostic[] {
    if (model.length === 0) return [...dictionary];
    return [...dictionary, ...model].sort((a, b) => compare(a.range.start, b.range.start));
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}

/** Whether two ranges share at least one character (touching ends do not count). */
export function overlaps(a: Range, b: Range): boolean {
    return compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0;
}
