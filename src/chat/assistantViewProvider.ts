// The Skrivehjelp side panel (a webview view): the chat and the model's state. Sets up the
// webview (CSP, nonce, local resources only), hands it its UI strings, and passes its
// messages, validated, to the ChatController.
import * as crypto from "node:crypto";
import * as vscode from "vscode";
import { parseFromWebview } from "../../language-server/src/protocol/webview";
import type { Ctx } from "../ctx";
import { ChatController } from "./chatController";
import type { ChatLabels } from "./view/labels";

export class AssistantViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
    readonly chat: ChatController;
    private readonly subs: vscode.Disposable[] = [];

    constructor(
        private readonly extensionUri: vscode.Uri,
        ctx: Ctx,
        workspaceState: vscode.Memento,
    ) {
        this.chat = new ChatController(ctx, workspaceState);
        this.subs.push(ctx.onStatus(() => this.chat.onStatus()));
    }

    resolveWebviewView(view: vscode.WebviewView): void {
        const dist = vscode.Uri.joinPath(this.extensionUri, "dist", "webview");
        view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist] };
        view.webview.html = this.html(view.webview, dist);
        const subs = [
            this.chat.attach((m) => void view.webview.postMessage(m)),
            view.webview.onDidReceiveMessage((raw: unknown) => {
                const msg = parseFromWebview(raw);
                if (!msg) return; // untrusted input: unknown or malformed messages are dropped
                this.chat
                    .handle(msg)
                    .catch(
                        (e: unknown) => void vscode.window.showErrorMessage(`Skrivehjelp: ${e instanceof Error ? e.message : String(e)}`),
                    );
            }),
        ];
        view.onDidDispose(() => subs.forEach((s) => s.dispose()));
    }

    dispose(): void {
        this.chat.dispose();
        this.subs.forEach((s) => s.dispose());
    }

    private html(webview: vscode.Webview, dist: vscode.Uri): string {
        const nonce = crypto.randomBytes(16).toString("base64");
        const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, "chat.js"));
        const style = webview.asWebviewUri(vscode.Uri.joinPath(dist, "chat.css"));
        // The strings are set as text by the script; nothing from the model or server is put in HTML.
        const labels = JSON.stringify(chatLabels()).replace(/</g, "\\u003c");
        const csp = [
            "default-src 'none'",
            `style-src ${webview.cspSource}`,
            `font-src ${webview.cspSource}`,
            `script-src 'nonce-${nonce}'`,
        ].join("; ");
        return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style}">
<title>Skrivehjelp</title>
</head>
<body>
<div class="app">
  <header class="header">
    <button id="history-button" type="button" class="icon-button" aria-expanded="false" aria-controls="history"><span class="codicon codicon-history" aria-hidden="true"></span></button>
    <span id="title" class="title"></span>
  </header>
  <section id="history" class="history" hidden></section>
  <section id="status" class="status" role="status" aria-live="polite">
    <p id="state"></p>
    <p id="detail" class="status-detail" hidden></p>
    <div class="actions">
      <button id="choose" type="button" class="primary"></button>
      <button id="download" type="button" class="secondary"></button>
      <button id="reload" type="button" class="secondary"></button>
    </div>
  </section>
  <main id="messages" class="messages" role="log" aria-live="polite"></main>
  <footer class="composer">
    <div id="quick" class="quick" role="toolbar"></div>
    <div id="chip" class="chip" hidden>
      <span class="codicon codicon-file-text" aria-hidden="true"></span>
      <span id="chip-label" class="chip-label"></span>
      <span id="chip-remove"></span>
    </div>
    <p id="chip-warning" class="chip-warning" hidden></p>
    <textarea id="input" rows="3"></textarea>
    <div class="composer-actions">
      <span id="attach"></span>
      <span class="spacer"></span>
      <button id="stop" type="button" class="secondary" hidden></button>
      <button id="send" type="button" class="primary"></button>
    </div>
  </footer>
</div>
<script nonce="${nonce}" id="labels" type="application/json">${labels}</script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
    }
}

function chatLabels(): ChatLabels {
    const t = vscode.l10n.t;
    return {
        starting: t("Starting Skrivehjelp…"),
        none: t("No model is loaded."),
        noneConfigured: t("No language model is chosen yet. Skrivehjelp runs an NB-Llama GGUF model on this machine."),
        loading: t("Loading model… {0} %"),
        ready: t("Ready: {0}"),
        busy: t("Working: {0}"),
        error: t("The model could not be used:"),
        choose: t("Choose model file"),
        download: t("Download a model"),
        reload: t("Reload model"),
        newChat: t("New chat"),
        history: t("Conversations"),
        deleteConversation: t("Delete conversation"),
        conversations: t("Conversations in this workspace"),
        noConversations: t("No conversations yet."),
        untitled: t("(empty conversation)"),
        inputPlaceholder: t("Ask about your text (Enter sends, Shift+Enter new line)"),
        inputLabel: t("Message to Skrivehjelp"),
        send: t("Send"),
        stop: t("Stop"),
        attachSelection: t("Attach the selection"),
        attachFile: t("Attach the whole file"),
        removeContext: t("Remove the attached text"),
        contextTokens: t("≈ {0} tokens"),
        contextTooBig: t("This is more than the model's context holds; the end will be left out."),
        explain: t("Explain"),
        improve: t("Improve the language"),
        convert: t("Convert to Nynorsk / Bokmål"),
        summarize: t("Summarize"),
        copy: t("Copy"),
        copyCode: t("Copy code"),
        copied: t("Copied"),
        insert: t("Insert at cursor"),
        replace: t("Replace selection"),
        you: t("You"),
        assistant: t("Skrivehjelp"),
        stopped: t("Stopped."),
        queued: t("Waiting for the model to load…"),
        thinking: t("Thinking…"),
        failed: t("No answer:"),
        trimmedMessages: t("{0} earlier messages did not fit in the model's context and were left out."),
        trimmedContext: t("Only the first {0} of {1} tokens of «{2}» fitted in the model's context; the rest was left out."),
        trimmedLastMessage: t("Your message was too long for the model's context; its beginning was left out."),
        welcome: t("Ask about your text, or select text in the editor and choose a quick action. Everything runs on this machine."),
        quickActions: t("Quick actions on the selection"),
        messages: t("Conversation"),
    };
}
