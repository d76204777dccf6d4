// A line as tokens: words (letters and digits, with inner hyphens and apostrophes), placeholders
// "{n}" that stand for protected text, and everything else, kept byte for byte.

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
        const kind: TokenKind = text.length > 2 && text[0] === "{" && text.endsWith("}") && /^\{\d+\}$/.test(text) ? "placeholder" : /[\p{L}\p{N}]/u.test(text[0]) ? "word" : "other";
        out.push({ kind, text });
    }
    return out;
}

/** Whether `other` text ends a sentence (the next word starts one). */
export function endsSentence(text: string): boolean {
    return /[.!?:…]\s*[»"”’')\]]*\s*$/.test(text) || /^\s*[-–—•*]\s*$/.test(text);
}

export type Case = "lower" | "title" | "upper" | "mixed";

export function caseOf(w: string): Case {
    if (w === w.toLowerCase()) return "lower";
    if (w.length > 1 && w === w.toUpperCase()) return "upper";
    if (w[0] === w[0].toUpperCase() && w.slice(1) === w.slice(1).toLowerCase()) return "title";
    return "mixed";
}

/** `s` written in case `c` (a target form keeps its own capitals when the source was lower). */
export function recase(s: string, c: Case): string {
    if (c === "upper") return s.toUpperCase();
    if (c === "title") return s.charAt(0).toUpperCase() + s.slice(1);
    return s;
}
