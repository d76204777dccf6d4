// A download request checked and completed with its defaults: the one place the LSP request
// (`skrivehjelp/downloadModel`) and the command line (`skrivehjelp download`) share.
import * as path from "node:path";
import type { DownloadModelParams } from "../protocol/download";
import { uiText } from "../uiMessages";
import type { DownloadJob } from "./messages";

/** Seconds without data before a download is given up (kept for a resume); SKRIVEHJELP_DOWNLOAD_STALL_SECONDS overrides. */
const DEFAULT_STALL_SECONDS = 60;

/** The job for `p`, downloading into `modelDir` unless it names a folder; or what is wrong with it (in the UI language). */
export function downloadJobFrom(p: DownloadModelParams, modelDir: string, env = process.env): DownloadJob | { error: string } {
    if (!p || typeof p.uri !== "string" || !/^(hf:|https?:\/\/)/.test(p.uri.trim()))
        return { error: uiText("downloadBadUri", JSON.stringify(p?.uri)) };
    if (p.fileName !== undefined && (typeof p.fileName !== "string" || !/^[^\\/]+\.gguf$/i.test(p.fileName)))
        return { error: uiText("downloadBadFileName", JSON.stringify(p.fileName)) };
    if (p.dir !== undefined && (typeof p.dir !== "string" || !path.isAbsolute(p.dir)))
        return { error: uiText("downloadBadDir", JSON.stringify(p.dir)) };
    if (p.sha256 != null && !/^[0-9a-f]{64}$/i.test(String(p.sha256))) return { error: uiText("downloadBadSha256") };
    const expected = typeof p.expectedSizeBytes === "number" && p.expectedSizeBytes > 0 ? p.expectedSizeBytes : undefined;
    const stall = Number(env.SKRIVEHJELP_DOWNLOAD_STALL_SECONDS);
    const diskLimitMb = Number(env.SKRIVEHJELP_DISK_FREE_LIMIT_MB);
    return {
        uri: p.uri.trim(),
        dir: p.dir ?? modelDir,
        fileName: p.fileName,
        expectedSizeBytes: expected,
        sizeTolerance: typeof p.sizeTolerance === "number" && p.sizeTolerance >= 0 ? Math.min(p.sizeTolerance, 0.5) : 0,
        sha256: p.sha256 ? String(p.sha256).toLowerCase() : undefined,
        stallSeconds: stall > 0 ? stall : DEFAULT_STALL_SECONDS,
        diskFreeLimitBytes: diskLimitMb >= 0 && env.SKRIVEHJELP_DISK_FREE_LIMIT_MB ? diskLimitMb * 1024 * 1024 : undefined,
    };
}
