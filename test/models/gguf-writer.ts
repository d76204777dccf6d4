// A small GGUF v3 writer for test and benchmark models.
//
// File layout (all integers little-endian):
//   "GGUF" magic, u32 version (3), u64 tensor count, u64 metadata count,
//   metadata key/values, tensor infos (name, dims innermost first, type, offset),
//   padding to the alignment, then the tensor data, each tensor at an aligned offset.
//
// The header (metadata and tensor infos) is built in memory; tensor data is generated
// and written chunk by chunk, so a model of any size is streamed to disk. The file is
// written under a temporary name and renamed into place, so an interrupted run never
// leaves a half-written file under the final name.

import { randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import * as path from "node:path";

/** GGML tensor types this writer can encode (values are ggml's `ggml_type`). */
export enum GgmlType {
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q8_0 = 8,
}

/** `general.file_type` values (llama.cpp's `llama_ftype`) for the types above. */
export enum LlamaFileType {
    ALL_F32 = 0,
    MOSTLY_F16 = 1,
    MOSTLY_Q4_0 = 2,
    MOSTLY_Q8_0 = 7,
}

/** GGUF metadata value types (`gguf_type`). */
const enum ValueType {
    U32 = 4,
    I32 = 5,
    F32 = 6,
    BOOL = 7,
    STRING = 8,
    ARRAY = 9,
    U64 = 10,
}

export type MetadataValue =
    | { readonly type: "u32"; readonly value: number }
    | { readonly type: "i32"; readonly value: number }
    | { readonly type: "f32"; readonly value: number }
    | { readonly type: "bool"; readonly value: boolean }
    | { readonly type: "string"; readonly value: string }
    | { readonly type: "string[]"; readonly value: readonly string[] }
    | { readonly type: "i32[]"; readonly value: ArrayLike<number> }
    | { readonly type: "u32[]"; readonly value: ArrayLike<number> }
    | { readonly type: "f32[]"; readonly value: ArrayLike<number> };

/** Constructors for metadata values: `writer.set("llama.block_count", gguf.u32(16))`. */
export const gguf = {
    u32: (value: number): MetadataValue => ({ type: "u32", value }),
    i32: (value: number): MetadataValue => ({ type: "i32", value }),
    f32: (value: number): MetadataValue => ({ type: "f32", value }),
    bool: (value: boolean): MetadataValue => ({ type: "bool", value }),
    string: (value: string): MetadataValue => ({ type: "string", value }),
    strings: (value: readonly string[]): MetadataValue => ({ type: "string[]", value }),
    i32s: (value: ArrayLike<number>): MetadataValue => ({ type: "i32[]", value }),
    u32s: (value: ArrayLike<number>): MetadataValue => ({ type: "u32[]", value }),
    f32s: (value: ArrayLike<number>): MetadataValue => ({ type: "f32[]", value }),
};

/**
 * How a tensor's values are produced. Random values come from a PRNG seeded by the
 * writer's seed and the tensor's name, so a tensor does not change when others are added.
 */
export type TensorInit =
    | { readonly kind: "constant"; readonly value: number }
    /** Gaussian noise (Box-Muller). Accurate but slow for hundreds of millions of values. */
    | { readonly kind: "normal"; readonly std: number }
    /**
     * Uniform noise with the given standard deviation. For Q4_0 and Q8_0 the quantized
     * codes are drawn directly (one fixed scale per block), which is what makes a
     * 700 MB model quick to generate.
     */
    | { readonly kind: "uniform"; readonly std: number }
    | { readonly kind: "values"; readonly values: Float32Array };

export interface TensorSpec {
    readonly name: string;
    /** Dimensions, innermost (contiguous) first, as GGUF stores them: `token_embd` is [n_embd, n_vocab]. */
    readonly dims: readonly number[];
    readonly type: GgmlType;
    readonly init: TensorInit;
}

export interface GgufLayout {
    /** Bytes before the tensor data: header, metadata, tensor infos and padding. */
    readonly headerBytes: number;
    /** Bytes of tensor data including the padding between tensors. */
    readonly dataBytes: number;
    readonly totalBytes: number;
    /** Offset of each tensor's data from the start of the file. */
    readonly tensorOffsets: ReadonlyMap<string, number>;
}

export interface WriteOptions {
    /** Stop after this many bytes: a deliberately truncated (corrupt) file. */
    readonly truncateAt?: number;
    /** Called after every chunk written, with the bytes written so far. */
    readonly onProgress?: (bytesWritten: number, totalBytes: number) => void;
}

export const GGUF_MAGIC = "GGUF";
export const GGUF_VERSION = 3;
export const GGUF_ALIGNMENT = 32;
/** Elements per quantization block for Q4_0 and Q8_0. */
export const QK = 32;

/** Bytes of `n` elements of `type`. */
export function tensorBytes(type: GgmlType, n: number): number {
    switch (type) {
        case GgmlType.F32:
            return n * 4;
        case GgmlType.F16:
            return n * 2;
        case GgmlType.Q8_0:
            return (n / QK) * 34; // f16 scale + 32 x int8
        case GgmlType.Q4_0:
            return (n / QK) * 18; // f16 scale + 32 x 4 bits
    }
}

const alignUp = (n: number, a: number = GGUF_ALIGNMENT): number => Math.ceil(n / a) * a;

export class GgufWriter {
    private readonly metadata = new Map<string, MetadataValue>();
    private readonly tensors: TensorSpec[] = [];
    private readonly tensorNames = new Set<string>();
    private planned: { header: Buffer; layout: GgufLayout } | undefined;

    /** @param seed base seed of every random tensor in this file */
    constructor(private readonly seed: number = 1) {
        this.set("general.alignment", gguf.u32(GGUF_ALIGNMENT));
    }

    /** Sets a metadata key (keys are written in insertion order; setting twice replaces the value). */
    set(key: string, value: MetadataValue): this {
        this.metadata.set(key, value);
        this.planned = undefined;
        return this;
    }

    delete(key: string): this {
        this.metadata.delete(key);
        this.planned = undefined;
        return this;
    }

    has(key: string): boolean {
        return this.metadata.has(key);
    }

    addTensor(spec: TensorSpec): this {
        if (this.tensorNames.has(spec.name)) throw new Error(`duplicate tensor ${spec.name}`);
        if (spec.dims.length === 0 || spec.dims.length > 4) throw new Error(`${spec.name}: 1 to 4 dimensions`);
        for (const d of spec.dims) {
            if (!Number.isSafeInteger(d) || d <= 0) throw new Error(`${spec.name}: bad dimension ${d}`);
        }
        if ((spec.type === GgmlType.Q4_0 || spec.type === GgmlType.Q8_0) && spec.dims[0] % QK !== 0) {
            throw new Error(`${spec.name}: innermost dimension ${spec.dims[0]} is not a multiple of ${QK}`);
        }
        if (spec.init.kind === "values" && spec.init.values.length !== elementCount(spec.dims)) {
            throw new Error(`${spec.name}: ${spec.init.values.length} values for ${elementCount(spec.dims)} elements`);
        }
        this.tensors.push(spec);
        this.tensorNames.add(spec.name);
        this.planned = undefined;
        return this;
    }

    get tensorCount(): number {
        return this.tensors.length;
    }

    /** Sizes and offsets of the file `write` would produce, without generating any data. */
    layout(): GgufLayout {
        return this.plan().layout;
    }

    /**
     * Writes the file: to a temporary file in the same directory, renamed to `file` when
     * complete (an existing file is replaced). Returns the number of bytes written.
     */
    async write(file: string, options: WriteOptions = {}): Promise<number> {
        const { header, layout } = this.plan();
        const limit = Math.min(options.truncateAt ?? Infinity, layout.totalBytes);
        await fsp.mkdir(path.dirname(file), { recursive: true });
        const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
        const handle = await fsp.open(temp, "w");
        const sink = new Sink(handle, limit, layout.totalBytes, options.onProgress);
        let renamed = false;
        try {
            await sink.write(header);
            for (const tensor of this.tensors) {
                if (sink.full) break;
                await sink.padTo(layout.tensorOffsets.get(tensor.name)!);
                await this.writeTensorData(tensor, sink);
            }
            if (!sink.full) await sink.padTo(layout.totalBytes);
            await sink.flush();
            await handle.sync();
            await handle.close();
            await fsp.rename(temp, file);
            renamed = true;
            return sink.position;
        } finally {
            if (!renamed) {
                await sink.settle().catch(() => undefined);
                await handle.close().catch(() => undefined);
                await fsp.rm(temp, { force: true });
            }
        }
    }

    private plan(): { header: Buffer; layout: GgufLayout } {
        this.planned ??= this.buildHeader();
        return this.planned;
    }

    private buildHeader(): { header: Buffer; layout: GgufLayout } {
        const b = new ByteBuilder(1 << 16);
        b.ascii(GGUF_MAGIC);
        b.u32(GGUF_VERSION);
        b.u64(this.tensors.length);
        b.u64(this.metadata.size);
        for (const [key, value] of this.metadata) {
            b.string(key);
            writeValue(b, value);
        }
        const tensorOffsets = new Map<string, number>();
        let dataOffset = 0;
        for (const t of this.tensors) {
            b.string(t.name);
            b.u32(t.dims.length);
            for (const d of t.dims) b.u64(d);
            b.u32(t.type);
            b.u64(dataOffset);
            tensorOffsets.set(t.name, dataOffset);
            dataOffset = alignUp(dataOffset + tensorBytes(t.type, elementCount(t.dims)));
        }
        b.zeros(alignUp(b.length) - b.length);
        const header = b.toBuffer();
        for (const [name, offset] of tensorOffsets) tensorOffsets.set(name, offset + header.length);
        return {
            header,
            layout: {
                headerBytes: header.length,
                dataBytes: dataOffset,
                totalBytes: header.length + dataOffset,
                tensorOffsets,
            },
        };
    }

    private async writeTensorData(tensor: TensorSpec, sink: Sink): Promise<void> {
        const n = elementCount(tensor.dims);
        const rng = Rng.fromString(`${this.seed}:${tensor.name}`);
        const { type, init } = tensor;
        const chunkElements = CHUNK_ELEMENTS;
        const values = new Float32Array(Math.min(chunkElements, n));
        for (let start = 0; start < n && !sink.full; start += chunkElements) {
            const count = Math.min(chunkElements, n - start);
            const out = await sink.reserve(tensorBytes(type, count));
            if (init.kind === "uniform" && (type === GgmlType.Q4_0 || type === GgmlType.Q8_0)) {
                if (type === GgmlType.Q4_0) randomQ4_0(out, count, init.std, rng);
                else randomQ8_0(out, count, init.std, rng);
            } else {
                const v = values.subarray(0, count);
                fillValues(v, start, init, rng);
                encode(type, v, out);
            }
            sink.commit(out.length);
        }
    }
}

export function elementCount(dims: readonly number[]): number {
    return dims.reduce((a, b) => a * b, 1);
}

// ---------------------------------------------------------------------------------------
// Output

/** Elements generated per chunk (a multiple of the block size). */
const CHUNK_ELEMENTS = 1 << 21;
const SINK_BUFFER_BYTES = 8 << 20;

/**
 * Buffered, position-tracking output with an optional byte limit. Two buffers alternate:
 * one is being written by libuv while the other is filled; at most one write is in flight.
 */
class Sink {
    position = 0;
    private readonly buffers: [Buffer, Buffer] = [Buffer.allocUnsafe(SINK_BUFFER_BYTES), Buffer.allocUnsafe(SINK_BUFFER_BYTES)];
    private current = 0;
    private used = 0;
    private inFlight: Promise<void> = Promise.resolve();
    private failure: unknown = undefined;
    private fileOffset = 0;

    constructor(
        private readonly handle: fsp.FileHandle,
        private readonly limit: number,
        private readonly total: number,
        private readonly onProgress?: (bytesWritten: number, totalBytes: number) => void,
    ) {}

    get full(): boolean {
        return this.position >= this.limit;
    }

    /** A writable region of `bytes` at the current position; call `commit` when it is filled. */
    async reserve(bytes: number): Promise<Buffer> {
        if (bytes > SINK_BUFFER_BYTES) throw new Error(`chunk of ${bytes} bytes exceeds the buffer`);
        if (this.used + bytes > SINK_BUFFER_BYTES) await this.swap();
        return this.buffers[this.current].subarray(this.used, this.used + bytes);
    }

    /** Accepts `bytes` of the reserved region (fewer if the limit is reached). */
    commit(bytes: number): void {
        const keep = Math.max(0, Math.min(bytes, this.limit - this.position));
        this.used += keep;
        this.position += keep;
    }

    async write(data: Buffer): Promise<void> {
        for (let off = 0; off < data.length && !this.full; ) {
            const n = Math.min(data.length - off, SINK_BUFFER_BYTES);
            data.copy(await this.reserve(n), 0, off, off + n);
            this.commit(n);
            off += n;
        }
    }

    async padTo(offset: number): Promise<void> {
        if (offset < this.position) throw new Error(`cannot pad backwards (${this.position} > ${offset})`);
        if (offset > this.position) await this.write(Buffer.alloc(offset - this.position));
    }

    /** Writes what is buffered and waits for every write to finish. */
    async flush(): Promise<void> {
        await this.swap();
        await this.settle();
    }

    /** Waits for the write in flight; rethrows its error. */
    async settle(): Promise<void> {
        await this.inFlight;
        if (this.failure !== undefined) throw this.failure;
    }

    /** Starts writing the current buffer and switches to the other one once that is free. */
    private async swap(): Promise<void> {
        if (this.used === 0) return;
        await this.settle(); // the other buffer's write is done: it may be refilled
        const buffer = this.buffers[this.current];
        const bytes = this.used;
        const at = this.fileOffset;
        this.fileOffset += bytes;
        // Errors are recorded, not left as an unhandled rejection, and rethrown by settle().
        this.inFlight = writeFully(this.handle, buffer, bytes, at).then(
            () => this.onProgress?.(at + bytes, this.total),
            (e: unknown) => {
                this.failure = e;
            },
        );
        this.current ^= 1;
        this.used = 0;
    }
}

async function writeFully(handle: fsp.FileHandle, buffer: Buffer, bytes: number, position: number): Promise<void> {
    for (let done = 0; done < bytes; ) {
        const { bytesWritten } = await handle.write(buffer, done, bytes - done, position + done);
        done += bytesWritten;
    }
}

/** Growable little-endian byte buffer for the header. */
class ByteBuilder {
    private buf: Buffer;
    length = 0;

    constructor(initial: number) {
        this.buf = Buffer.alloc(initial);
    }

    private ensure(extra: number): void {
        if (this.length + extra <= this.buf.length) return;
        let size = this.buf.length * 2;
        while (size < this.length + extra) size *= 2;
        const next = Buffer.alloc(size);
        this.buf.copy(next, 0, 0, this.length);
        this.buf = next;
    }

    u8(v: number): void {
        this.ensure(1);
        this.buf[this.length++] = v;
    }
    u32(v: number): void {
        this.ensure(4);
        this.length = this.buf.writeUInt32LE(v, this.length);
    }
    i32(v: number): void {
        this.ensure(4);
        this.length = this.buf.writeInt32LE(v, this.length);
    }
    f32(v: number): void {
        this.ensure(4);
        this.length = this.buf.writeFloatLE(v, this.length);
    }
    u64(v: number): void {
        if (!Number.isSafeInteger(v) || v < 0) throw new Error(`bad u64 ${v}`);
        this.ensure(8);
        this.length = this.buf.writeBigUInt64LE(BigInt(v), this.length);
    }
    ascii(s: string): void {
        this.ensure(s.length);
        this.length += this.buf.write(s, this.length, "latin1");
    }
    /** GGUF string: u64 byte length, then UTF-8 bytes (no terminator). */
    string(s: string): void {
        const n = Buffer.byteLength(s, "utf8");
        this.u64(n);
        this.ensure(n);
        this.length += this.buf.write(s, this.length, "utf8");
    }
    zeros(n: number): void {
        this.ensure(n);
        this.buf.fill(0, this.length, this.length + n);
        this.length += n;
    }
    toBuffer(): Buffer {
        return this.buf.subarray(0, this.length);
    }
}

function writeValue(b: ByteBuilder, v: MetadataValue): void {
    const array = (elementType: ValueType, n: number): void => {
        b.u32(ValueType.ARRAY);
        b.u32(elementType);
        b.u64(n);
    };
    switch (v.type) {
        case "u32":
            checkInt(v.value, 0, 0xffffffff);
            b.u32(ValueType.U32);
            b.u32(v.value);
            return;
        case "i32":
            checkInt(v.value, -0x80000000, 0x7fffffff);
            b.u32(ValueType.I32);
            b.i32(v.value);
            return;
        case "f32":
            b.u32(ValueType.F32);
            b.f32(v.value);
            return;
        case "bool":
            b.u32(ValueType.BOOL);
            b.u8(v.value ? 1 : 0);
            return;
        case "string":
            b.u32(ValueType.STRING);
            b.string(v.value);
            return;
        case "string[]":
            array(ValueType.STRING, v.value.length);
            for (const s of v.value) b.string(s);
            return;
        case "i32[]":
            array(ValueType.I32, v.value.length);
            for (let i = 0; i < v.value.length; i++) b.i32(v.value[i]);
            return;
        case "u32[]":
            array(ValueType.U32, v.value.length);
            for (let i = 0; i < v.value.length; i++) b.u32(v.value[i]);
            return;
        case "f32[]":
            array(ValueType.F32, v.value.length);
            for (let i = 0; i < v.value.length; i++) b.f32(v.value[i]);
            return;
    }
}

function checkInt(v: number, min: number, max: number): void {
    if (!Number.isInteger(v) || v < min || v > max) throw new Error(`integer ${v} out of range`);
}

// ---------------------------------------------------------------------------------------
// Values and encodings

function fillValues(out: Float32Array, start: number, init: TensorInit, rng: Rng): void {
    switch (init.kind) {
        case "constant":
            out.fill(init.value);
            return;
        case "values":
            out.set(init.values.subarray(start, start + out.length));
            return;
        case "normal":
            for (let i = 0; i < out.length; i++) out[i] = rng.normal() * init.std;
            return;
        case "uniform": {
            const a = init.std * Math.sqrt(3); // U(-a, a) has standard deviation a / sqrt(3)
            for (let i = 0; i < out.length; i++) out[i] = (rng.float() * 2 - 1) * a;
            return;
        }
    }
}

function encode(type: GgmlType, x: Float32Array, out: Buffer): void {
    switch (type) {
        case GgmlType.F32:
            for (let i = 0; i < x.length; i++) out.writeFloatLE(x[i], i * 4);
            return;
        case GgmlType.F16:
            for (let i = 0; i < x.length; i++) out.writeUInt16LE(f32ToF16(x[i]), i * 2);
            return;
        case GgmlType.Q8_0:
            for (let b = 0, o = 0; b < x.length; b += QK, o += 34) quantizeBlockQ8_0(x, b, out, o);
            return;
        case GgmlType.Q4_0:
            for (let b = 0, o = 0; b < x.length; b += QK, o += 18) quantizeBlockQ4_0(x, b, out, o);
            return;
    }
}

/** block_q8_0 { f16 d; int8 qs[32]; }, x = qs * d, as ggml's quantize_row_q8_0_ref. */
function quantizeBlockQ8_0(x: Float32Array, at: number, out: Buffer, o: number): void {
    let amax = 0;
    for (let j = 0; j < QK; j++) amax = Math.max(amax, Math.abs(x[at + j]));
    const d = amax / 127;
    const id = d !== 0 ? 1 / d : 0;
    out.writeUInt16LE(f32ToF16(d), o);
    for (let j = 0; j < QK; j++) out.writeInt8(roundAway(x[at + j] * id), o + 2 + j);
}

/**
 * block_q4_0 { f16 d; uint8 qs[16]; }, x = (q - 8) * d, elements j and j + 16 share byte j
 * (low and high nibble), as ggml's quantize_row_q4_0_ref.
 */
function quantizeBlockQ4_0(x: Float32Array, at: number, out: Buffer, o: number): void {
    let amax = 0;
    let max = 0;
    for (let j = 0; j < QK; j++) {
        const v = x[at + j];
        if (Math.abs(v) > amax) {
            amax = Math.abs(v);
            max = v;
        }
    }
    const d = max / -8;
    const id = d !== 0 ? 1 / d : 0;
    out.writeUInt16LE(f32ToF16(d), o);
    for (let j = 0; j < QK / 2; j++) {
        const q0 = Math.min(15, Math.trunc(x[at + j] * id + 8.5));
        const q1 = Math.min(15, Math.trunc(x[at + QK / 2 + j] * id + 8.5));
        out[o + 2 + j] = q0 | (q1 << 4);
    }
}

/** Random Q4_0 blocks: uniform codes 0..15 with one scale, so values span about ±std·√3. */
function randomQ4_0(out: Buffer, n: number, std: number, rng: Rng): void {
    const scale = f32ToF16((std * Math.sqrt(3)) / 8);
    const lo = scale & 0xff;
    const hi = scale >>> 8;
    for (let o = 0, end = (n / QK) * 18; o < end; o += 18) {
        out[o] = lo;
        out[o + 1] = hi;
        for (let j = 2; j < 18; j += 4) {
            const r = rng.u32();
            out[o + j] = r & 0xff;
            out[o + j + 1] = (r >>> 8) & 0xff;
            out[o + j + 2] = (r >>> 16) & 0xff;
            out[o + j + 3] = r >>> 24;
        }
    }
}

/** Random Q8_0 blocks: uniform codes -127..127 (bytes), one scale. */
function randomQ8_0(out: Buffer, n: number, std: number, rng: Rng): void {
    const scale = f32ToF16((std * Math.sqrt(3)) / 127);
    const lo = scale & 0xff;
    const hi = scale >>> 8;
    for (let o = 0, end = (n / QK) * 34; o < end; o += 34) {
        out[o] = lo;
        out[o + 1] = hi;
        for (let j = 2; j < 34; j += 4) {
            const r = rng.u32();
            for (let k = 0; k < 4; k++) {
                const b = (r >>> (8 * k)) & 0xff;
                out[o + j + k] = b === 0x80 ? 0x81 : b; // keep -128 out, as the reference quantizer does
            }
        }
    }
}

/** C's roundf: halves away from zero. */
function roundAway(v: number): number {
    return v < 0 ? -Math.round(-v) : Math.round(v);
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

/** IEEE 754 binary16 bits of `v`, rounded to nearest even (overflow to ±Inf). */
export function f32ToF16(v: number): number {
    f32Scratch[0] = v;
    const x = u32Scratch[0];
    const sign = (x >>> 16) & 0x8000;
    const exponent = (x >>> 23) & 0xff;
    let mantissa = x & 0x7fffff;
    if (exponent === 0xff) return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0);
    const e = exponent - 127 + 15;
    if (e >= 0x1f) return sign | 0x7c00;
    if (e <= 0) {
        // subnormal half (or zero)
        if (e < -10) return sign;
        mantissa |= 0x800000;
        const shift = 14 - e;
        let h = mantissa >>> shift;
        const rest = mantissa & ((1 << shift) - 1);
        const half = 1 << (shift - 1);
        if (rest > half || (rest === half && (h & 1) !== 0)) h++;
        return sign | h;
    }
    let h = (e << 10) | (mantissa >>> 13);
    const rest = mantissa & 0x1fff;
    if (rest > 0x1000 || (rest === 0x1000 && (h & 1) !== 0)) h++; // a carry into the exponent is correct
    return sign | h;
}

/** Value of binary16 bits `h`. */
export function f16ToF32(h: number): number {
    const sign = h & 0x8000 ? -1 : 1;
    const e = (h >>> 10) & 0x1f;
    const m = h & 0x3ff;
    if (e === 0) return sign * m * 2 ** -24;
    if (e === 0x1f) return m !== 0 ? NaN : sign * Infinity;
    return sign * (1 + m / 1024) * 2 ** (e - 15);
}

// ---------------------------------------------------------------------------------------
// Deterministic PRNG

/** xoshiro128** seeded through splitmix32: fast, deterministic, good enough for weights. */
export class Rng {
    private a: number;
    private b: number;
    private c: number;
    private d: number;
    private spare: number | undefined;

    constructor(seed: number) {
        let s = seed >>> 0;
        const next = (): number => {
            s = (s + 0x9e3779b9) >>> 0;
            let z = s;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.a = next();
        this.b = next();
        this.c = next();
        this.d = next();
        if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
    }

    /** A generator seeded by the FNV-1a hash of `s`. */
    static fromString(s: string): Rng {
        let h = 0x811c9dc5;
        for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
        return new Rng(h >>> 0);
    }

    u32(): number {
        const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
        const t = this.b << 9;
        this.c ^= this.a;
        this.d ^= this.b;
        this.b ^= this.c;
        this.a ^= this.d;
        this.c ^= t;
        this.d = rotl(this.d, 11);
        return result;
    }

    /** Uniform in [0, 1). */
    float(): number {
        return this.u32() / 4294967296;
    }

    /** Standard normal (Box-Muller, both values used). */
    normal(): number {
        if (this.spare !== undefined) {
            const v = this.spare;
            this.spare = undefined;
            return v;
        }
        const u = 1 - this.float(); // (0, 1]
        const r = Math.sqrt(-2 * Math.log(u));
        const theta = 2 * Math.PI * this.float();
        this.spare = r * Math.sin(theta);
        return r * Math.cos(theta);
    }
}

function rotl(x: number, k: number): number {
    return (x << k) | (x >>> (32 - k));
}
