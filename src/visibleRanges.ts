// Tells the server which lines of each document are in view (skrivehjelp/visibleRanges), so the
// model layer of proofreading asks about those paragraphs first. LSP has no such message.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { VisibleRangesNotification, type VisibleRangesParams } from "../language-server/src/protocol/proofreading";

/** Scrolling fires many events; the server only needs where the view settled. */
const DEBOUNCE_MS = 300;

export class VisibleRangesReporter implements vscode.Disposable {
    private readonly subs: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** What was last sent per document, so an unchanged view is not sent again. */
    private readonly sent = new Map<string, string>();

    /** @param client the running client, or undefined while the server is down */
    constructor(private readonly client: () => LanguageClient | undefined) {
        this.subs.push(
            vscode.window.onDidChangeTextEditorVisibleRanges(() => this.schedule()),
            vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
        );
        this.schedule();
    }

    private lastClient: LanguageClient | undefined;

    /** Call when the server may have (re)started: a new one knows nothing of the view yet. */
    poke(): void {
        if (this.client() !== this.lastClient) this.schedule();
    }

    private schedule(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => this.send(), DEBOUNCE_MS);
    }

    private send(): void {
        this.timer = undefined;
        const client = this.client();
        if (!client) return;
        if (client !== this.lastClient) {
            this.lastClient = client;
            this.sent.clear();
        }
        const byUri = new Map<string, VisibleRangesParams["ranges"]>();
        for (const editor of vscode.window.visibleTextEditors) {
            const doc = editor.document;
            if (doc.languageId !== "markdown" && doc.languageId !== "plaintext") continue;
            const uri = doc.uri.toString();
            const ranges = byUri.get(uri) ?? [];
            for (const r of editor.visibleRanges)
                ranges.push({ start: { line: r.start.line, character: 0 }, end: { line: r.end.line, character: 0 } });
            byUri.set(uri, ranges);
        }
        // documents scrolled out of every editor: nothing of them is in view now
        for (const uri of this.sent.keys()) if (!byUri.has(uri)) byUri.set(uri, []);
        for (const [uri, ranges] of byUri) {
            const json = JSON.stringify(ranges);
            if (this.sent.get(uri) === json) continue;
            if (ranges.length) this.sent.set(uri, json);
            else this.sent.delete(uri);
            client.sendNotification(VisibleRangesNotification, { uri, ranges }).catch(() => undefined);
        }
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.subs.forEach((s) => s.dispose());
    }
}
