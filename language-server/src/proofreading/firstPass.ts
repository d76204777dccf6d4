// A long document that has just opened is checked in two steps: first its opening screens,
// published at once, then the whole of it. The first squiggles then wait for a parse of a few
// thousand words instead of all of them (a cold server spends ~250 ms on 10,000 words, most of
// it in code V8 has not optimised yet). The second step re-uses what the first one parsed and
// checked: to the incremental extractor the whole text is the prefix with text appended.

/** Documents shorter than this are checked whole from the start. */
export const FIRST_PASS_MIN_CHARS = 24_000;
/** Roughly the text the first step covers: a few screens, about 1,500 words. */
export const FIRST_PASS_CHARS = 10_000;

/**
 * Where the first step's text ends: at the first blank line at or after `chars`, so the cut
 * falls between blocks. A cut inside a fenced code block or an HTML block leaves that block
 * open to the end of the prefix, which makes the rest of the prefix non-prose: skipped, never
 * wrongly flagged. Undefined when the document is short or has no blank line to cut at.
 */
export function firstPassEnd(text: string, chars = FIRST_PASS_CHARS, minChars = FIRST_PASS_MIN_CHARS): number | undefined {
    if (text.length < minChars) return undefined;
    const end = blankLineAfter(text, chars);
    return end !== undefined && end <= text.length / 2 ? end : undefined;
}

/**
 * The end of the first line followed by a blank line at or after `from` (after that line's
 * break, so a prefix cut there ends with a whole line), or undefined when there is none.
 */
export function blankLineAfter(text: string, from: number): number | undefined {
    const blank = /\r?\n[ \t]*\r?\n/g;
    blank.lastIndex = from;
    const m = blank.exec(text);
    return m ? m.index + (text.charCodeAt(m.index) === 13 ? 2 : 1) : undefined;
}
