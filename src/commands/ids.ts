// The ids of every contributed command (package.json `contributes.commands`, plus internal
// ones). Kept apart from the handlers so the activation bundle can register them cheaply.
export const COMMAND_IDS = [
    "skrivehjelp.chooseModel",
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
    "skrivehjelp.chooseEngine",
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
export type CommandHandlers = Record<CommandId, (...args: unknown[]) => unknown>;
