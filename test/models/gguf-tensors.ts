// Tensor data for the GGUF writer: values (constant, given, Gaussian or uniform noise from a
// deterministic PRNG) and their encodings (F32, F16, Q8_0, Q4_0, as ggml's reference quantizers).
import { GgmlType, QK, type TensorInit } from "./gguf-format";

export function fillValues(out: Float32Array, start: number, init: TensorInit, rng: Rng): void {
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

export function encode(type: GgmlType, x: Float32Array, out: Buffer): void {
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
export function randomQ4_0(out: Buffer, n: number, std: number, rng: Rng): void {
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
export function randomQ8_0(out: Buffer, n: number, std: number, rng: Rng): void {
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
