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
//
// This file is the entry point; the pass over a document is proseWalk.ts, the line-break and
// change-range helpers are textEdits.ts.

import { TreeFragment, frontMatterEnd, parseMarkdown } from "./markdown";
import type { ProseBlock } from "./proseBlock";
import { NO_CONTAINERS, type Reusable, Walk } from "./proseWalk";
import { changedRange, lineBefore, normalizeLineBreaks } from "./textEdits";

export { changedRange, normalizeLineBreaks } from "./textEdits";

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
                const sameFrontMatter =
                    fm < 0 ? this.frontMatter < 0 : this.frontMatter >= 0 && (from <= this.frontMatter || fm === this.frontMatter);
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
