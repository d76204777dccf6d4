// Checks a configured model path before a worker is started, so the common mistakes get a
// precise message without loading anything.
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultModelDir } from "../models/modelDir";
import type { ModelDownload, ModelErrorKind } from "../protocol/engine";
import { uiText } from "../uiMessages";

export interface ModelFileProblem {
    kind: ModelErrorKind;
    message: string;
    /** With "notDownloaded": what to download. */
    download?: ModelDownload;
}

const GGUF_MAGIC = Buffer.from("GGUF", "ascii");

/** `fromUri`: the file is a model URI's download, and its absence means "not downloaded yet". */
export function checkModelFile(modelPath: string, fromUri?: ModelDownload): ModelFileProblem | undefined {
    // ipull writes `<name>.ipull` and renames it when complete, so the file exists only once downloaded
    if (fromUri && !fs.existsSync(modelPath)) return notDownloaded(modelPath, fromUri);
    if (!modelPath) {
        return { kind: "notConfigured", message: uiText("modelNotChosen") };
    }
    if (!path.isAbsolute(modelPath)) {
        return { kind: "missing", message: uiText("modelPathRelative", modelPath) };
    }
    let stat: fs.Stats;
    try {
        stat = fs.statSync(modelPath);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EACCES") return { kind: "unreadable", message: uiText("modelFileDenied", modelPath) };
        return { kind: "missing", message: uiText("modelFileMissing", modelPath) };
    }
    if (stat.isDirectory()) {
        return { kind: "directory", message: uiText("modelPathFolder", modelPath) };
    }
    const head = Buffer.alloc(4);
    let fd: number | undefined;
    try {
        fd = fs.openSync(modelPath, "r");
        const n = fs.readSync(fd, head, 0, 4, 0);
        if (n < 4 || !head.equals(GGUF_MAGIC)) {
            return { kind: "notGguf", message: uiText("modelNotGguf", path.basename(modelPath), stat.size === 0) };
        }
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return { kind: "unreadable", message: uiText("modelFileUnreadable", modelPath, code ?? String(e)) };
    } finally {
        if (fd !== undefined) fs.closeSync(fd);
    }
    return undefined;
}

function notDownloaded(modelPath: string, d: ModelDownload): ModelFileProblem {
    const partial = fs.existsSync(`${modelPath}.ipull`);
    const request = JSON.stringify({ uri: d.uri, dir: d.dir, fileName: d.fileName });
    const command = `skrivehjelp download ${d.uri}${d.dir === defaultModelDir() ? "" : ` --dir ${d.dir}`}`;
    return { kind: "notDownloaded", message: uiText("modelNotDownloaded", d.uri, partial, request, command, modelPath), download: d };
}
