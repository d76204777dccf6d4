// Test helper: writes a small målform data file in the real format (a plain trie instead of a
// minimal automaton: the reader does not care), so the logic can be tested without the
// generated data. Used by the spec files only.
import { MAGIC, VERSION } from "./format";

export interface FixtureEntry {
    weight?: number;
    weightInit?: number;
    flags?: number;
    flags2?: number;
    genderNb?: number;
    genderNn?: number;
    /** [replacement, tags] */
    replacements?: [string, number][];
}

interface Node {
    kids: Map<string, Node>;
    rec: number;
}

export function buildFixture(entries: Record<string, FixtureEntry>, scale = 10): Uint8Array {
    const root: Node = { kids: new Map(), rec: -1 };
    const recs: Uint8Array[] = [];
    const enc = new TextEncoder();
    for (const [form, e] of Object.entries(entries)) {
        const bytes: number[] = [];
        const s8 = (w: number) => Math.round(w * scale) & 0xff;
        bytes.push(s8(e.weight ?? 0), s8(e.weightInit ?? e.weight ?? 0), e.flags ?? 0, e.flags2 ?? 0, (e.genderNb ?? 0) | ((e.genderNn ?? 0) << 2));
        const reps = e.replacements ?? [];
        bytes.push(reps.length);
        for (const [r, tags] of reps) {
            let i = 0;
            while (i < form.length && i < r.length && form[i] === r[i]) i++;
            const tail = enc.encode(r.slice(i));
            bytes.push(form.length - i, tags, tail.length, ...tail);
        }
        recs.push(Uint8Array.from(bytes));
        let n = root;
        for (const c of form) {
            let k = n.kids.get(c);
            if (!k) {
                k = { kids: new Map(), rec: -1 };
                n.kids.set(c, k);
            }
            n = k;
        }
        n.rec = recs.length - 1;
    }
    // alphabet
    const alpha = new Map<string, number>();
    const order: Node[] = [];
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
        const n = queue[i];
        order.push(n);
        for (const [c, k] of n.kids) {
            if (!alpha.has(c)) alpha.set(c, alpha.size + 1);
            queue.push(k);
        }
    }
    const start = new Map<Node, number>();
    let total = 0;
    for (const n of order) {
        start.set(n, n.kids.size ? total : 0xffffffff);
        total += n.kids.size;
    }
    const target = new Uint32Array(total);
    const info = new Uint32Array(total);
    let k = 0;
    for (const n of order) {
        const kids = [...n.kids];
        kids.forEach(([c, kid], j) => {
            target[k] = start.get(kid)!;
            info[k] = (alpha.get(c)! | (j === kids.length - 1 ? 0x100 : 0) | (kid.rec >= 0 ? 0x200 : 0) | (Math.max(0, kid.rec) << 10)) >>> 0;
            k++;
        });
    }
    const offsets = new Uint32Array(recs.length + 1);
    let off = 0;
    recs.forEach((r, i) => {
        offsets[i] = off;
        off += r.length;
    });
    offsets[recs.length] = off;
    const header = new Uint32Array(16);
    header[0] = MAGIC;
    header[1] = VERSION;
    header[2] = total;
    header[3] = recs.length;
    header[4] = off;
    header[5] = scale;
    header[6] = recs.length;
    const alphaArr = new Uint16Array(256);
    for (const [c, i] of alpha) alphaArr[i] = c.charCodeAt(0);
    const parts = [header, alphaArr, target, info, offsets].map((a) => new Uint8Array(a.buffer));
    const size = parts.reduce((s, p) => s + p.length, 0) + off;
    const out = new Uint8Array(size);
    let p = 0;
    for (const part of parts) {
        out.set(part, p);
        p += part.length;
    }
    for (const r of recs) {
        out.set(r, p);
        p += r.length;
    }
    return out;
}
