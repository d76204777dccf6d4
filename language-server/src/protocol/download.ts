// Downloading a model file: one request, with work-done progress and cancellation.
// client → server `skrivehjelp/downloadModel`. The server runs the transfer in a child process
// (node-llama-cpp's downloader) so the language server itself never loads node-llama-cpp.
import { ProtocolRequestType, type WorkDoneProgressParams, type WorkDoneProgressReport } from "vscode-languageserver-protocol";

export interface DownloadModelParams extends WorkDoneProgressParams {
    /** `hf:<user>/<repo>/<file>` (Hugging Face), or an http(s) URL. */
    uri: string;
    /** File name to store it under; default: the name the source gives. */
    fileName?: string;
    /**
     * Folder to store it in. Default: the server's model folder, where it looks for the file of a
     * model URI in `skrivehjelp.model.path`: `initializationOptions.modelDir` (the VS Code
     * extension passes its global storage), else `~/.cache/skrivehjelp/models` (or
     * `$XDG_CACHE_HOME/skrivehjelp/models`).
     */
    dir?: string;
    /** The size the catalogue expects; the download is refused if the source announces another. */
    expectedSizeBytes?: number;
    /** Allowed relative difference from `expectedSizeBytes` (catalogue sizes are often rounded); default 0. */
    sizeTolerance?: number;
    /** SHA-256 to verify against; when absent, the one the source announces (Hugging Face's X-Linked-Etag) is used if any. */
    sha256?: string | null;
}

export interface DownloadModelResult {
    /** Absolute path of the verified file: what `skrivehjelp.model.path` should be set to. */
    path: string;
    sizeBytes: number;
    /** Bytes that were already on disk from an interrupted download and were not fetched again. */
    resumedFromBytes: number;
    /** Which checksum was verified: "catalogue", "source" (the server's header), or "none" (only the size). */
    checksum: "catalogue" | "source" | "none";
    /** Milliseconds for the whole request, and the average transfer speed in bytes per second. */
    ms: number;
    bytesPerSecond: number;
}

/** Why a download failed; the request's error carries `data: { kind }` and an actionable message. */
export type DownloadErrorKind =
    | "badRequest"
    | "notFound"
    | "httpError"
    | "unreachable"
    | "stalled"
    | "notEnoughSpace"
    | "sizeMismatch"
    | "checksumMismatch"
    | "cancelled"
    | "failed";

/**
 * The `$/progress` report of the work-done token: `message` and `percentage` for any client,
 * plus the figures a client can format itself (the VS Code extension does, in the user's language).
 */
export interface DownloadProgressReport extends WorkDoneProgressReport {
    phase: "connecting" | "downloading" | "verifying";
    downloadedBytes: number;
    totalBytes: number;
    /** Average over the last seconds; 0 when unknown. */
    bytesPerSecond: number;
    /** Estimated seconds left; -1 when unknown. */
    secondsLeft: number;
}

export const DownloadModelRequest = new ProtocolRequestType<
    DownloadModelParams,
    DownloadModelResult,
    never,
    { kind: DownloadErrorKind },
    void
>("skrivehjelp/downloadModel");
