// `skrivehjelp/downloadModel`: validates the request, picks the folder, runs the download in
// its own process and reports work-done progress. Nothing is downloaded unless a client asks.
import * as path from "node:path";
import { ResponseError, WorkDoneProgress, type Connection } from "vscode-languageserver/node";
import { DownloadError, runDownload, type Progress } from "../download/downloadProcess";
import type { DownloadJob } from "../download/messages";
import { DownloadModelRequest, type DownloadErrorKind, type DownloadModelParams, type DownloadProgressReport } from "../protocol/download";

type Log = (level: "error" | "warn" | "info" | "debug", message: string) => void;

/** Seconds without data before a download is given up (kept for a resume); SKRIVEHJELP_DOWNLOAD_STALL_SECONDS overrides. */
const DEFAULT_STALL_SECONDS = 60;

/** `modelDir`: where a request without `dir` downloads to, the folder model URIs are loaded from. */
export function registerDownload(connection: Connection, workerScript: string, log: Log, modelDir: () => string): void {
    const active = new Set<string>();
    connection.onRequest(DownloadModelRequest, async (params, token) => {
        const job = jobFrom(params, modelDir());
        const key = `${job.dir}\n${job.fileName ?? job.uri}`;
        if (active.has(key)) throw failure("badRequest", `${job.fileName ?? job.uri} is already being downloaded.`);
        active.add(key);
        const controller = new AbortController();
        const sub = token.onCancellationRequested(() => controller.abort());
        const progressToken = params.workDoneToken;
        const report = (p: Progress) => {
            if (progressToken === undefined) return;
            const value: DownloadProgressReport = { kind: "report", ...p, percentage: p.totalBytes > 0 ? Math.floor((p.downloadedBytes / p.totalBytes) * 100) : undefined, message: describe(p) };
            void connection.sendProgress(WorkDoneProgress.type, progressToken, value);
        };
        if (progressToken !== undefined) void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: "begin", title: "Downloading the model", cancellable: true, percentage: 0 });
        const started = performance.now();
        log("info", `downloading ${job.uri} into ${job.dir}`);
        try {
            const result = await runDownload(job, { workerScript, log, onProgress: report, signal: controller.signal });
            const ms = Math.round(performance.now() - started);
            log("info", `downloaded ${result.path}: ${result.sizeBytes} bytes in ${ms} ms${result.resumedFromBytes ? ` (resumed from ${result.resumedFromBytes} bytes)` : ""}, checksum: ${result.checksum}`);
            return { ...result, ms };
        } catch (e) {
            const err = e instanceof DownloadError ? e : new DownloadError("failed", e instanceof Error ? e.message : String(e));
            log(err.kind === "cancelled" ? "info" : "error", `download of ${job.uri} failed (${err.kind}): ${err.message}`);
            throw failure(err.kind, err.message);
        } finally {
            sub.dispose();
            active.delete(key);
            if (progressToken !== undefined) void connection.sendProgress(WorkDoneProgress.type, progressToken, { kind: "end" });
        }
    });
}

function jobFrom(p: DownloadModelParams, modelDir: string): DownloadJob {
    if (!p || typeof p.uri !== "string" || !/^(hf:|https?:\/\/)/.test(p.uri.trim()))
        throw failure("badRequest", `"uri" must be an hf: model URI or an http(s) URL (got ${JSON.stringify(p?.uri)}).`);
    if (p.fileName !== undefined && (typeof p.fileName !== "string" || !/^[^\\/]+\.gguf$/i.test(p.fileName)))
        throw failure("badRequest", `"fileName" must be a plain file name ending in .gguf (got ${JSON.stringify(p.fileName)}).`);
    if (p.dir !== undefined && (typeof p.dir !== "string" || !path.isAbsolute(p.dir))) throw failure("badRequest", `"dir" must be an absolute folder path (got ${JSON.stringify(p.dir)}).`);
    if (p.sha256 != null && !/^[0-9a-f]{64}$/i.test(String(p.sha256))) throw failure("badRequest", `"sha256" must be 64 hex digits.`);
    const expected = typeof p.expectedSizeBytes === "number" && p.expectedSizeBytes > 0 ? p.expectedSizeBytes : undefined;
    const stall = Number(process.env.SKRIVEHJELP_DOWNLOAD_STALL_SECONDS);
    const diskLimitMb = Number(process.env.SKRIVEHJELP_DISK_FREE_LIMIT_MB);
    return {
        uri: p.uri.trim(),
        dir: p.dir ?? modelDir,
        fileName: p.fileName,
        expectedSizeBytes: expected,
        sizeTolerance: typeof p.sizeTolerance === "number" && p.sizeTolerance >= 0 ? Math.min(p.sizeTolerance, 0.5) : 0,
        sha256: p.sha256 ? String(p.sha256).toLowerCase() : undefined,
        stallSeconds: stall > 0 ? stall : DEFAULT_STALL_SECONDS,
        diskFreeLimitBytes: diskLimitMb >= 0 && process.env.SKRIVEHJELP_DISK_FREE_LIMIT_MB ? diskLimitMb * 1024 * 1024 : undefined,
    };
}

function failure(kind: DownloadErrorKind, message: string): ResponseError<{ kind: DownloadErrorKind }> {
    // -32800 is LSP's RequestCancelled; everything else is a plain request failure
    return new ResponseError(kind === "cancelled" ? -32800 : -32803, message, { kind });
}

function describe(p: Progress): string {
    const mb = (b: number) => `${(b / 1e6).toFixed(b < 1e8 ? 1 : 0)} MB`;
    if (p.phase === "connecting") return "Connecting…";
    if (p.phase === "verifying") return `Verifying the checksum: ${mb(p.downloadedBytes)} of ${mb(p.totalBytes)}`;
    const speed = p.bytesPerSecond > 0 ? ` · ${mb(p.bytesPerSecond)}/s` : "";
    const left = p.secondsLeft >= 0 ? ` · ${p.secondsLeft < 90 ? `${p.secondsLeft} s` : `${Math.round(p.secondsLeft / 60)} min`} left` : "";
    return `${mb(p.downloadedBytes)} of ${p.totalBytes > 0 ? mb(p.totalBytes) : "?"}${speed}${left}`;
}
