// `skrivehjelp/downloadModel`: validates the request, picks the folder, runs the download in
// its own process and reports work-done progress. Nothing is downloaded unless a client asks.
import { ResponseError, WorkDoneProgress, type Connection } from "vscode-languageserver/node";
import { DownloadError, runDownload, type Progress } from "../download/downloadProcess";
import { downloadJobFrom } from "../download/job";
import { progressText } from "../download/progressText";
import type { DownloadJob } from "../download/messages";
import { DownloadModelRequest, type DownloadErrorKind, type DownloadModelParams, type DownloadProgressReport } from "../protocol/download";
import type { Logger } from "../protocol/log";
import { uiText } from "../uiMessages";

/** `modelDir`: where a request without `dir` downloads to, the folder model URIs are loaded from. */
export function registerDownload(connection: Connection, workerScript: string, log: Logger, modelDir: () => string): void {
    const active = new Set<string>();
    connection.onRequest(DownloadModelRequest, async (params, token) => {
        const job = jobFrom(params, modelDir());
        const key = `${job.dir}\n${job.fileName ?? job.uri}`;
        if (active.has(key)) throw failure("badRequest", uiText("downloadRunning", job.fileName ?? job.uri));
        active.add(key);
        const controller = new AbortController();
        const sub = token.onCancellationRequested(() => controller.abort());
        const progressToken = params.workDoneToken;
        const report = (p: Progress) => {
            if (progressToken === undefined) return;
            const value: DownloadProgressReport = {
                kind: "report",
                ...p,
                percentage: p.totalBytes > 0 ? Math.floor((p.downloadedBytes / p.totalBytes) * 100) : undefined,
                message: progressText(p),
            };
            void connection.sendProgress(WorkDoneProgress.type, progressToken, value);
        };
        if (progressToken !== undefined)
            void connection.sendProgress(WorkDoneProgress.type, progressToken, {
                kind: "begin",
                title: uiText("downloadTitle"),
                cancellable: true,
                percentage: 0,
            });
        const started = performance.now();
        log("info", `downloading ${job.uri} into ${job.dir}`);
        try {
            const result = await runDownload(job, { workerScript, log, onProgress: report, signal: controller.signal });
            const ms = Math.round(performance.now() - started);
            log(
                "info",
                `downloaded ${result.path}: ${result.sizeBytes} bytes in ${ms} ms${result.resumedFromBytes ? ` (resumed from ${result.resumedFromBytes} bytes)` : ""}, checksum: ${result.checksum}`,
            );
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
    const job = downloadJobFrom(p, modelDir);
    if ("error" in job) throw failure("badRequest", job.error);
    return job;
}

function failure(kind: DownloadErrorKind, message: string): ResponseError<{ kind: DownloadErrorKind }> {
    // -32800 is LSP's RequestCancelled; everything else is a plain request failure
    return new ResponseError(kind === "cancelled" ? -32800 : -32803, message, { kind });
}
