// The words of a prose block with their document offsets (`words`), and the word API of this
// folder: the scanner's rules are in wordScanner.ts, the letter case of a word in wordShape.ts,
// the patterns and the abbreviation list in wordPatterns.ts.
import type { ProseBlock } from "./proseBlock";
import { scanWords, type Word } from "./wordScanner";
import type { WordPart } from "./wordShape";

export { ABBREVIATIONS, withoutBreakHints } from "./wordPatterns";
export { scanWords, type SentenceBoundary, type Word } from "./wordScanner";
export { wordShape, type WordPart, type WordShape } from "./wordShape";

const cache = new WeakMap<ProseBlock, readonly Word[]>();

/**
 * The words of `block`, with document offsets. Cached per block; a block that ProseExtractor
 * re-used at a new position re-uses the scan of the original and only moves the offsets.
 */
export function words(block: ProseBlock): readonly Word[] {
    let out = cache.get(block);
    if (out) return out;
    const base = block.base ?? block;
    let original = cache.get(base);
    if (!original) {
        original = scanWords(base.text).map((w) => toDoc(base, w));
        cache.set(base, original);
    }
    if (base === block) return original;
    const delta = block.range.start - base.range.start;
    out = original.map((w) => moved(w, delta));
    cache.set(block, out);
    return out;
}

/** `w` (text offsets of `block`) with its document offsets. */
function toDoc(block: ProseBlock, w: Word): Word {
    const start = block.toDocOffset(w.textStart, "start");
    const end = block.toDocOffset(w.textEnd, "end");
    const p = w.parts;
    if (p.length === 1 && p[0].textStart === w.textStart && p[0].textEnd === w.textEnd) {
        p[0].start = start;
        p[0].end = end;
    } else {
        for (const part of p) {
            part.start = block.toDocOffset(part.textStart, "start");
            part.end = block.toDocOffset(part.textEnd, "end");
        }
    }
    w.start = start;
    w.end = end;
    return w;
}

function moved(w: Word, d: number): Word {
    const parts: WordPart[] = [];
    for (const p of w.parts) {
        parts.push({
            text: p.text,
            textStart: p.textStart,
            textEnd: p.textEnd,
            start: p.start + d,
            end: p.end + d,
            allCaps: p.allCaps,
            capitalized: p.capitalized,
            mixedCase: p.mixedCase,
            hasDigit: p.hasDigit,
        });
    }
    return {
        text: w.text,
        textStart: w.textStart,
        textEnd: w.textEnd,
        start: w.start + d,
        end: w.end + d,
        parts,
        allCaps: w.allCaps,
        capitalized: w.capitalized,
        mixedCase: w.mixedCase,
        hasDigit: w.hasDigit,
        abbreviation: w.abbreviation,
        sentenceStart: w.sentenceStart,
        boundary: w.boundary,
        apostrophe: w.apostrophe,
        trailingHyphen: w.trailingHyphen,
    };
}
