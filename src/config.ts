// The few settings the extension itself reads or writes; the server validates them all.
import * as vscode from "vscode";

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
