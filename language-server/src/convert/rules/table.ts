// Reads the converter's compiled tables (format.ts) in place: one file read, a few typed-array
// views; a word's readings are decoded only when it is looked up.
import * as fs from "node:fs";
import { Dawg } from "../../lexicon/dawg";
import { HEADER_WORDS, ID_BASE, KEY_SEPARATOR, MAGIC, PART_MARK, READING, SIDE_PREFIX, TARGET_GENDERS, VERSION } from "./format";
import type { Variety } from "../../protocol/writtenStandard";

export interface Tags {
    /** Part of speech: n, np, adj, vblex, adv, pr, det, prn, cnjcoo, cnjsub, ij, part, num … */
    pos: string;
    /** Whether the reading has a tag, the part of speech included ("n", "f", "sg", "def"). */
    has(tag: string): boolean;
    text: string;
}

export interface Reading {
    tags: Tags;
    compound: boolean;
    /** How common the lemma is, 0..3. */
    rank: number;
    /** The other standard's forms, best first. */
    targets: readonly string[];
    /** A noun's gender in the other standard, as the bilingual lexicon gives it. */
    targetGender?: "m" | "f" | "nt";
}

const decoder = new TextDecoder("utf-8");
const CACHE_SIZE = 50_000;

/** A tag set from its text ("n.f.sg.def"). */
export function tagsOf(text: string): Tags {
    const list = text.split(".");
    const set = new Set(list);
    return { pos: list[0], has: (tag: string) => set.has(tag), text };
}

export class ConvertTable {
    private readonly dawg: Dawg;
    private readonly offsets: Uint32Array;
    private readonly bytes: Uint8Array;
    private readonly tagSets: Tags[];
    readonly byteLength: number;

    constructor(buf: Uint8Array) {
        if (buf.byteOffset % 4 !== 0) buf = new Uint8Array(buf);
        if (buf.byteLength < HEADER_WORDS * 4) throw new Error("conversion tables: file too short");
        const h = new Uint32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
        if (h[0] !== MAGIC) throw new Error("conversion tables: not a Skrivehjelp conversion file");
        if (h[1] !== VERSION) throw new Error(`conversion tables: version ${h[1]}, expected ${VERSION}`);
        const [, , edges, root, records, recordBytes, tagBytes] = h;
        const align4 = (n: number) => (n + 3) & ~3;
        const labelsOff = HEADER_WORDS * 4;
        const targetsOff = align4(labelsOff + edges * 2);
        const offsetsOff = targetsOff + edges * 4;
        const recordsOff = offsetsOff + (records + 1) * 4;
        const tagsOff = align4(recordsOff + recordBytes);
        if (buf.byteLength < tagsOff + tagBytes) throw new Error("conversion tables: file truncated");
        this.dawg = new Dawg(
            new Uint16Array(buf.buffer, buf.byteOffset + labelsOff, edges),
            new Uint32Array(buf.buffer, buf.byteOffset + targetsOff, edges),
            root,
        );
        this.offsets = new Uint32Array(buf.buffer, buf.byteOffset + offsetsOff, records + 1);
        this.bytes = new Uint8Array(buf.buffer, buf.byteOffset + recordsOff, recordBytes);
        this.tagSets = decoder
            .decode(buf.subarray(tagsOff, tagsOff + tagBytes))
            .split("\n")
            .map(tagsOf);
        this.byteLength = buf.byteLength;
    }

    /** The record id of `form` as written in `side`'s lists (exact case), or -1. */
    private recordOf(side: Variety, form: string): number {
        let node = this.dawg.child(this.dawg.root, SIDE_PREFIX[side].charCodeAt(0));
        node = node < 0 ? -1 : this.dawg.walk(form, 0, form.length, node);
        node = node < 0 ? -1 : this.dawg.child(node, KEY_SEPARATOR.charCodeAt(0));
        if (node <= 0) return -1;
        const hi = this.dawg.labels[node - 1];
        const next = this.dawg.targets[node - 1] & 0x7fffffff;
        if (next <= 0) return -1;
        return hi * ID_BASE + this.dawg.labels[next - 1];
    }

    /** Decoded readings by side and form: running text repeats its words (cleared when full). */
    private readonly cache = new Map<string, Reading[] | undefined>();

    /** The readings of `form` in `side` (exact case), or undefined when the lists lack it. Shared: do not change them. */
    readings(side: Variety, form: string): Reading[] | undefined {
        const key = side + form;
        const hit = this.cache.get(key);
        if (hit !== undefined || this.cache.has(key)) return hit;
        if (this.cache.size >= CACHE_SIZE) this.cache.clear();
        const rs = this.decode(side, form);
        this.cache.set(key, rs);
        return rs;
    }

    /**
     * How `side` writes the noun `form` (indefinite singular) first in a compound, learnt from
     * its own compounds ("bilete" → "bilet", "vindauge" → "vindaugs", "arbeid" → "arbeids").
     */
    firstPart(side: Variety, form: string): string | undefined {
        return this.part(side, PART_MARK.FIRST_PART, form);
    }

    /** The noun a compound's first part stands for where stripping a linking -s-/-e- does not find it ("vindaugs" → "vindauge"). */
    standalone(side: Variety, firstPart: string): string | undefined {
        return this.part(side, PART_MARK.STANDALONE, firstPart);
    }

    private part(side: Variety, mark: string, form: string): string | undefined {
        const key = side + mark + form;
        let hit = this.parts.get(key);
        if (hit === undefined) {
            if (this.parts.size >= CACHE_SIZE) this.parts.clear();
            this.parts.set(key, (hit = this.decode(side, mark + form, form)?.[0]?.targets[0] ?? ""));
        }
        return hit || undefined;
    }

    private readonly parts = new Map<string, string>();

    /** The readings under the key `form`, their targets relative to `base` (the form without a part mark). */
    private decode(side: Variety, form: string, base = form): Reading[] | undefined {
        const rec = this.recordOf(side, form);
        if (rec < 0) return undefined;
        const b = this.bytes;
        let p = this.offsets[rec];
        const n = b[p++];
        const out: Reading[] = [];
        for (let i = 0; i < n; i++) {
            const tags = this.tagSets[b[p]];
            const count = b[p + 1] & READING.COUNT_MASK;
            const bits = b[p + 1] >> READING.BITS_SHIFT;
            p += 2;
            const targets: string[] = [];
            for (let k = 0; k < count; k++) {
                let strip = b[p] & 15;
                let len = b[p] >> 4;
                p++;
                if (b[p - 1] === 0xff) {
                    strip = b[p];
                    len = b[p + 1];
                    p += 2;
                }
                targets.push(base.slice(0, base.length - strip) + decoder.decode(b.subarray(p, p + len)));
                p += len;
            }
            const gender = (bits >> READING.TARGET_GENDER_SHIFT) & 3;
            const reading: Reading = { tags, compound: (bits & READING.COMPOUND) !== 0, rank: (bits >> READING.RANK_SHIFT) & 3, targets };
            if (gender) reading.targetGender = TARGET_GENDERS[gender - 1];
            out.push(reading);
        }
        return out;
    }
}

export function readConvertTable(file: string): ConvertTable {
    return new ConvertTable(fs.readFileSync(file));
}
