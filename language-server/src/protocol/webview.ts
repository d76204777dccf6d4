// Messages between the chat webview and the extension. The webview is untrusted: everything it
// sends is checked with `parseFromWebview` before use (exact keys, types and sizes).
import type { ChatTrimmed } from "./chat";
import type { EngineStatus } from "./engine";

export type QuickAction = "explain" | "improve" | "convert" | "summarize";
export const QUICK_ACTIONS: readonly QuickAction[] = ["explain", "improve", "convert", "summarize"];

/** The attached text as the webview shows it: a chip with a label and a size. */
export interface ContextChip {
    label: string;
    tokens: number;
}

export interface ViewMessage {
    id: string;
    role: "user" | "assistant";
    content: string;
    /** On a user message: what was attached when it was sent. */
    context?: ContextChip;
    /** On an answer: still coming, waiting for the model, ended by the user, or failed. */
    state?: "streaming" | "queued" | "done" | "stopped" | "error";
    error?: string;
    /** On an answer: what did not fit the model's context. */
    trimmed?: ChatTrimmed;
    /** On a finished answer: the engine's own measures (the benchmark compares the screen with them). */
    stats?: { tokens: number; timeToFirstTokenMs: number; tokensPerSecond: number };
}

export interface ConversationSummary {
    id: string;
    title: string;
    updated: number;
}

export interface ViewConversation {
    id: string;
    title: string;
    messages: ViewMessage[];
    context: ContextChip | null;
}

/** extension → webview */
export type ToWebview =
    | { type: "status"; status: EngineStatus | null }
    | { type: "conversation"; conversation: ViewConversation; list: ConversationSummary[] }
    | { type: "chunk"; conversationId: string; messageId: string; text: string }
    | { type: "answer"; conversationId: string; message: ViewMessage }
    | { type: "context"; conversationId: string; context: ContextChip | null }
    | { type: "focusInput" };

/** webview → extension */
export type FromWebview =
    | { type: "ready" }
    | { type: "chooseModel" }
    | { type: "downloadModel" }
    | { type: "reloadModel" }
    | { type: "send"; text: string }
    | { type: "stop" }
    | { type: "newChat" }
    | { type: "openConversation"; id: string }
    | { type: "deleteConversation"; id: string }
    | { type: "attachSelection" }
    | { type: "attachFile" }
    | { type: "removeContext" }
    | { type: "quickAction"; action: QuickAction }
    | { type: "copyAnswer"; messageId: string }
    | { type: "copyText"; text: string }
    | { type: "insertAnswer"; messageId: string }
    | { type: "replaceSelection"; messageId: string }
    | { type: "openLink"; url: string };

/** Longest text the webview may send (a typed message, a code block to copy). */
export const MAX_WEBVIEW_TEXT = 200_000;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

type Check = (v: unknown) => boolean;
const text: Check = (v) => typeof v === "string" && v.length <= MAX_WEBVIEW_TEXT;
const id: Check = (v) => typeof v === "string" && ID.test(v);
const action: Check = (v) => typeof v === "string" && (QUICK_ACTIONS as readonly string[]).includes(v);
const url: Check = (v) => typeof v === "string" && v.length <= 2048;

/** Every message type with the fields it carries (besides `type`) and their checks. */
const SHAPES: { [T in FromWebview["type"]]: Record<Exclude<keyof Extract<FromWebview, { type: T }>, "type">, Check> } = {
    ready: {},
    chooseModel: {},
    downloadModel: {},
    reloadModel: {},
    send: { text },
    stop: {},
    newChat: {},
    openConversation: { id },
    deleteConversation: { id },
    attachSelection: {},
    attachFile: {},
    removeContext: {},
    quickAction: { action },
    copyAnswer: { messageId: id },
    copyText: { text },
    insertAnswer: { messageId: id },
    replaceSelection: { messageId: id },
    openLink: { url },
};

/** The message if it is one the webview may send, else undefined. */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== "string" || !Object.prototype.hasOwnProperty.call(SHAPES, type)) return undefined;
    const shape = SHAPES[type as FromWebview["type"]] as Record<string, Check>;
    const keys = Object.keys(raw).filter((k) => k !== "type");
    if (keys.length !== Object.keys(shape).length) return undefined;
    const out: Record<string, unknown> = { type };
    for (const k of keys) {
        if (!Object.prototype.hasOwnProperty.call(shape, k) || !shape[k]((raw as Record<string, unknown>)[k])) return undefined;
        out[k] = (raw as Record<string, unknown>)[k];
    }
    return out as FromWebview;
}

/** A link from model output that may be opened outside the editor: web addresses only. */
export function safeExternalUrl(raw: string): string | undefined {
    try {
        const u = new URL(raw);
        if ((u.protocol !== "https:" && u.protocol !== "http:") || u.username || u.password) return undefined;
        return u.toString();
    } catch {
        return undefined;
    }
}
