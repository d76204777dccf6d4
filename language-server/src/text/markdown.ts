// The Markdown parser: @lezer/markdown (CommonMark, incremental, exact offsets for every node)
// with its GFM extensions (tables, task lists, strikethrough, bare-URL and e-mail autolinks), its
// emoji shortcode extension (`:tada:`), and small extensions of our own that GFM-with-extras documents use and Lezer lacks:
//
//   FrontMatter         YAML `---` … `---` or TOML `+++` … `+++` at the very start of the document
//   MathBlock           `$$` … `$$` on lines of their own (or `$$ … $$` alone on one line)
//   InlineMath          `$…$` (pandoc's rule: no space inside the dollars, no digit after the
//                       closing one; and a `$` before a digit opens math only when no space
//                       follows, so "$5 og $10 … $x$" stays text) and `$$…$$`
//   FootnoteReference   `[^label]`; a paragraph that starts with `[^label]:` is a footnote
//   FootnoteDefinition  definition: a container like a list item (lines indented by 4 continue it)
//
// Why Lezer and not micromark/mdast: on a 10,000-word document micromark needs several times the
// 50 ms budget of a whole re-check (see README of this folder), Lezer parses it in a few ms and
// re-parses after a keystroke in well under a millisecond by re-using the unchanged blocks of the
// previous tree (TreeFragment). markdown-it is as fast but gives only line numbers, and no
// offsets inside a line. @lezer/markdown ships CommonJS too, so `tsc` and esbuild need no tricks.
//
// Line breaks: Lezer splits lines at "\n" only and would keep a "\r" inside the line (it then
// misses hard breaks and escapes "\r"), so callers parse text with every line break normalized to
// "\n" (see `normalizeLineBreaks` in textEdits.ts) and map offsets back.

import { type Tree, TreeFragment } from "@lezer/common";
import { type BlockContext, Emoji, GFM, type InlineContext, type Line, type MarkdownConfig, parser as commonMark } from "@lezer/markdown";

/**
 * The end of the front matter at the start of `text` (the end of its closing fence line, before
 * the line break), or -1 when there is none. `text` has "\n" line breaks. The fences are `---`
 * (YAML) or `+++` (TOML), alone on their line (trailing spaces allowed); like micromark's front
 * matter extension, an unclosed fence is not front matter.
 */
export function frontMatterEnd(text: string): number {
    const m = FRONT_MATTER.exec(text);
    return m ? m[0].length : -1;
}
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\n(?:[^]*?\n)?\1[ \t]*(?=\n|$)/;

// The front matter's extent is known before parsing (it can only be at offset 0), so the block
// parser just reads it from here. Parsing is synchronous, so one module-level slot is enough.
let currentFrontMatterEnd = -1;

/** Line.depth is @internal in Lezer; fenced blocks need it to stop at the end of their container. */
function lineDepth(line: Line): number {
    return (line as unknown as { depth: number }).depth;
}

const frontMatter: MarkdownConfig = {
    defineNodes: [{ name: "FrontMatter", block: true }],
    parseBlock: [
        {
            name: "FrontMatter",
            before: "LinkReference",
            parse(cx: BlockContext, line: Line): boolean {
                const end = currentFrontMatterEnd;
                if (end < 0 || cx.lineStart !== 0 || line.pos !== 0 || cx.depth !== 1) return false;
                while (cx.lineStart + line.text.length < end && cx.nextLine()) {
                    // skip the lines of the front matter
                }
                cx.addElement(cx.elt("FrontMatter", 0, end));
                cx.nextLine();
                return true;
            },
        },
    ],
};

/** `$$` at the line's content start; the end of the line when the block closes on it, else -1. */
function mathFenceLine(line: Line): "single" | "open" | null {
    const t = line.text;
    const p = line.pos;
    if (line.indent - line.baseIndent >= 4 || t.charCodeAt(p) !== 36 || t.charCodeAt(p + 1) !== 36) return null;
    const close = t.indexOf("$$", p + 2);
    if (close < 0) return "open";
    return t.slice(close + 2).trim() === "" && close > p + 2 ? "single" : null;
}

const math: MarkdownConfig = {
    defineNodes: [{ name: "MathBlock", block: true }, "InlineMath", "MathMark"],
    parseBlock: [
        {
            name: "MathBlock",
            before: "FencedCode",
            parse(cx: BlockContext, line: Line): boolean {
                const kind = mathFenceLine(line);
                if (!kind) return false;
                const from = cx.lineStart + line.pos;
                if (kind === "open") {
                    while (cx.nextLine() && lineDepth(line) >= cx.depth) {
                        if (line.text.slice(line.pos).trimEnd().endsWith("$$")) {
                            cx.nextLine();
                            break;
                        }
                    }
                } else {
                    cx.nextLine();
                }
                cx.addElement(cx.elt("MathBlock", from, cx.prevLineEnd()));
                return true;
            },
            endLeaf: (_cx, line) => mathFenceLine(line) !== null,
        },
    ],
    parseInline: [
        {
            name: "InlineMath",
            after: "Escape",
            parse(cx, next, pos): number {
                if (next !== 36 /* $ */) return -1;
                const end = cx.end;
                if (cx.char(pos + 1) === 36) {
                    // $$…$$: display math inside a line
                    for (let i = pos + 2; i + 1 < end; i++) {
                        if (cx.char(i) === 92 /* \ */) i++;
                        else if (cx.char(i) === 36 && cx.char(i + 1) === 36) {
                            if (i === pos + 2) return -1;
                            return cx.addElement(
                                cx.elt("InlineMath", pos, i + 2, [cx.elt("MathMark", pos, pos + 2), cx.elt("MathMark", i, i + 2)]),
                            );
                        }
                    }
                    return -1;
                }
                if (pos + 1 >= end || isSpace(cx.char(pos + 1))) return -1;
                // A closing `$` does not depend on the opening one: once a scan found none up to
                // the end, later openings need not look again ("$HOME $PATH …" stays linear).
                if ((noCloserAfter.get(cx) ?? end) <= pos) return -1;
                // "$5 og $10": a dollar before a digit opens math only when no space follows
                const price = isDigit(cx.char(pos + 1));
                for (let i = pos + 1; i < end; i++) {
                    const c = cx.char(i);
                    if (price && isSpace(c)) return -1;
                    if (c === 92 /* \ */) i++;
                    else if (c === 36 && cx.char(i + 1) === 36)
                        return -1; // `$$` is display math, not a close
                    else if (c === 36 && !isSpace(cx.char(i - 1)) && !isDigit(cx.char(i + 1))) {
                        return cx.addElement(
                            cx.elt("InlineMath", pos, i + 1, [cx.elt("MathMark", pos, pos + 1), cx.elt("MathMark", i, i + 1)]),
                        );
                    }
                }
                noCloserAfter.set(cx, pos);
                return -1;
            },
        },
    ],
};

/** Per inline section: a position after which there is no closing `$`. */
const noCloserAfter = new WeakMap<InlineContext, number>();

function isSpace(c: number): boolean {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === -1;
}
function isDigit(c: number): boolean {
    return c >= 48 && c <= 57;
}

/** The length of `[^label]` at `pos` in `text`, or -1. */
function footnoteLabel(text: string, pos: number): number {
    if (text.charCodeAt(pos) !== 91 /* [ */ || text.charCodeAt(pos + 1) !== 94 /* ^ */) return -1;
    for (let i = pos + 2; i < text.length && i < pos + 1000; i++) {
        const c = text.charCodeAt(i);
        if (c === 93 /* ] */) return i > pos + 2 ? i + 1 - pos : -1;
        if (c === 91 || c === 32 || c === 9 || c === 10 || c === 13) return -1;
        if (c === 92 /* \ */) i++;
    }
    return -1;
}

/** The length of `[^label]:` at the line's content start, or -1. */
function footnoteDefinitionStart(line: Line): number {
    const n = footnoteLabel(line.text, line.pos);
    return n > 0 && line.text.charCodeAt(line.pos + n) === 58 /* : */ ? n + 1 : -1;
}

const footnotes: MarkdownConfig = {
    defineNodes: [
        {
            name: "FootnoteDefinition",
            block: true,
            composite(_cx, line, value): boolean {
                if (line.indent < line.baseIndent + value && line.next > -1) return false;
                line.moveBaseColumn(line.baseIndent + value);
                return true;
            },
        },
        "FootnoteLabel",
        "FootnoteReference",
    ],
    parseBlock: [
        {
            name: "FootnoteDefinition",
            before: "LinkReference",
            parse(cx: BlockContext, line: Line): null | false {
                const n = footnoteDefinitionStart(line);
                if (n < 0) return false;
                cx.startComposite("FootnoteDefinition", line.pos, 4);
                cx.addElement(cx.elt("FootnoteLabel", cx.lineStart + line.pos, cx.lineStart + line.pos + n));
                line.moveBase(line.skipSpace(line.pos + n));
                return null;
            },
            endLeaf: (_cx, line) => footnoteDefinitionStart(line) >= 0,
        },
    ],
    parseInline: [
        {
            name: "FootnoteReference",
            before: "Link",
            parse(cx, next, pos): number {
                if (next !== 91) return -1;
                const n = footnoteLabel(cx.slice(pos, Math.min(cx.end, pos + 1000)), 0);
                return n < 0 ? -1 : cx.addElement(cx.elt("FootnoteReference", pos, pos + n));
            },
        },
    ],
};

/** CommonMark + GFM + emoji shortcodes (`:smile:`) + front matter + math + footnotes. */
export const markdownParser = commonMark.configure([GFM, Emoji, frontMatter, math, footnotes]);

/**
 * Parses `text` ("\n" line breaks only), re-using the unchanged parts of an earlier tree when
 * `fragments` (from `TreeFragment.applyChanges`) are given.
 */
export function parseMarkdown(text: string, fragments?: readonly TreeFragment[]): Tree {
    currentFrontMatterEnd = frontMatterEnd(text);
    if (!fragments && text === lastWhole.text && lastWhole.tree) return lastWhole.tree;
    try {
        const tree = markdownParser.parse(text, fragments);
        if (!fragments) lastWhole = { text, tree };
        return tree;
    } finally {
        currentFrontMatterEnd = -1;
    }
}

/**
 * The last whole-text parse: a conversion parses its document to cut it into units and again
 * to compare the Markdown tree after (convert/converter.ts skeleton); trees are immutable, so
 * the second parse of the same text is the first one's tree.
 */
let lastWhole: { text: string; tree?: Tree } = { text: "" };

export { TreeFragment };
