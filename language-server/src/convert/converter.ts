// Converts a document between Bokmål and Nynorsk piece by piece, and never damages it: units
// (segment.ts) of the blocks in the source standard (blocks.ts) are grouped into pieces
// (pieces.ts). Engine "rules": the rule converter converts each piece (rulesDraft.ts). "model":
// the model's answer goes through the guards (guards.ts) and a re-parse of the document with it
// applied; a failing piece is asked once more, then left as it was and reported with its lines.
// "hybrid": the model post-edits the rules' draft under the same guards, and a failing piece
// keeps the draft. Pure logic: the model is a function, so the tests can script it.
import { normalizeLineBreaks } from "../text/extract";
import { parseMarkdown } from "../text/markdown";
import { type JudgeBlock, type NothingToConvert, sourceUnits, unclosedFenceWarning } from "./blocks";
import { checkPiece, type DetectVariety } from "./guards";
import { estimateTokens, groupPieces, type Piece, pieceBudget, splitLongUnits } from "./pieces";
import {
    type BuiltPrompt,
    buildPrompt,
    type ConvertPreferences,
    DEFAULT_TEMPLATES,
    type Direction,
    POST_EDIT_TEMPLATES,
    type PromptTemplate,
} from "./prompts";
import { VARIETY_NAMES, type Variety } from "../protocol/writtenStandard";
import type { RuleEngine } from "./rules/index";
import { draftPiece } from "./rulesDraft";
import { type OffsetRange, segment } from "./segment";

export { estimateTokens, pieceBudget } from "./pieces";

/** Who converts: the rule converter, the model, or the model post-editing the rules' draft. */
export type ConvertMode = "rules" | "model" | "hybrid";

export interface ConvertEngine {
    /** One model answer (greedy) for a prompt; rejects on cancellation or engine failure. */
    generate(prompt: BuiltPrompt, maxTokens: number, signal?: AbortSignal): Promise<string>;
    /** Pieces run at the same time (the engine's sequences). */
    parallel: number;
    /** Tokens one sequence holds: prompt and answer together. */
    contextTokens: number;
}

/**
 * What a conversion of one document runs with besides its text: the document's house style and
 * templates (its folder's settings) and the målform layer's judgements; engineAdapter.ts's
 * `convertContextFor` builds it from the settings and the dictionaries.
 */
export interface ConvertContext {
    preferences: ConvertPreferences;
    /** Overrides of the default prompt templates. */
    templates?: Partial<Record<Direction, PromptTemplate>>;
    /** The standard of a block's prose: blocks in `to` or another language are left alone. */
    judgeBlock?: JudgeBlock;
    detect?: DetectVariety;
    /** House-style problems of an accepted piece's converted text (reported, not rejected). */
    checkStyle?: (text: string) => string[];
}

export interface ConvertOptions {
    /** Default "model"; "rules" and "hybrid" need `rules`, "model" and "hybrid" an engine. */
    mode?: ConvertMode;
    rules?: RuleEngine;
    from: Variety;
    to: Variety;
    languageId: string;
    /** Convert only prose inside these document offset ranges. */
    ranges?: readonly OffsetRange[];
    context: ConvertContext;
    signal?: AbortSignal;
    /** After each piece: how many of all pieces are done. */
    onProgress?: (done: number, total: number) => void;
}

export interface ConvertWarning {
    /**
     * "unconverted": the piece failed the guards and stayed as it was; "draft" (hybrid): the model's
     * answer failed, the piece has the rules' conversion; "style": converted, but against a house-style setting.
     */
    kind: "unconverted" | "draft" | "style";
    /** 0-based document lines of the piece. */
    startLine: number;
    endLine: number;
    message: string;
}

/** The outcome of a conversion that converted nothing (yet): the text as it was. */
export function emptyOutcome(text: string, mode: ConvertMode, warnings: ConvertWarning[] = [], nothing?: NothingToConvert): ConvertOutcome {
    return { text, warnings, mode, pieces: 0, passed: 0, words: 0, unknown: [], skippedBlocks: { target: 0, foreign: 0 }, nothing };
}

export interface ConvertOutcome {
    text: string;
    warnings: ConvertWarning[];
    mode: ConvertMode;
    /** Pieces converted (by the model, the rules or both), and how many of them passed the guards. */
    pieces: number;
    passed: number;
    /** Words of prose converted. */
    words: number;
    /** Words the rules did not know and kept as written, each occurrence, in pieces whose result is the rules'. */
    unknown: string[];
    /** Blocks left alone: already in the target standard, or another language. */
    skippedBlocks: { target: number; foreign: number };
    /** Why nothing was converted, when nothing was. */
    nothing?: NothingToConvert;
}

export class ConvertCancelled extends Error {
    constructor() {
        super("The conversion was cancelled.");
    }
}

export async function convertDocument(doc: string, opts: ConvertOptions, engine?: ConvertEngine): Promise<ConvertOutcome> {
    const mode = opts.mode ?? "model";
    const rules = opts.rules;
    if (mode !== "rules" && !engine) throw new Error(`the "${mode}" conversion needs a model`);
    if (mode !== "model" && !rules) throw new Error(`the "${mode}" conversion needs the rule converter`);
    const direction: Direction = opts.from === "nb" ? "nb-nn" : "nn-nb";
    const { preferences, judgeBlock, detect, checkStyle } = opts.context;
    const outcome = emptyOutcome(doc, mode);
    if (opts.from === opts.to) return outcome;
    const template =
        mode === "hybrid" ? POST_EDIT_TEMPLATES[direction] : (opts.context.templates?.[direction] ?? DEFAULT_TEMPLATES[direction]);
    const promptTokens = estimateTokens(JSON.stringify(buildPrompt(template, direction, "", preferences, true))) + 24;
    const budget = engine ? pieceBudget(engine.contextTokens, promptTokens, mode === "hybrid" ? 3.7 : 2.6) : RULES_PIECE_TOKENS;
    const blocks = sourceUnits(
        splitLongUnits(segment(doc, opts.languageId, opts.ranges), budget).filter((u) => u.needsModel),
        opts.from,
        opts.to,
        judgeBlock,
    );
    outcome.skippedBlocks = blocks.skipped;
    const fence = unclosedFenceWarning(doc, opts.languageId);
    if (fence) outcome.warnings.push(fence);
    if (blocks.nothing) return { ...outcome, nothing: blocks.nothing };
    const units = blocks.units;
    const pieces = groupPieces(units, budget);
    const baseSkeleton = opts.languageId === "markdown" ? skeleton(doc) : "";

    const warnings = outcome.warnings;
    const accepted: Edit[] = [];
    /** The rules' drafts in the result, kept apart: the Markdown check runs on them once, at the end. */
    const drafts: { piece: Piece; edits: Edit[]; unknown: string[] }[] = [];
    let done = 0;
    let passed = 0;
    const cancelled = () => {
        if (opts.signal?.aborted) throw new ConvertCancelled();
    };
    opts.onProgress?.(0, pieces.length);

    /** Asks the model (twice at most): the piece's edits, or why its answers failed. */
    const askModel = async (piece: Piece, draft?: string): Promise<{ edits: Edit[] } | { reason: string }> => {
        let reason = "";
        for (const retry of [false, true]) {
            cancelled();
            const prompt =
                draft === undefined
                    ? buildPrompt(template, direction, piece.text, preferences, retry)
                    : buildPrompt(template, direction, draft, preferences, retry, piece.text);
            let answer: string;
            try {
                answer = await engine!.generate(prompt, Math.ceil(estimateTokens(draft ?? piece.text) * 1.6) + 16, opts.signal);
            } catch (e) {
                cancelled();
                reason = `the model failed: ${e instanceof Error ? e.message : String(e)}`;
                continue;
            }
            cancelled();
            const checked = checkPiece(piece.input, answer, opts.from, detect);
            if (!checked.ok) {
                reason = checked.reason;
                continue;
            }
            const edits = pieceEdits(piece, checked.units);
            if (baseSkeleton && skeleton(applyEdits(doc, edits)) !== baseSkeleton) {
                reason = "the answer changes the Markdown structure";
                continue;
            }
            const style = checkStyle?.(edits.map((e) => e.text).join("\n")) ?? [];
            if (style.length)
                warnings.push({
                    kind: "style",
                    startLine: piece.firstLine,
                    endLine: piece.lastLine,
                    message: `${linesOf(piece)}: ${style.join("; ")}.`,
                });
            return { edits };
        }
        return { reason };
    };
    const unconverted = (piece: Piece, reason: string) =>
        warnings.push({
            kind: "unconverted",
            startLine: piece.firstLine,
            endLine: piece.lastLine,
            message: `${linesOf(piece)} left in ${VARIETY_NAMES[opts.from]}: ${reason}.`,
        });

    const runPiece = async (piece: Piece): Promise<void> => {
        const draft = mode === "model" ? undefined : draftPiece(rules!, piece, opts.from, opts.to, preferences);
        if (draft && !draft.ok) return void unconverted(piece, draft.reason);
        if (draft && mode === "rules") {
            drafts.push({ piece, edits: pieceEdits(piece, draft.units), unknown: draft.unknown });
            passed++;
            return;
        }
        const answer = await askModel(piece, draft?.text);
        if ("edits" in answer) {
            accepted.push(...answer.edits);
            passed++;
        } else if (draft) {
            drafts.push({ piece, edits: pieceEdits(piece, draft.units), unknown: draft.unknown });
            warnings.push({
                kind: "draft",
                startLine: piece.firstLine,
                endLine: piece.lastLine,
                message: `${linesOf(piece)}: the rules' conversion is used, the model's answer failed: ${answer.reason}.`,
            });
        } else unconverted(piece, answer.reason);
    };

    let next = 0;
    let yielded = performance.now();
    const worker = async () => {
        while (next < pieces.length) {
            const piece = pieces[next++];
            await runPiece(piece);
            done++;
            opts.onProgress?.(done, pieces.length);
            // the rules are synchronous: give the event loop a turn now and then, so a cancel
            // request is read and progress goes out while a long document converts
            if (mode === "rules" && performance.now() - yielded > 15) {
                await new Promise<void>((resolve) => setImmediate(resolve));
                yielded = performance.now();
                cancelled();
            }
        }
    };
    const workers: Promise<void>[] = [];
    for (let i = 0; i < Math.max(1, Math.min(mode === "rules" ? 1 : engine!.parallel, pieces.length)); i++) workers.push(worker());
    const results = await Promise.allSettled(workers);
    const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failure) throw failure.reason;
    cancelled();

    let kept = drafts;
    let text = applyEdits(doc, [...accepted, ...drafts.flatMap((d) => d.edits)]);
    if (baseSkeleton && drafts.length && skeleton(text) !== baseSkeleton) {
        // a draft changed the Markdown structure (a bug in the rules): only the drafts that keep it on their own stay
        kept = drafts.filter((d) => skeleton(applyEdits(doc, d.edits)) === baseSkeleton);
        for (const d of drafts) if (!kept.includes(d)) unconverted(d.piece, "the rule converter's output changes the Markdown structure");
        if (mode === "rules") passed = kept.length;
        text = applyEdits(doc, [...accepted, ...kept.flatMap((d) => d.edits)]);
    }
    warnings.sort((a, b) => a.startLine - b.startLine);
    const words = units.reduce(
        (n, u) =>
            n +
            u.lines.reduce(
                (m, l) =>
                    m +
                    countWords(
                        l.parts
                            .filter((p) => p.kind === "text")
                            .map((p) => p.text)
                            .join(" "),
                    ),
                0,
            ),
        0,
    );
    return { ...outcome, text, warnings, pieces: pieces.length, passed, words, unknown: kept.flatMap((d) => d.unknown) };
}

/**
 * Why converting `doc` would do nothing (no prose; none in `from`), found without a model: the
 * handler asks before it loads one.
 */
export function nothingToConvert(
    doc: string,
    opts: Pick<ConvertOptions, "from" | "to" | "languageId" | "ranges"> & { context: Pick<ConvertContext, "judgeBlock"> },
): NothingToConvert | undefined {
    return sourceUnits(
        segment(doc, opts.languageId, opts.ranges).filter((u) => u.needsModel),
        opts.from,
        opts.to,
        opts.context.judgeBlock,
    ).nothing;
}

/** Piece size (tokens) with no model: small enough that progress and cancel come often. */
const RULES_PIECE_TOKENS = 2000;

function linesOf(piece: Piece): string {
    return piece.firstLine === piece.lastLine ? `Line ${piece.firstLine + 1}` : `Lines ${piece.firstLine + 1}–${piece.lastLine + 1}`;
}

interface Edit {
    start: number;
    end: number;
    text: string;
}

function pieceEdits(piece: Piece, answer: string[][]): Edit[] {
    const edits: Edit[] = [];
    piece.units.forEach((unit, u) => {
        unit.lines.forEach((line, l) => {
            const text = answer[u][l].replace(/\{(\d+)\}/g, (_, n: string) => piece.protectedTexts[Number(n) - 1]);
            edits.push({ start: line.start, end: line.end, text });
        });
    });
    return edits;
}

export function applyEdits(doc: string, edits: readonly Edit[]): string {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    let out = "";
    let pos = 0;
    for (const e of sorted) {
        out += doc.slice(pos, e.start) + e.text;
        pos = e.end;
    }
    return out + doc.slice(pos);
}

/** The Markdown tree's node names and depths: a conversion must leave it as it was. */
export function skeleton(doc: string): string {
    const tree = parseMarkdown(normalizeLineBreaks(doc).text);
    const out: string[] = [];
    let depth = 0;
    tree.iterate({
        enter: (n) => {
            out.push(depth + n.name);
            depth++;
        },
        leave: () => {
            depth--;
        },
    });
    return out.join(" ");
}

function countWords(s: string): number {
    return s.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
