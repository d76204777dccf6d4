// "Download a recommended model": a quick pick of NB-Llama models with their sizes (the one
// that fits this computer's free memory first), then the server's download with VS Code
// progress (size, speed, time left, Cancel). On success the model becomes skrivehjelp.model.path.
// The same download fetches a model URI the setting names, when the user accepts ("Download").
import * as os from "node:os";
import * as vscode from "vscode";
import { WorkDoneProgress, type ResponseError } from "vscode-languageclient/node";
import { suggestModel } from "./choose";
import type { RecommendedModel } from "./recommended";
import type { ModelDownload } from "../../language-server/src/protocol/engine";
import {
    DownloadModelRequest,
    type DownloadErrorKind,
    type DownloadModelResult,
    type DownloadProgressReport,
} from "../../language-server/src/protocol/download";
import { modelDirOf } from "../client";
import { setModelPath } from "../config";
import type { Ctx } from "../ctx";
import { loadCatalogue } from "./catalogue";
import { formatBytes, formatSeconds } from "./format";

/** Catalogue sizes are rounded ("808 MB"); a file more than this far off is not the one listed. */
const SIZE_TOLERANCE = 0.02;

/** With `id` (tests, other extensions) the quick pick is skipped. Resolves with the model path, or undefined. */
export async function downloadRecommendedModel(ctx: Ctx, id?: string): Promise<string | undefined> {
    const catalogue = loadCatalogue();
    if ("error" in catalogue) {
        void vscode.window.showErrorMessage(vscode.l10n.t("Skrivehjelp: the list of recommended models is unusable: {0}", catalogue.error));
        return undefined;
    }
    const model = id ? catalogue.models.find((m) => m.id === id) : await pickModel(catalogue.models);
    if (!model) {
        if (id) void vscode.window.showErrorMessage(vscode.l10n.t("Skrivehjelp: no recommended model has the id {0}.", id));
        return undefined;
    }
    const result = await runDownload(ctx, {
        uri: model.uri,
        fileName: model.fileName,
        label: model.label,
        sizeBytes: model.sizeBytes,
        sha256: model.sha256,
    });
    if (!result) return undefined;
    await setModelPath(result.path);
    // Load only once the server has the new path, or it would load the old one.
    await ctx.waitForModelPath(result.path);
    await ctx.loadModel(false).catch(() => undefined); // a failure shows through the status and its notification
    return result.path;
}

/**
 * Downloads the model URI that `skrivehjelp.model.path` names (what the engine's "notDownloaded"
 * error says to fetch), then loads it. The setting stays the URI.
 */
export async function downloadModelUri(ctx: Ctx, d: ModelDownload): Promise<string | undefined> {
    const result = await runDownload(ctx, { uri: d.uri, fileName: d.fileName, label: d.fileName, dir: d.dir });
    if (!result) return undefined;
    await ctx.loadModel(false).catch(() => undefined); // a failure shows through the status and its notification
    return result.path;
}

/** A `{uri, dir, fileName}` argument (the engine status's `error.download`). */
export function isModelDownload(v: unknown): v is ModelDownload {
    const d = v as Partial<ModelDownload> | null;
    return typeof d === "object" && d !== null && typeof d.uri === "string" && typeof d.dir === "string" && typeof d.fileName === "string";
}

async function pickModel(models: readonly RecommendedModel[]): Promise<RecommendedModel | undefined> {
    const memory = { freeBytes: os.freemem(), totalBytes: os.totalmem() };
    const suggestion = suggestModel(models, memory);
    const items = [...models]
        .sort((a, b) => (a === suggestion?.model ? -1 : b === suggestion?.model ? 1 : a.memoryBytes - b.memoryBytes))
        .map((m) => ({
            model: m,
            label: m.label,
            description: vscode.l10n.t("{0} download · needs about {1} of memory", formatBytes(m.sizeBytes), formatBytes(m.memoryBytes)),
            detail:
                m === suggestion?.model
                    ? suggestion.fits
                        ? `$(star-full) ${vscode.l10n.t("Recommended for this computer ({0} of memory free)", formatBytes(memory.freeBytes))}`
                        : `$(warning) ${vscode.l10n.t("The smallest model; this computer has only {0} of memory free", formatBytes(memory.freeBytes))}`
                    : m.memoryBytes > memory.freeBytes
                      ? `$(warning) ${vscode.l10n.t("More than this computer's free memory")}`
                      : undefined,
        }));
    const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t("Download a language model (NB-Llama, National Library of Norway)"),
        placeHolder: vscode.l10n.t("Choose a model; it is downloaded from Hugging Face once and stays on this computer"),
        matchOnDescription: true,
    });
    return picked?.model;
}

/** What to download; `sizeBytes` and `sha256` (a catalogue's) are checked when given. */
interface DownloadTarget {
    uri: string;
    fileName: string;
    /** Shown in the progress notification. */
    label: string;
    sizeBytes?: number;
    sha256?: string | null;
    /** Default: the extension's model folder. */
    dir?: string;
}

async function runDownload(ctx: Ctx, model: DownloadTarget): Promise<DownloadModelResult | undefined> {
    const client = ctx.requireClient();
    const token = `skrivehjelp-download-${Date.now()}`;
    const dir = model.dir ?? modelDirOf(ctx.globalStorageDir);
    ctx.output.info(`downloading ${model.uri} into ${dir}`);
    let cancelled = false;
    try {
        return await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t("Downloading {0}", model.label), cancellable: true },
            async (progress, cancel) => {
                cancel.onCancellationRequested(() => (cancelled = true));
                let shown = 0;
                const sub = client.onProgress(WorkDoneProgress.type, token, (p) => {
                    if (p.kind !== "report") return;
                    const r = p as DownloadProgressReport;
                    const percent = r.totalBytes > 0 ? Math.floor((r.downloadedBytes / r.totalBytes) * 100) : 0;
                    ctx.showDownloadProgress(percent);
                    progress.report({ increment: Math.max(0, percent - shown), message: describe(r) });
                    shown = Math.max(shown, percent);
                });
                try {
                    const result = await client.sendRequest(
                        DownloadModelRequest,
                        {
                            uri: model.uri,
                            fileName: model.fileName,
                            dir,
                            ...(model.sizeBytes ? { expectedSizeBytes: model.sizeBytes, sizeTolerance: SIZE_TOLERANCE } : {}),
                            sha256: model.sha256,
                            workDoneToken: token,
                        },
                        cancel,
                    );
                    ctx.output.info(
                        `downloaded ${result.path} (${result.sizeBytes} bytes in ${result.ms} ms, checksum: ${result.checksum})`,
                    );
                    return result;
                } finally {
                    sub.dispose();
                    ctx.showDownloadProgress(undefined);
                }
            },
        );
    } catch (e) {
        const kind = (e as ResponseError<{ kind?: DownloadErrorKind }>).data?.kind;
        // the client library may turn the server's "cancelled" answer into its own cancellation error
        if (kind === "cancelled" || cancelled || e instanceof vscode.CancellationError) {
            void vscode.window.showInformationMessage(vscode.l10n.t("Skrivehjelp: the download was cancelled."));
            return undefined;
        }
        const again = vscode.l10n.t("Try again");
        const picked = await vscode.window.showErrorMessage(`Skrivehjelp: ${e instanceof Error ? e.message : String(e)}`, again);
        if (picked === again) return runDownload(ctx, model);
        return undefined;
    }
}

function describe(r: DownloadProgressReport): string {
    if (r.phase === "connecting") return vscode.l10n.t("Connecting…");
    if (r.phase === "verifying")
        return vscode.l10n.t("Checking the file: {0} of {1}", formatBytes(r.downloadedBytes), formatBytes(r.totalBytes));
    const parts = [vscode.l10n.t("{0} of {1}", formatBytes(r.downloadedBytes), r.totalBytes > 0 ? formatBytes(r.totalBytes) : "?")];
    if (r.bytesPerSecond > 0) parts.push(vscode.l10n.t("{0}/s", formatBytes(r.bytesPerSecond)));
    if (r.secondsLeft >= 0) parts.push(vscode.l10n.t("{0} left", formatSeconds(r.secondsLeft)));
    return parts.join(" · ");
}
