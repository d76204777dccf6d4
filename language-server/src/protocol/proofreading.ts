// What the proofreader puts on its diagnostics and the commands its quick fixes run.
// Shared by the server and the extension (and documented for other LSP clients).
import { NotificationType, type Range } from "vscode-languageserver-protocol";
import type { LanguageSource, Variety } from "./writtenStandard";

export type ProblemCode = "spelling" | "malform" | "grammar";

/** `Diagnostic.data` of every Skrivehjelp diagnostic. */
export interface ProblemData {
    /** The text the diagnostic covers, as written. */
    text: string;
    /** Replacements, best first (at most MAX_SUGGESTIONS). */
    suggestions: string[];
}

/** The most replacements a diagnostic carries (and quick fixes offer). */
export const MAX_SUGGESTIONS = 5;

/** Server-side commands (`workspace/executeCommand`) the quick fixes run. */
export const Commands = {
    /** args: [{ word: string, list: "user" | "workspace", uri: string }] */
    addWord: "skrivehjelp.addWordToList",
    /** args: [{ word: string, uri: string }] */
    ignoreWord: "skrivehjelp.ignoreWordInDocument",
} as const;

export interface AddWordArgs {
    word: string;
    list: "user" | "workspace";
    uri: string;
}

export interface IgnoreWordArgs {
    word: string;
    uri: string;
}

export interface DocumentLanguageParams {
    uri: string;
    variety: Variety | null;
    source: LanguageSource;
}

/** server → client: the written standard decided for a document (for the status bar). */
export const DocumentLanguageNotification = new NotificationType<DocumentLanguageParams>("skrivehjelp/documentLanguage");

export interface VisibleRangesParams {
    uri: string;
    /** The ranges shown in the editor(s) of the document; empty when it is not shown. */
    ranges: Range[];
}

/**
 * client → server, optional: the parts of a document in view, so the model layer asks about
 * those paragraphs first. LSP has no such message; without it paragraphs go in document order.
 */
export const VisibleRangesNotification = new NotificationType<VisibleRangesParams>("skrivehjelp/visibleRanges");
