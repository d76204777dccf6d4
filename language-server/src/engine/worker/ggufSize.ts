// Bytes a GGUF file must have to hold all its tensors: a download cut off midway is found
// before llama.cpp is asked to load it (llama.cpp only says "failed to load model").

/** ggml type id → [elements per block, bytes per block] for the types GGUF models use. */
const BLOCK: Record<number, readonly [number, number]> = {
    0: [1, 4], // F32
    1: [1, 2], // F16
    2: [32, 18], // Q4_0
    3: [32, 20], // Q4_1
    6: [32, 22], // Q5_0
    7: [32, 24], // Q5_1
    8: [32, 34], // Q8_0
    10: [256, 84], // Q2_K
    11: [256, 110], // Q3_K
    12: [256, 144], // Q4_K
    13: [256, 176], // Q5_K
    14: [256, 210], // Q6_K
    15: [256, 292], // Q8_K
    24: [1, 1], // I8
    25: [1, 2], // I16
    26: [1, 4], // I32
    27: [1, 8], // I64
    28: [1, 8], // F64
    30: [1, 2], // BF16
};

export interface TensorExtent {
    dimensions: readonly (number | bigint)[];
    ggmlType: number;
    fileOffset: number | bigint;
}

/**
 * The smallest file size that holds every tensor whose type we know; tensors of unknown types
 * count only up to their start offset, so the result is a lower bound and never a false alarm.
 */
export function minimumFileSize(tensors: readonly TensorExtent[]): number {
    let end = 0;
    for (const t of tensors) {
        const start = Number(t.fileOffset);
        const block = BLOCK[t.ggmlType];
        const elements = t.dimensions.reduce<number>((a, d) => a * Number(d), 1);
        const bytes = block ? Math.ceil(elements / block[0]) * block[1] : 0;
        end = Math.max(end, start + bytes);
    }
    return end;
}
