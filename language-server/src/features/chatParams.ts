// What is wrong with a skrivehjelp/chat request, in the UI language (the ResponseError's message:
// a generic LSP client shows it as it is). The webview's input reaches the server through the
// extension, but the server trusts no client: every field is checked against CHAT_LIMITS.
import { CHAT_LIMITS, type ChatContext, type ChatParams, type ChatTurn } from "../protocol/chat";
import { uiText } from "../uiMessages";

/** The request's problem, or undefined when it is usable. */
export function validateChatParams(p: unknown): string | undefined {
    if (typeof p !== "object" || p === null) return uiText("chatShape");
    const { messages, context, maxTokens, temperature, conversationId } = p as Partial<Record<keyof ChatParams, unknown>>;
    if (!Array.isArray(messages) || messages.length === 0 || messages.length > CHAT_LIMITS.messages)
        return uiText("chatMessages", CHAT_LIMITS.messages);
    for (const m of messages as unknown[]) {
        const turn = m as Partial<ChatTurn> | null;
        if (
            !turn ||
            (turn.role !== "user" && turn.role !== "assistant") ||
            typeof turn.content !== "string" ||
            turn.content.length > CHAT_LIMITS.chars
        )
            return uiText("chatTurn", CHAT_LIMITS.chars);
    }
    if ((messages[messages.length - 1] as ChatTurn).role !== "user") return uiText("chatLastTurn");
    if (context !== undefined) {
        const c = context as Partial<ChatContext> | null;
        if (
            !c ||
            typeof c.text !== "string" ||
            typeof c.label !== "string" ||
            c.text.length > CHAT_LIMITS.chars ||
            c.label.length > CHAT_LIMITS.label
        )
            return uiText("chatContext");
    }
    if (
        maxTokens !== undefined &&
        (!Number.isInteger(maxTokens) || (maxTokens as number) < 1 || (maxTokens as number) > CHAT_LIMITS.maxTokens)
    )
        return uiText("chatMaxTokens", CHAT_LIMITS.maxTokens);
    if (temperature !== undefined && (typeof temperature !== "number" || !(temperature >= 0 && temperature <= 2)))
        return uiText("chatTemperature");
    if (conversationId !== undefined && (typeof conversationId !== "string" || conversationId.length > CHAT_LIMITS.conversationId))
        return uiText("chatConversationId", CHAT_LIMITS.conversationId);
    return undefined;
}
