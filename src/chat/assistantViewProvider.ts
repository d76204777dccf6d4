// The Skrivehjelp side panel (a webview view). For now it shows the model's state and offers
// to choose or reload a model; the chat (issue 5) grows here.
import * as crypto from "node:crypto";
import * as vscode from "vscode";
import { parseFromWebview, type ToWebview } from "../../language-server/src/protocol/webview";
import type { Ctx } from "../ctx";

export class AssistantViewProvider implements vscode.WebviewViewProvider {
    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly ctx: Ctx,
    ) {}

    resolveWebviewView(view: vscode.WebviewView): void {
        const media = vscode.Uri.joinPath(this.extensionUri, "media");
        const dist = vscode.Uri.joinPath(this.extensionUri, "dist", "webview");
        view.webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
        view.webview.html = this.html(view.webview, dist, media);
        const post = (m: ToWebview) => void view.webview.postMessage(m);
        const subs = [
            this.ctx.onStatus((status) => post({ type: "status", status })),
            view.webview.onDidReceiveMessage((raw: unknown) => {
                const msg = parseFromWebview(raw);
                if (!msg) return; // untrusted input: unknown messages are dropped
                if (msg.type === "ready") post({ type: "status", status: this.ctx.status ?? null });
                else if (msg.type === "chooseModel") void vscode.commands.executeCommand("skrivehjelp.chooseModel");
                else if (msg.type === "reloadModel") void vscode.commands.executeCommand("skrivehjelp.reloadModel");
            }),
        ];
        view.onDidDispose(() => subs.forEach((s) => s.dispose()));
    }

    private html(webview: vscode.Webview, dist: vscode.Uri, media: vscode.Uri): string {
        const nonce = crypto.randomBytes(16).toString("base64");
        const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, "chat.js"));
        const style = webview.asWebviewUri(vscode.Uri.joinPath(media, "chat", "chat.css"));
        const t = vscode.l10n.t;
        // Strings are set as text by the script; nothing from the model or server is put in HTML.
        const labels = JSON.stringify({
            none: t("No model is loaded."),
            noneConfigured: t("No language model is chosen yet. Skrivehjelp runs an NB-Llama GGUF model on this machine."),
            loading: t("Loading model… {0} %"),
            ready: t("Ready: {0}"),
            busy: t("Working: {0}"),
            error: t("The model could not be used:"),
            choose: t("Choose model file"),
            reload: t("Reload model"),
            starting: t("Starting Skrivehjelp…"),
        }).replace(/</g, "\\u003c");
        return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style}">
<title>Skrivehjelp</title>
</head>
<body>
<main>
  <p id="state" role="status" aria-live="polite"></p>
  <p id="detail"></p>
  <div class="actions">
    <button id="choose" type="button"></button>
    <button id="reload" type="button" class="secondary"></button>
  </div>
</main>
<script nonce="${nonce}" id="labels" type="application/json">${labels}</script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
    }
}
