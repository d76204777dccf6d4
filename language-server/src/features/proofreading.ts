// Publishes the proofreader's diagnostics as documents open and change, answers quick-fix
// requests and runs the word-list commands. One DocumentProofreader per open document keeps
// the incremental prose extraction. The dictionary layers are published at once on every
// change; the model layer's answers arrive later and are merged in (never waited for).
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import {
    CodeActionKind,
    ErrorCodes,
    MessageType,
    ResponseError,
    ShowMessageNotification,
    TextDocuments,
    type Connection,
    type Diagnostic,
    type Position,
    type Range,
    type ServerCapabilities,
    type WorkspaceFolder,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { checkedLength, isBinaryText } from "../proofreading/checkLimit";
import { documentName, uiText } from "../uiMessages";
import { firstPassEnd } from "../proofreading/firstPass";
import { DocumentProofreader } from "../proofreading/proofreader";
import { checkContextFrom, type CheckContext, type Layers } from "../proofreading/checkContext";
import type { DocumentLanguage } from "../protocol/writtenStandard";
import { addToWordList, isSingleWord, userWordListPath, WordListCache, type WordSet } from "../proofreading/wordLists";
import { mergeDiagnostics } from "../proofreading/model/diagnostics";
import { ModelLayer, type ProofreadEngine } from "../proofreading/model/modelLayer";
import type { Logger } from "../protocol/log";
import type { EngineStatus } from "../protocol/engine";
import {
    Commands,
    DocumentLanguageNotification,
    VisibleRangesNotification,
    type AddWordArgs,
    type IgnoreWordArgs,
} from "../protocol/proofreading";
import type { SkrivehjelpSettings } from "../protocol/settings";
import type { DocumentSettings } from "../settingsSource";
import { codeActionsFor } from "./codeActions";

interface DocState {
    proofreader: DocumentProofreader;
    ignored: Set<string>;
    language?: DocumentLanguage;
    /** Everything published: dictionary and model diagnostics, so quick fixes cover both. */
    diagnostics: Diagnostic[];
    /** The user was told the document is only partly checked (once per document). */
    toldLimit?: boolean;
}

export const proofreadingCapabilities: ServerCapabilities = {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    executeCommandProvider: { commands: [Commands.addWord, Commands.ignoreWord] },
};

/** Time a check may spend on suggestions before it publishes (the rest follow in another pass). */
const SUGGESTION_BUDGET_MS = 20;

export class ProofreadingFeature {
    private readonly docs = new Map<string, DocState>();
    /** Documents the user was told are binary (once each). */
    private readonly toldBinary = new Set<string>();
    private readonly followUps = new Map<string, NodeJS.Timeout>();
    /** Documents being converted, and those of them whose follow-up pass waits for the conversion's end. */
    private readonly converting = new Set<string>();
    private readonly heldFollowUps = new Set<string>();
    private readonly wordLists = new WordListCache();
    /** Documents whose settings are being pulled: they are checked when the settings are in. */
    private readonly waiting = new Set<string>();
    private readonly model: ModelLayer | undefined;

    constructor(
        private readonly connection: Connection,
        private readonly documents: TextDocuments<TextDocument>,
        /** Each document's settings: its workspace folder's, in a multi-root workspace. */
        private readonly settings: DocumentSettings,
        private readonly layers: () => Layers,
        private readonly workspaceFolders: readonly WorkspaceFolder[],
        engine?: ProofreadEngine,
        log?: Logger,
    ) {
        if (engine) this.model = new ModelLayer({ engine, log: log ?? (() => undefined), onChange: (uri) => this.recheck(uri) });
        connection.onNotification(VisibleRangesNotification, (p) => {
            if (p && typeof p.uri === "string" && Array.isArray(p.ranges)) this.model?.setVisible(p.uri, p.ranges);
        });
        // fires on open too
        documents.onDidChangeContent((e) => this.check(e.document));
        documents.onDidClose((e) => {
            this.docs.delete(e.document.uri);
            this.toldBinary.delete(e.document.uri);
            this.settings.forget(e.document.uri);
            this.model?.close(e.document.uri);
            void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
        });
        connection.onCodeAction((p) => {
            const state = this.docs.get(p.textDocument.uri);
            if (!state) return [];
            // Our own diagnostics under the range: clients echo diagnostics back incompletely
            // (Neovim 0.7 drops `source`), and the server knows them anyway.
            const atCursor = state.diagnostics.filter((d) => overlaps(d.range, p.range));
            return codeActionsFor(
                p.textDocument.uri,
                atCursor,
                state.diagnostics,
                state.language?.variety,
                !!this.workspaceListFor(p.textDocument.uri),
            );
        });
        connection.onExecuteCommand((p) => {
            const arg = p.arguments?.[0] as Partial<AddWordArgs & IgnoreWordArgs> | undefined;
            if (!arg || typeof arg.word !== "string" || typeof arg.uri !== "string") return;
            if (p.command === Commands.ignoreWord) {
                this.docs.get(arg.uri)?.ignored.add(arg.word);
                this.recheck(arg.uri);
            } else if (p.command === Commands.addWord) {
                const file = arg.list === "workspace" ? this.workspaceListFor(arg.uri) : userWordListPath();
                if (!file) return;
                // the client shows a failed command's message: say why, in the UI language
                if (!isSingleWord(arg.word)) throw new ResponseError(ErrorCodes.InvalidParams, uiText("wordNotSingle", arg.word));
                try {
                    addToWordList(file, arg.word);
                } catch (e) {
                    throw new ResponseError(ErrorCodes.InternalError, uiText("wordListUnwritable", file, (e as Error).message));
                }
                this.reloadWordLists();
            }
        });
    }

    /** After a settings change, or when a word list changed on disk. */
    reloadWordLists(): void {
        this.wordLists.clear();
        this.recheckAll();
    }

    /** The model layer retries a failed engine once it is back. */
    onEngineStatus(status: EngineStatus): void {
        this.model?.onEngineStatus(status);
    }

    recheckAll(): void {
        for (const uri of this.docs.keys()) this.recheck(uri);
    }

    private recheck(uri: string): void {
        const doc = this.documents.get(uri);
        if (doc) this.check(doc);
    }

    private check(doc: TextDocument): void {
        if (doc.languageId !== "markdown" && doc.languageId !== "plaintext") return;
        const settings = this.settingsOf(doc.uri);
        if (!settings) return;
        let state = this.docs.get(doc.uri);
        const whole = doc.getText();
        if (isBinaryText(whole)) return this.skipBinary(doc, state);
        const limit = settings.checks.maxDocumentKB * 1000;
        const checked = checkedLength(whole, limit);
        const text = checked < whole.length ? whole.slice(0, checked) : whole;
        const opened = !state;
        if (!state) {
            state = { proofreader: new DocumentProofreader(doc.languageId), ignored: new Set(), diagnostics: [] };
            this.docs.set(doc.uri, state);
        }
        // opened that long, or grown past the limit since: said once per document
        if (checked < whole.length) this.tellLimit(doc, state, whole.length, limit);
        if (opened) {
            // a long document's opening screens first; the whole follows in the next pass
            const cut = firstPassEnd(text);
            if (cut !== undefined) return this.checkOpening(doc, state, text.slice(0, cut), settings);
        }
        // Squiggles first: suggestions that do not fit this pass's time budget follow in the next.
        const outcome = state.proofreader.check(text, this.contextOf(doc.uri, state, settings), {
            suggestionDeadline: performance.now() + SUGGESTION_BUDGET_MS,
        });
        const model =
            this.model?.diagnostics({
                uri: doc.uri,
                text,
                blocks: state.proofreader.extractor.blocks,
                variety: outcome.language.variety,
                settings,
                dictionary: outcome.diagnostics,
                ignored: state.ignored,
            }) ?? [];
        state.diagnostics = mergeDiagnostics(outcome.diagnostics, model);
        void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: state.diagnostics });
        if (!outcome.complete) this.followUp(doc);
        const before = state.language;
        state.language = outcome.language;
        if (before?.variety !== outcome.language.variety || before?.source !== outcome.language.source) {
            void this.connection.sendNotification(DocumentLanguageNotification, {
                uri: doc.uri,
                variety: outcome.language.variety ?? null,
                source: outcome.language.source,
            });
        }
    }

    private tellLimit(doc: TextDocument, state: DocState, chars: number, limit: number): void {
        if (state.toldLimit) return;
        state.toldLimit = true;
        void this.connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Info,
            message: uiText("checkLimit", documentName(doc.uri), chars, limit),
        });
    }

    /** A binary file opened as text: no diagnostics, and the user is told once per document why. */
    private skipBinary(doc: TextDocument, state: DocState | undefined): void {
        if (state) state.diagnostics = [];
        this.model?.close(doc.uri);
        void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
        if (this.toldBinary.has(doc.uri)) return;
        this.toldBinary.add(doc.uri);
        void this.connection.sendNotification(ShowMessageNotification.type, {
            type: MessageType.Info,
            message: uiText("binaryDocument", documentName(doc.uri)),
        });
    }

    /**
     * The first step of a long document that just opened: its opening text, published as the
     * document's diagnostics until the whole has been checked, straight after (see firstPass.ts).
     * The written standard is announced by that check, from the whole text.
     */
    private checkOpening(doc: TextDocument, state: DocState, opening: string, settings: SkrivehjelpSettings): void {
        // squiggles only: the check of the whole, straight after, brings the suggestions
        const outcome = state.proofreader.check(opening, this.contextOf(doc.uri, state, settings), {
            suggestionDeadline: 0,
            alwaysSuggested: 0,
        });
        state.diagnostics = outcome.diagnostics;
        void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: state.diagnostics });
        this.followUp(doc);
    }

    /**
     * While `uri` is converted its follow-up passes wait: the rule converter gives the event
     * loop a turn every 15 ms, and a pass filling in suggestions for a text the conversion is
     * about to replace would take each of those turns (10,000 words: up to +200 ms to the answer).
     */
    setConverting(uri: string, converting: boolean): void {
        if (converting) return void this.converting.add(uri);
        this.converting.delete(uri);
        const doc = this.documents.get(uri);
        if (this.heldFollowUps.delete(uri) && doc) this.followUp(doc);
    }

    /** Checks again soon (edits that arrive meanwhile go first) to fill in the missing suggestions. */
    private followUp(doc: TextDocument): void {
        if (this.followUps.has(doc.uri)) return;
        this.followUps.set(
            doc.uri,
            setTimeout(() => {
                this.followUps.delete(doc.uri);
                if (this.converting.has(doc.uri)) return void this.heldFollowUps.add(doc.uri);
                // the document as it is now: a newer version's check may be the incomplete one
                const now = this.documents.get(doc.uri);
                if (now && this.docs.has(doc.uri)) this.check(now);
            }, 0),
        );
    }

    /**
     * The document's settings when they are in; else undefined, and the document is checked
     * as soon as they arrive (the first check of a document waits for one round trip).
     */
    private settingsOf(uri: string): SkrivehjelpSettings | undefined {
        const known = this.settings.cached(uri);
        if (known || this.waiting.has(uri)) return known;
        this.waiting.add(uri);
        void this.settings.for(uri).then(() => {
            this.waiting.delete(uri);
            // the document as it is now; after a change notification meanwhile this pulls again
            if (this.documents.get(uri)) this.recheck(uri);
        });
        return undefined;
    }

    /** What one check of the document runs with: its settings, the dictionaries, its folder's word lists. */
    private contextOf(uri: string, state: DocState, settings: SkrivehjelpSettings): CheckContext {
        return checkContextFrom(settings, { layers: this.layers(), accepted: this.acceptedIn(uri, settings), ignored: state.ignored });
    }

    /** The workspace folder holding `uri`, if any. */
    private folderOf(uri: string): string | undefined {
        const file = toPath(uri);
        if (!file) return undefined;
        return this.workspaceFolders.map((f) => toPath(f.uri)).find((dir) => dir && (file + path.sep).startsWith(dir + path.sep));
    }

    /** The workspace word list of the folder holding `uri`, if it is in a workspace folder. */
    workspaceListFor(uri: string): string | undefined {
        const folder = this.folderOf(uri);
        const settings = this.settings.cached(uri) ?? this.settings.settings;
        return folder ? path.join(folder, settings.dictionary.workspaceFile) : undefined;
    }

    /**
     * The words accepted in the document: the user's list and its folder's (named by that
     * folder's setting); a document outside every folder accepts every folder's list.
     */
    private acceptedIn(uri: string, settings: SkrivehjelpSettings): WordSet {
        const own = this.folderOf(uri);
        const folders = own ? [own] : this.workspaceFolders.map((f) => toPath(f.uri)).filter((d): d is string => !!d);
        return this.wordLists.for(folders.map((d) => path.join(d, settings.dictionary.workspaceFile)));
    }
}

function overlaps(a: Range, b: Range): boolean {
    const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}

function toPath(uri: string): string | undefined {
    try {
        return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
    } catch {
        return undefined;
    }
}
