// The compiled målform data (built by scripts/malform/build.sh into .cache/malform/malform.bin):
// a minimal automaton over every known word form whose final transitions carry a record id,
// and the records. Everything is read in place from one buffer: loading is a single file read
// and a few typed-array views, nothing is parsed or copied per word.
//
// Layout (little endian, every section 4-byte aligned):
//   header      16 × uint32: magic "MALF", version, transitions, records, record bytes,
//               weight scale (stored weight = round(w × scale)), entries
//   alphabet    256 × uint16: char code of each alphabet index (0 unused)
//   target      transitions × uint32: first transition of the target state (0xFFFFFFFF: none)
//   info        transitions × uint32: alphabet index (bits 0-7) | last of its state (bit 8) |
//               a word ends here (bit 9) | record id (bits 10-31)
//   offsets     (records + 1) × uint32: start of each record in the record bytes
//   record bytes per record: int8 weight, int8 weight at sentence start, uint8 flags (F),
//               uint8 position flags (F2), uint8 genders (bits 0-1 Bokmål, bits 2-3 Nynorsk:
//               1 masculine/feminine, 2 neuter, for forms that are only definite singular
//               nouns), uint8 count, then per replacement: uint8 strip, uint8 tags (TAG),
//               uint8 length, UTF-8 bytes (the replacement is the form minus its last `strip`
//               code units plus the bytes)
// Entries whose key starts with "~" are word endings ("~erar"): evidence for unknown words.

export const MAGIC = 0x464c414d;
export const VERSION = 2;

/** Record flags. */
export const F = {
    /** In the Bokmål full-form list. */
    NB: 1,
    /** In the Nynorsk full-form list. */
    NN: 2,
    /** Bokmål analysis has an infinitive reading. */
    INF_NB: 4,
    /** Nynorsk analysis has an infinitive reading. */
    INF_NN: 8,
    /** A Nynorsk e-infinitive with no other reading than infinitive/imperative. */
    EINF: 16,
    /** A Nynorsk form to flag in Bokmål text (its replacements are Bokmål). */
    FLAG_IN_NB: 32,
    /** A Bokmål form to flag in Nynorsk text (its replacements are Nynorsk). */
    FLAG_IN_NN: 64,
    /** Hand-written marker (scripts/malform/markers.tsv). */
    MARK: 128,
} as const;

/** Second record flags: rules that depend on the word's position. */
export const F2 = {
    /** In a Bokmål text after a determiner/preposition, the form is the Nynorsk noun. */
    NOUN_IN_NB: 1,
    /** In a Nynorsk text after a determiner/preposition, the form is the Bokmål noun ("bruker"). */
    NOUN_IN_NN: 2,
    /** A form of both lists that is really Nynorsk: flag in Bokmål text (ISH replacements). */
    ISH_IN_NB: 4,
    /** A form of both lists that is really Bokmål: flag in Nynorsk text ("bildet", "finner"). */
    ISH_IN_NN: 8,
    /** At a sentence start, the Nynorsk imperative ("Vel" → "Velg"): flag in Bokmål text. */
    IMP_IN_NB: 16,
    /** At a sentence start, the Bokmål imperative: flag in Nynorsk text. */
    IMP_IN_NN: 32,
} as const;

/** Replacement tags. */
export const TAG = {
    /** Comes from an infinitive reading. */
    INF: 1,
    /** The a-infinitive of a Nynorsk e-infinitive (consistency, not another standard). */
    AINF: 2,
    /** Comes from a noun reading. */
    NOUN: 4,
    /** Replacement of a form flagged through F2.ISH_IN_*. */
    ISH: 8,
    /** Replacement of a form flagged through F2.IMP_IN_* (an imperative). */
    IMP: 16,
} as const;

export interface Replacement {
    text: string;
    tags: number;
}

export interface WordRecord {
    /** Evidence for Bokmål (> 0) or Nynorsk (< 0), in log units. */
    weight: number;
    /** The same for a capitalised word at the start of a sentence (imperatives weigh more). */
    weightInit: number;
    flags: number;
    /** Position-dependent flags (F2). */
    flags2: number;
    /** Gender of a definite singular noun in Bokmål: 0 unknown/not only that, 1 m/f, 2 neuter. */
    genderNb: number;
    genderNn: number;
    replacements: Replacement[];
}

const NONE = 0xffffffff;
const decoder = new TextDecoder("utf-8");

export class MalformData {
    private readonly target: Uint32Array;
    private readonly info: Uint32Array;
    private readonly offsets: Uint32Array;
    private readonly bytes: Uint8Array;
    private readonly charIndex = new Uint8Array(65536);
    private readonly scale: number;
    readonly entries: number;
    readonly byteLength: number;

    constructor(buf: Uint8Array) {
        if (buf.byteOffset % 4 !== 0) buf = new Uint8Array(buf); // typed views need alignment
        const u32 = (off: number, n: number) => new Uint32Array(buf.buffer, buf.byteOffset + off, n);
        if (buf.byteLength < 64) throw new Error("malform data: file too short");
        const h = u32(0, 16);
        if (h[0] !== MAGIC) throw new Error("malform data: not a målform data file");
        if (h[1] !== VERSION) throw new Error(`malform data: version ${h[1]}, expected ${VERSION}`);
        const transitions = h[2];
        const records = h[3];
        const recordBytes = h[4];
        this.scale = h[5] || 10;
        this.entries = h[6];
        let off = 64;
        const alpha = new Uint16Array(buf.buffer, buf.byteOffset + off, 256);
        off += 512;
        const need = off + transitions * 8 + (records + 1) * 4 + recordBytes;
        if (buf.byteLength < need) throw new Error("malform data: file truncated");
        this.target = u32(off, transitions);
        off += transitions * 4;
        this.info = u32(off, transitions);
        off += transitions * 4;
        this.offsets = u32(off, records + 1);
        off += (records + 1) * 4;
        this.bytes = new Uint8Array(buf.buffer, buf.byteOffset + off, recordBytes);
        for (let i = 1; i < 256; i++) if (alpha[i]) this.charIndex[alpha[i]] = i;
        this.byteLength = buf.byteLength;
    }

    /** The record id of `form` (exact, case-sensitive), or -1. */
    lookup(form: string): number {
        const n = form.length;
        if (n === 0) return -1;
        let state = 0;
        for (let i = 0; i < n; i++) {
            const c = this.charIndex[form.charCodeAt(i)];
            if (c === 0 || state === NONE) return -1;
            let t = state;
            for (;;) {
                const inf = this.info[t];
                if ((inf & 0xff) === c) break;
                if (inf & 0x100) return -1;
                t++;
            }
            const inf = this.info[t];
            if (i === n - 1) return inf & 0x200 ? inf >>> 10 : -1;
            state = this.target[t];
        }
        return -1;
    }

    /** Weight of a record without decoding it all (hot path of detection). */
    weight(rec: number, init: boolean): number {
        const v = this.bytes[this.offsets[rec] + (init ? 1 : 0)];
        return (v > 127 ? v - 256 : v) / this.scale;
    }

    flags(rec: number): number {
        return this.bytes[this.offsets[rec] + 2];
    }

    flags2(rec: number): number {
        return this.bytes[this.offsets[rec] + 3];
    }

    /** The genders byte of a record (see the layout above; decoded in `record`). */
    genders(rec: number): number {
        return this.bytes[this.offsets[rec] + 4];
    }

    /** The record `rec` of `form` (the replacements are rewritten from `form`). */
    record(rec: number, form: string): WordRecord {
        const b = this.bytes;
        let p = this.offsets[rec];
        const s8 = (v: number) => (v > 127 ? v - 256 : v);
        const weight = s8(b[p]) / this.scale;
        const weightInit = s8(b[p + 1]) / this.scale;
        const flags = b[p + 2];
        const flags2 = b[p + 3];
        const genders = b[p + 4];
        const count = b[p + 5];
        p += 6;
        const replacements: Replacement[] = [];
        for (let i = 0; i < count; i++) {
            const strip = b[p];
            const tags = b[p + 1];
            const len = b[p + 2];
            const tail = decoder.decode(b.subarray(p + 3, p + 3 + len));
            replacements.push({ text: form.slice(0, Math.max(0, form.length - strip)) + tail, tags });
            p += 3 + len;
        }
        return { weight, weightInit, flags, flags2, genderNb: genders & 3, genderNn: (genders >> 2) & 3, replacements };
    }
}
