// Prose extraction: which parts of a document are prose, and as what text.
//
// Markdown: the document is parsed with @lezer/markdown (markdown.ts) and every leaf block that
// holds prose (paragraph, heading, table cell, task list item) becomes one ProseBlock. Skipped
// whole: front matter, fenced and indented code, HTML blocks and comments, math blocks, link
// reference definitions, thematic breaks. Inside a block, markup that does not split words goes
// (emphasis and link brackets, link targets and titles, image sources, heading and quote
// markers, task boxes, footnote definition labels, inline HTML tags) and non-prose pieces
// become one ATOM each (inline code, URLs and autolinks, e-mail autolinks, inline math,
// footnote references, struck-out text, <code>/<kbd>/<samp>/… elements).
// Image alt text and link text are prose.
//
// Plain text (every other languageId): blocks are the paragraphs between blank lines, all prose;
// words() leaves out URLs, e-mail addresses and the like.
//
// Incremental use: one ProseExtractor per document. update() re-parses only what an edit touched
// (Lezer re-uses the unchanged blocks of the previous tree) and re-uses the ProseBlock of every
// block wholly before or after the edit (moved, if the edit changed the length before it).

import type { TreeCursor } from "@lezer/common";
import { decodeEntity } from "./entities";
import { TreeFragment, frontMatterEnd, parseMarkdown } from "./markdown";
import { type BlockContainer, BlockBuilder, type ProseBlock, type ProseBlockKind } from "./proseBlock";

/**
 * The prose blocks of a document, in document order. `languageId` "markdown" parses Markdown;
 * anything else ("plaintext" …) is plain text. For a document that is edited, keep a
 * {@link ProseExtractor} instead: it re-uses unchanged blocks.
 */
export function extractProse(text: string, languageId: string): ProseBlock[] {
    return new ProseExtractor(languageId).update(text);
}

/** What the last {@link ProseExtractor.update} did (for tests and the log). */
export interface ExtractStats {
    /** "none": the text was unchanged; plain text is never parsed */
    parse: "full" | "incremental" | "none";
    /** blocks taken over from the previous update (moved if needed) */
    reused: number;
    /** blocks built anew */
    built: number;
}

/**
 * Extracts the prose of one document again and again as it changes. Give it the whole new text
 * on every change; it finds the changed range itself (common prefix and suffix).
 */
export class ProseExtractor {
    readonly markdown: boolean;
    private doc: string | undefined;
    private norm = "";
    private frontMatter = -1;
    private fragments: readonly TreeFragment[] | undefined;
    /** the blocks of the last update by document start, with the key of the node they came from */
    private previous = new Map<number, Reusable>();
    private current: ProseBlock[] = [];
    private stats: ExtractStats = { parse: "none", reused: 0, built: 0 };

    /** `languageId` as in LSP's TextDocumentItem: "markdown" or anything else for plain text. */
    constructor(languageId: string) {
        this.markdown = languageId === "markdown";
    }

    /** The blocks of the last update. */
    get blocks(): readonly ProseBlock[] {
        return this.current;
    }

    get lastStats(): ExtractStats {
        return this.stats;
    }

    /** The prose blocks of `doc`, the document's whole new text. */
    update(doc: string): ProseBlock[] {
        if (doc === this.doc) {
            this.stats = { parse: "none", reused: this.current.length, built: 0 };
            return this.current;
        }
        const { text: norm, toDoc } = normalizeLineBreaks(doc);
        // Blocks wholly before or after the edit are re-used. The edit is found in the document
        // as given (a "\r\n" → "\n" change is one), the parser's edit in the normalized text.
        const edit = this.doc === undefined ? undefined : changedRange(this.doc, doc);
        const walk = new Walk(norm, toDoc, this.previous, edit);
        let parse: ExtractStats["parse"] = "none";
        if (this.markdown) {
            let fragments: readonly TreeFragment[] | undefined;
            const fm = frontMatterEnd(norm);
            if (this.fragments && this.doc !== undefined) {
                const old = this.norm;
                const { from, toA, toB } = changedRange(old, norm);
                // The front matter is found before parsing; when an edit after it makes or
                // unmakes it, the first block of the old tree must not be re-used.
                const sameFrontMatter = fm < 0 ? this.frontMatter < 0 : this.frontMatter >= 0 && (from <= this.frontMatter || fm === this.frontMatter);
                // Lezer re-uses a block that ends on the line before a change, but a paragraph's
                // end can depend on two lines after it (a table's header and delimiter rows:
                // "x\n| a |\n|---|"), so the change is widened to start two lines earlier.
                const start = lineBefore(old, lineBefore(old, old.lastIndexOf("\n", from - 1) + 1));
                if (sameFrontMatter) fragments = TreeFragment.applyChanges(this.fragments, [{ fromA: start, toA, fromB: start, toB }]);
            }
            parse = fragments ? "incremental" : "full";
            const tree = parseMarkdown(norm, fragments);
            this.fragments = TreeFragment.addTree(tree, fragments);
            this.frontMatter = fm;
            walk.markdown(tree.cursor(), NO_CONTAINERS);
        } else {
            walk.plain();
        }
        this.doc = doc;
        this.norm = norm;
        this.previous = walk.next;
        this.current = walk.out;
        this.stats = { parse, reused: walk.reused, built: walk.built };
        return this.current;
    }
}

/** The block containing document offset `offset` (its `range`, ends included), if any. */
export function blockAt(blocks: readonly ProseBlock[], offset: number): ProseBlock | undefined {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = blocks[mid].range;
        if (offset < r.start) hi = mid - 1;
        else if (offset > r.end) lo = mid + 1;
        else return blocks[mid];
    }
    return undefined;
}

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
function lineBefore(text: string, lineStart: number): number {
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

const NO_CONTAINERS: readonly BlockContainer[] = Object.freeze([]);

/** Leaf blocks that hold prose: their kind and heading level. */
const LEAVES: Record<string, readonly [ProseBlockKind, number]> = {
    Paragraph: ["paragraph", 0],
    Task: ["paragraph", 0],
    ATXHeading1: ["heading", 1],
    ATXHeading2: ["heading", 2],
    ATXHeading3: ["heading", 3],
    ATXHeading4: ["heading", 4],
    ATXHeading5: ["heading", 5],
    ATXHeading6: ["heading", 6],
    SetextHeading1: ["heading", 1],
    SetextHeading2: ["heading", 2],
    TableCell: ["tableCell", 0],
};

/** Blocks whose children are searched for prose; the value is what they add to `containers`. */
const CONTAINERS: Record<string, BlockContainer | null> = {
    Blockquote: "blockquote",
    BulletList: null,
    OrderedList: null,
    ListItem: "listItem",
    FootnoteDefinition: "footnote",
    Table: "table",
    TableHeader: null,
    TableRow: null,
};

/** Inline HTML elements whose content is not prose. */
const CODE_TAGS = new Set(["code", "kbd", "samp", "var", "tt", "pre", "script", "style", "math", "svg", "textarea"]);

/** A block of the previous update and what it was built from. */
interface Reusable {
    block: ProseBlock;
    /** the node's name and containers: a block is re-used only for the same kind of node */
    key: string;
}

/** One extraction pass over a document. */
class Walk {
    readonly out: ProseBlock[] = [];
    readonly next = new Map<number, Reusable>();
    reused = 0;
    built = 0;
    /** the end of the leaf block being built */
    private leafEnd = 0;

    constructor(
        private readonly src: string,
        private readonly toDoc: (offset: number) => number,
        private readonly previous: ReadonlyMap<number, Reusable>,
        private readonly edit: { from: number; toA: number; toB: number } | undefined,
    ) {}

    /** Visits the children of the cursor's node. */
    markdown(c: TreeCursor, containers: readonly BlockContainer[]): void {
        if (!c.firstChild()) return;
        do {
            const name = c.name;
            const leaf = LEAVES[name];
            if (leaf) this.leaf(c, name, leaf[0], leaf[1], containers);
            else if (name in CONTAINERS) {
                const add = CONTAINERS[name];
                this.markdown(c, add ? Object.freeze([...containers, add]) : containers);
            }
        } while (c.nextSibling());
        c.parent();
    }

    plain(): void {
        const src = this.src;
        const n = src.length;
        let paraStart = -1;
        let paraEnd = -1;
        for (let lineStart = 0; ; ) {
            let lineEnd = src.indexOf("\n", lineStart);
            if (lineEnd < 0) lineEnd = n;
            if (/\S/.test(src.slice(lineStart, lineEnd))) {
                if (paraStart < 0) paraStart = lineStart;
                paraEnd = lineEnd;
            } else if (paraStart >= 0) {
                this.plainBlock(paraStart, paraEnd);
                paraStart = -1;
            }
            if (lineEnd >= n) break;
            lineStart = lineEnd + 1;
        }
        if (paraStart >= 0) this.plainBlock(paraStart, paraEnd);
    }

    private plainBlock(from: number, to: number): void {
        this.take("text", from, to, () => {
            const b = new BlockBuilder(this.src, this.toDoc, from, to);
            b.text(from, to);
            return b.finish("paragraph", NO_CONTAINERS, 0);
        });
    }

    private leaf(c: TreeCursor, name: string, kind: ProseBlockKind, level: number, containers: readonly BlockContainer[]): void {
        const from = c.from;
        const to = c.to;
        this.take(containers.length ? name + "\0" + containers.join(",") : name, from, to, () => {
            const b = new BlockBuilder(this.src, this.toDoc, from, to);
            this.leafEnd = to;
            this.inline(c, b, to);
            return b.finish(kind, containers, level);
        });
    }

    /**
     * Re-uses the previous update's block for source [from, to) if the block lies wholly before
     * or after the edit and came from the same kind of node (its text is then the same, so is
     * its prose), else builds it.
     */
    private take(key: string, from: number, to: number, build: () => ProseBlock | undefined): void {
        const start = this.toDoc(from);
        const end = this.toDoc(to);
        const edit = this.edit;
        let old: Reusable | undefined;
        if (edit) {
            if (end <= edit.from) old = this.previous.get(start);
            else if (start >= edit.toB) old = this.previous.get(start - edit.toB + edit.toA);
        }
        let block: ProseBlock | undefined;
        if (old && old.key === key && old.block.range.end - old.block.range.start === end - start) {
            this.reused++;
            block = old.block.movedTo(start);
        } else {
            this.built++;
            block = build();
        }
        if (block) {
            this.next.set(start, { block, key });
            this.out.push(block);
        }
    }

    /** The children of the cursor's node as prose, up to `end`. */
    private inline(c: TreeCursor, b: BlockBuilder, end: number): void {
        if (c.firstChild()) {
            do {
                if (c.from < b.pos) continue; // inside a piece already taken (an HTML code element)
                b.text(b.pos, c.from);
                this.node(c, b);
            } while (c.nextSibling());
            c.parent();
        }
        b.text(b.pos, end);
    }

    private node(c: TreeCursor, b: BlockBuilder): void {
        switch (c.name) {
            case "Emphasis":
            case "StrongEmphasis":
                this.inline(c, b, c.to);
                return;
            case "Link":
            case "Image":
                this.link(c, b);
                return;
            case "EmphasisMark":
            case "Comment":
            case "ProcessingInstruction":
            case "LinkMark":
            case "CodeMark":
            case "MathMark":
                b.skip(c.to);
                return;
            case "QuoteMark":
            case "HeaderMark":
            case "TaskMarker":
                b.skip(c.to);
                b.lineStart = true;
                return;
            case "HardBreak":
                b.replace(c.from, c.to, "\n");
                return;
            case "Escape":
                if (this.src.charCodeAt(c.from + 1) === 10) b.replace(c.from, c.to, "\n");
                else {
                    b.skip(c.from + 1);
                    b.text(c.from + 1, c.to);
                }
                return;
            case "Entity": {
                const t = decodeEntity(this.src.slice(c.from, c.to));
                if (t === undefined) b.atom(c.from, c.to);
                else b.replace(c.from, c.to, t);
                return;
            }
            case "HTMLTag":
                this.htmlTag(c, b);
                return;
            default:
                // InlineCode, URL, Autolink, InlineMath, FootnoteReference, Strikethrough, and
                // whatever a later parser version adds: not prose
                b.atom(c.from, c.to);
        }
    }

    /** Link text and image alt text are prose; `](target "title")` and `][label]` are not. */
    private link(c: TreeCursor, b: BlockBuilder): void {
        const end = c.to;
        let marks = 0;
        if (c.firstChild()) {
            do {
                if (c.from < b.pos) continue;
                b.text(b.pos, c.from);
                if (c.name === "LinkMark" && ++marks > 1) {
                    b.skip(end);
                    break;
                }
                this.node(c, b);
            } while (c.nextSibling());
            c.parent();
        }
        b.text(b.pos, end);
    }

    private htmlTag(c: TreeCursor, b: BlockBuilder): void {
        const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(this.src.slice(c.from, Math.min(c.to, c.from + 40)));
        const name = m?.[2].toLowerCase();
        if (name === "br") b.replace(c.from, c.to, "\n");
        else if (name === "img") b.atom(c.from, c.to);
        else if (m && !m[1] && name && CODE_TAGS.has(name)) {
            const re = new RegExp(`</${name}\\s*>`, "i");
            const rest = this.src.slice(c.to, this.leafEnd);
            const close = re.exec(rest);
            b.atom(c.from, close ? c.to + close.index + close[0].length : c.to);
        } else b.skip(c.to);
    }
}
