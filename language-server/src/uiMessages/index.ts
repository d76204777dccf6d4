// The server's own user-facing texts (window/showMessage, the engine's errors a client shows in
// its status and notifications, refusals), in the client's UI language: Bokmål or Nynorsk when
// the editor runs in one of them, English otherwise. The client's locale arrives in `initialize`
// (`params.locale`, VS Code's `vscode.env.language`); the extension's own texts are in `l10n/`,
// these are the server's, one catalogue per area, all read through `uiText`. Texts about a
// document's language problems are not here: they follow the document's written standard
// (proofreading/messages.ts). What is wrong with a setting's value is said by the settings check
// itself (protocol/settingsTexts.ts), in the language `uiLanguage()` gives it.
import { render, uiLanguageFrom, type UiLanguage } from "../protocol/uiLanguage";
import { CONVERT_TEXTS } from "./convert";
import { DOCUMENT_TEXTS } from "./documents";
import { DOWNLOAD_TEXTS } from "./download";
import { ENGINE_TEXTS } from "./engine";
import { REMOTE_TEXTS } from "./remote";
import { REQUEST_TEXTS } from "./requests";
import { SETTINGS_FRAME } from "./settings";

export { uiLanguageFrom, type UiLanguage };
export { downloadSize, type DownloadExit, type DownloadFigures } from "./download";

let current: UiLanguage = "en";

/** Set once from `initialize`; one server process serves one client. */
export function setUiLanguage(locale: string | undefined): void {
    current = uiLanguageFrom(locale);
}

export function uiLanguage(): UiLanguage {
    return current;
}

/** Every text, in each language. */
const TEXTS = {
    ...DOCUMENT_TEXTS,
    ...CONVERT_TEXTS,
    ...REQUEST_TEXTS,
    ...SETTINGS_FRAME,
    ...ENGINE_TEXTS,
    ...REMOTE_TEXTS,
    ...DOWNLOAD_TEXTS,
};

export type UiTextKey = keyof typeof TEXTS;

/** The text `key` in the UI language. */
export function uiText<K extends UiTextKey>(key: K, ...args: Parameters<(typeof TEXTS)[K]["en"]>): string {
    return render(TEXTS, current, key, ...args);
}

/** The text `key` in `language`, whatever the UI language is (the unit tests, a log line). */
export function uiTextIn<K extends UiTextKey>(language: UiLanguage, key: K, ...args: Parameters<(typeof TEXTS)[K]["en"]>): string {
    return render(TEXTS, language, key, ...args);
}

/** The last part of a document's URI, as the user knows the file. */
export function documentName(uri: string): string {
    try {
        return decodeURIComponent(uri.slice(uri.lastIndexOf("/") + 1));
    } catch {
        return uri;
    }
}
