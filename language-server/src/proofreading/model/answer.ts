// Turns the model's JSON answer about one paragraph into problems that are safe to show: every
// quote must be found in the paragraph, every replacement must change something. The model is
// never trusted: a random-weight test model and a confused real one answer alike.
import { ATOM } from "../../text";
import type { Variety } from "../../protocol/writtenStandard";
import { ANSWER_LIMITS, FALLBACK_MESSAGE, NON_PROSE_STAND_IN } from "./prompt";

/** One problem in paragraph text offsets. */
export interface ModelProblem {
    start: number;
    end: number;
    replacement: string;
    message: string;
}

export interface RawProblem {
    text?: unknown;
    replacement?: unknown;
    message?: unknown;
}

/** Why a suggestion was dropped, counted for the log. */
export type Rejection = "shape" | "notFound" | "noOp" | "badReplacement" | "nonProse" | "overlap" | "tooMany";

export interface CheckedAnswer {
    problems: ModelProblem[];
    rejected: Partial<Record<Rejection, number>>;
}

/** The paragraph as the model sees it: non-prose pieces stood in for, same offsets. */
export function promptText(paragraph: string): string {
    return paragraph.replaceAll(ATOM, NON_PROSE_STAND_IN);
}

/** The problems array of an answer, or undefined when the answer is not the JSON asked for. */
export function parseAnswer(answer: string): RawProblem[] | undefined {
    let value: unknown;
    try {
        value = JSON.parse(answer);
    } catch {
        return undefined;
    }
    const problems = (value as { problems?: unknown } | null)?.problems;
    if (!Array.isArray(problems)) return undefined;
    return problems.filter((p): p is RawProblem => typeof p === "object" && p !== null);
}

/**
 * Keeps the problems whose quote is in `paragraph` (the block's text; U+FFFC for non-prose),
 * with a replacement that changes it, that cover no non-prose and no earlier problem; in
 * paragraph order. A quote found several times is taken where it does not overlap an earlier
 * problem, first occurrence first.
 */
export function checkProblems(raw: readonly RawProblem[], paragraph: string, variety: Variety): CheckedAnswer {
    const seen = promptText(paragraph);
    const problems: ModelProblem[] = [];
    const rejected: CheckedAnswer["rejected"] = {};
    const reject = (why: Rejection) => (rejected[why] = (rejected[why] ?? 0) + 1);
    for (const p of raw) {
        if (typeof p.text !== "string" || typeof p.replacement !== "string") {
            reject("shape");
            continue;
        }
        if (problems.length >= ANSWER_LIMITS.problems) {
            reject("tooMany");
            continue;
        }
        const quote = p.text.trim() && seen.includes(p.text) ? p.text : p.text.trim();
        const replacement = p.replacement;
        if (!quote || quote.length > ANSWER_LIMITS.quote) {
            reject("shape");
            continue;
        }
        if (
            !replacement.trim() ||
            replacement.length > ANSWER_LIMITS.replacement ||
            /[\uFFFC\uFFFD\u0000-\u0008\u000B-\u001F]/.test(replacement)
        ) {
            reject("badReplacement");
            continue;
        }
        if (replacement === quote || replacement.trim() === quote.trim()) {
            reject("noOp");
            continue;
        }
        const at = placeQuote(seen, quote, problems);
        if (at === "notFound" || at === "overlap") {
            reject(at);
            continue;
        }
        if (paragraph.slice(at, at + quote.length).includes(ATOM)) {
            reject("nonProse");
            continue;
        }
        problems.push({ start: at, end: at + quote.length, replacement, message: messageOf(p.message, variety) });
    }
    problems.sort((a, b) => a.start - b.start);
    return { problems, rejected };
}

function placeQuote(text: string, quote: string, taken: readonly ModelProblem[]): number | "notFound" | "overlap" {
    let from = 0;
    let found = false;
    for (;;) {
        const at = text.indexOf(quote, from);
        if (at < 0) return found ? "overlap" : "notFound";
        found = true;
        const end = at + quote.length;
        if (!taken.some((t) => at < t.end && t.start < end)) return at;
        from = at + 1;
    }
}

function messageOf(message: unknown, variety: Variety): string {
    const m =
        typeof message === "string"
            ? message
                  .replace(/[\uFFFD\u0000-\u001F]/g, " ")
                  .replace(/\s+/g, " ")
                  .trim()
            : "";
    if (!m) return FALLBACK_MESSAGE[variety];
    return m.length > ANSWER_LIMITS.message ? `${m.slice(0, ANSWER_LIMITS.message - 1)}…` : m;
}
