// A download's progress as one line, for clients that show the server's text (the LSP progress
// message, in the UI language) and for `skrivehjelp download` (English: the CLI sets no UI
// language). The VS Code extension formats its own from the report's figures.
import { uiText } from "../uiMessages";
import type { Progress } from "./downloadProcess";

export function progressText(p: Progress): string {
    if (p.phase === "connecting") return uiText("downloadConnecting");
    if (p.phase === "verifying") return uiText("downloadVerifying", p.downloadedBytes, p.totalBytes);
    return uiText("downloadRunningLine", p);
}
