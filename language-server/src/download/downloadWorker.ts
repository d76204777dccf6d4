// The download process: a child of the language server (`dist/server.js --download-worker`)
// that fetches one model file with node-llama-cpp's downloader (ipull: parallel ranges, a
// progress record beside the partial file, so an interrupted transfer resumes where it was).
// It lives apart from the server because node-llama-cpp is large and only workers load it.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { ModelDownloader } from "node-llama-cpp" with { "resolution-mode": "import" };
import type { DownloadErrorKind } from "../protocol/download";
import type { Logger } from "../protocol/log";
import { loadNodeLlamaCpp } from "../engine/worker/nodeLlamaCpp";
import { downloadSize, setUiLanguage, uiText } from "../uiMessages";
import type { DownloadJob, FromDownloader, ToDownloader } from "./messages";
import { bytesOnDisk } from "./partialFile";
import { announcedSha256, sizeMatches, sourceUrl } from "./sourceUrl";
import { SpeedMeter } from "./speed";

const MB = 1024 * 1024;
/** Kept free on the disk beyond the file itself. */
const DISK_MARGIN = 64 * MB;
const TICK_MS = 250;

class DownloadFailure extends Error {
    constructor(
        readonly kind: DownloadErrorKind,
        message: string,
    ) {
        super(message);
    }
}

export function runDownloadWorker(): void {
    const send = (m: FromDownloader, then?: () => void) =>
        process.send ? process.send(m, undefined, undefined, () => then?.()) : then?.();
    const finish = (m: FromDownloader) => send(m, () => process.exit(0));
    const state: RunState = { cancelled: false };
    process.on("disconnect", () => process.exit(0));
    process.on("message", (m: ToDownloader) => {
        if (m.type === "start") {
            // what the user reads is said in the UI language the server gave the job
            setUiLanguage(m.job.language);
            run(m.job, state, send).then(
                (result) => finish({ type: "done", result }),
                (e: unknown) =>
                    finish(
                        state.cancelled
                            ? { type: "failed", kind: "cancelled", message: uiText("downloadCancelled") }
                            : e instanceof DownloadFailure
                              ? { type: "failed", kind: e.kind, message: e.message }
                              : {
                                    type: "failed",
                                    kind: "failed",
                                    message: uiText("downloadFailed", e instanceof Error ? e.message : String(e)),
                                },
                    ),
            );
        } else if (m.type === "cancel") {
            state.cancelled = true;
            if (state.interrupt) state.interrupt("cancelled");
            else if (!state.downloader) finish({ type: "failed", kind: "cancelled", message: uiText("downloadCancelled") });
        }
    });
}

interface RunState {
    cancelled: boolean;
    downloader?: ModelDownloader;
    /** Ends a running transfer: ipull's own cancel does not stop a transfer that is retrying. */
    interrupt?: (why: "stalled" | "cancelled") => void;
}

async function run(job: DownloadJob, state: RunState, send: (m: FromDownloader) => void) {
    const log: Logger = (level, message) => send({ type: "log", level, message });
    const progress = (
        phase: "connecting" | "downloading" | "verifying",
        downloadedBytes: number,
        totalBytes: number,
        bytesPerSecond = 0,
        secondsLeft = -1,
    ) => send({ type: "progress", report: { phase, downloadedBytes, totalBytes, bytesPerSecond, secondsLeft } });
    progress("connecting", 0, 0);
    fs.mkdirSync(job.dir, { recursive: true });
    const nlc = await loadNodeLlamaCpp();

    const expected = job.sha256 ? { sum: job.sha256.toLowerCase(), origin: "catalogue" as const } : await askChecksum(job.uri, log);

    // Creating the downloader asks the source for the file's size; an unreachable source is
    // retried by ipull for minutes, so a time limit turns that into a clear message.
    const created = nlc.createModelDownloader({
        modelUri: job.uri,
        dirPath: job.dir,
        fileName: job.fileName,
        skipExisting: true,
        deleteTempFileOnCancel: false,
    });
    const downloader = await withTimeout(
        created,
        job.stallSeconds * 1000,
        () => new DownloadFailure("unreachable", uiText("downloadNoAnswer", hostOf(job.uri), job.stallSeconds)),
    ).catch((e: unknown) => {
        throw e instanceof DownloadFailure ? e : describeSourceError(e, job.uri);
    });
    state.downloader = downloader;
    if (state.cancelled) {
        await downloader.cancel({ deleteTempFile: true });
        throw new DownloadFailure("cancelled", uiText("downloadCancelled"));
    }

    const total = downloader.totalSize;
    const finalPath = downloader.entrypointFilePath;
    if (job.expectedSizeBytes && total > 0 && !sizeMatches(total, job.expectedSizeBytes, job.sizeTolerance)) {
        await downloader.cancel({ deleteTempFile: false });
        throw new DownloadFailure("sizeMismatch", uiText("downloadOtherSize", total, path.basename(finalPath), job.expectedSizeBytes));
    }
    const resumedFromBytes = downloader.downloadedSize > 0 ? partialBytes(`${finalPath}.ipull`, total) : 0;
    if (resumedFromBytes > 0)
        log("info", `resuming ${path.basename(finalPath)}: ${fmt(resumedFromBytes)} of ${fmt(total)} are already on disk`);

    const free = freeDiskBytes(job.dir, job.diskFreeLimitBytes);
    const needed = Math.max(0, total - resumedFromBytes);
    if (free !== undefined && needed + DISK_MARGIN > free) {
        await downloader.cancel({ deleteTempFile: false });
        throw new DownloadFailure("notEnoughSpace", uiText("downloadNoSpace", path.basename(finalPath), needed, job.dir, free));
    }

    const started = performance.now();
    const meter = new SpeedMeter();
    const interrupted = new Promise<"stalled" | "cancelled">((resolve) => (state.interrupt = resolve));
    let lastBytes = -1;
    let lastChange = performance.now();
    const timer = setInterval(() => {
        const now = performance.now();
        const bytes = downloader.downloadedSize;
        meter.add(now, bytes);
        if (bytes !== lastBytes) {
            lastBytes = bytes;
            lastChange = now;
        } else if (now - lastChange > job.stallSeconds * 1000) {
            state.interrupt?.("stalled");
        }
        const speed = meter.bytesPerSecond();
        progress("downloading", bytes, total, speed, speed > 0 && total > 0 ? Math.ceil((total - bytes) / speed) : -1);
    }, TICK_MS);
    let outcome: "done" | "stalled" | "cancelled";
    try {
        outcome = await Promise.race([downloader.download().then(() => "done" as const), interrupted]);
    } catch (e) {
        throw describeSourceError(e, job.uri);
    } finally {
        clearInterval(timer);
    }
    if (outcome === "cancelled") {
        // a user's cancel frees the disk; only an interruption keeps the partial file for a resume
        await withTimeout(downloader.cancel({ deleteTempFile: true }), 3000, () => new Error("timeout")).catch(() => undefined);
        fs.rmSync(`${finalPath}.ipull`, { force: true });
        throw new DownloadFailure("cancelled", uiText("downloadCancelled"));
    }
    if (outcome === "stalled") {
        await withTimeout(downloader.cancel({ deleteTempFile: false }), 3000, () => new Error("timeout")).catch(() => undefined);
        throw new DownloadFailure("stalled", uiText("downloadStalled", job.stallSeconds, downloader.downloadedSize, total));
    }
    const seconds = (performance.now() - started) / 1000;

    let size: number;
    try {
        size = fs.statSync(finalPath).size;
    } catch {
        throw new DownloadFailure("failed", uiText("downloadFileGone", finalPath));
    }
    if (total > 0 && size !== total) {
        fs.rmSync(finalPath, { force: true });
        throw new DownloadFailure("sizeMismatch", uiText("downloadWrongSize", size, total));
    }
    if (expected) {
        progress("verifying", 0, size);
        const sum = await sha256Of(finalPath, (done) => progress("verifying", done, size));
        if (sum !== expected.sum) {
            fs.rmSync(finalPath, { force: true });
            throw new DownloadFailure("checksumMismatch", uiText("downloadDamaged", sum, expected.origin === "catalogue", expected.sum));
        }
    }
    return {
        path: finalPath,
        sizeBytes: size,
        resumedFromBytes,
        checksum: expected ? expected.origin : ("none" as const),
        bytesPerSecond: seconds > 0 ? Math.round((size - resumedFromBytes) / seconds) : 0,
    };
}

/** The checksum the source announces for the file, if it announces one (one HEAD request). */
async function askChecksum(uri: string, log: (l: "debug", m: string) => void): Promise<{ sum: string; origin: "source" } | undefined> {
    const url = sourceUrl(uri);
    if (!url) return undefined;
    try {
        // the first answer: Hugging Face puts the LFS checksum on its redirect to the CDN
        const res = await fetch(url, { method: "HEAD", redirect: "manual", signal: AbortSignal.timeout(15_000) });
        const sum = announcedSha256(res.headers);
        log("debug", `checksum from ${url}: ${sum ?? "none announced"} (HTTP ${res.status})`);
        return sum ? { sum, origin: "source" } : undefined;
    } catch (e) {
        log("debug", `no checksum from ${url}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}

function describeSourceError(e: unknown, uri: string): DownloadFailure {
    const status = (e as { statusCode?: unknown })?.statusCode;
    if (status === 404) return new DownloadFailure("notFound", uiText("downloadNotFound", uri));
    if (status === 401 || status === 403) return new DownloadFailure("httpError", uiText("downloadRefused", hostOf(uri), status));
    if (typeof status === "number") return new DownloadFailure("httpError", uiText("downloadHttpStatus", hostOf(uri), status));
    const message = e instanceof Error ? e.message : String(e);
    if (/fetch failed|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET/i.test(message + String((e as { cause?: unknown })?.cause ?? "")))
        return new DownloadFailure("unreachable", uiText("downloadUnreachable", hostOf(uri), message));
    return new DownloadFailure("failed", uiText("downloadFailed", message));
}

/** Bytes of the partial file that hold finished chunks (see partialFile.ts). */
function partialBytes(file: string, total: number): number {
    try {
        const size = fs.statSync(file).size;
        if (size <= total) return 0;
        const fd = fs.openSync(file, "r");
        try {
            const record = Buffer.alloc(Math.min(size - total, 1024 * 1024));
            fs.readSync(fd, record, 0, record.length, total);
            return bytesOnDisk(record.toString("utf8"), total);
        } finally {
            fs.closeSync(fd);
        }
    } catch {
        return 0;
    }
}

function freeDiskBytes(dir: string, limit: number | undefined): number | undefined {
    let free: number | undefined;
    try {
        const s = fs.statfsSync(dir);
        free = s.bavail * s.bsize;
    } catch {
        free = undefined;
    }
    if (limit === undefined) return free;
    return free === undefined ? limit : Math.min(free, limit);
}

async function sha256Of(file: string, onProgress: (bytes: number) => void): Promise<string> {
    const hash = createHash("sha256");
    let done = 0;
    let lastReport = 0;
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 * MB }) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        done += chunk.length;
        if (performance.now() - lastReport > TICK_MS) {
            lastReport = performance.now();
            onProgress(done);
        }
    }
    return hash.digest("hex");
}

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(onTimeout()), ms);
        p.then(
            (v) => (clearTimeout(timer), resolve(v)),
            (e: unknown) => (clearTimeout(timer), reject(e)),
        );
    });
}

function hostOf(uri: string): string {
    if (uri.startsWith("hf:")) return "Hugging Face";
    try {
        return new URL(uri).host;
    } catch {
        return uri;
    }
}

/** Sizes in the log's English. */
function fmt(bytes: number): string {
    return downloadSize(bytes, "en");
}
