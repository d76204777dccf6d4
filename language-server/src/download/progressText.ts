// A download's progress as one line of English, for clients that show the server's text (the
// LSP progress message) and for `skrivehjelp download`. The VS Code extension formats its own.
import type { Progress } from "./downloadProcess";

export function progressText(p: Progress): string {
    const mb = (b: number) => `${(b / 1e6).toFixed(b < 1e8 ? 1 : 0)} MB`;
    if (p.phase === "connecting") return "Connecting…";
    if (p.phase === "verifying") return `Verifying the checksum: ${mb(p.downloadedBytes)} of ${mb(p.totalBytes)}`;
    const speed = p.bytesPerSecond > 0 ? ` · ${mb(p.bytesPerSecond)}/s` : "";
    const left = p.secondsLeft >= 0 ? ` · ${p.secondsLeft < 90 ? `${p.secondsLeft} s` : `${Math.round(p.secondsLeft / 60)} min`} left` : "";
    return `${mb(p.downloadedBytes)} of ${p.totalBytes > 0 ? mb(p.totalBytes) : "?"}${speed}${left}`;
}
