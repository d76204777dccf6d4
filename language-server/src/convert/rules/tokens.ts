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

/** Whether `other` text ends a sentence (the next word starts one). */
export function endsSentence(text: string): boolean {
    return /[.!?:…]\s*[»"”’')\]]*\s*$/.test(text) || /^\s*[-–—•*]\s*$/.test(text);
}
