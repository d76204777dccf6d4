// Fits a conversation into the model's context: the system prompt and the new message always,
// then the attached text (its end cut if need be), then as many earlier turns as fit, newest
// first. Pure; the server uses it to build the prompt, the webview to show a chip's size.
import type { ChatContext, ChatTrimmed, ChatTurn } from "./chat";
import type { ChatMessage } from "./methods";

/**
 * Characters per token, on the safe side. Measured with the Llama 3 tokenizer (NB-Llama's):
 * 3.05 on average for Bokmål and Nynorsk sentences, 2.0 for the densest, 3.5 for Markdown.
 */
export const CHARS_PER_TOKEN = 2.5;

/** Llama 3 puts a header and an end-of-turn marker around every message (≈ 5 tokens). */
const PER_MESSAGE = 5;
/** Begin-of-text, the open assistant header, and a margin for the estimate's error. */
const FIXED = 16;

export function estimateTokens(text: string, charsPerToken = CHARS_PER_TOKEN): number {
    return Math.ceil(text.length / charsPerToken);
}

export interface ChatPrompt {
    messages: ChatMessage[];
    /** Most tokens the answer may have (the engine also stops where the context is full). */
    maxTokens: number;
    trimmed: ChatTrimmed;
}

export interface BudgetOptions {
    systemPrompt: string;
    /** The model's context per sequence, in tokens. */
    contextSize: number;
    /** Requested answer length; without it a quarter of the context (at most 1024) is kept free. */
    maxTokens?: number;
    charsPerToken?: number;
}

/** Heading for the attached text inside the system message. */
export function contextBlock(context: ChatContext, text = context.text): string {
    return `\n\nTeksten brukaren arbeider med (${context.label}):\n\n${text}`;
}

export function fitChat(turns: readonly ChatTurn[], context: ChatContext | undefined, o: BudgetOptions): ChatPrompt {
    const cpt = o.charsPerToken ?? CHARS_PER_TOKEN;
    const est = (s: string) => estimateTokens(s, cpt) + PER_MESSAGE;
    const charsFor = (tokens: number) => Math.max(0, Math.floor(tokens * cpt));
    // Room kept free for the answer; without a requested length the answer may run on until
    // the context is full (the engine stops it there), so a long text can be rewritten whole.
    const reserve = Math.min(o.maxTokens ?? Math.max(32, Math.min(1024, Math.floor(o.contextSize / 4))), Math.floor(o.contextSize / 2));
    const answer = o.maxTokens === undefined ? o.contextSize : reserve;
    const budget = o.contextSize - reserve - FIXED;
    const trimmed: ChatTrimmed = { droppedMessages: 0, lastMessageCut: false };

    // A system prompt the user made huge must not push the conversation out entirely.
    const system = est(o.systemPrompt) > budget / 2 ? o.systemPrompt.slice(0, charsFor(budget / 2 - PER_MESSAGE)) : o.systemPrompt;
    let left = budget - est(system);

    const last = turns[turns.length - 1];
    let lastContent = last.content;
    if (est(lastContent) > left) {
        // keep the end: that is where the question usually is
        lastContent = lastContent.slice(lastContent.length - charsFor(left - PER_MESSAGE));
        trimmed.lastMessageCut = true;
    }
    left -= est(lastContent);

    let systemText = system;
    if (context && context.text.length > 0) {
        const total = estimateTokens(context.text, cpt);
        const room = left - estimateTokens(contextBlock(context, ""), cpt);
        let text = context.text;
        if (total > room) {
            text = cutAtWord(text, charsFor(room));
            trimmed.context = { label: context.label, keptTokens: estimateTokens(text, cpt), totalTokens: total };
        }
        if (text.length > 0) {
            systemText += contextBlock(context, text);
            left -= estimateTokens(contextBlock(context, text), cpt);
        }
    }

    const history: ChatMessage[] = [];
    let i = turns.length - 2;
    for (; i >= 0; i--) {
        const cost = est(turns[i].content);
        if (cost > left) break;
        left -= cost;
        history.unshift({ role: turns[i].role, content: turns[i].content });
    }
    trimmed.droppedMessages = i + 1;

    const messages: ChatMessage[] = [
        ...(systemText ? [{ role: "system" as const, content: systemText }] : []),
        ...history,
        { role: "user", content: lastContent },
    ];
    return { messages, maxTokens: answer, trimmed };
}

/** The first `chars` characters, ended at a word boundary when one is near. */
function cutAtWord(text: string, chars: number): string {
    if (text.length <= chars) return text;
    const cut = text.slice(0, chars);
    const space = cut.search(/\s\S*$/);
    return space > chars * 0.8 ? cut.slice(0, space) : cut;
}

/** True when anything was left out. */
export function wasTrimmed(t: ChatTrimmed): boolean {
    return t.droppedMessages > 0 || t.context !== undefined || t.lastMessageCut;
}
