// Text-level helpers of incremental extraction: line breaks normalized to "\n" for Lezer (with
// the map of offsets back to the document) and the range an edit changed.

/**
 * `doc` with every line break ("\r\n", "\r") turned into "\n", and the map from offsets in
 * that text back to `doc`. Lezer splits lines at "\n" only.
 */
export function normalizeLineBreaks(doc: string): { text: string; toDoc: (offset: number) => number } {
    let cr = doc.indexOf("\r");
    if (cr < 0) return { text: doc, toDoc: identity };
    // removed[k]: the normalized offset of the "\n" whose "\r" was the k-th one dropped
    const removed: number[] = [];
    const parts: string[] = [];
    let last = 0;
    for (; cr >= 0; cr = doc.indexOf("\r", cr + 1)) {
        parts.push(doc.slice(last, cr));
        if (doc.charCodeAt(cr + 1) === 10) {
            removed.push(cr - removed.length);
        } else {
            parts.push("\n");
        }
        last = cr + 1;
    }
    parts.push(doc.slice(last));
    if (removed.length === 0) return { text: parts.join(""), toDoc: identity };
    const toDoc = (offset: number): number => {
        // offset + the number of removed "\r" before it
        let lo = 0;
        let hi = removed.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (removed[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return offset + lo;
    };
    return { text: parts.join(""), toDoc };
}

/** The start of the line before the line that starts at `lineStart` (0 for the first line). */
export function lineBefore(text: string, lineStart: number): number {
    return lineStart < 2 ? 0 : text.lastIndexOf("\n", lineStart - 2) + 1;
}

function identity(offset: number): number {
    return offset;
}

/** The range that differs between `a` and `b`: [from, toA) in `a` became [from, toB) in `b`. */
export function changedRange(a: string, b: string): { from: number; toA: number; toB: number } {
    const max = Math.min(a.length, b.length);
    // whole chunks first (compared natively), then character by character
    const CHUNK = 512;
    let from = 0;
    while (from + CHUNK <= max && a.slice(from, from + CHUNK) === b.slice(from, from + CHUNK)) from += CHUNK;
    while (from < max && a.charCodeAt(from) === b.charCodeAt(from)) from++;
    let s = 0;
    const room = max - from;
    while (s + CHUNK <= room && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
    while (s < room && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
    return { from, toA: a.length - s, toB: b.length - s };
}
