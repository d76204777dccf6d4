// Messages between the language server and its download process (`--download-worker`).
import type { DownloadErrorKind, DownloadModelResult, DownloadProgressReport } from "../protocol/download";
import type { LogLevel } from "../protocol/settings";
import type { UiLanguage } from "../protocol/uiLanguage";

export interface DownloadJob {
    uri: string;
    dir: string;
    fileName?: string;
    expectedSizeBytes?: number;
    sizeTolerance: number;
    sha256?: string | null;
    /** Seconds without a new byte before the transfer is given up (what arrived is kept for a resume). */
    stallSeconds: number;
    /** Caps the free disk space the check believes in (SKRIVEHJELP_DISK_FREE_LIMIT_MB); undefined = the real figure. */
    diskFreeLimitBytes?: number;
    /** The language the process writes its failures in: the server's UI language (runDownload sets it); English when unset. */
    language?: UiLanguage;
}

export type ToDownloader = { type: "start"; job: DownloadJob } | { type: "cancel" };

export type FromDownloader =
    | { type: "progress"; report: Omit<DownloadProgressReport, "kind" | "message" | "percentage" | "cancellable"> }
    | { type: "done"; result: Omit<DownloadModelResult, "ms"> }
    | { type: "failed"; kind: DownloadErrorKind; message: string }
    | { type: "log"; level: LogLevel; message: string };
