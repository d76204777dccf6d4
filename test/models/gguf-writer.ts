// A small GGUF v3 writer for test and benchmark models (the format: gguf-format.ts; the tensor
// data: gguf-tensors.ts).
//
// The header (metadata and tensor infos) is built in memory; tensor data is generated
// and written chunk by chunk, so a model of any size is streamed to disk. The file is
// written under a temporary name and renamed into place, so an interrupted run never
// leaves a half-written file under the final name.

import { randomBytes } from "node:crypto";
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import {
    buildHeader,
    elementCount,
    GGUF_ALIGNMENT,
    GgmlType,
    gguf,
    QK,
    tensorBytes,
    type GgufLayout,
    type MetadataValue,
    type TensorSpec,
    type WriteOptions,
} from "./gguf-format";
import { encode, fillValues, randomQ4_0, randomQ8_0, Rng } from "./gguf-tensors";

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
        this.planned ??= buildHeader(this.metadata, this.tensors);
        return this.planned;
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
        for (let off = 0; off < data.length && !this.full;) {
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
    for (let done = 0; done < bytes;) {
        const { bytesWritten } = await handle.write(buffer, done, bytes - done, position + done);
        done += bytesWritten;
    }
}
