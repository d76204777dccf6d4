// The few settings the extension itself reads or writes; the server validates them all.
import * as vscode from "vscode";
import type { LanguageSetting } from "../language-server/src/protocol/writtenStandard";

export const SECTION = "skrivehjelp";

export function modelPath(): string {
    const v = vscode.workspace.getConfiguration(SECTION).get<unknown>("model.path");
    return typeof v === "string" ? v.trim() : "";
}

export async function setModelPath(path: string): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update("model.path", path, vscode.ConfigurationTarget.Global);
}

export function openSettings(query = "skrivehjelp"): Thenable<unknown> {
    return vscode.commands.executeCommand("workbench.action.openSettings", query);
}

/**
 * Sets `skrivehjelp.language` for the document at `scope` (and so for its neighbours). It is a
 * resource setting: where the document's workspace folder sets it (a multi-root workspace), the
 * folder's value is changed, since a workspace-wide one would not reach the document; else the
 * workspace's, or the user's without a workspace.
 */
export async function setLanguage(value: LanguageSetting, scope: vscode.Uri | undefined): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION, scope);
    const target =
        config.inspect("language")?.workspaceFolderValue !== undefined
            ? vscode.ConfigurationTarget.WorkspaceFolder
            : vscode.workspace.workspaceFolders
              ? vscode.ConfigurationTarget.Workspace
              : vscode.ConfigurationTarget.Global;
    await config.update("language", value, target);
}
