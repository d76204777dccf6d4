// The written standard (målform) of a text: Bokmål or Nynorsk. Its one home, for both sides:
// the type, the `skrivehjelp.language` setting, how a document pins its own standard (front
// matter `lang: nn`, or the comment `<!-- skrivehjelp: nb -->`), the order in which a document's
// standard is decided, and the request that asks the server to detect it. The detection itself
// needs the målform layer's data, so it runs in the server only: clients ask
// `skrivehjelp/detectVariety` instead of guessing.
import { ProtocolRequestType } from "vscode-languageserver-protocol";

export type Variety = "nb" | "nn";

export const VARIETIES: readonly Variety[] = ["nb", "nn"];

/** The standards' names as Norwegians write them in either standard. */
export const VARIETY_NAMES: Record<Variety, string> = { nb: "Bokmål", nn: "Nynorsk" };

/** The other standard: the target of a conversion from `v`. */
export function otherVariety(v: Variety): Variety {
    return v === "nb" ? "nn" : "nb";
}

/** `skrivehjelp.language`: decided per document, or fixed. */
export type LanguageSetting = "auto" | Variety;

/** Where a document's standard came from, for the status bar. */
export type LanguageSource = "setting" | "pinned" | "detected" | "undecided";

export interface DocumentLanguage {
    variety: Variety | undefined;
    source: LanguageSource;
}

// ---- the pin: how a document says which standard it is in ----

const CODES: Record<string, Variety> = { nb: "nb", nob: "nb", "nb-no": "nb", nn: "nn", nno: "nn", "nn-no": "nn" };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const FRONT_MATTER_LANG = /^(?:lang|language)\s*:\s*["']?([A-Za-z-]+)["']?\s*$/m;
const COMMENT_PIN = /<!--\s*skrivehjelp\s*:\s*([A-Za-z-]+)\s*-->/i;

/** The comment that pins `v` in a Markdown document (what "This document is …" inserts). */
export function pinComment(v: Variety): string {
    return `<!-- skrivehjelp: ${v} -->`;
}

/** Where the document's pin comment is (the first one), to replace it; undefined when it has none. */
export function findPinComment(text: string): { start: number; end: number } | undefined {
    const m = COMMENT_PIN.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The standard the document pins for itself, if any: front matter first, then the comment. */
export function pinnedVariety(text: string): Variety | undefined {
    const fm = FRONT_MATTER.exec(text);
    const fromFrontMatter = fm && FRONT_MATTER_LANG.exec(fm[1])?.[1];
    const code = fromFrontMatter || COMMENT_PIN.exec(text)?.[1];
    return code ? CODES[code.toLowerCase()] : undefined;
}

/**
 * A document's standard: the setting when it is fixed, else the document's own pin, else what
 * `detect` finds in its words (the server's målform layer), else undecided.
 */
export function decideLanguage(setting: LanguageSetting, text: string, detect: () => Variety | undefined): DocumentLanguage {
    if (setting !== "auto") return { variety: setting, source: "setting" };
    const pinned = pinnedVariety(text);
    if (pinned) return { variety: pinned, source: "pinned" };
    const detected = detect();
    return detected ? { variety: detected, source: "detected" } : { variety: undefined, source: "undecided" };
}

// ---- detection, asked of the server ----

export interface DetectVarietyParams {
    text: string;
    languageId: string;
}

/** client → server: which written standard a text's prose is in (for "Byt målform"); null when it cannot tell. */
export const DetectVarietyRequest = new ProtocolRequestType<DetectVarietyParams, { variety: Variety | null }, void, void, void>(
    "skrivehjelp/detectVariety",
);
