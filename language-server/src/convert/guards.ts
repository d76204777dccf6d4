// Checks of a model's answer for one piece before anything of it is used. Every check names
// what failed, for the retry and the warning.
import type { Variety } from "../protocol/writtenStandard";

/** The input of a piece: per unit, per line, the text the model saw (placeholders included). */
export interface PieceInput {
    units: string[][];
    /** How many placeholders the piece has ({1} … {n}). */
    placeholders: number;
}

export type GuardResult = { ok: true; units: string[][] } | { ok: false; reason: string };

/** Which standard a text is in, when the målform layer can tell; undefined when it cannot. */
export type DetectVariety = (text: string) => { variety: Variety | undefined; confidence: number; evidenceWords: number } | undefined;

/** Markup characters the model must neither add nor drop. */
const MARKUP = /[*_~`[\]<>|#$\\]/g;
const PLACEHOLDER = /\{(\d+)\}/g;
/** Openings that announce an answer instead of being one. */
const CHATTER =
    /^(?:her (?:er|kjem|kommer)\b|sjølvsagt|selvfølgelig|sikkert[.!]|ja[,.!]|ok[,.!]|okay|sure\b|here is|here's|certainly|omsett(?:ing)?\s*:|oversatt\s*:|oversettelse\s*:|nynorsk(?: versjon| tekst)?\s*:|bokmål(?: versjon| tekst)?\s*:|(?:rett(?:a|et|ed)? )?utkast(?: til (?:nynorsk|bokmål))?\s*:|teksten (?:på|omsett|oversatt))/i;

/**
 * Splits and checks the answer: the same number of units and lines, every placeholder once and
 * in order, the same markup characters, a sane length, no chatter, not in the source standard.
 * Returns the answer's lines per unit, trimmed.
 */
export function checkPiece(
    input: PieceInput,
    answer: string,
    from: Variety,
    detect?: DetectVariety,
    opts: { shapeOnly?: boolean } = {},
): GuardResult {
    const trimmed = answer
        .replace(/\r\n?/g, "\n")
        .replace(/^\s*\n/, "")
        .trimEnd();
    if (!trimmed.trim()) return { ok: false, reason: "the answer is empty" };
    const firstInput = input.units[0]?.[0] ?? "";
    // shapeOnly (the rule converter's draft): no chatter, length or standard checks, which judge a model's answer
    const shapeOnly = opts.shapeOnly === true;
    if (!shapeOnly && CHATTER.test(trimmed.trimStart()) && !CHATTER.test(firstInput.trimStart()))
        return { ok: false, reason: "the answer starts with a remark instead of the text" };
    const units = trimmed.split(/\n[ \t]*\n/).map((u) => u.split("\n").map((l) => l.trim()));
    if (units.length !== input.units.length)
        return { ok: false, reason: `the answer has ${units.length} paragraphs instead of ${input.units.length}` };

    const seen: number[] = [];
    for (let u = 0; u < units.length; u++) {
        const want = input.units[u];
        const got = units[u];
        if (got.length !== want.length)
            return { ok: false, reason: `paragraph ${u + 1} has ${got.length} lines instead of ${want.length}` };
        const wantText = want.join("\n");
        const gotText = got.join("\n");
        if (got.some((l) => l === "")) return { ok: false, reason: `paragraph ${u + 1} has an empty line` };
        const wantPh = [...wantText.matchAll(PLACEHOLDER)].map((m) => m[1]).join(",");
        const gotPh = [...gotText.matchAll(PLACEHOLDER)].map((m) => m[1]);
        if (gotPh.join(",") !== wantPh) return { ok: false, reason: "the placeholders for protected text are missing, repeated or moved" };
        for (const p of gotPh) seen.push(Number(p));
        const bareWant = wantText.replace(PLACEHOLDER, "");
        const bareGot = gotText.replace(PLACEHOLDER, "");
        if (/[{}]/.test(bareGot)) return { ok: false, reason: "the answer has a brace that is no placeholder" };
        if (markupSignature(bareWant) !== markupSignature(bareGot)) return { ok: false, reason: "the answer changed Markdown markup" };
        if (!shapeOnly && !lengthSane(bareWant.length, bareGot.length, 0.4, 1.9, 12))
            return { ok: false, reason: `paragraph ${u + 1} changed length too much` };
    }
    if (seen.length !== input.placeholders) return { ok: false, reason: "placeholders are missing" };
    if (shapeOnly) return { ok: true, units };
    const wantAll = input.units
        .map((u) => u.join("\n"))
        .join("\n\n")
        .replace(PLACEHOLDER, "");
    const gotAll = units
        .map((u) => u.join("\n"))
        .join("\n\n")
        .replace(PLACEHOLDER, "");
    if (!lengthSane(wantAll.length, gotAll.length, 0.6, 1.5, 16))
        return { ok: false, reason: "the answer's length is far from the input's" };
    if (detect) {
        const d = detect(gotAll);
        if (d && d.variety === from && d.confidence >= 0.9 && d.evidenceWords >= 2) {
            return { ok: false, reason: `the answer is still in ${from === "nb" ? "Bokmål" : "Nynorsk"}` };
        }
    }
    return { ok: true, units };
}

function lengthSane(want: number, got: number, low: number, high: number, slack: number): boolean {
    return got >= want * low - slack && got <= want * high + slack;
}

/** The markup characters of a text, counted (order may change: "**ikkje**" may move). */
function markupSignature(s: string): string {
    const counts = new Map<string, number>();
    for (const m of s.matchAll(MARKUP)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return [...counts]
        .sort()
        .map(([k, v]) => k + v)
        .join(" ");
}
