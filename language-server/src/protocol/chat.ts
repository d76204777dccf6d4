// The chat request, client → server: `skrivehjelp/chat`. The client sends the conversation
// (user and assistant turns) and the text the user attached; the server adds the system
// prompt, trims what does not fit the model's context, and streams the answer as `$/progress`
// strings to `partialResultToken`, in order. `$/cancelRequest` stops it before the next token;
// the cancel error's `data` is the result so far.
import { ProtocolRequestType, type PartialResultParams, type WorkDoneProgressParams } from "vscode-languageserver-protocol";

export interface ChatTurn {
    role: "user" | "assistant";
    content: string;
}

/** Text the user attached to the conversation (a selection or a file). */
export interface ChatContext {
    text: string;
    /** What it is, as the user should see it: "utkast.md, linje 3–9". */
    label: string;
}

export interface ChatParams extends PartialResultParams, WorkDoneProgressParams {
    /** Oldest first; the last one is the user's new message. */
    messages: ChatTurn[];
    context?: ChatContext;
    /** Upper bound for the answer; default: until the context is full or the model ends it. */
    maxTokens?: number;
    /** Default: the `skrivehjelp.chat.temperature` setting. 0 = greedy: the same conversation gives the same answer. */
    temperature?: number;
    /**
     * The conversation's id: the engine keeps what it evaluated of the conversation, and the next
     * message evaluates only what it adds (a much shorter wait for its first token).
     */
    conversationId?: string;
}

/** What did not fit the model's context and was left out of the prompt. */
export interface ChatTrimmed {
    /** Older turns left out, counted from the start of the conversation. */
    droppedMessages: number;
    /** Set when the attached text was cut: its end was left out. */
    context?: { label: string; keptTokens: number; totalTokens: number };
    /** The new message itself was too long and its start was left out. */
    lastMessageCut: boolean;
}

export interface ChatResult {
    text: string;
    tokens: number;
    promptTokens: number;
    stopReason: "eos" | "maxTokens" | "cancelled";
    timeToFirstTokenMs: number;
    tokensPerSecond: number;
    queuedMs: number;
    /** Prompt tokens the engine did not evaluate again (kept from this conversation's last message). */
    reusedPromptTokens?: number;
    trimmed: ChatTrimmed;
}

export const ChatRequest = new ProtocolRequestType<ChatParams, ChatResult, string, void, void>("skrivehjelp/chat");

/** Limits the server enforces on a chat request (the webview's input is untrusted too). */
export const CHAT_LIMITS = {
    messages: 500,
    /** Characters per message or context: about 1.5 MB of text, far beyond any context. */
    chars: 1_500_000,
    maxTokens: 8192,
    /** Characters of an attached text's label ("utkast.md, linje 3–9"). */
    label: 500,
    conversationId: 200,
} as const;
