// A minimal acyclic automaton (DAWG) over UTF-16 code units, stored in two typed arrays, and
// the incremental builder that makes it from sorted keys (Daciuk et al. 2000).
//
// Every key ends with one "terminator" unit >= TERMINATOR_BASE whose low bits carry the key's
// flags (which lexicon it is in, whether it may start a compound, ...), so the automaton has one
// final state (the sink, node 0) and needs no final bits. A node is the index + 1 of its first
// edge; its edges are consecutive and sorted by label, the last one has LAST_EDGE set.
//
//   labels:  Uint16Array   edge label (a UTF-16 code unit, or a terminator)
//   targets: Uint32Array   target node (0 = sink) | LAST_EDGE
//
// Looking a word up is one edge scan per letter; walking the automaton along a word gives every
// prefix that is itself a key at no extra cost (compound splitting), and an edit-distance search
// can prune whole subtrees (suggestions).

export const TERMINATOR_BASE = 0xe000;
/** Flags live in the low 12 bits of a terminator unit: 0xE000..0xEFFF. */
export const MAX_FLAGS = 0x0fff;
export const LAST_EDGE = 0x80000000;
const TARGET_MASK = 0x7fffffff;

export class Dawg {
    constructor(
        readonly labels: Uint16Array,
        readonly targets: Uint32Array,
        readonly root: number,
    ) {}

    /** The node reached from `node` over `unit`, or -1. */
    child(node: number, unit: number): number {
        if (node === 0) return -1;
        const { labels, targets } = this;
        for (let e = node - 1; ; e++) {
            const l = labels[e];
            if (l === unit) return targets[e] & TARGET_MASK;
            if (l > unit || targets[e] & LAST_EDGE) return -1;
        }
    }

    /** The node reached from `node` along `text[from..to)`, or -1. */
    walk(text: string, from = 0, to = text.length, node = this.root): number {
        for (let i = from; i < to && node >= 0; i++) node = this.child(node, text.charCodeAt(i));
        return node;
    }

    /** The flags of the key that ends at `node` (the word read so far), 0 when none does. */
    finalFlags(node: number): number {
        if (node <= 0) return 0;
        const { labels, targets } = this;
        let e = node - 1;
        while (!(targets[e] & LAST_EDGE)) e++;
        // edges are sorted by label, so a terminator is the last edge
        return labels[e] >= TERMINATOR_BASE ? labels[e] - TERMINATOR_BASE : 0;
    }

    /** The flags of `word` (0 when it is not in the automaton). */
    flags(word: string, from = 0, to = word.length): number {
        return this.finalFlags(this.walk(word, from, to));
    }

    /** Calls `fn(label, target)` for each edge of `node` that is a letter (not a terminator). */
    forEachChild(node: number, fn: (unit: number, target: number) => void): void {
        if (node <= 0) return;
        const { labels, targets } = this;
        for (let e = node - 1; ; e++) {
            const l = labels[e];
            if (l < TERMINATOR_BASE) fn(l, targets[e] & TARGET_MASK);
            if (targets[e] & LAST_EDGE) return;
        }
    }

    /** Every key (word and flags), in order. For tests and tools: a full walk is slow-ish. */
    *entries(node = this.root, prefix = ""): Generator<[string, number]> {
        if (node <= 0) return;
        const { labels, targets } = this;
        for (let e = node - 1; ; e++) {
            const l = labels[e];
            if (l >= TERMINATOR_BASE) yield [prefix, l - TERMINATOR_BASE];
            else yield* this.entries(targets[e] & TARGET_MASK, prefix + String.fromCharCode(l));
            if (targets[e] & LAST_EDGE) return;
        }
    }

    get edgeCount(): number {
        return this.labels.length;
    }
}

/**
 * The automaton as the builder makes it, before its labels are packed into 16 bits: a
 * terminator is TERMINATOR_BASE + the key's value, and the value may pass MAX_FLAGS (the målform
 * build's record ids, which its own file layout stores; proofreading/malform/formatWriter.ts).
 */
export interface DawgEdges {
    labels: Uint32Array;
    targets: Uint32Array;
    root: number;
}

/**
 * Builds a minimal DAWG from (word, value) pairs given in strictly increasing order of the
 * word's UTF-16 code units (JavaScript's default string order). The one builder of the
 * project's automata: the lexicon, the converter's tables and the målform data. Values must be
 * 1..`maxValue`; `finish` packs them as flags (maxValue at most MAX_FLAGS).
 */
export class DawgBuilder {
    private labels: number[] = [];
    private targets: number[] = [];
    private readonly register = new Map<string, number>();
    /** The path of the last key: its nodes' pending edges (labels, targets). */
    private readonly stackLabels: number[][] = [[]];
    private readonly stackTargets: number[][] = [[]];
    private previous = "";
    private count = 0;

    constructor(private readonly maxValue = MAX_FLAGS) {}

    add(word: string, flags: number): void {
        if (!(Number.isInteger(flags) && flags >= 1 && flags <= this.maxValue))
            throw new Error(`flags out of range for "${word}": ${flags}`);
        if (this.count > 0 && !(word > this.previous)) throw new Error(`words not strictly sorted: "${this.previous}" then "${word}"`);
        for (let i = 0; i < word.length; i++) {
            if (word.charCodeAt(i) >= TERMINATOR_BASE) throw new Error(`unsupported character in "${word}"`);
        }
        let common = 0;
        const max = Math.min(word.length, this.previous.length);
        while (common < max && word.charCodeAt(common) === this.previous.charCodeAt(common)) common++;
        // the previous key's nodes below the common prefix are complete: freeze them
        this.freezeDownTo(common);
        for (let i = common; i < word.length; i++) {
            this.stackLabels[i].push(word.charCodeAt(i));
            this.stackTargets[i].push(-1); // filled when the child is frozen
            this.stackLabels[i + 1] = [];
            this.stackTargets[i + 1] = [];
        }
        // the terminator edge goes straight to the sink
        this.stackLabels[word.length].push(TERMINATOR_BASE + flags);
        this.stackTargets[word.length].push(0);
        this.stackLabels.length = word.length + 1;
        this.stackTargets.length = word.length + 1;
        this.previous = word;
        this.count++;
    }

    finish(): Dawg {
        if (this.maxValue > MAX_FLAGS) throw new Error("values above MAX_FLAGS do not fit a Dawg's labels: use finishEdges");
        const { labels, targets, root } = this.take();
        return new Dawg(Uint16Array.from(labels), Uint32Array.from(targets), root);
    }

    /** The automaton with its labels unpacked, for a file layout of its own. */
    finishEdges(): DawgEdges {
        const { labels, targets, root } = this.take();
        return { labels: Uint32Array.from(labels), targets: Uint32Array.from(targets), root };
    }

    private take(): { labels: number[]; targets: number[]; root: number } {
        this.freezeDownTo(0);
        const root = this.freeze(this.stackLabels[0], this.stackTargets[0]);
        const { labels, targets } = this;
        this.labels = [];
        this.targets = [];
        this.register.clear();
        return { labels, targets, root };
    }

    /** Freezes the pending nodes at depth > `depth`, linking each into its parent's last edge. */
    private freezeDownTo(depth: number): void {
        for (let d = this.stackLabels.length - 1; d > depth; d--) {
            const id = this.freeze(this.stackLabels[d], this.stackTargets[d]);
            const parentTargets = this.stackTargets[d - 1];
            parentTargets[parentTargets.length - 1] = id;
        }
        this.stackLabels.length = depth + 1;
        this.stackTargets.length = depth + 1;
    }

    /** The id of a node with these edges: an equal registered node, or a new one. */
    private freeze(labels: number[], targets: number[]): number {
        if (labels.length === 0) return 0;
        // a word's terminator was added before its longer continuations: move it last
        if (labels[0] >= TERMINATOR_BASE && labels.length > 1) {
            labels.push(labels.shift()!);
            targets.push(targets.shift()!);
        }
        let key = "";
        // a letter is one code unit; a terminator (always last, to the sink) is written as its
        // value, which may pass 16 bits
        for (let i = 0; i < labels.length; i++) {
            key +=
                labels[i] < TERMINATOR_BASE
                    ? String.fromCharCode(labels[i]) + targets[i].toString(36) + ","
                    : "\ue000" + (labels[i] - TERMINATOR_BASE).toString(36);
        }
        const known = this.register.get(key);
        if (known !== undefined) return known;
        const id = this.labels.length + 1;
        for (let i = 0; i < labels.length; i++) {
            this.labels.push(labels[i]);
            this.targets.push(targets[i] + (i === labels.length - 1 ? LAST_EDGE : 0));
        }
        this.register.set(key, id);
        return id;
    }
}
