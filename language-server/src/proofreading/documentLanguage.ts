// Which written standard a document is in: the setting, else what the document itself says
// (front matter `lang: nn`, or `<!-- skrivehjelp: nb -->`), else what its words show.

export type Variety = "nb" | "nn";
export type LanguageSetting = "auto" | Variety;

export interface DocumentLanguage {
    variety: Variety | undefined;
    /** Where the decision came from, for the status bar. */
    source: "setting" | "pinned" | "detected" | "undecided";
}

const CODES: Record<string, Variety> = { nb: "nb", nob: "nb", "nb-no": "nb", nn: "nn", nno: "nn", "nn-no": "nn" };

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const FRONT_MATTER_LANG = /^(?:lang|language)\s*:\s*["']?([A-Za-z-]+)["']?\s*$/m;
const COMMENT_PIN = /<!--\s*skrivehjelp\s*:\s*([A-Za-z-]+)\s*-->/i;

/** The variety the document pins for itself, if any. */
export function pinnedVariety(text: string): Variety | undefined {
    const fm = FRONT_MATTER.exec(text);
    const fromFrontMatter = fm && FRONT_MATTER_LANG.exec(fm[1])?.[1];
    const code = fromFrontMatter || COMMENT_PIN.exec(text)?.[1];
    return code ? CODES[code.toLowerCase()] : undefined;
}

export function decideLanguage(setting: LanguageSetting, text: string, detect: () => Variety | undefined): DocumentLanguage {
    if (setting !== "auto") return { variety: setting, source: "setting" };
    const pinned = pinnedVariety(text);
    if (pinned) return { variety: pinned, source: "pinned" };
    const detected = detect();
    return detected ? { variety: detected, source: "detected" } : { variety: undefined, source: "undecided" };
}
