// A complete llama-architecture model as a GGUF writer: metadata as llama.cpp's converter writes
// it, the real Llama 3 tokenizer, and random weights (or chosen ones, by tensor name).
import { GgmlType, LlamaFileType, gguf, type TensorInit } from "./gguf-format";
import { GgufWriter } from "./gguf-writer";
import { llama3TokenizerMetadata, loadLlama3Tokenizer } from "./llama3-tokenizer";

/** The shape and weights of a llama-architecture model. */
export interface LlamaModelSpec {
    /** `general.name` */
    readonly name: string;
    readonly embeddingLength: number;
    readonly blockCount: number;
    readonly headCount: number;
    readonly headCountKv: number;
    readonly feedForwardLength: number;
    readonly contextLength: number;
    readonly ropeFreqBase: number;
    readonly rmsNormEps: number;
    /** Llama 3.1+ long-context RoPE scaling (written as the `rope_freqs.weight` tensor). */
    readonly ropeScaling?: {
        readonly factor: number;
        readonly lowFreqFactor: number;
        readonly highFreqFactor: number;
        readonly originalContextLength: number;
    };
    /** Type of the 2-D weight tensors whose innermost dimension is a multiple of 32 (others: F16). */
    readonly weightType: GgmlType.Q8_0 | GgmlType.Q4_0 | GgmlType.F16 | GgmlType.F32;
    /** "normal": Gaussian (small models); "uniform": fast noise drawn as quantized codes (big models). */
    readonly noise: "normal" | "uniform";
    /** Standard deviation of the token embedding (also the output layer: it is tied). */
    readonly embeddingStd: number;
    /** Standard deviation of the other weight matrices. */
    readonly weightStd: number;
    readonly seed: number;
}

/**
 * A writer holding a complete llama-architecture model: metadata as llama.cpp's converter
 * writes it, the real Llama 3 tokenizer and random weights. Call `.write(file)` on it.
 * `weights` sets chosen 2-D tensors by name instead (answerModel.ts writes a model that way).
 */
export function llamaModelWriter(spec: LlamaModelSpec, weights: Readonly<Record<string, TensorInit>> = {}): GgufWriter {
    const E = spec.embeddingLength;
    const headDim = E / spec.headCount;
    if (!Number.isInteger(headDim)) throw new Error(`${spec.name}: embedding length not divisible by head count`);
    const tok = loadLlama3Tokenizer();
    const vocabSize = tok.tokens.length;

    const w = new GgufWriter(spec.seed);
    w.set("general.architecture", gguf.string("llama"));
    w.set("general.type", gguf.string("model"));
    w.set("general.name", gguf.string(spec.name));
    w.set("general.file_type", gguf.u32(fileType(spec.weightType)));
    if (spec.weightType === GgmlType.Q4_0 || spec.weightType === GgmlType.Q8_0) w.set("general.quantization_version", gguf.u32(2));
    w.set("llama.vocab_size", gguf.u32(vocabSize));
    w.set("llama.context_length", gguf.u32(spec.contextLength));
    w.set("llama.embedding_length", gguf.u32(E));
    w.set("llama.block_count", gguf.u32(spec.blockCount));
    w.set("llama.feed_forward_length", gguf.u32(spec.feedForwardLength));
    w.set("llama.attention.head_count", gguf.u32(spec.headCount));
    w.set("llama.attention.head_count_kv", gguf.u32(spec.headCountKv));
    w.set("llama.attention.key_length", gguf.u32(headDim));
    w.set("llama.attention.value_length", gguf.u32(headDim));
    w.set("llama.rope.dimension_count", gguf.u32(headDim));
    w.set("llama.rope.freq_base", gguf.f32(spec.ropeFreqBase));
    w.set("llama.attention.layer_norm_rms_epsilon", gguf.f32(spec.rmsNormEps));
    for (const [key, value] of llama3TokenizerMetadata(tok)) w.set(key, value);

    const matrixType = (inner: number): GgmlType =>
        spec.weightType === GgmlType.Q4_0 || spec.weightType === GgmlType.Q8_0
            ? inner % 32 === 0
                ? spec.weightType
                : GgmlType.F16
            : spec.weightType;
    const noise = (std: number): TensorInit => ({ kind: spec.noise, std });
    const matrix = (name: string, inner: number, outer: number, std: number): void => {
        w.addTensor({ name, dims: [inner, outer], type: matrixType(inner), init: weights[name] ?? noise(std) });
    };
    const ones = (name: string): void => {
        w.addTensor({ name, dims: [E], type: GgmlType.F32, init: { kind: "constant", value: 1 } });
    };

    const qDim = spec.headCount * headDim;
    const kvDim = spec.headCountKv * headDim;
    const F = spec.feedForwardLength;
    // Tensor order as llama.cpp's converter writes it. No output.weight: tied to token_embd.
    matrix("token_embd.weight", E, vocabSize, spec.embeddingStd);
    if (spec.ropeScaling) {
        w.addTensor({
            name: "rope_freqs.weight",
            dims: [headDim / 2],
            type: GgmlType.F32,
            init: { kind: "values", values: llama3RopeFactors(spec, headDim) },
        });
    }
    for (let i = 0; i < spec.blockCount; i++) {
        ones(`blk.${i}.attn_norm.weight`);
        matrix(`blk.${i}.ffn_down.weight`, F, E, spec.weightStd);
        matrix(`blk.${i}.ffn_gate.weight`, E, F, spec.weightStd);
        matrix(`blk.${i}.ffn_up.weight`, E, F, spec.weightStd);
        ones(`blk.${i}.ffn_norm.weight`);
        matrix(`blk.${i}.attn_k.weight`, E, kvDim, spec.weightStd);
        matrix(`blk.${i}.attn_output.weight`, qDim, E, spec.weightStd);
        matrix(`blk.${i}.attn_q.weight`, E, qDim, spec.weightStd);
        matrix(`blk.${i}.attn_v.weight`, E, kvDim, spec.weightStd);
    }
    ones("output_norm.weight");
    return w;
}

/** Llama 3.1's frequency factors for long-context RoPE, as llama.cpp's converter computes them. */
function llama3RopeFactors(spec: LlamaModelSpec, headDim: number): Float32Array {
    const s = spec.ropeScaling!;
    const lowFreqWavelen = s.originalContextLength / s.lowFreqFactor;
    const highFreqWavelen = s.originalContextLength / s.highFreqFactor;
    const factors = new Float32Array(headDim / 2);
    for (let i = 0; i < factors.length; i++) {
        const freq = 1 / spec.ropeFreqBase ** ((2 * i) / headDim);
        const wavelen = (2 * Math.PI) / freq;
        if (wavelen < highFreqWavelen) factors[i] = 1;
        else if (wavelen > lowFreqWavelen) factors[i] = s.factor;
        else {
            const smooth = (s.originalContextLength / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
            factors[i] = 1 / ((1 - smooth) / s.factor + smooth);
        }
    }
    return factors;
}

function fileType(t: GgmlType): LlamaFileType {
    switch (t) {
        case GgmlType.Q4_0:
            return LlamaFileType.MOSTLY_Q4_0;
        case GgmlType.Q8_0:
            return LlamaFileType.MOSTLY_Q8_0;
        case GgmlType.F16:
            return LlamaFileType.MOSTLY_F16;
        case GgmlType.F32:
            return LlamaFileType.ALL_F32;
    }
}
