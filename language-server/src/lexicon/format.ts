// The compiled lexicon file: one read, typed-array views over the buffer, no parsing of words.
//
//   offset 0   8 bytes  magic "SKHLEX01"
//          8   uint32   header length H (little endian)
//         12   H bytes  header, UTF-8 JSON (LexiconHeader), zero-padded to a multiple of 4
//          …   uint16 × E   edge labels  (then zero-padded to a multiple of 4)
//          …   uint32 × E   edge targets
//
// The file is written by scripts/lexicon/build.sh (through compile.ts) into .cache/lexicon/.
import * as fs from "node:fs";
import { Dawg } from "./dawg";

export const MAGIC = "SKHLEX01";
export const LEXICON_FILE = "lexicon.bin";

export interface LexiconHeader {
    format: 1;
    root: number;
    edges: number;
    /** How many (word, flags) keys the automaton holds. */
    words: number;
    /** Free-form description of the data: sources, licences, build date, counts. */
    meta: Record<string, unknown>;
}

const align4 = (n: number): number => (n + 3) & ~3;

export function serializeDawg(dawg: Dawg, words: number, meta: Record<string, unknown>): Buffer {
    const header: LexiconHeader = { format: 1, root: dawg.root, edges: dawg.edgeCount, words, meta };
    const json = Buffer.from(JSON.stringify(header), "utf8");
    const headerEnd = align4(12 + json.length);
    const labelsEnd = align4(headerEnd + dawg.edgeCount * 2);
    const total = labelsEnd + dawg.edgeCount * 4;
    const out = Buffer.alloc(total);
    out.write(MAGIC, 0, "latin1");
    out.writeUInt32LE(json.length, 8);
    json.copy(out, 12);
    Buffer.from(dawg.labels.buffer, dawg.labels.byteOffset, dawg.labels.byteLength).copy(out, headerEnd);
    Buffer.from(dawg.targets.buffer, dawg.targets.byteOffset, dawg.targets.byteLength).copy(out, labelsEnd);
    return out;
}

export function deserializeDawg(buf: Buffer): { dawg: Dawg; header: LexiconHeader } {
    if (buf.length < 12 || buf.toString("latin1", 0, 8) !== MAGIC) throw new Error("not a Skrivehjelp lexicon file (bad magic)");
    const jsonLength = buf.readUInt32LE(8);
    if (12 + jsonLength > buf.length) throw new Error("lexicon file truncated (header)");
    const header = JSON.parse(buf.toString("utf8", 12, 12 + jsonLength)) as LexiconHeader;
    if (header.format !== 1) throw new Error(`unsupported lexicon format ${String(header.format)}`);
    const headerEnd = align4(12 + jsonLength);
    const labelsEnd = align4(headerEnd + header.edges * 2);
    if (labelsEnd + header.edges * 4 > buf.length) throw new Error("lexicon file truncated (edges)");
    // typed-array views need aligned offsets; a Buffer from readFileSync of a large file starts at 0
    if (buf.byteOffset % 4 !== 0) buf = Buffer.from(buf);
    const labels = new Uint16Array(buf.buffer, buf.byteOffset + headerEnd, header.edges);
    const targets = new Uint32Array(buf.buffer, buf.byteOffset + labelsEnd, header.edges);
    return { dawg: new Dawg(labels, targets, header.root), header };
}

export function readDawgFile(file: string): { dawg: Dawg; header: LexiconHeader } {
    return deserializeDawg(fs.readFileSync(file));
}
