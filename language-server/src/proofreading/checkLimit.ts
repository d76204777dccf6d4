// How much of a document is proofread (`skrivehjelp.checks.maxDocumentKB`, 500 by default). A
// 5 MB log file opened as plain text would otherwise hold the server for seconds on every check
// and take ~600 MB (measured): beyond the limit the text is not checked, and the user is told
// once. Code Spell Checker does the same (`cSpell.checkLimit`, 500 KB). A binary file opened as
// text (NUL bytes) is not checked at all: every run of bytes would be a "misspelling".
import { blankLineAfter } from "./firstPass";

/** The length of the text to check: all of it, or up to a block boundary near `limit` characters. */
export function checkedLength(text: string, limit: number): number {
    if (text.length <= limit) return text.length;
    // a blank line shortly before the limit, else the last line break before it
    const blank = blankLineAfter(text, Math.floor(limit * 0.9));
    if (blank !== undefined && blank <= limit) return blank;
    const line = text.lastIndexOf("\n", limit - 1);
    if (line > 0) return line + 1;
    // one endless line: not inside a word, which would be flagged as a misspelling
    const space = text.lastIndexOf(" ", limit - 1);
    return space > 0 ? space + 1 : limit;
}

/** Whether a document is a binary file opened as text: no prose holds a NUL character. */
export function isBinaryText(text: string): boolean {
    return text.includes("\u0000");
}
