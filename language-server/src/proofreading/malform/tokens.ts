// The målform layer's view of a word: its text (break hints dropped, NFC), its case, whether it
// starts a sentence, and its record in the data as written (a name or an acronym is looked up
// differently from a lower-case word).
import { withoutBreakHints } from "../../text/words";
import { F, type MalformData } from "./format";

export interface MalformWord {
    text: string;
    /** The word starts a sentence (or heading, list item, table cell). */
    sentenceStart?: boolean;
}

export type WordInput = string | MalformWord;

export type Case = "lower" | "cap" | "upper" | "other";

export interface Tok {
    text: string;
    lower: string;
    case: Case;
    start: boolean;
}

const COMBINING = /[\u0300-\u036f]/;

export function caseOf(w: string): Case {
    const lower = w.toLowerCase();
    if (/\d/.test(w)) return "other";
    if (w === lower) return /\p{L}/u.test(w) ? "lower" : "other";
    const upper = w.toUpperCase();
    if (w === upper) return "upper";
    if (w[0] !== lower[0] && w.slice(1) === lower.slice(1)) return "cap";
    return "other";
}

export function recase(s: string, c: Case): string {
    if (c === "upper") return s.toUpperCase();
    if (c === "cap") return s.charAt(0).toUpperCase() + s.slice(1);
    return s;
}

export function tokens(words: readonly WordInput[]): Tok[] {
    return words.map((w, i) => {
        let text = withoutBreakHints(typeof w === "string" ? w : w.text);
        if (COMBINING.test(text)) text = text.normalize("NFC"); // "å" typed as a + ring
        const start = typeof w === "string" ? i === 0 : (w.sentenceStart ?? i === 0);
        return { text, lower: text.toLowerCase(), case: caseOf(text), start };
    });
}

/** Looks up a word's record (or -1); the check passes a cached one (a document repeats its words). */
export type EntryOf = (t: Tok) => number;

/** Record of a word as written, or -1. Names (capitalised inside a sentence) and short
 * all-capital acronyms only count when the hand-written table knows them. */
export function entryOf(d: MalformData, t: Tok): number {
    switch (t.case) {
        case "lower":
            return d.lookup(t.text);
        case "cap": {
            if (t.start) {
                const r = d.lookup(t.lower);
                return r >= 0 ? r : d.lookup(t.text);
            }
            const r = d.lookup(t.lower);
            if (r >= 0 && d.flags(r) & F.MARK) return r;
            return d.lookup(t.text);
        }
        case "upper": {
            const r = d.lookup(t.lower);
            if (r >= 0 && (t.text.length >= 4 || d.flags(r) & F.MARK)) return r;
            return -1;
        }
        default:
            return -1;
    }
}
