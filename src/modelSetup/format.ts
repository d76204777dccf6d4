// Sizes, speeds and times as a person reads them, in the UI language.
import * as vscode from "vscode";

export function formatBytes(bytes: number): string {
    if (bytes >= 1e9) return vscode.l10n.t("{0} GB", (bytes / 1e9).toFixed(2));
    if (bytes >= 1e8) return vscode.l10n.t("{0} MB", Math.round(bytes / 1e6));
    return vscode.l10n.t("{0} MB", (bytes / 1e6).toFixed(1));
}

export function formatSeconds(seconds: number): string {
    if (seconds < 90) return vscode.l10n.t("{0} s", Math.max(0, Math.round(seconds)));
    if (seconds < 90 * 60) return vscode.l10n.t("{0} min", Math.round(seconds / 60));
    return vscode.l10n.t("{0} h {1} min", Math.floor(seconds / 3600), Math.round((seconds % 3600) / 60));
}
