// The chat's logic on the extension side: the conversations (kept per workspace), the one
// running answer, and what the view's buttons do. The view only renders what it is sent.
import * as crypto from "node:crypto";
import * as vscode from "vscode";
import { ProgressType } from "vscode-languageclient/node";
import { ChatRequest, type ChatContext, type ChatResult } from "../../language-server/src/protocol/chat";
import { ConvertRequest } from "../../language-server/src/protocol/convert";
import { DetectVarietyRequest } from "../../language-server/src/protocol/writtenStandard";
import { wasTrimmed } from "../../language-server/src/protocol/chatBudget";
import {
    safeExternalUrl,
    type FromWebview,
    type QuickAction,
    type ToWebview,
    type ViewMessage,
} from "../../language-server/src/protocol/webview";
import type { Ctx } from "../ctx";
import { ConversationStore, toView, turnsOf, type StoredConversation } from "./conversationStore";
import { EditorTracker, fileContext, insertAtCursor, replaceSelection, selectionContext } from "./editorContext";
import { ChunkBatcher } from "./chunkBatcher";
import { chatConversion, quickActionPrompt } from "./quickActions";
import { VIEW_ID } from "./viewId";

const TEXT_PROGRESS = new ProgressType<string>();
const CLIENT_WAIT_MS = 60_000;

interface Running {
    conversation: StoredConversation;
    answer: ViewMessage;
    cancel: vscode.CancellationTokenSource;
    stopped: boolean;
    /** Sends the pieces not yet sent to the view. */
    flush?: () => void;
}

export class ChatController implements vscode.Disposable {
    readonly store: ConversationStore;
    private readonly editors = new EditorTracker();
    private post: ((m: ToWebview) => void) | undefined;
    private running: Running | undefined;

    constructor(
        private readonly ctx: Ctx,
        state: vscode.Memento,
    ) {
        this.store = new ConversationStore(state, () => crypto.randomBytes(9).toString("base64url"));
    }

    /** The view is there (again): it gets everything it shows from here. */
    attach(post: (m: ToWebview) => void): vscode.Disposable {
        this.post = post;
        return new vscode.Disposable(() => {
            if (this.post === post) this.post = undefined;
        });
    }

    /** Everything the view shows, for a view that just started. */
    replay(): void {
        this.post?.({ type: "status", status: this.ctx.status ?? null });
        this.showConversation(this.store.active());
    }

    async handle(msg: FromWebview): Promise<void> {
        switch (msg.type) {
            case "ready":
                return this.replay();
            case "chooseModel":
                return void vscode.commands.executeCommand("skrivehjelp.chooseModel");
            case "downloadModel":
                // a configured model URI not downloaded yet: that file; else the recommended models
                return void vscode.commands.executeCommand("skrivehjelp.downloadModel", this.ctx.status?.error?.download);
            case "reloadModel":
                return void vscode.commands.executeCommand("skrivehjelp.reloadModel");
            case "send":
                return this.send(msg.text);
            case "stop":
                return this.stop();
            case "newChat":
                return this.newChat();
            case "openConversation": {
                const c = this.store.open(msg.id);
                if (c) this.showConversation(c);
                return this.save();
            }
            case "deleteConversation":
                if (this.running?.conversation.id === msg.id) this.stop();
                this.showConversation(this.store.delete(msg.id));
                return this.save();
            case "attachSelection":
                return this.attachContext(false);
            case "attachFile":
                return this.attachContext(true);
            case "removeContext":
                return this.setContext(null);
            case "quickAction":
                return this.quickAction(msg.action);
            case "copyAnswer": {
                const m = this.findMessage(msg.messageId);
                if (m) await vscode.env.clipboard.writeText(m.content);
                return;
            }
            case "copyText":
                return vscode.env.clipboard.writeText(msg.text);
            case "insertAnswer":
            case "replaceSelection":
                return this.applyAnswer(msg.messageId, msg.type === "insertAnswer" ? "insert" : "replace");
            case "openLink": {
                // Model output: only web addresses, and VS Code asks before opening untrusted sites.
                const url = safeExternalUrl(msg.url);
                if (url) await vscode.env.openExternal(vscode.Uri.parse(url, true));
                else
                    void vscode.window.showWarningMessage(
                        vscode.l10n.t("Skrivehjelp opens only web links (http, https) from answers: {0}", msg.url.slice(0, 200)),
                    );
                return;
            }
        }
    }

    onStatus(): void {
        this.post?.({ type: "status", status: this.ctx.status ?? null });
    }

    /** "Skrivehjelp: Open chat": shows the view; a selection in the editor comes along. */
    async open(): Promise<void> {
        await this.reveal();
        const editor = this.editors.editor;
        const selection = editor && selectionContext(editor);
        if (selection) await this.setContext(selection);
        this.post?.({ type: "focusInput" });
    }

    async newChat(): Promise<void> {
        if (this.running) this.stop();
        this.showConversation(this.store.create());
        await this.save();
        this.post?.({ type: "focusInput" });
    }

    /** A quick action on the selection (or, without one, the attached text or the whole file). */
    async quickAction(action: QuickAction): Promise<void> {
        const editor = this.editors.editor;
        const active = this.store.active();
        const context = (editor && selectionContext(editor)) ?? active.context ?? (editor ? fileContext(editor) : undefined);
        if (!context) {
            void vscode.window.showInformationMessage(vscode.l10n.t("Select some text in an editor first."));
            return;
        }
        await this.reveal();
        if (this.running) {
            void vscode.window.showInformationMessage(vscode.l10n.t("Skrivehjelp is still answering. Stop the answer first."));
            return;
        }
        await this.setContext(context);
        if (action === "convert")
            return this.convert(context.text, editor?.document.languageId ?? "plaintext", editor?.document.uri.toString());
        await this.send(quickActionPrompt(action, context.text));
    }

    /** The convert action: the server's conversion (rules, model or both, as for the palette command), its text as the answer. */
    /** `uri`: the editor's document, so the conversion follows its folder's house style. */
    private async convert(text: string, languageId: string, uri?: string): Promise<void> {
        const conversation = this.store.active();
        try {
            const client = await this.client();
            const outcome = await chatConversion({
                detect: async () => (await client.sendRequest(DetectVarietyRequest, { text, languageId })).variety,
                pick: async () =>
                    (
                        await vscode.window.showQuickPick(
                            [
                                { label: vscode.l10n.t("To Nynorsk"), to: "nn" as const },
                                { label: vscode.l10n.t("To Bokmål"), to: "nb" as const },
                            ],
                            { title: vscode.l10n.t("Skrivehjelp cannot tell whether this is Bokmål or Nynorsk. Convert to which?") },
                        )
                    )?.to,
                convert: (from, to) => client.sendRequest(ConvertRequest, { text, from, to, languageId, uri }),
            });
            if (!outcome) return;
            if (outcome.kind === "nothing") {
                const names = { nb: "Bokmål", nn: "Nynorsk" };
                const message =
                    outcome.reason === "alreadyTarget"
                        ? vscode.l10n.t("The text is already in {0}; nothing was changed.", names[outcome.to])
                        : outcome.reason === "notSource"
                          ? vscode.l10n.t("The text is not in {0}, so nothing was converted.", names[outcome.from])
                          : vscode.l10n.t("Nothing to convert.");
                void vscode.window.showInformationMessage(message);
                return;
            }
            const chip = conversation.context ? (toView(conversation).context ?? undefined) : undefined;
            this.store.addMessage(conversation, { role: "user", content: outcome.request, context: chip });
            this.store.addMessage(conversation, { role: "assistant", content: outcome.answer, state: "done" });
        } catch (e) {
            void vscode.window.showErrorMessage(
                vscode.l10n.t("Skrivehjelp could not convert: {0}", e instanceof Error ? e.message : String(e)),
            );
            return;
        }
        this.showConversation(conversation);
        await this.save();
    }

    async send(text: string): Promise<void> {
        if (this.running || !text.trim()) return;
        const conversation = this.store.active();
        const chip = conversation.context ? (toView(conversation).context ?? undefined) : undefined;
        this.store.addMessage(conversation, { role: "user", content: text, context: chip });
        const answer = this.store.addMessage(conversation, { role: "assistant", content: "", state: "queued" });
        const run: Running = { conversation, answer, cancel: new vscode.CancellationTokenSource(), stopped: false };
        this.running = run;
        this.showConversation(conversation);
        // saved while the request goes out: the disk is not on the way to the first token
        void this.save();

        const partialResultToken = `chat-${answer.id}`;
        let sub: vscode.Disposable | undefined;
        try {
            const client = await this.client();
            const stream = new ChunkBatcher((text) =>
                this.post?.({ type: "chunk", conversationId: conversation.id, messageId: answer.id, text }),
            );
            run.flush = () => stream.flush();
            sub = client.onProgress(TEXT_PROGRESS, partialResultToken, (piece) => {
                if (this.running !== run) return; // stopped: what came after the stop is not shown
                answer.content += piece;
                answer.state = "streaming";
                stream.push(piece);
            });
            // the conversation's id lets the engine keep its evaluated prompt for the next message
            const params = {
                messages: turnsOf(conversation),
                context: conversation.context ?? undefined,
                conversationId: conversation.id,
                partialResultToken,
            };
            const r: ChatResult = await client.sendRequest(ChatRequest, params, run.cancel.token);
            if (this.running !== run) return;
            answer.content = r.text;
            answer.state = "done";
            answer.stats = { tokens: r.tokens, timeToFirstTokenMs: r.timeToFirstTokenMs, tokensPerSecond: r.tokensPerSecond };
            if (wasTrimmed(r.trimmed)) answer.trimmed = r.trimmed;
        } catch (e) {
            if (this.running !== run || run.stopped) return;
            answer.state = "error";
            answer.error = e instanceof Error ? e.message : String(e);
        } finally {
            sub?.dispose();
            run.cancel.dispose();
            if (this.running === run) this.finish(run);
        }
    }

    /** Stops the running answer at once and keeps what came. */
    stop(): void {
        const run = this.running;
        if (!run) return;
        run.stopped = true;
        run.cancel.cancel();
        run.answer.state = "stopped";
        this.finish(run);
    }

    dispose(): void {
        this.stop();
        this.editors.dispose();
    }

    private finish(run: Running): void {
        run.flush?.();
        this.running = undefined;
        this.post?.({ type: "answer", conversationId: run.conversation.id, message: run.answer });
        void this.save();
    }

    private async reveal(): Promise<void> {
        await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    }

    private showConversation(c: StoredConversation): void {
        this.post?.({ type: "conversation", conversation: toView(c), list: this.store.list() });
    }

    private async attachContext(wholeFile: boolean): Promise<void> {
        const editor = this.editors.editor;
        const context = editor && (wholeFile ? fileContext(editor) : selectionContext(editor));
        if (!context) {
            void vscode.window.showInformationMessage(
                wholeFile ? vscode.l10n.t("Open a file in an editor first.") : vscode.l10n.t("Select some text in an editor first."),
            );
            return;
        }
        await this.setContext(context);
    }

    private async setContext(context: ChatContext | null): Promise<void> {
        const c = this.store.active();
        this.store.setContext(c, context);
        this.post?.({ type: "context", conversationId: c.id, context: toView(c).context });
        await this.save();
    }

    private async applyAnswer(messageId: string, how: "insert" | "replace"): Promise<void> {
        const m = this.findMessage(messageId);
        if (!m || m.role !== "assistant") return;
        const editor = this.editors.editor;
        if (!editor) {
            void vscode.window.showInformationMessage(vscode.l10n.t("Open a text editor to put the answer in."));
            return;
        }
        await (how === "insert" ? insertAtCursor(editor, m.content) : replaceSelection(editor, m.content));
    }

    private findMessage(id: string): ViewMessage | undefined {
        for (const s of this.store.list()) {
            const m = this.store.get(s.id)?.messages.find((x) => x.id === id);
            if (m) return m;
        }
        return undefined;
    }

    /** The language client; while the server is still starting, the message waits for it. */
    private async client() {
        const end = Date.now() + CLIENT_WAIT_MS;
        for (;;) {
            try {
                return this.ctx.requireClient();
            } catch (e) {
                if (Date.now() > end) throw e;
                await new Promise((r) => setTimeout(r, 250));
            }
        }
    }

    private async save(): Promise<void> {
        try {
            await this.store.save();
        } catch (e) {
            this.ctx.output.warn(`could not save the chat: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
}
