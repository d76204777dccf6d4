// The chat's conversations, kept per workspace (VS Code's workspaceState, or any key-value
// store with the same two methods). Pure: no vscode import, so it is unit-tested directly.
import type { ChatContext, ChatTurn } from "../../language-server/src/protocol/chat";
import { CHAT_LIMITS } from "../../language-server/src/protocol/chat";
import { estimateTokens } from "../../language-server/src/protocol/chatBudget";
import type { ConversationSummary, ViewConversation, ViewMessage } from "../../language-server/src/protocol/webview";

export interface KeyValue {
    get<T>(key: string): T | undefined;
    update(key: string, value: unknown): Thenable<void> | Promise<void>;
}

export interface StoredConversation {
    id: string;
    title: string;
    created: number;
    updated: number;
    messages: ViewMessage[];
    /** The attached text, sent with every message until the user removes it. */
    context: ChatContext | null;
}

const KEY = "skrivehjelp.chat.conversations";
const ACTIVE_KEY = "skrivehjelp.chat.active";
/** The oldest conversations beyond this are forgotten. */
export const MAX_CONVERSATIONS = 50;
const TITLE_CHARS = 60;

export class ConversationStore {
    private conversations: StoredConversation[];
    private activeId: string | undefined;

    constructor(
        private readonly kv: KeyValue,
        private readonly newId: () => string,
        private readonly now: () => number = Date.now,
    ) {
        this.conversations = sanitize(kv.get<unknown>(KEY));
        const active = kv.get<unknown>(ACTIVE_KEY);
        this.activeId = typeof active === "string" && this.find(active) ? active : this.conversations[0]?.id;
        // An answer that was still coming when the window closed ends where it was.
        for (const c of this.conversations)
            for (const m of c.messages) if (m.state === "streaming" || m.state === "queued") m.state = "stopped";
    }

    list(): ConversationSummary[] {
        return [...this.conversations].sort((a, b) => b.updated - a.updated).map(({ id, title, updated }) => ({ id, title, updated }));
    }

    get(id: string): StoredConversation | undefined {
        return this.find(id);
    }

    /** The conversation shown in the view; an empty one is made when there is none. */
    active(): StoredConversation {
        const found = this.activeId ? this.find(this.activeId) : undefined;
        return found ?? this.create();
    }

    /** A new, empty conversation, now active; an empty active one is reused instead. */
    create(context: ChatContext | null = null): StoredConversation {
        const current = this.activeId ? this.find(this.activeId) : undefined;
        if (current && current.messages.length === 0) {
            if (context) current.context = context;
            return current;
        }
        const t = this.now();
        const c: StoredConversation = { id: this.newId(), title: "", created: t, updated: t, messages: [], context };
        this.conversations.push(c);
        this.activeId = c.id;
        while (this.conversations.length > MAX_CONVERSATIONS) {
            const oldest = this.conversations.reduce((a, b) => (a.updated <= b.updated ? a : b));
            this.conversations = this.conversations.filter((x) => x !== oldest);
        }
        return c;
    }

    open(id: string): StoredConversation | undefined {
        const c = this.find(id);
        if (c) this.activeId = id;
        return c;
    }

    /** Removes a conversation; the most recent other one (or a new one) becomes active. */
    delete(id: string): StoredConversation {
        this.conversations = this.conversations.filter((c) => c.id !== id);
        if (this.activeId === id) this.activeId = this.list()[0]?.id;
        return this.active();
    }

    addMessage(c: StoredConversation, m: Omit<ViewMessage, "id">): ViewMessage {
        const message: ViewMessage = { ...m, id: this.newId() };
        c.messages.push(message);
        c.updated = this.now();
        if (!c.title && m.role === "user") c.title = titleOf(m.content);
        return message;
    }

    setContext(c: StoredConversation, context: ChatContext | null): void {
        c.context = context && context.text.length <= CHAT_LIMITS.chars ? context : null;
    }

    /** Writes everything to the key-value store. */
    async save(): Promise<void> {
        await this.kv.update(KEY, this.conversations);
        await this.kv.update(ACTIVE_KEY, this.activeId);
    }

    private find(id: string): StoredConversation | undefined {
        return this.conversations.find((c) => c.id === id);
    }
}

/** The turns the model sees: finished or stopped answers with text, and the user's messages. */
export function turnsOf(c: StoredConversation): ChatTurn[] {
    return c.messages
        .filter((m) => m.role === "user" || ((m.state === "done" || m.state === "stopped") && m.content.length > 0))
        .map((m) => ({ role: m.role, content: m.content }));
}

export function toView(c: StoredConversation): ViewConversation {
    return {
        id: c.id,
        title: c.title,
        messages: c.messages,
        context: c.context ? { label: c.context.label, tokens: estimateTokens(c.context.text) } : null,
    };
}

function titleOf(text: string): string {
    const line = text.trim().split("\n")[0].trim();
    return line.length > TITLE_CHARS ? `${line.slice(0, TITLE_CHARS - 1)}…` : line;
}

/** What was stored by this or an older version, with anything malformed left out. */
function sanitize(raw: unknown): StoredConversation[] {
    if (!Array.isArray(raw)) return [];
    const ok = (c: Partial<StoredConversation>) =>
        typeof c?.id === "string" &&
        typeof c.title === "string" &&
        typeof c.updated === "number" &&
        Array.isArray(c.messages) &&
        c.messages.every(
            (m) => m && typeof m.id === "string" && (m.role === "user" || m.role === "assistant") && typeof m.content === "string",
        );
    return (raw as Partial<StoredConversation>[])
        .filter(ok)
        .map((c) => ({ ...(c as StoredConversation), context: c.context ?? null, created: c.created ?? c.updated! }));
}
