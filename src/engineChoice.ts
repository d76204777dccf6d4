// "Skrivehjelp: Choose engine…": the local GGUF model, or an OpenAI-compatible model server
// (asks for its address when none is set). The server switches without a restart.
import * as vscode from "vscode";
import { normalizeEndpoint } from "../language-server/src/protocol/openaiSettings";
import { SECTION } from "./config";

type Kind = "local" | "openai";

/** With `kind` (and for a server `endpoint`) nothing is asked: for tests and other extensions. */
export async function chooseEngine(kind?: Kind, endpoint?: string): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
    if (!kind) {
        const current = config.get<string>("engine") === "openai" ? "openai" : "local";
        const items: (vscode.QuickPickItem & { engine: Kind })[] = [
            {
                engine: "local",
                label: `$(device-desktop) ${vscode.l10n.t("Local model")}`,
                description: vscode.l10n.t("a GGUF file on this computer; nothing leaves it"),
            },
            {
                engine: "openai",
                label: `$(server) ${vscode.l10n.t("Model server")}`,
                description: vscode.l10n.t("an OpenAI-compatible server: llama-server, vLLM, Ollama"),
            },
        ];
        for (const i of items) if (i.engine === current) i.detail = vscode.l10n.t("in use");
        const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Who runs the language model?") });
        if (!picked) return;
        kind = picked.engine;
    }
    if (kind === "openai") {
        const existing = config.get<string>("openai.endpoint") ?? "";
        if (endpoint === undefined && !existing) {
            endpoint = await vscode.window.showInputBox({
                title: vscode.l10n.t("Address of the model server"),
                prompt: vscode.l10n.t("The OpenAI-compatible API, up to and including /v1"),
                placeHolder: "http://127.0.0.1:8080/v1",
                ignoreFocusOut: true,
                validateInput: (v) =>
                    normalizeEndpoint(v)
                        ? undefined
                        : vscode.l10n.t("An http:// or https:// address, for example http://127.0.0.1:8080/v1"),
            });
            if (endpoint === undefined) return;
        }
        if (endpoint !== undefined)
            await config.update("openai.endpoint", normalizeEndpoint(endpoint) ?? endpoint, vscode.ConfigurationTarget.Global);
    }
    await config.update("engine", kind, vscode.ConfigurationTarget.Global);
}
