// The ids of every contributed command (package.json `contributes.commands`, plus internal
// ones). Kept apart from the handlers so the activation bundle can register them cheaply.
export const COMMAND_IDS = [
    "skrivehjelp.chooseModel",
    "skrivehjelp.downloadModel",
    "skrivehjelp.reloadModel",
    "skrivehjelp.restartServer",
    "skrivehjelp.showLog",
    "skrivehjelp.openSettings",
    "skrivehjelp.showMenu",
    "skrivehjelp.status",
    "skrivehjelp.chooseLanguage",
    "skrivehjelp.setApiKey",
    "skrivehjelp.chooseEngine",
    "skrivehjelp.convertToNynorsk",
    "skrivehjelp.convertToBokmal",
    "skrivehjelp.switchMalform",
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
export type CommandHandlers = Record<CommandId, (...args: unknown[]) => unknown>;

/** The chat panel's commands (handlers in chat.ts, which need the panel's controller). */
export const CHAT_COMMAND_IDS = [
    "skrivehjelp.openChat",
    "skrivehjelp.newChat",
    "skrivehjelp.chat.explain",
    "skrivehjelp.chat.improve",
    "skrivehjelp.chat.convert",
    "skrivehjelp.chat.summarize",
] as const;

export type ChatCommandId = (typeof CHAT_COMMAND_IDS)[number];
export type ChatCommandHandlers = Record<ChatCommandId, (...args: unknown[]) => unknown>;
