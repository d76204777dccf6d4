// The chat's commands: open the panel, a new conversation, and the quick actions of the
// editor's context menu (they act on the selection).
import type { ChatController } from "../chat/chatController";
import type { ChatCommandHandlers } from "./ids";

export function chatCommandHandlers(chat: ChatController): ChatCommandHandlers {
    return {
        "skrivehjelp.openChat": () => chat.open(),
        "skrivehjelp.newChat": () => chat.newChat(),
        "skrivehjelp.chat.explain": () => chat.quickAction("explain"),
        "skrivehjelp.chat.improve": () => chat.quickAction("improve"),
        "skrivehjelp.chat.convert": () => chat.quickAction("convert"),
        "skrivehjelp.chat.summarize": () => chat.quickAction("summarize"),
    };
}
