// `skrivehjelp/convert`: Bokmål ↔ Nynorsk conversion of a text (convert/ does the work), with
// the engine `skrivehjelp.convert.engine` chooses: the rules need no model, so with "auto" and
// no model a conversion just runs. Reports work-done progress in percent of pieces; a cancelled
// request returns nothing, so the client's document stays as it was.
import {
    ErrorCodes,
    LSPErrorCodes,
    ResponseError,
    type CancellationToken,
    type Connection,
    type WorkDoneProgressReporter,
} from "vscode-languageserver/node";
import { unclosedFenceWarning } from "../convert/blocks";
import { ConvertCancelled, convertDocument, type ConvertOutcome, nothingToConvert, emptyOutcome } from "../convert/converter";
import { ConvertSetupError, convertContextFor, convertSetupFor, type GeneratingEngine, modelModeFor } from "../convert/engineAdapter";
import { EngineError } from "../engine/engine";
import type { Layers } from "../proofreading/checkContext";
import { proseVariety } from "../proofreading/malform/proseVariety";
import { ConvertRequest, UNKNOWN_SAMPLE, type ConvertParams, type ConvertResult } from "../protocol/convert";
import { DetectVarietyRequest } from "../protocol/writtenStandard";
import type { Logger } from "../protocol/log";
import type { SkrivehjelpSettings } from "../protocol/settings";
import { LineIndex } from "../text/lineIndex";
import { documentName, uiText } from "../uiMessages";
import { abortSignalFor, toResponseError } from "./engineRequests";

const MAX_TEXT = 2_000_000;

export function registerConvert(
    connection: Connection,
    engine: GeneratingEngine,
    /** The settings of the document at `uri` (its folder's), or the window's without one. */
    settings: (uri?: string) => Promise<SkrivehjelpSettings>,
    layers: () => Layers,
    settingsReady: Promise<void>,
    log: Logger,
    /** Told when a conversion of a document starts and ends (proofreading holds its follow-up passes meanwhile). */
    onConverting: (uri: string, converting: boolean) => void = () => undefined,
): void {
    connection.onRequest(DetectVarietyRequest, (params) => {
        if (!params || typeof params.text !== "string" || params.text.length > MAX_TEXT)
            throw new ResponseError(ErrorCodes.InvalidParams, uiText("detectVarietyParams"));
        const malform = layers().malform;
        if (!malform) return { variety: null };
        return { variety: proseVariety(malform, params.text, String(params.languageId)) ?? null };
    });
    /** Documents being converted: a second conversion of one is refused (see below). */
    const running = new Set<string>();
    connection.onRequest(ConvertRequest, (params, token) =>
        handle(params, token, connection.window.attachWorkDoneProgress(params?.workDoneToken)),
    );
    async function handle(params: ConvertParams, token: CancellationToken, workDone: WorkDoneProgressReporter): Promise<ConvertResult> {
        const invalid = validateConvertParams(params);
        if (invalid) throw new ResponseError(ErrorCodes.InvalidParams, invalid);
        await settingsReady;
        const signal = abortSignalFor(token);
        const lines = new LineIndex(params.text);
        const ranges = params.ranges
            ?.map((r) => ({ start: lines.offsetAt(r.start), end: lines.offsetAt(r.end) }))
            .filter((r) => r.end > r.start);
        // One conversion of a document at a time: the client replaces the document with the
        // answer, so a second answer computed from the same text would undo the first's edit
        // or be refused by the client as stale. Refused at once, with what to do.
        const uri = params.uri;
        if (uri !== undefined && running.has(uri))
            throw new ResponseError(LSPErrorCodes.RequestFailed, uiText("convertBusy", documentName(uri)));
        if (uri !== undefined) {
            running.add(uri);
            onConverting(uri, true);
        }
        workDone.begin(uiText("convertingTo", params.to), 0, undefined, true);
        const started = performance.now();
        try {
            const s = await settings(params.uri);
            const context = convertContextFor(s, layers(), params.to);
            const convertRanges = ranges && ranges.length ? ranges : undefined;
            const modelMode = modelModeFor(s.convert.engine, s);
            if (modelMode) {
                // an empty document, or one already converted, needs no model: none is loaded for it
                // (the rules alone find that out as they convert, so they are not made to look twice)
                const nothing = nothingToConvert(params.text, { ...params, ranges: convertRanges, context });
                if (nothing) {
                    log(
                        "info",
                        `convert ${params.from}→${params.to}${params.uri ? " " + params.uri : ""}: nothing to convert (${nothing})`,
                    );
                    const fence = unclosedFenceWarning(params.text, params.languageId);
                    return convertResult(emptyOutcome(params.text, modelMode, fence ? [fence] : [], nothing), params.text, lines);
                }
            }
            const setup = await convertSetupFor(s.convert.engine, engine, s, log);
            const r = await convertDocument(
                params.text,
                {
                    mode: setup.mode,
                    rules: setup.rules,
                    from: params.from,
                    to: params.to,
                    languageId: params.languageId,
                    ranges: convertRanges,
                    context,
                    signal,
                    onProgress: (done, total) => workDone.report(total ? Math.round((100 * done) / total) : 100, `${done}/${total}`),
                },
                setup.engine,
            );
            log(
                "info",
                `convert ${params.from}→${params.to} (${r.mode})${params.uri ? " " + params.uri : ""}: ${r.passed}/${r.pieces} pieces, ${r.words} words, ${r.unknown.length} unknown` +
                    `${r.nothing ? `, nothing to convert (${r.nothing})` : ""} in ${Math.round(performance.now() - started)} ms`,
            );
            return convertResult(r, params.text, lines);
        } catch (e) {
            if (e instanceof ConvertCancelled || (e instanceof EngineError && e.kind === "cancelled")) {
                throw new ResponseError(LSPErrorCodes.RequestCancelled, uiText("convertCancelled"));
            }
            if (e instanceof ConvertSetupError) throw new ResponseError(LSPErrorCodes.RequestFailed, e.message);
            throw toResponseError(e);
        } finally {
            if (uri !== undefined) {
                running.delete(uri);
                onConverting(uri, false);
            }
            workDone.done();
        }
    }
}

function convertResult(r: ConvertOutcome, text: string, lines: LineIndex): ConvertResult {
    return {
        text: r.text,
        warnings: r.warnings.map((w) => ({
            kind: w.kind,
            range: { start: { line: w.startLine, character: 0 }, end: { line: w.endLine, character: lineLength(text, lines, w.endLine) } },
            message: w.message,
        })),
        engine: r.mode,
        pieces: r.pieces,
        passed: r.passed,
        words: r.words,
        unknownWords: r.unknown.length,
        unknownSample: [...new Set(r.unknown)].slice(0, UNKNOWN_SAMPLE),
        skippedBlocks: r.skippedBlocks,
        ...(r.nothing ? { nothing: r.nothing } : {}),
    };
}

function lineLength(text: string, lines: LineIndex, line: number): number {
    const start = lines.offsetAt({ line, character: 0 });
    const next = lines.offsetAt({ line: line + 1, character: 0 });
    let end = next;
    while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
    return end - start;
}

export function validateConvertParams(p: ConvertParams | undefined): string | undefined {
    if (!p || typeof p !== "object") return uiText("convertNoParams");
    if (typeof p.text !== "string") return uiText("convertTextNotString");
    if (p.text.length > MAX_TEXT) return uiText("convertTooLong", p.text.length, MAX_TEXT);
    if ((p.from !== "nb" && p.from !== "nn") || (p.to !== "nb" && p.to !== "nn")) return uiText("convertStandards");
    if (p.from === p.to) return uiText("convertSameStandard");
    if (typeof p.languageId !== "string") return uiText("convertLanguageId");
    if (p.ranges !== undefined) {
        const ok =
            Array.isArray(p.ranges) &&
            p.ranges.every(
                (r) => r && [r.start?.line, r.start?.character, r.end?.line, r.end?.character].every((n) => Number.isInteger(n) && n >= 0),
            );
        if (!ok) return uiText("convertRanges");
    }
    return undefined;
}
