// The repeated-word check of the dictionary layers: "som skal skal brukes".
import { DiagnosticSeverity } from "vscode-languageserver-types";
import type { Word } from "../text";
import type { texts } from "./messages";
import type { BlockProblem } from "./proofreader";

/** Words that may stand twice in a row: "det det gjelder", "den den tilhører", laughter. */
const MAY_REPEAT = new Set(["det", "den", "ha", "he", "hi", "hei", "ja", "nei", "bla", "så"]);
/** Only spaces, or one line break, between two words. */
const JUST_SPACE = /^[ \t]*\n?[ \t]*$/;

/**
 * A word typed twice ("som skal skal brukes"): one problem over both, the fix is the word once.
 * Not where another problem already is, and not across markup or punctuation ("nei, nei").
 */
export function repeatedWords(
    doc: string,
    shift: number,
    all: readonly Word[],
    at: number,
    t: ReturnType<typeof texts>,
    ignored: ReadonlySet<string>,
    found: readonly BlockProblem[],
): BlockProblem[] {
    const out: BlockProblem[] = [];
    for (let i = 1; i < all.length; i++) {
        const a = all[i - 1];
        const b = all[i];
        const lower = b.text.toLowerCase();
        if (a.text.toLowerCase() !== lower || MAY_REPEAT.has(lower) || b.hasDigit || b.sentenceStart) continue;
        const between = doc.slice(a.end + shift, b.start + shift);
        if (between.length === 0 || !JUST_SPACE.test(between)) continue;
        const start = a.start - at;
        const end = b.end - at;
        const text = doc.slice(a.start + shift, b.end + shift);
        if (ignored.has(text) || found.some((p) => p.start < end && start < p.end)) continue;
        out.push({
            start,
            end,
            text,
            code: "spelling",
            severity: DiagnosticSeverity.Warning,
            message: t.repeated(b.text),
            suggest: () => [a.text],
        });
    }
    return out;
}
