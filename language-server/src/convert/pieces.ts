// How a document's units become pieces for the model: long units are cut at line and sentence
// boundaries, consecutive units are grouped up to a token budget, and each piece is rendered
// with its placeholders ({n}) as the model (and the rule converter) sees it.
import type { PieceInput } from "./guards";
import { type Part, renderLine, type Unit, type UnitLine } from "./segment";

export interface Piece {
    units: Unit[];
    input: PieceInput;
    protectedTexts: string[];
    text: string;
    firstLine: number;
    lastLine: number;
}

/**
 * A cautious token count for Norwegian text with the Llama 3 tokenizer: measured 2.65
 * characters a token on Nynorsk prose ("Dette er eit døme på nynorsk tekst …": 53 → 20).
 */
export function estimateTokens(text: string): number {
    return Math.ceil(text.length / 2.6) + 1;
}

/**
 * The largest piece input (tokens) that leaves room for the prompt and an answer longer than it:
 * the piece once and an answer 1.6 times as long (`copies` 2.6); a post-edit prompt holds the
 * source and the draft (3.7).
 */
export function pieceBudget(contextTokens: number, promptTokens: number, copies = 2.6): number {
    return Math.max(48, Math.floor((contextTokens - promptTokens - 16) / copies));
}

/** Units longer than the budget are cut at line boundaries (each line's body stands alone). */
export function splitLongUnits(units: Unit[], budget: number): Unit[] {
    const out: Unit[] = [];
    for (const u of units) {
        if (estimateTokens(unitText(u)) <= budget) {
            out.push(u);
            continue;
        }
        // a long line (a paragraph written on one line) is cut at sentence ends into bodies of
        // its own; the model sees them as lines, and each goes back to its own span
        const lines = u.lines.flatMap((l) => splitLongLine(l, budget));
        let cur: Unit | undefined;
        let tokens = 0;
        for (const line of lines) {
            const t = estimateTokens(line.parts.map((p) => p.text).join(""));
            if (!cur || tokens + t > budget) {
                cur = { lines: [], firstLine: line.line, lastLine: line.line, needsModel: u.needsModel };
                out.push(cur);
                tokens = 0;
            }
            cur.lines.push(line);
            cur.lastLine = line.line;
            tokens += t;
        }
    }
    // a part of a cut unit may have no letters left
    for (const u of out) u.needsModel = u.lines.some((l) => l.parts.some((p) => p.kind === "text" && /\p{L}/u.test(p.text)));
    return out;
}

/** Where a sentence ends and the next begins: the whitespace after . ! ? (and closing quotes). */
const SENTENCE_GAP = /(?<=[.!?…][»"”’')\]]*)[ \t]+(?=\S)/g;

/** A body longer than the budget as several bodies, cut at sentence ends in its prose. */
function splitLongLine(line: UnitLine, budget: number): UnitLine[] {
    const text = line.parts.map((p) => p.text).join("");
    if (estimateTokens(text) <= budget) return [line];
    // offsets of prose characters: a cut never falls inside protected text
    const inText = new Uint8Array(text.length);
    let o = 0;
    for (const p of line.parts) {
        if (p.kind === "text") inText.fill(1, o, o + p.text.length);
        o += p.text.length;
    }
    const out: UnitLine[] = [];
    let from = 0;
    let lastGap: [number, number] | undefined;
    const cut = (end: number, next: number) => {
        out.push({ start: line.start + from, end: line.start + end, parts: sliceParts(line.parts, from, end), line: line.line });
        from = next;
    };
    for (const m of text.matchAll(SENTENCE_GAP)) {
        const gap: [number, number] = [m.index, m.index + m[0].length];
        if (!inText[gap[0]]) continue;
        if (lastGap && estimateTokens(text.slice(from, gap[0])) > budget) cut(lastGap[0], lastGap[1]);
        lastGap = gap;
    }
    if (lastGap && lastGap[1] > from && estimateTokens(text.slice(from)) > budget) cut(lastGap[0], lastGap[1]);
    cut(text.length, text.length);
    return out;
}

/** The parts covering characters [from, to) of their concatenation (cuts fall in prose only). */
function sliceParts(parts: readonly Part[], from: number, to: number): Part[] {
    const out: Part[] = [];
    let o = 0;
    for (const p of parts) {
        const a = Math.max(from, o);
        const b = Math.min(to, o + p.text.length);
        if (b > a) out.push({ kind: p.kind, text: p.text.slice(a - o, b - o) });
        o += p.text.length;
    }
    return out;
}

export function unitText(u: Unit): string {
    return u.lines.map((l) => l.parts.map((p) => p.text).join("")).join("\n");
}

/** Consecutive units, as many as fit the budget, make a piece. */
export function groupPieces(units: Unit[], budget: number): Piece[] {
    const pieces: Piece[] = [];
    let group: Unit[] = [];
    let tokens = 0;
    const flush = () => {
        if (group.length) pieces.push(makePiece(group));
        group = [];
        tokens = 0;
    };
    for (const u of units) {
        const t = estimateTokens(unitText(u)) + 2;
        if (group.length && tokens + t > budget) flush();
        group.push(u);
        tokens += t;
    }
    flush();
    return pieces;
}

function makePiece(units: Unit[]): Piece {
    const protectedTexts: string[] = [];
    const rendered = units.map((u) => u.lines.map((l) => renderLine(l, protectedTexts)));
    return {
        units,
        input: { units: rendered, placeholders: protectedTexts.length },
        protectedTexts,
        text: rendered.map((u) => u.join("\n")).join("\n\n"),
        firstLine: units[0].firstLine,
        lastLine: units[units.length - 1].lastLine,
    };
}
