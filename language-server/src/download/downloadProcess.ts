// Runs one download in a child process (`--download-worker`) and turns its messages into a
// promise, progress callbacks and cancellation. Knows nothing of LSP.
import { fork } from "node:child_process";
import type { DownloadErrorKind, DownloadModelResult, DownloadProgressReport } from "../protocol/download";
import type { Logger } from "../protocol/log";
import { uiLanguage, uiText } from "../uiMessages";
import type { DownloadJob, FromDownloader, ToDownloader } from "./messages";

export class DownloadError extends Error {
    constructor(
        readonly kind: DownloadErrorKind,
        message: string,
    ) {
        super(message);
    }
}

export type Progress = Pick<DownloadProgressReport, "phase" | "downloadedBytes" | "totalBytes" | "bytesPerSecond" | "secondsLeft">;

export interface DownloadProcessOptions {
    /** The server bundle; the child runs it with `--download-worker`. */
    workerScript: string;
    log: Logger;
    onProgress?: (p: Progress) => void;
    signal?: AbortSignal;
}

/** How long a cancelled download may take to clean up before its process is killed. */
const CANCEL_GRACE_MS = 5000;

export function runDownload(job: DownloadJob, o: DownloadProcessOptions): Promise<Omit<DownloadModelResult, "ms">> {
    return new Promise((resolve, reject) => {
        if (o.signal?.aborted) return reject(new DownloadError("cancelled", uiText("downloadCancelled")));
        const child = fork(o.workerScript, ["--download-worker"], { stdio: ["ignore", "pipe", "pipe", "ipc"], execArgv: [] });
        let tail = "";
        const keep = (b: Buffer) => (tail = (tail + b.toString("utf8")).slice(-2000));
        child.stdout?.on("data", keep);
        child.stderr?.on("data", keep);
        let settled = false;
        let killTimer: NodeJS.Timeout | undefined;
        const settle = (f: () => void) => {
            if (settled) return;
            settled = true;
            o.signal?.removeEventListener("abort", onAbort);
            f();
        };
        const send = (m: ToDownloader) => child.connected && child.send(m);
        const onAbort = () => {
            send({ type: "cancel" });
            killTimer = setTimeout(() => child.kill("SIGKILL"), CANCEL_GRACE_MS);
        };
        o.signal?.addEventListener("abort", onAbort, { once: true });
        child.on("message", (m: FromDownloader) => {
            switch (m.type) {
                case "progress":
                    o.onProgress?.(m.report);
                    break;
                case "log":
                    o.log(m.level, `download: ${m.message}`);
                    break;
                case "done":
                    settle(() => resolve(m.result));
                    break;
                case "failed":
                    settle(() => reject(new DownloadError(m.kind, m.message)));
                    break;
            }
        });
        child.on("error", (e) => settle(() => reject(new DownloadError("failed", uiText("downloadNoProcess", e.message)))));
        child.on("exit", (code, sig) => {
            clearTimeout(killTimer);
            settle(() =>
                reject(
                    o.signal?.aborted
                        ? new DownloadError("cancelled", uiText("downloadCancelled"))
                        : new DownloadError(
                              "failed",
                              uiText("downloadProcessStopped", {
                                  signal: sig,
                                  code,
                                  lastLine: tail.trim() ? tail.trim().split("\n").pop()! : "",
                              }),
                          ),
                ),
            );
        });
        // the process is new and knows no UI language: the job carries the server's
        send({ type: "start", job: { ...job, language: job.language ?? uiLanguage() } });
    });
}
