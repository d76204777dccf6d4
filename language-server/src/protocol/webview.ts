// Messages between the chat webview and the extension. The webview is untrusted: everything it
// sends is checked with `parseFromWebview` before use.
import type { EngineStatus } from "./engine";

/** extension → webview */
export type ToWebview = { type: "status"; status: EngineStatus | null };

/** webview → extension */
export type FromWebview = { type: "ready" } | { type: "chooseModel" } | { type: "reloadModel" };

const FROM_WEBVIEW_TYPES: ReadonlySet<string> = new Set<FromWebview["type"]>(["ready", "chooseModel", "reloadModel"]);

/** The message if it is one the webview may send, else undefined. */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
    if (typeof raw !== "object" || raw === null) return undefined;
    const keys = Object.keys(raw);
    const type = (raw as { type?: unknown }).type;
    if (keys.length !== 1 || typeof type !== "string" || !FROM_WEBVIEW_TYPES.has(type)) return undefined;
    return { type } as FromWebview;
}
