// Which parts of a document a conversion may change, and how they are shown to the model.
//
// A document becomes a list of *units*: runs of lines of one prose block (paragraph, heading,
// table cell, task item) whose prose the model rewrites. Everything else stays byte-identical
// because it never leaves this module: code, HTML blocks, front matter, math, reference
// definitions and the like are not prose blocks at all; line prefixes (`> `, indentation, `# `,
// task boxes), trailing whitespace and line breaks are kept per line; inline non-prose (inline
// code, URLs, link targets, autolinks, inline HTML, math, footnote references, escapes,
// entities) becomes a numbered placeholder `{n}` the model must copy. `{` and `}` in the prose
// are protected too, so a placeholder in the answer can only be one we put there.
//
// Each line of a unit has a *body*: the span between its fixed prefix and suffix. A converted
// unit replaces the bodies, line for line, and nothing else; so line breaks ("\r\n" too),
// indentation and every byte outside the bodies come out as they went in.
import type { TreeCursor } from "@lezer/common";
import { normalizeLineBreaks } from "../text/extract";
import { LineIndex } from "../text/lineIndex";
import { parseMarkdown } from "../text/markdown";

/** A piece of a line body: prose the model sees, or protected source it must keep. */
export interface Part {
    kind: "text" | "protected";
    text: string;
}

export interface UnitLine {
    /** Offsets of the body in the original document (not the normalized text). */
    start: number;
    end: number;
    parts: Part[];
    /** 0-based document line. */
    line: number;
}

export interface Unit {
    lines: UnitLine[];
    /** 0-based document lines of the first and last line. */
    firstLine: number;
    lastLine: number;
    /** False when the unit holds no letters: nothing to convert, no model call. */
    needsModel: boolean;
}

/** Document offsets [start, end): convert only prose inside these. */
export interface OffsetRange {
    start: number;
    end: number;
}

const TEXT = 0;
const INLINE = 1;
const FIXED = 2;

/** Leaf blocks whose content is prose. */
const LEAVES = new Set([
    "Paragraph",
    "Task",
    "ATXHeading1",
    "ATXHeading2",
    "ATXHeading3",
    "ATXHeading4",
    "ATXHeading5",
    "ATXHeading6",
    "SetextHeading1",
    "SetextHeading2",
    "TableCell",
]);
/** Blocks searched for prose blocks. */
const CONTAINERS = new Set([
    "Blockquote",
    "BulletList",
    "OrderedList",
    "ListItem",
    "FootnoteDefinition",
    "Table",
    "TableHeader",
    "TableRow",
]);
/** Inline markup that is part of the line's frame, not of its text. */
const FRAME_MARKS = new Set(["QuoteMark", "HeaderMark", "TaskMarker", "ListMark"]);
/** Inline nodes whose children are prose with markup the model sees as is. */
const PROSE_INLINE = new Set(["Emphasis", "StrongEmphasis", "Strikethrough"]);
/** Emphasis markers stay in the text (the model copies `**`); the guards count them. */
const TEXT_MARKS = new Set(["EmphasisMark", "StrikethroughMark"]);

/**
 * The units of `doc`. `languageId` "markdown" parses Markdown; anything else is plain text
 * (paragraphs between blank lines; URLs and e-mail addresses protected). With `ranges`, only
 * prose inside them is converted; the rest of a block stays as it is.
 */
export function segment(doc: string, languageId: string, ranges?: readonly OffsetRange[]): Unit[] {
    const { text, toDoc } = normalizeLineBreaks(doc);
    const cls = new Uint8Array(text.length).fill(FIXED);
    const leaves: [number, number][] = [];
    if (languageId === "markdown") {
        const tree = parseMarkdown(text);
        walkBlocks(tree.cursor(), text, cls, leaves);
        // quote marks of continuation lines may sit inside a paragraph's range as children of
        // the quote, not of the paragraph
        tree.iterate({
            enter: (n) => {
                if (FRAME_MARKS.has(n.name)) cls.fill(FIXED, n.from, n.to);
            },
        });
    } else {
        plainLeaves(text, cls, leaves);
    }
    // placeholders in the answer must be ours: `{` and `}` in the prose are protected
    for (const [from, to] of leaves) {
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            if (cls[i] === TEXT && (c === 123 || c === 125)) cls[i] = INLINE;
        }
    }
    if (ranges) restrictTo(cls, ranges, toDoc);
    const lines = new LineIndex(text);
    const units: Unit[] = [];
    for (const [from, to] of leaves) leafUnits(text, cls, from, to, toDoc, lines, units);
    return units;
}

function walkBlocks(c: TreeCursor, text: string, cls: Uint8Array, leaves: [number, number][]): void {
    if (!c.firstChild()) return;
    do {
        if (LEAVES.has(c.name)) {
            let from = c.from;
            let to = c.to;
            if (c.name.startsWith("SetextHeading")) {
                // the underline is a line of its own: the text ends before it
                const underline = text.lastIndexOf("\n", lastChildFrom(c, "HeaderMark") ?? to);
                if (underline > from) to = underline;
            }
            for (let i = from; i < to; i++) cls[i] = TEXT;
            leaves.push([from, to]);
            inline(c, cls);
            from = to;
        } else if (CONTAINERS.has(c.name)) {
            walkBlocks(c, text, cls, leaves);
        }
    } while (c.nextSibling());
    c.parent();
}

function lastChildFrom(c: TreeCursor, name: string): number | undefined {
    let found: number | undefined;
    if (c.firstChild()) {
        do if (c.name === name) found = c.from;
        while (c.nextSibling());
        c.parent();
    }
    return found;
}

/** Classifies the inline children of the cursor's node. */
function inline(c: TreeCursor, cls: Uint8Array): void {
    if (!c.firstChild()) return;
    do {
        const name = c.name;
        if (PROSE_INLINE.has(name)) inline(c, cls);
        else if (TEXT_MARKS.has(name)) continue;
        else if (FRAME_MARKS.has(name)) cls.fill(FIXED, c.from, c.to);
        else if (name === "Link" || name === "Image") link(c, cls);
        else cls.fill(INLINE, c.from, c.to); // code, URLs, HTML, math, footnote refs, escapes, entities, emoji …
    } while (c.nextSibling());
    c.parent();
}

/** Link text and image alt text are prose; the brackets, target, title and label are not. */
function link(c: TreeCursor, cls: Uint8Array): void {
    const end = c.to;
    let marks = 0;
    if (!c.firstChild()) return;
    do {
        if (c.name === "LinkMark") {
            marks++;
            if (marks === 1) cls.fill(INLINE, c.from, c.to);
            else {
                // from the closing bracket on: target, title or label
                cls.fill(INLINE, c.from, end);
                break;
            }
        } else if (PROSE_INLINE.has(c.name)) inline(c, cls);
        else if (TEXT_MARKS.has(c.name)) continue;
        else cls.fill(INLINE, c.from, c.to);
    } while (c.nextSibling());
    c.parent();
}

const PLAIN_PROTECTED = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function plainLeaves(text: string, cls: Uint8Array, leaves: [number, number][]): void {
    let start = -1;
    let end = -1;
    for (let ls = 0; ls <= text.length;) {
        let le = text.indexOf("\n", ls);
        if (le < 0) le = text.length;
        if (/\S/.test(text.slice(ls, le))) {
            if (start < 0) start = ls;
            end = le;
        } else if (start >= 0) {
            leaves.push([start, end]);
            start = -1;
        }
        ls = le + 1;
    }
    if (start >= 0) leaves.push([start, end]);
    for (const [from, to] of leaves) {
        cls.fill(TEXT, from, to);
        const s = text.slice(from, to);
        for (const m of s.matchAll(PLAIN_PROTECTED)) cls.fill(INLINE, from + m.index, from + m.index + m[0].length);
    }
}

/** Characters outside every range become fixed (not converted). */
function restrictTo(cls: Uint8Array, ranges: readonly OffsetRange[], toDoc: (o: number) => number): void {
    const inside = (d: number) => ranges.some((r) => d >= r.start && d < r.end);
    for (let i = 0; i < cls.length; i++) if (cls[i] !== FIXED && !inside(toDoc(i))) cls[i] = FIXED;
}

function isSpace(c: number): boolean {
    return c === 32 || c === 9;
}

/** The units of one leaf block [from, to): runs of lines that have a body. */
function leafUnits(
    text: string,
    cls: Uint8Array,
    from: number,
    to: number,
    toDoc: (o: number) => number,
    lines: LineIndex,
    out: Unit[],
): void {
    // A protected span across a line break cannot become one placeholder (the line structure
    // is kept line by line), so its pieces join the frame of their lines.
    for (let i = from; i < to;) {
        if (cls[i] !== INLINE) {
            i++;
            continue;
        }
        let j = i;
        let multiLine = false;
        while (j < to && cls[j] === INLINE) {
            if (text.charCodeAt(j) === 10) multiLine = true;
            j++;
        }
        if (multiLine) cls.fill(FIXED, i, j);
        i = j;
    }
    let current: Unit | undefined;
    for (let ls = from; ls < to;) {
        let le = text.indexOf("\n", ls);
        if (le < 0 || le > to) le = to;
        let a = ls;
        while (a < le && (cls[a] === FIXED || (cls[a] === TEXT && isSpace(text.charCodeAt(a))))) a++;
        let b = le;
        while (b > a && (cls[b - 1] === FIXED || (cls[b - 1] === TEXT && isSpace(text.charCodeAt(b - 1))))) b--;
        if (b > a) {
            const parts: Part[] = [];
            for (let i = a; i < b;) {
                const kind = cls[i] === TEXT ? "text" : "protected";
                let j = i + 1;
                while (j < b && (cls[j] === TEXT) === (kind === "text")) j++;
                parts.push({ kind, text: text.slice(i, j) });
                i = j;
            }
            const line = lines.lineAt(a);
            const ul: UnitLine = { start: toDoc(a), end: toDoc(b), parts, line };
            if (current) {
                current.lines.push(ul);
                current.lastLine = line;
            } else {
                current = { lines: [ul], firstLine: line, lastLine: line, needsModel: false };
                out.push(current);
            }
            if (!current.needsModel && parts.some((p) => p.kind === "text" && /\p{L}/u.test(p.text))) current.needsModel = true;
        } else {
            current = undefined;
        }
        ls = le + 1;
    }
}

/** The body of a line as the model sees it, placeholders numbered from `next`. */
export function renderLine(line: UnitLine, protectedOut: string[]): string {
    let s = "";
    for (const p of line.parts) {
        if (p.kind === "text") s += p.text;
        else {
            protectedOut.push(p.text);
            s += `{${protectedOut.length}}`;
        }
    }
    return s;
}

/** The current body text of a line (what it reads in the document). */
export function lineSource(line: UnitLine): string {
    return line.parts.map((p) => p.text).join("");
}
