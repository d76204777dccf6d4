// How much of an interrupted download is already on disk. ipull (node-llama-cpp's downloader)
// keeps a partial file `<name>.ipull` with the file's bytes and, after them, a JSON record of
// which chunks are complete. Its own count rounds the last chunk up to a whole chunk, so the
// exact figure is read from that record (format of ipull 3.x; anything else counts as nothing).

/** Chunk state ipull writes for a finished chunk. */
const COMPLETE = 2;

/** Bytes of complete chunks, from the record that follows `totalBytes` bytes of file data. */
export function bytesOnDisk(record: string, totalBytes: number): number {
    let progress: unknown;
    try {
        progress = JSON.parse(record);
    } catch {
        return 0;
    }
    const p = progress as { part?: unknown; chunks?: unknown; chunkSize?: unknown };
    if (p.part !== 0 || !Array.isArray(p.chunks) || typeof p.chunkSize !== "number" || p.chunkSize <= 0) return 0;
    let bytes = 0;
    p.chunks.forEach((status, i) => {
        if (status === COMPLETE) bytes += Math.max(0, Math.min(p.chunkSize as number, totalBytes - i * (p.chunkSize as number)));
    });
    return bytes;
}
