// One block of prose (paragraph, heading, table cell …) with the markup taken out, and the map
// from its text back to the document. Built by extract.ts; read by words.ts and the proofreader.

/** A half-open range [start, end) of offsets (UTF-16 code units, JS string indices). */
export interface OffsetRange {
    start: number;
    end: number;
}

/** A replacement of the document range [start, end) by `newText`, the shape of an LSP TextEdit. */
export interface OffsetEdit extends OffsetRange {
    newText: string;
}

/**
 * What the block is. A list item's or a block quote's or a footnote's paragraphs are
 * "paragraph"s; see {@link ProseBlock.containers} for where they sit.
 */
export type ProseBlockKind = "paragraph" | "heading" | "tableCell";

/** Markdown containers around a block, outermost first. */
export type BlockContainer = "blockquote" | "listItem" | "footnote" | "table";

/**
 * Stands in `ProseBlock.text` for one piece of non-prose inside prose: inline code, a URL or
 * autolink, inline math, a footnote reference, struck-out text, inline HTML code/kbd elements.
 * It keeps the words on both sides apart ("ord`x`ord" is two words) and tells a reader (or a
 * model) that something stood there. It maps to the whole piece in the document.
 */
export const ATOM = "\uFFFC";

/**
 * A block of prose. `text` is what a reader reads: markup that does not split words is gone
 * (`**fet**skrift` → "fetskrift"), non-prose inline pieces are one {@link ATOM} each, entities
 * are decoded (`p&aring;` → "på"), line breaks inside the block are "\n" whatever they are in the
 * document ("\r\n", a hard break "  \n" or "\\\n"), blockquote markers and indentation at line
 * starts are dropped, and the text is trimmed.
 *
 * Offsets: `range` and everything the mapping methods return are document offsets (JS string
 * indices of the document as given, so directly usable with a {@link LineIndex}); "text offsets"
 * are indices into `text`.
 */
export class ProseBlock {
    /** Segment i maps text [t0[i], t1[i]) to document [start + d0[i], start + d1[i]). */
    private readonly seg: Segments;

    /** @internal use {@link BlockBuilder} */
    constructor(
        readonly kind: ProseBlockKind,
        /** The prose, see the class comment. */
        readonly text: string,
        /** A stable hash of `text` (16 hex digits): the key for caching model results per block. */
        readonly hash: string,
        /** The document range of the whole block, markup included (e.g. `## ` of a heading). */
        readonly range: OffsetRange,
        readonly containers: readonly BlockContainer[],
        /** 1–6 for a heading, 0 otherwise. */
        readonly headingLevel: number,
        seg: Segments,
        /** @internal the block this one is a moved copy of (the same text and segments) */
        readonly base?: ProseBlock,
    ) {
        this.seg = seg;
    }

    /**
     * The document offset of text offset `offset` (clamped to [0, text.length]). Where markup
     * sits between two characters, `bias` decides: "start" (the default, for the start of a range)
     * gives the offset after the markup, "end" (for the end of a range) the offset before it. In
     * `**hel**t`, text offset 3 is document offset 7 with "start" and 5 with "end". Inside a
     * replaced piece (an entity, an {@link ATOM}) "start" gives the piece's start, "end" its end.
     */
    toDocOffset(offset: number, bias: "start" | "end" = "start"): number {
        const { t0, t1, d0, d1, rep } = this.seg;
        const n = t0.length;
        const base = this.range.start;
        if (n === 0) return base;
        if (bias === "start") {
            // the first segment with offset < t1
            let lo = 0;
            let hi = n;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (t1[mid] <= offset) lo = mid + 1;
                else hi = mid;
            }
            if (lo === n) return base + d1[n - 1];
            if (offset <= t0[lo] || rep[lo]) return base + d0[lo];
            return base + d0[lo] + (offset - t0[lo]);
        }
        // the last segment with offset > t0
        let lo = -1;
        let hi = n - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (t0[mid] < offset) lo = mid;
            else hi = mid - 1;
        }
        if (lo < 0) return base + d0[0];
        if (offset >= t1[lo] || rep[lo]) return base + d1[lo];
        return base + d0[lo] + (offset - t0[lo]);
    }

    /**
     * The document range of text range [start, end): the smallest range that covers every
     * character in it, with the markup inside (so `**hel**t` for the word "helt") but not the
     * markup around it. An empty range maps to the insertion point after the text before it
     * (so an insertion at the end of a bold word stays bold).
     */
    toDocRange(start: number, end: number): OffsetRange {
        if (end <= start) {
            const at = this.toDocOffset(start, start === 0 ? "start" : "end");
            return { start: at, end: at };
        }
        return { start: this.toDocOffset(start, "start"), end: this.toDocOffset(end, "end") };
    }

    /**
     * The text offset of document offset `offset`: exact inside prose, the next character's
     * text offset inside markup, the start of a replaced piece inside it, 0 before the block and
     * text.length after it.
     */
    toTextOffset(offset: number): number {
        const { t0, t1, d0, d1, rep } = this.seg;
        const n = t0.length;
        const rel = offset - this.range.start;
        if (n === 0 || rel <= d0[0]) return 0;
        // the last segment with d0 <= rel
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (d0[mid] <= rel) lo = mid;
            else hi = mid - 1;
        }
        if (rel >= d1[lo]) return t1[lo];
        if (rep[lo]) return t0[lo];
        return t0[lo] + (rel - d0[lo]);
    }

    /**
     * The document edit that turns text [start, end) into `newText`, as small as possible: the
     * common prefix and suffix are left alone, so the markup around and inside a word survives a
     * correction where it can ("**hel**t" → "heilt" inserts one "i" after "he").
     */
    toDocEdit(start: number, end: number, newText: string): OffsetEdit {
        const old = this.text.slice(start, end);
        let p = 0;
        const max = Math.min(old.length, newText.length);
        while (p < max && old.charCodeAt(p) === newText.charCodeAt(p)) p++;
        if (p > 0 && p < old.length && isLowSurrogate(old.charCodeAt(p))) p--;
        let s = 0;
        while (s < max - p && old.charCodeAt(old.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
        if (s > 0 && s < old.length && isLowSurrogate(old.charCodeAt(old.length - s))) s--;
        const range = this.toDocRange(start + p, end - s);
        return { start: range.start, end: range.end, newText: newText.slice(p, newText.length - s) };
    }

    /** This block moved to start at document offset `start` (same text, hash and segments). */
    movedTo(start: number): ProseBlock {
        if (start === this.range.start) return this;
        const len = this.range.end - this.range.start;
        return new ProseBlock(
            this.kind,
            this.text,
            this.hash,
            { start, end: start + len },
            this.containers,
            this.headingLevel,
            this.seg,
            this.base ?? this,
        );
    }
}

function isLowSurrogate(c: number): boolean {
    return c >= 0xdc00 && c <= 0xdfff;
}

/** @internal Parallel arrays; document offsets relative to the block's start. */
export interface Segments {
    t0: number[];
    t1: number[];
    d0: number[];
    d1: number[];
    /** 1 when the segment is replaced text (entity, atom, line break) mapped as a whole. */
    rep: number[];
}

/**
 * A 64-bit string hash (cyrb53's mixing, both 32-bit halves kept) as 16 hex digits. Not
 * cryptographic: a cache key that is stable across runs and processes.
 */
export function hashText(s: string): string {
    let h1 = 0xdeadbeef ^ s.length;
    let h2 = 0x41c6ce57 ^ s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

/**
 * @internal Builds a {@link ProseBlock} from pieces of a (line-break normalized) source. Offsets
 * passed in are source offsets; `toDoc` maps them to document offsets (identity unless the
 * document had "\r\n" line breaks).
 */
export class BlockBuilder {
    private parts: string[] = [];
    private len = 0;
    private readonly seg: Segments = { t0: [], t1: [], d0: [], d1: [], rep: [] };
    /** Source offset up to which the source has been consumed. */
    pos: number;
    private readonly docStart: number;
    /** At a line start (or block start): leading spaces and tabs are dropped. */
    lineStart = true;

    constructor(
        private readonly source: string,
        private readonly toDoc: (offset: number) => number,
        sourceFrom: number,
        private readonly sourceTo: number,
    ) {
        this.pos = sourceFrom;
        this.docStart = toDoc(sourceFrom);
    }

    /** Copies source [from, to) as prose; line breaks become "\n", indentation after them goes. */
    text(from: number, to: number): void {
        const src = this.source;
        let i = from;
        while (i < to) {
            if (this.lineStart) {
                while (i < to && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9)) i++;
                if (i >= to) break;
            }
            let nl = src.indexOf("\n", i);
            if (nl < 0 || nl > to) nl = to;
            if (nl > i) this.copy(i, nl);
            if (nl < to) {
                this.replace(nl, nl + 1, "\n");
                this.lineStart = true;
            }
            i = nl + 1;
        }
        this.pos = Math.max(this.pos, to);
    }

    /** Skips source up to `to` (markup that does not split words). */
    skip(to: number): void {
        this.pos = Math.max(this.pos, to);
    }

    /** Source [from, to) reads as `text`, mapped as a whole. */
    replace(from: number, to: number, text: string): void {
        this.push(text, this.toDoc(from) - this.docStart, this.toDoc(to) - this.docStart, 1);
        this.lineStart = text === "\n";
        this.pos = Math.max(this.pos, to);
    }

    /** Source [from, to) is non-prose: one {@link ATOM}. */
    atom(from: number, to: number): void {
        this.replace(from, to, ATOM);
    }

    private copy(from: number, to: number): void {
        const d0 = this.toDoc(from) - this.docStart;
        const d1 = d0 + (to - from);
        const s = this.seg;
        const last = s.t0.length - 1;
        if (last >= 0 && !s.rep[last] && s.t1[last] === this.len && s.d1[last] === d0) {
            s.t1[last] += to - from;
            s.d1[last] = d1;
            this.parts.push(this.source.slice(from, to));
            this.len += to - from;
        } else {
            this.push(this.source.slice(from, to), d0, d1, 0);
        }
        this.lineStart = false;
    }

    private push(text: string, d0: number, d1: number, rep: number): void {
        const s = this.seg;
        s.t0.push(this.len);
        s.t1.push(this.len + text.length);
        s.d0.push(d0);
        s.d1.push(d1);
        s.rep.push(rep);
        this.parts.push(text);
        this.len += text.length;
    }

    private arrays(): number[][] {
        const s = this.seg;
        return [s.t0, s.t1, s.d0, s.d1, s.rep];
    }

    /** The block, trimmed; undefined when no prose is left. */
    finish(kind: ProseBlockKind, containers: readonly BlockContainer[], headingLevel: number): ProseBlock | undefined {
        let text = this.parts.join("");
        const s = this.seg;
        // trim the end (a replaced piece is kept or dropped whole)
        let endLen = text.trimEnd().length;
        if (endLen < text.length) {
            while (s.t0.length && s.t0[s.t0.length - 1] >= endLen) for (const a of this.arrays()) a.pop();
            const last = s.t0.length - 1;
            if (last >= 0 && s.t1[last] > endLen) {
                if (s.rep[last]) endLen = s.t1[last];
                else {
                    s.d1[last] -= s.t1[last] - endLen;
                    s.t1[last] = endLen;
                }
            }
            text = text.slice(0, endLen);
        }
        if (text.length === 0) return undefined;
        // trim the start
        let lead = text.length - text.trimStart().length;
        if (lead > 0) {
            let drop = 0;
            while (s.t1[drop] <= lead) drop++;
            for (const a of this.arrays()) a.splice(0, drop);
            if (s.t0[0] < lead) {
                if (s.rep[0]) lead = s.t0[0];
                else {
                    s.d0[0] += lead - s.t0[0];
                    s.t0[0] = lead;
                }
            }
            for (let i = 0; i < s.t0.length; i++) {
                s.t0[i] -= lead;
                s.t1[i] -= lead;
            }
            text = text.slice(lead);
        }
        const start = this.docStart;
        const end = this.toDoc(this.sourceTo);
        return new ProseBlock(kind, text, hashText(text), { start, end }, containers, headingLevel, s);
    }
}
