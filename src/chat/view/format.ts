// Pure text helpers of the chat webview: placeholders, the model state line, notices about
// what did not fit the context, and what a key press in the input means.
import type { ChatTrimmed } from "../../../language-server/src/protocol/chat";
import type { EngineStatus } from "../../../language-server/src/protocol/engine";
import type { ChatLabels } from "./labels";

/** "{0} of {1}" with the arguments in place. */
export function fill(template: string, ...args: (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** 12345 → "12 345" (Norwegian digit grouping, no locale data needed). */
export function groupDigits(n: number): string {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

export interface StatusView {
    text: string;
    detail: string;
    choose: boolean;
    /** No model is chosen: offer to download one. */
    download: boolean;
    reload: boolean;
    /** True when a message sent now would wait for the model. */
    waiting: boolean;
    /** True when a message sent now cannot be answered (no model, or it failed). */
    unusable: boolean;
}

export function describeStatus(s: EngineStatus | null, l: ChatLabels): StatusView {
    const base = { detail: "", choose: false, download: false, reload: false, waiting: false, unusable: false };
    if (!s) return { ...base, text: l.starting, waiting: true };
    switch (s.state) {
        case "none":
            return s.modelPath
                ? { ...base, text: l.none, detail: s.modelPath, choose: true, reload: true }
                : { ...base, text: l.noneConfigured, choose: true, download: true, unusable: true };
        case "loading":
            return { ...base, text: fill(l.loading, Math.round((s.loadProgress ?? 0) * 100)), detail: s.modelPath, waiting: true };
        case "ready":
        case "busy":
            return { ...base, text: fill(s.state === "ready" ? l.ready : l.busy, s.model?.name ?? ""), detail: s.modelPath, choose: true };
        case "error":
            return {
                ...base,
                text: l.error,
                detail: s.error?.message ?? "",
                choose: true,
                download: s.error?.kind === "notConfigured" || s.error?.kind === "missing" || s.error?.kind === "notDownloaded",
                reload: s.error?.kind === "crashed" || s.error?.kind === "loadFailed",
                unusable: s.error?.kind !== "crashed" && s.error?.kind !== "loadFailed",
            };
    }
}

/** One sentence per thing that was left out of the prompt. */
export function trimmedNotices(t: ChatTrimmed | undefined, l: ChatLabels): string[] {
    if (!t) return [];
    const out: string[] = [];
    if (t.context) out.push(fill(l.trimmedContext, groupDigits(t.context.keptTokens), groupDigits(t.context.totalTokens), t.context.label));
    if (t.droppedMessages > 0) out.push(fill(l.trimmedMessages, t.droppedMessages));
    if (t.lastMessageCut) out.push(l.trimmedLastMessage);
    return out;
}

export type KeyAction = "send" | "stop" | undefined;

/** Enter sends, Shift+Enter is a new line (the default), Esc stops; IME composition is left alone. */
export function keyAction(e: {
    key: string;
    shiftKey: boolean;
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    isComposing: boolean;
}): KeyAction {
    if (e.isComposing) return undefined;
    if (e.key === "Escape") return "stop";
    if (e.key === "Enter" && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) return "send";
    return undefined;
}
