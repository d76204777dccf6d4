// The API key for an OpenAI-compatible model server lives in VS Code's SecretStorage (the
// OS keychain), never in settings.json; the server gets it in initializationOptions and,
// when it changes, through skrivehjelp/setApiKey.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { SetApiKeyNotification } from "../language-server/src/protocol/methods";

export const API_KEY_SECRET = "skrivehjelp.openai.apiKey";

export async function readApiKey(secrets: vscode.SecretStorage): Promise<string | undefined> {
    return (await secrets.get(API_KEY_SECRET)) || undefined;
}

/** Asks for the key; an empty answer removes it. With `key` (tests, other extensions) nothing is asked. */
export async function setApiKey(secrets: vscode.SecretStorage, key?: string): Promise<void> {
    const value =
        key ??
        (await vscode.window.showInputBox({
            title: vscode.l10n.t("API key for the model server"),
            prompt: vscode.l10n.t("Kept in the system's secure storage, never in settings.json. Leave empty to remove the key."),
            password: true,
            ignoreFocusOut: true,
        }));
    if (value === undefined) return;
    if (value.trim()) {
        await secrets.store(API_KEY_SECRET, value.trim());
        void vscode.window.showInformationMessage(vscode.l10n.t("Skrivehjelp: the API key is saved."));
    } else {
        await secrets.delete(API_KEY_SECRET);
        void vscode.window.showInformationMessage(vscode.l10n.t("Skrivehjelp: the API key is removed."));
    }
}

/** Passes every change of the stored key on to the running server (another window may make it). */
export function forwardApiKeyChanges(secrets: vscode.SecretStorage, client: () => LanguageClient | undefined): vscode.Disposable {
    return secrets.onDidChange(async (e) => {
        if (e.key !== API_KEY_SECRET) return;
        const c = client();
        if (!c?.isRunning()) return;
        await c.sendNotification(SetApiKeyNotification, { apiKey: (await readApiKey(secrets)) ?? null });
    });
}
