// While an answer streams, only its unfinished last block is rendered again for each frame:
// the blocks before it (ended by a blank line outside a code fence) are final, rendered once.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The end of the last complete block in `text` at or after `from` (which must itself be a
 * block boundary, or 0): just after a blank line that is not inside a fenced code block.
 */
export function stableEnd(text: string, from: number): number {
    let end = from;
    let fence: string | undefined;
    let pos = from;
    while (pos < text.length) {
        const nl = text.indexOf("\n", pos);
        if (nl < 0) break; // the last line is unfinished
        const line = text.slice(pos, nl);
        const m = FENCE.exec(line);
        if (fence === undefined && m) fence = m[1][0].repeat(m[1].length);
        else if (fence !== undefined && m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
        else if (fence === undefined && line.trim() === "") end = nl + 1;
        pos = nl + 1;
    }
    return end;
}
