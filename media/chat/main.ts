// The chat webview. Builds its DOM with textContent; the only HTML it inserts is markdown-it's
// output for answers (raw HTML off, links without href). Sends only the messages typed in
// protocol/webview.ts; the extension validates each one.
import "@vscode/codicons/dist/codicon.css";
import "./chat.css";
import type { EngineStatus } from "../../language-server/src/protocol/engine";
import type {
    ContextChip,
    FromWebview,
    QuickAction,
    ToWebview,
    ViewConversation,
    ViewMessage,
    ConversationSummary,
} from "../../language-server/src/protocol/webview";
import { describeStatus, fill, groupDigits, keyAction } from "../../src/chat/view/format";
import type { ChatLabels } from "../../src/chat/view/labels";
import { createMarkdown } from "../../src/chat/view/markdown";
import { type AnswerView, renderAnswerBody, renderAnswerFooter } from "./answerView";
import { $, el, iconButton } from "./dom";

interface SavedState {
    draft: string;
}
declare function acquireVsCodeApi(): {
    postMessage(m: FromWebview): void;
    getState(): SavedState | undefined;
    setState(s: SavedState): void;
};

const vscode = acquireVsCodeApi();
const post = (m: FromWebview) => vscode.postMessage(m);
const labels = JSON.parse(document.getElementById("labels")!.textContent ?? "{}") as ChatLabels;
const md = createMarkdown({ copyCode: labels.copyCode });

const statusBox = $("status");
const statusText = $("state");
const statusDetail = $("detail");
const chooseButton = $<HTMLButtonElement>("choose");
const reloadButton = $<HTMLButtonElement>("reload");
const downloadButton = $<HTMLButtonElement>("download");
const messagesBox = $("messages");
const input = $<HTMLTextAreaElement>("input");
const sendButton = $<HTMLButtonElement>("send");
const stopButton = $<HTMLButtonElement>("stop");
const chip = $("chip");
const chipLabel = $("chip-label");
const chipWarning = $("chip-warning");
const historyBox = $("history");
const historyButton = $<HTMLButtonElement>("history-button");
const titleBox = $("title");

let status: EngineStatus | null = null;
let conversation: ViewConversation | null = null;
let list: ConversationSummary[] = [];
/** Answer elements by message id, to update while streaming. */
const answerBodies = new Map<string, AnswerView>();
let frame = 0;

function running(): ViewMessage | undefined {
    return conversation?.messages.find((m) => m.role === "assistant" && (m.state === "streaming" || m.state === "queued"));
}

// ---- model state -------------------------------------------------------------------------

function renderStatus(): void {
    const d = describeStatus(status, labels);
    statusText.textContent = d.text;
    statusDetail.textContent = d.detail;
    statusDetail.hidden = !d.detail;
    chooseButton.hidden = !d.choose;
    downloadButton.hidden = !d.download;
    reloadButton.hidden = !d.reload;
    // a ready model needs no banner; anything else is worth seeing
    statusBox.classList.toggle("quiet", status?.state === "ready" || status?.state === "busy");
    statusBox.classList.toggle("problem", d.unusable || status?.state === "error");
    renderChip();
}

// ---- conversation --------------------------------------------------------------------------

function renderConversation(): void {
    answerBodies.clear();
    messagesBox.replaceChildren();
    titleBox.textContent = conversation?.title || labels.newChat;
    if (!conversation || conversation.messages.length === 0) {
        messagesBox.append(el("p", "welcome", labels.welcome));
    } else {
        for (const m of conversation.messages) messagesBox.append(renderMessage(m));
    }
    renderChip();
    renderComposer();
    scrollToEnd();
}

function renderMessage(m: ViewMessage): HTMLElement {
    const box = el("article", `message ${m.role}`);
    box.dataset.id = m.id;
    box.setAttribute("aria-label", m.role === "user" ? labels.you : labels.assistant);
    box.append(el("div", "role", m.role === "user" ? labels.you : labels.assistant));
    if (m.role === "user") {
        if (m.context) {
            const c = el("div", "sent-context");
            const i = el("span", "codicon codicon-file-text");
            i.setAttribute("aria-hidden", "true");
            c.append(i, el("span", undefined, `${m.context.label} · ${fill(labels.contextTokens, groupDigits(m.context.tokens))}`));
            box.append(c);
        }
        box.append(el("div", "body user-text", m.content));
        return box;
    }
    if (m.stats) {
        box.dataset.tokens = String(m.stats.tokens);
        box.dataset.engineTtftMs = String(m.stats.timeToFirstTokenMs);
        box.dataset.engineTokensPerSecond = String(m.stats.tokensPerSecond);
    }
    const body = el("div", "body markdown");
    box.append(body);
    const entry: AnswerView = { message: m, body, dirty: true };
    answerBodies.set(m.id, entry);
    renderBody(entry);
    box.append(renderAnswerFooter(m, labels, post));
    return box;
}

/** Renders an answer's body again; before its first words, whether it waits for the model or for the answer. */
function renderBody(entry: AnswerView): void {
    const m = entry.message;
    renderAnswerBody(entry, md, m.state === "queued" && (status === null || status.state === "loading") ? labels.queued : labels.thinking);
}

function replaceMessage(m: ViewMessage): void {
    if (!conversation) return;
    const i = conversation.messages.findIndex((x) => x.id === m.id);
    if (i >= 0) conversation.messages[i] = m;
    else conversation.messages.push(m);
    const old = messagesBox.querySelector(`article[data-id="${CSS.escape(m.id)}"]`);
    const fresh = renderMessage(m);
    if (old) old.replaceWith(fresh);
    else {
        messagesBox.querySelector(".welcome")?.remove();
        messagesBox.append(fresh);
    }
    renderComposer();
    scrollToEnd();
}

function onChunk(messageId: string, text: string): void {
    const entry = answerBodies.get(messageId);
    if (!entry || entry.message.state === "stopped") return;
    entry.message.content += text;
    entry.message.state = "streaming";
    entry.dirty = true;
    // one Markdown render per frame, however many pieces arrived
    if (!frame) {
        frame = requestAnimationFrame(() => {
            frame = 0;
            const nearEnd = isNearEnd();
            for (const e of answerBodies.values()) if (e.dirty) renderBody(e);
            if (nearEnd) scrollToEnd();
        });
    }
}

function isNearEnd(): boolean {
    return messagesBox.scrollHeight - messagesBox.scrollTop - messagesBox.clientHeight < 40;
}
function scrollToEnd(): void {
    messagesBox.scrollTop = messagesBox.scrollHeight;
}

// ---- composer ------------------------------------------------------------------------------

function renderComposer(): void {
    const busy = running() !== undefined;
    sendButton.hidden = busy;
    stopButton.hidden = !busy;
}

function renderChip(): void {
    const c: ContextChip | null = conversation?.context ?? null;
    chip.hidden = !c;
    if (!c) return;
    chipLabel.textContent = `${c.label} · ${fill(labels.contextTokens, groupDigits(c.tokens))}`;
    const contextSize = status?.model?.contextSize;
    const tooBig = contextSize !== undefined && c.tokens > contextSize * 0.6;
    chipWarning.hidden = !tooBig;
    chipWarning.textContent = tooBig ? labels.contextTooBig : "";
    chip.classList.toggle("warning", tooBig);
}

function send(): void {
    const text = input.value.trim();
    if (!text || running()) return;
    post({ type: "send", text });
    input.value = "";
    vscode.setState({ draft: "" });
}

/** Stops at once on screen too; the extension's final answer (what came) follows. */
function stop(): void {
    const m = running();
    if (!m) return;
    post({ type: "stop" });
    replaceMessage({ ...m, state: "stopped" });
}

// ---- history -------------------------------------------------------------------------------

function renderHistory(): void {
    historyBox.replaceChildren(el("h2", undefined, labels.conversations));
    if (list.length === 0) historyBox.append(el("p", "notice", labels.noConversations));
    const ul = el("ul");
    for (const c of list) {
        const li = el("li");
        if (c.id === conversation?.id) li.classList.add("current");
        const open = el("button", "history-item", c.title || labels.untitled);
        open.type = "button";
        open.addEventListener("click", () => {
            toggleHistory(false);
            post({ type: "openConversation", id: c.id });
        });
        li.append(
            open,
            iconButton("trash", `${labels.deleteConversation}: ${c.title || labels.untitled}`, () =>
                post({ type: "deleteConversation", id: c.id }),
            ),
        );
        ul.append(li);
    }
    historyBox.append(ul);
}

function toggleHistory(show = historyBox.hidden): void {
    historyBox.hidden = !show;
    historyButton.setAttribute("aria-expanded", String(show));
    if (show) {
        renderHistory();
        historyBox.querySelector<HTMLButtonElement>("button")?.focus();
    }
}

// ---- wiring --------------------------------------------------------------------------------

function setUp(): void {
    chooseButton.textContent = labels.choose;
    reloadButton.textContent = labels.reload;
    downloadButton.textContent = labels.download;
    downloadButton.addEventListener("click", () => post({ type: "downloadModel" }));
    chooseButton.addEventListener("click", () => post({ type: "chooseModel" }));
    reloadButton.addEventListener("click", () => post({ type: "reloadModel" }));

    historyButton.title = labels.history;
    historyButton.setAttribute("aria-label", labels.history);
    historyButton.addEventListener("click", () => toggleHistory());

    const quick = $("quick");
    quick.setAttribute("aria-label", labels.quickActions);
    const actions: [QuickAction, string, string][] = [
        ["explain", "question", labels.explain],
        ["improve", "sparkle", labels.improve],
        ["convert", "arrow-swap", labels.convert],
        ["summarize", "list-flat", labels.summarize],
    ];
    for (const [action, icon, label] of actions) quick.append(iconButton(icon, label, () => post({ type: "quickAction", action }), true));

    const attach = $("attach");
    attach.append(
        iconButton("selection", labels.attachSelection, () => post({ type: "attachSelection" })),
        iconButton("file-add", labels.attachFile, () => post({ type: "attachFile" })),
    );
    $("chip-remove").replaceWith(iconButton("close", labels.removeContext, () => post({ type: "removeContext" })));

    messagesBox.setAttribute("aria-label", labels.messages);
    input.placeholder = labels.inputPlaceholder;
    input.setAttribute("aria-label", labels.inputLabel);
    input.value = vscode.getState()?.draft ?? "";
    input.addEventListener("input", () => vscode.setState({ draft: input.value }));
    input.addEventListener("keydown", (e) => {
        const a = keyAction(e);
        if (a === "send") {
            e.preventDefault();
            send();
        } else if (a === "stop" && running()) {
            e.preventDefault();
            stop();
        }
    });
    for (const [b, icon, label, fn] of [
        [sendButton, "send", labels.send, send],
        [stopButton, "debug-stop", labels.stop, stop],
    ] as const) {
        const i = el("span", `codicon codicon-${icon}`);
        i.setAttribute("aria-hidden", "true");
        b.replaceChildren(i, el("span", undefined, label));
        b.title = label;
        b.addEventListener("click", fn);
    }
    // Esc stops from anywhere in the view, not only the input
    document.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !e.defaultPrevented) {
            if (!historyBox.hidden) toggleHistory(false);
            else stop();
        }
    });

    // links and code-copy buttons inside rendered answers
    messagesBox.addEventListener("click", (e) => {
        const target = e.target as HTMLElement;
        const link = target.closest<HTMLElement>("a.link");
        if (link) {
            e.preventDefault();
            const url = link.dataset.href;
            if (url) post({ type: "openLink", url });
            return;
        }
        const copy = target.closest<HTMLElement>(".copy-code");
        if (copy) {
            const code = copy.closest(".code-block")?.querySelector("code")?.textContent ?? "";
            post({ type: "copyText", text: code });
            copy.title = labels.copied;
        }
    });
    messagesBox.addEventListener("keydown", (e) => {
        const link = (e.target as HTMLElement).closest<HTMLElement>("a.link");
        if (link && (e.key === "Enter" || e.key === " ")) {
            e.preventDefault();
            link.click();
        }
    });

    window.addEventListener("message", (e: MessageEvent<ToWebview>) => onMessage(e.data));
}

function onMessage(m: ToWebview): void {
    switch (m?.type) {
        case "status":
            status = m.status;
            renderStatus();
            for (const e of answerBodies.values()) if (e.message.state === "queued") renderBody(e);
            break;
        case "conversation":
            conversation = m.conversation;
            list = m.list;
            renderConversation();
            if (!historyBox.hidden) renderHistory();
            break;
        case "chunk":
            if (m.conversationId === conversation?.id) onChunk(m.messageId, m.text);
            break;
        case "answer":
            if (m.conversationId === conversation?.id) replaceMessage(m.message);
            break;
        case "context":
            if (conversation && m.conversationId === conversation.id) {
                conversation.context = m.context;
                renderChip();
            }
            break;
        case "focusInput":
            input.focus();
            break;
    }
}

setUp();
renderStatus();
renderConversation();
post({ type: "ready" });
