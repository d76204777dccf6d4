// The GGUF v3 format as this writer writes it: value types, tensor types, the sizes of their
// encodings, and the header (metadata and tensor infos) built in memory.
//
// File layout (all integers little-endian):
//   "GGUF" magic, u32 version (3), u64 tensor count, u64 metadata count,
//   metadata key/values, tensor infos (name, dims innermost first, type, offset),
//   padding to the alignment, then the tensor data, each tensor at an aligned offset.

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

export const alignUp = (n: number, a: number = GGUF_ALIGNMENT): number => Math.ceil(n / a) * a;

export function elementCount(dims: readonly number[]): number {
    return dims.reduce((a, b) => a * b, 1);
}

/** The header bytes of a file with `metadata` and `tensors`, and where each tensor's data goes. */
export function buildHeader(
    metadata: ReadonlyMap<string, MetadataValue>,
    tensors: readonly TensorSpec[],
): { header: Buffer; layout: GgufLayout } {
    const b = new ByteBuilder(1 << 16);
    b.ascii(GGUF_MAGIC);
    b.u32(GGUF_VERSION);
    b.u64(tensors.length);
    b.u64(metadata.size);
    for (const [key, value] of metadata) {
        b.string(key);
        writeValue(b, value);
    }
    const tensorOffsets = new Map<string, number>();
    let dataOffset = 0;
    for (const t of tensors) {
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
