// The converter's compiled tables (built by scripts/convert/build.sh into
// .cache/convert/convert.bin), one definition for the build script and the server.
//
// For each written standard, every known word form with its readings: the part of speech and
// inflection (a tag set) and the other standard's forms for that reading, best first. Keys sit
// in one minimal automaton (lexicon/dawg.ts): "<s><form>\u0001<hi><lo>" where <s>
// is "b" (Bokmål) or "n" (Nynorsk) and hi/lo the record id in base ID_BASE. Forms are stored as
// the word lists write them (names keep their capital).
//
// Layout (little endian, sections 4-byte aligned):
//   header   8 × uint32: magic "SKCV", version, edges, root, record count, record bytes,
//            tag-table bytes, reserved
//   labels   edges × uint16, padded to 4 bytes
//   targets  edges × uint32
//   offsets  (records + 1) × uint32 into the record bytes
//   records  per record: uint8 reading count, then per reading: uint8 tag-set id, uint8 target
//            count (bits 0-2) | READING bits << 3 (compound, rank, target gender), then per target: one byte strip (bits 0-3) |
//            byte length (bits 4-7), or 0xFF, uint8 strip, uint8 length; then the UTF-8 bytes
//            (the target is the form minus its last `strip` code units plus them)
//   tags     UTF-8, tag sets separated by "\n" ("n.f.sg.def", "vblex.pres.pasv" …)
//
// Compound first parts (keys whose form starts with a PART_MARK, records of one reading tagged
// "cmp" whose target is relative to the form after the mark): FIRST_PART + a noun's
// indefinite singular → how the same standard writes it first in a compound ("bilete" →
// "bilet", "vindu" → "vindus"), and STANDALONE + such a first part the linking rules cannot
// undo → the noun ("vindaugs" → "vindauge"). Tables built before them simply have none.

export const MAGIC = 0x5643_4b53; // "SKCV"
export const VERSION = 3;
export const HEADER_WORDS = 8;
export const ID_BASE = 0xd000;
export const KEY_SEPARATOR = "\u0001";

/** Reading bits (stored shifted by BITS_SHIFT beside the target count). */
export const READING = {
    COUNT_MASK: 7,
    BITS_SHIFT: 3,
    /** The analysis is a compound made by the analyser (not listed whole in the lexicon). */
    COMPOUND: 1,
    /** Bits 1-2: how common the lemma is, 0..3 (seen in web text, productive in compounds). */
    RANK_SHIFT: 1,
    /**
     * Bits 3-4: a noun's gender in the other standard as the bilingual lexicon gives it (0 none,
     * 1 masculine, 2 feminine, 3 neuter): Bokmål "løsning" (m) is Nynorsk "løysing" (f), where
     * the Nynorsk lists allow both. Tables built before it have 0 there.
     */
    TARGET_GENDER_SHIFT: 3,
} as const;

/** The target genders in the order of their READING.TARGET_GENDER_SHIFT codes (1, 2, 3). */
export const TARGET_GENDERS = ["m", "f", "nt"] as const;

/** Marks a key as a compound first part's (see the layout above). */
export const PART_MARK = { FIRST_PART: "\u0002", STANDALONE: "\u0003" } as const;
export const PART_TAGS = "cmp";

/** The first unit of every key: which standard's lists the form is from. */
export const SIDE_PREFIX = { nb: "b", nn: "n" } as const;

export function keyOf(side: "nb" | "nn", form: string, record: number): string {
    if (record >= ID_BASE * ID_BASE) throw new Error("too many records");
    return SIDE_PREFIX[side] + form + KEY_SEPARATOR + String.fromCharCode(Math.floor(record / ID_BASE), record % ID_BASE);
}
