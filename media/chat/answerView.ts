// An answer of the chat on screen: its Markdown body, rendered again as it streams, and its
// footer. The HTML inserted is markdown-it's output only (raw HTML off, links without href).
import type { FromWebview, ViewMessage } from "../../language-server/src/protocol/webview";
import { trimmedNotices } from "../../src/chat/view/format";
import type { ChatLabels } from "../../src/chat/view/labels";
import { stableEnd } from "../../src/chat/view/streamSplit";
import { el, iconButton } from "./dom";

/** What renders Markdown (markdown-it). */
export interface Markdown {
    render(src: string): string;
}

/** An answer on screen; while it streams, `stable` holds its finished blocks, rendered once. */
export interface AnswerView {
    message: ViewMessage;
    body: HTMLElement;
    dirty: boolean;
    stable?: { el: HTMLElement; end: number; tail: HTMLElement };
}

/**
 * Renders the answer's body: Markdown (while it streams, only the unfinished last block again),
 * else `waiting` ("queued", "thinking") while nothing came yet.
 */
export function renderAnswerBody(entry: AnswerView, md: Markdown, waiting: string): void {
    const m = entry.message;
    entry.dirty = false;
    const streaming = m.state === "streaming" || m.state === "queued";
    if (m.content && streaming) {
        // only the unfinished last block is rendered again
        if (!entry.stable) {
            const stable = { el: el("div"), end: 0, tail: el("div") };
            entry.body.replaceChildren(stable.el, stable.tail);
            entry.stable = stable;
        }
        const s = entry.stable;
        const end = stableEnd(m.content, s.end);
        if (end > s.end) {
            s.el.insertAdjacentHTML("beforeend", md.render(m.content.slice(s.end, end)));
            s.end = end;
        }
        s.tail.innerHTML = md.render(m.content.slice(s.end));
    } else if (m.content) {
        entry.stable = undefined;
        entry.body.innerHTML = md.render(m.content);
    } else if (streaming) {
        entry.body.replaceChildren(el("p", "pending", waiting));
    } else {
        entry.body.replaceChildren();
    }
    entry.body.closest(".message")?.setAttribute("aria-busy", String(streaming));
}

/** Under a finished answer: what was left out, that it stopped or failed, and Copy / Insert / Replace. */
export function renderAnswerFooter(m: ViewMessage, labels: ChatLabels, post: (m: FromWebview) => void): HTMLElement {
    const footer = el("div", "answer-footer");
    for (const notice of trimmedNotices(m.trimmed, labels)) footer.append(el("p", "notice", notice));
    if (m.state === "stopped") footer.append(el("p", "notice", labels.stopped));
    if (m.state === "error") footer.append(el("p", "error-text", `${labels.failed} ${m.error ?? ""}`));
    if ((m.state === "done" || m.state === "stopped") && m.content) {
        const actions = el("div", "answer-actions");
        actions.setAttribute("role", "toolbar");
        actions.append(
            iconButton("copy", labels.copy, () => post({ type: "copyAnswer", messageId: m.id }), true),
            iconButton("insert", labels.insert, () => post({ type: "insertAnswer", messageId: m.id }), true),
            iconButton("replace", labels.replace, () => post({ type: "replaceSelection", messageId: m.id }), true),
        );
        footer.append(actions);
    }
    return footer;
}
