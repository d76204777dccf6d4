// A line as tokens: words (letters and digits, with inner hyphens and apostrophes), placeholders
// "{n}" that stand for protected text, and everything else, kept byte for byte. (A word's case
// shape is the speller's: lexicon.ts caseShape / withCase.)

export type TokenKind = "word" | "placeholder" | "other";

export interface Token {
    kind: TokenKind;
    text: string;
}

const TOKEN = /\{\d+\}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[^\p{L}\p{M}\p{N}{]+|\{/gu;

export function tokenize(line: string): Token[] {
    const out: Token[] = [];
    for (const m of line.matchAll(TOKEN)) {
        const text = m[0];
        const kind: TokenKind =
            text.length > 2 && text[0] === "{" && text.endsWith("}") && /^\{\d+\}$/.test(text)
                ? "placeholder"
                : /[\p{L}\p{N}]/u.test(text[0])
                  ? "word"
                  : "other";
        out.push({ kind, text });
    }
    return out;
}

/**
 * Whether `other` text ends a sentence (the next word starts one). A dash or bullet does so at
 * the start of a line (a list item), not between words ("halvvegs ny - vert laga").
 */
export function endsSentence(text: string, lineStart = true): boolean {
    // (the punctuation is followed by a space: ".directory", "3.5" and "e.g." start nothing)
    return /[.!?:…][»"”’')\]]*\s+$/.test(text) || (lineStart && /^\s*[-–—•*]\s*$/.test(text));
}
