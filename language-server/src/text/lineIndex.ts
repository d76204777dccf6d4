// Offsets ↔ LSP positions. Offsets everywhere in `text/` are JavaScript string indices, i.e.
// UTF-16 code units, which is also what LSP's default `positionEncoding` ("utf-16") counts in a
// line's `character`. So the conversion is only about lines: a line break is "\r\n", "\n" or a
// lone "\r" (as in LSP and VS Code).

/** A zero-based line and UTF-16 character, the shape of an LSP `Position`. */
export interface Position {
    line: number;
    character: number;
}

/**
 * The start offset of every line of one text, computed once (linear), then each conversion is a
 * binary search. Build a new index whenever the text changes.
 */
export class LineIndex {
    /** `starts[i]` is the offset where line i begins; `starts[0]` is 0. */
    readonly starts: readonly number[];

    constructor(readonly text: string) {
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10 /* \n */) starts.push(i + 1);
            else if (c === 13 /* \r */) {
                if (text.charCodeAt(i + 1) === 10) i++;
                starts.push(i + 1);
            }
        }
        this.starts = starts;
    }

    get lineCount(): number {
        return this.starts.length;
    }

    /** The line containing `offset` (clamped to the text). */
    lineAt(offset: number): number {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /**
     * The position of `offset`, clamped to [0, text.length]. An offset between "\r" and "\n" of one
     * line break (not a real character boundary for a user) is reported as the end of that line.
     */
    positionAt(offset: number): Position {
        offset = Math.max(0, Math.min(offset, this.text.length));
        const line = this.lineAt(offset);
        return { line, character: Math.min(offset, this.lineEnd(line)) - this.starts[line] };
    }

    /**
     * The offset of `position`. Like LSP, a `character` past the line's end means the end of the
     * line (before its line break) and a line past the last one means the end of the text.
     */
    offsetAt(position: Position): number {
        if (position.line < 0) return 0;
        if (position.line >= this.starts.length) return this.text.length;
        const start = this.starts[position.line];
        return Math.max(start, Math.min(start + Math.max(0, position.character), this.lineEnd(position.line)));
    }

    /** The offset where line `line`'s content ends, before its line break. */
    lineEnd(line: number): number {
        if (line + 1 >= this.starts.length) return this.text.length;
        let end = this.starts[line + 1] - 1;
        if (this.text.charCodeAt(end) === 10 && end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
        return end;
    }
}

/** One-off conversion; build a {@link LineIndex} when converting more than a few offsets. */
export function offsetToPosition(text: string, offset: number): Position {
    return new LineIndex(text).positionAt(offset);
}

/** One-off conversion; build a {@link LineIndex} when converting more than a few positions. */
export function positionToOffset(text: string, position: Position): number {
    return new LineIndex(text).offsetAt(position);
}
