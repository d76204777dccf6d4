// The writing half of the målform data file (format.ts has the layout and the reader): the
// build (scripts/malform/compile.mjs) gives it the automaton from the one DAWG builder
// (lexicon/dawg.ts) and the records, and gets the file's bytes. The automaton is re-laid into
// this format's transitions: breadth-first from the root, letters by alphabet index, a word's
// end and its record on the transition into its last state.
import { LAST_EDGE, TERMINATOR_BASE, type DawgEdges } from "../../lexicon/dawg";
import { MAGIC, VERSION } from "./format";

const NONE = 0xffffffff;
const TARGET_MASK = 0x7fffffff;
const HEADER_WORDS = 16;
/** Record ids live in bits 10-31 of a transition's info. */
const MAX_RECORDS = 1 << 22;

/** A key's value in the builder: its record id + 1 (a builder's values start at 1). */
export const recordValue = (record: number): number => record + 1;
/** The builder's largest value this format stores. */
export const MAX_RECORD_VALUE = MAX_RECORDS;

export interface MalformRecord {
    /** Stored weights: round(w × quant), -127..127. */
    weight: number;
    weightInit: number;
    flags: number;
    flags2: number;
    genders: number;
    replacements: { strip: number; tags: number; append: string }[];
}

export interface MalformFile {
    bytes: Uint8Array;
    states: number;
    transitions: number;
}

/** The file: header, alphabet, the automaton's transitions, the records. */
export function writeMalformFile(automaton: DawgEdges, records: readonly MalformRecord[], entries: number, quant: number): MalformFile {
    const t = transitions(automaton);
    const { offsets, bytes } = encodeRecords(records);
    const header = new Uint32Array(HEADER_WORDS);
    header.set([MAGIC, VERSION, t.transitions, records.length, bytes.length, quant, entries]);
    const parts = [header, t.alpha, t.target, t.info, offsets, bytes].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let off = 0;
    for (const p of parts) {
        out.set(p, off);
        off += p.length;
    }
    return { bytes: out, states: t.states, transitions: t.transitions };
}

function transitions({ labels, targets, root }: DawgEdges) {
    // a node is the index + 1 of its first edge; node 0 is the sink the terminators lead to
    const letters = (node: number): number => {
        let n = 0;
        for (let e = node - 1; labels[e] < TERMINATOR_BASE; e++) {
            n++;
            if (targets[e] & LAST_EDGE) break;
        }
        return n;
    };
    const recordOf = (node: number): number => {
        let e = node - 1;
        while (!(targets[e] & LAST_EDGE)) e++;
        return labels[e] >= TERMINATOR_BASE ? labels[e] - TERMINATOR_BASE - 1 : -1;
    };
    const alphabet = new Map<number, number>();
    const order: number[] = [];
    const seen = new Uint8Array(labels.length + 1);
    seen[root] = 1;
    const queue = [root];
    for (let qi = 0; qi < queue.length; qi++) {
        const n = queue[qi];
        order.push(n);
        const count = letters(n);
        for (let e = n - 1; e < n - 1 + count; e++) {
            const kid = targets[e] & TARGET_MASK;
            if (!seen[kid]) {
                seen[kid] = 1;
                queue.push(kid);
            }
        }
        for (let e = n - 1; e < n - 1 + count; e++) if (!alphabet.has(labels[e])) alphabet.set(labels[e], alphabet.size + 1);
    }
    if (alphabet.size > 255) throw new Error(`alphabet too large: ${alphabet.size}`);
    const start = new Uint32Array(labels.length + 1);
    let total = 0;
    for (const n of order) {
        const count = letters(n);
        start[n] = count ? total : NONE;
        total += count;
    }
    const target = new Uint32Array(total);
    const info = new Uint32Array(total);
    let k = 0;
    for (const n of order) {
        const count = letters(n);
        for (let j = 0; j < count; j++) {
            const e = n - 1 + j;
            const kid = targets[e] & TARGET_MASK;
            const rec = recordOf(kid);
            if (rec >= MAX_RECORDS) throw new Error("too many records");
            target[k] = start[kid];
            info[k] =
                (alphabet.get(labels[e])! | (j === count - 1 ? 1 << 8 : 0) | (rec >= 0 ? 1 << 9 : 0) | ((rec >= 0 ? rec : 0) << 10)) >>> 0;
            k++;
        }
    }
    const alpha = new Uint16Array(256);
    for (const [c, i] of alphabet) alpha[i] = c;
    return { target, info, alpha, states: order.length, transitions: total };
}

function encodeRecords(records: readonly MalformRecord[]): { offsets: Uint32Array; bytes: Uint8Array } {
    const utf8 = new TextEncoder();
    const chunks: Uint8Array[] = [];
    const offsets = new Uint32Array(records.length + 1);
    let off = 0;
    records.forEach((r, i) => {
        offsets[i] = off;
        const b = [r.weight & 0xff, r.weightInit & 0xff, r.flags, r.flags2, r.genders, r.replacements.length];
        for (const s of r.replacements) {
            const tail = utf8.encode(s.append);
            if (s.strip > 255 || tail.length > 255) throw new Error("replacement too long");
            b.push(s.strip, s.tags, tail.length, ...tail);
        }
        chunks.push(Uint8Array.from(b));
        off += b.length;
    });
    offsets[records.length] = off;
    const bytes = new Uint8Array(off);
    let p = 0;
    for (const c of chunks) {
        bytes.set(c, p);
        p += c.length;
    }
    return { offsets, bytes };
}
