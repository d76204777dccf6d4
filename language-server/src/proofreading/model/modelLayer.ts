// The model layer of the proofreader in the server: keeps each open document's paragraphs,
// answers from the cache at once, and has the scheduler ask about the rest in the background.
// It never waits for the model: `diagnostics` returns what is known now, and `onChange` tells
// the feature when a document has new answers to publish.
import * as fs from "node:fs";
import type { Diagnostic, Range } from "vscode-languageserver-types";
import type { EngineStatus } from "../../protocol/engine";
import type { Logger } from "../../protocol/log";
import type { SkrivehjelpSettings } from "../../protocol/settings";
import { LineIndex, type ProseBlock } from "../../text";
import type { Variety } from "../../protocol/writtenStandard";
import { AnswerCache, cacheKey } from "./cache";
import { modelDiagnostics } from "./diagnostics";
import { askable, askAboutParagraph, type Generate } from "./paragraphs";
import { ParagraphScheduler, type ScheduledParagraph, type Timers } from "./scheduler";

export interface ProofreadEngine {
    generate: Generate;
    status(): EngineStatus;
}

export interface ModelLayerOptions {
    engine: ProofreadEngine;
    log: Logger;
    /** The document has new model answers (or the engine came back): check and publish it again. */
    onChange: (uri: string) => void;
    /** After the last edit of a document, wait this long before asking about it. */
    debounceMs?: number;
    timers?: Timers;
}

export interface DocumentInput {
    uri: string;
    text: string;
    /** The prose blocks of `text` (the dictionary layers' extractor already has them). */
    blocks: readonly ProseBlock[];
    variety: Variety | undefined;
    settings: SkrivehjelpSettings;
    /** The dictionary layers' diagnostics: model problems must not overlap them. */
    dictionary: readonly Diagnostic[];
    ignored: ReadonlySet<string>;
}

interface Question extends ScheduledParagraph {
    text: string;
    variety: Variety;
}

interface DocState {
    text?: string;
    /** Why the layer is off for this document, to log it once. */
    off?: string;
}

export const DEBOUNCE_MS = 800;

export class ModelLayer {
    private readonly docs = new Map<string, DocState>();
    private readonly cache = new AnswerCache();
    private readonly scheduler: ParagraphScheduler<Question>;
    private engineState: EngineStatus["state"] | undefined;
    private identity = { path: "", id: "" };
    /** `askable` by paragraph hash: a keystroke moves every later block, and the test is a regex. */
    private readonly askableByHash = new Map<string, boolean>();

    constructor(private readonly opts: ModelLayerOptions) {
        this.scheduler = new ParagraphScheduler<Question>({
            debounceMs: opts.debounceMs ?? DEBOUNCE_MS,
            maxRunning: 1,
            timers: opts.timers,
            run: (q, uri, signal) => this.ask(q, uri, signal),
            onDone: (_key, uris) => uris.forEach((u) => this.opts.onChange(u)),
        });
    }

    /** The model diagnostics known now for the document; schedules questions about the rest. */
    diagnostics(input: DocumentInput): Diagnostic[] {
        let doc = this.docs.get(input.uri);
        if (!doc) {
            doc = {};
            this.docs.set(input.uri, doc);
        }
        const off = this.whyOff(input);
        if (off !== doc.off) {
            this.opts.log("debug", `model proofreading: ${off ? `off for ${input.uri} (${off})` : `on for ${input.uri}`}`);
            doc.off = off;
        }
        if (off || !input.variety) {
            this.scheduler.close(input.uri, true);
            doc.text = undefined;
            return [];
        }
        const variety = input.variety;
        const model = this.modelIdentity(input.settings);
        const lines = new LineIndex(input.text);
        const out: Diagnostic[] = [];
        const wanted: Question[] = [];
        for (const block of input.blocks) {
            if (!this.isAskable(block)) continue;
            const key = cacheKey({ model, variety, paragraphHash: block.hash });
            const known = this.cache.get(key, block.text);
            if (known) {
                if (known.length) out.push(...modelDiagnostics(input.text, lines, block, known, input.dictionary, input.ignored));
            } else {
                const startLine = lines.positionAt(block.range.start).line;
                const endLine = lines.positionAt(block.range.end).line;
                wanted.push({ key, startLine, endLine, text: block.text, variety });
            }
        }
        // A failed model is not retried on every keystroke: "Reload model" or new settings do that.
        const failed = this.opts.engine.status().state === "error";
        this.scheduler.update(input.uri, failed ? [] : wanted, input.text !== doc.text);
        doc.text = input.text;
        return out;
    }

    /** The lines in view of a document (from the client), asked about first. */
    setVisible(uri: string, ranges: readonly Range[]): void {
        this.opts.log(
            "debug",
            `model proofreading: in view of ${uri}: ${ranges.map((r) => `lines ${r.start.line + 1}–${r.end.line + 1}`).join(", ") || "nothing"}`,
        );
        this.scheduler.setVisible(
            uri,
            ranges.map((r) => ({ start: r.start.line, end: r.end.line })),
        );
    }

    close(uri: string): void {
        this.docs.delete(uri);
        this.scheduler.close(uri);
    }

    /** When a failed engine is back (reloaded, new settings), the open documents are asked about again. */
    onEngineStatus(status: EngineStatus): void {
        const before = this.engineState;
        this.engineState = status.state;
        if (before === "error" && status.state !== "error") for (const uri of this.docs.keys()) this.opts.onChange(uri);
    }

    private isAskable(block: ProseBlock): boolean {
        // the kind too: a heading with a paragraph's text is not asked about
        const key = block.kind === "paragraph" ? block.hash : `${block.kind}|${block.hash}`;
        let ok = this.askableByHash.get(key);
        if (ok === undefined) {
            if (this.askableByHash.size > 50_000) this.askableByHash.clear();
            ok = askable(block);
            this.askableByHash.set(key, ok);
        }
        return ok;
    }

    private whyOff(input: DocumentInput): string | undefined {
        if (!input.settings.checks.model) return "skrivehjelp.checks.model is off";
        const s = input.settings;
        if (s.engine === "openai" ? !s.openai.endpoint : !s.model.path) return "no model is configured";
        if (!input.variety) return "the document is not Bokmål or Nynorsk";
        return undefined;
    }

    /**
     * Which model answers: a file by path, size and time (a new file at the same path gets new
     * answers), a model server by address and model name.
     */
    private modelIdentity(settings: SkrivehjelpSettings): string {
        if (settings.engine === "openai") return `openai|${settings.openai.endpoint}|${settings.openai.model}`;
        const path = settings.model.path;
        if (this.identity.path !== path) {
            let id = path;
            try {
                const s = fs.statSync(path);
                id = `${path}|${s.size}|${Math.round(s.mtimeMs)}`;
            } catch {
                // the engine reports a missing file; the path alone is identity enough
            }
            this.identity = { path, id };
        }
        return this.identity.id;
    }

    private async ask(q: Question, uri: string, signal: AbortSignal): Promise<void> {
        const preview = JSON.stringify(q.text.length > 40 ? `${q.text.slice(0, 40)}…` : q.text);
        this.opts.log("debug", `model proofreading: asking about ${preview} of ${uri}`);
        try {
            const answer = await askAboutParagraph(
                (params, priority, sig) => this.opts.engine.generate(params, priority, sig),
                q.text,
                q.variety,
                signal,
            );
            this.cache.set(q.key, q.text, answer.problems);
            const rejected = Object.entries(answer.rejected)
                .map(([k, n]) => `${k} ${n}`)
                .join(", ");
            const prompt =
                answer.promptTokens !== undefined
                    ? ` (prompt ${answer.promptTokens} tokens, ${answer.reusedPromptTokens ?? 0} re-used)`
                    : "";
            this.opts.log(
                "debug",
                `model proofreading: answer for ${preview}: ${answer.parsed ? `${answer.problems.length} suggestions${rejected ? `, rejected: ${rejected}` : ""}` : "not the JSON asked for"}${prompt}`,
            );
        } catch (e) {
            if (signal.aborted) {
                this.opts.log("debug", `model proofreading: cancelled ${preview}`);
                return;
            }
            // An engine that failed reports it through its status; anything else (a prompt too
            // long for the context) would fail again, so the paragraph is not asked about again.
            if (this.opts.engine.status().state !== "error") this.cache.set(q.key, q.text, []);
            this.opts.log("debug", `model proofreading: no answer for ${preview}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
}
