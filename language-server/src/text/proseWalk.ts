// One extraction pass over a document: which blocks hold prose (Markdown leaf blocks inside
// containers, or the paragraphs of plain text), what of each is prose (the inline markup
// dropped or made an ATOM), and which blocks of the previous pass can be re-used.
import type { TreeCursor } from "@lezer/common";
import { decodeEntity } from "./entities";
import { type BlockContainer, BlockBuilder, type ProseBlock, type ProseBlockKind } from "./proseBlock";

export const NO_CONTAINERS: readonly BlockContainer[] = Object.freeze([]);

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
export interface Reusable {
    block: ProseBlock;
    /** the node's name and containers: a block is re-used only for the same kind of node */
    key: string;
}

/** One extraction pass over a document. */
export class Walk {
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
        for (let lineStart = 0; ;) {
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
