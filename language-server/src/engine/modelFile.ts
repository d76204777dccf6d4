// Checks a configured model path before a worker is started, so the common mistakes get a
// precise message without loading anything.
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultModelDir } from "../models/modelDir";
import type { ModelDownload, ModelErrorKind } from "../protocol/engine";

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
        return { kind: "notConfigured", message: "No model is chosen. Set skrivehjelp.model.path to a GGUF file (an NB-Llama model)." };
    }
    if (!path.isAbsolute(modelPath)) {
        return { kind: "missing", message: `The model path "${modelPath}" is not absolute. Give the full path of a .gguf file.` };
    }
    let stat: fs.Stats;
    try {
        stat = fs.statSync(modelPath);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EACCES") return { kind: "unreadable", message: `The model file ${modelPath} cannot be read: permission denied.` };
        return { kind: "missing", message: `The model file ${modelPath} does not exist.` };
    }
    if (stat.isDirectory()) {
        return { kind: "directory", message: `The model path ${modelPath} is a folder. Choose the .gguf file inside it.` };
    }
    const head = Buffer.alloc(4);
    let fd: number | undefined;
    try {
        fd = fs.openSync(modelPath, "r");
        const n = fs.readSync(fd, head, 0, 4, 0);
        if (n < 4 || !head.equals(GGUF_MAGIC)) {
            return {
                kind: "notGguf",
                message: `${path.basename(modelPath)} is not a GGUF model file${stat.size === 0 ? " (it is empty)" : ""}. Skrivehjelp needs a .gguf file, such as an NB-Llama GGUF.`,
            };
        }
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return { kind: "unreadable", message: `The model file ${modelPath} cannot be read (${code ?? String(e)}).` };
    } finally {
        if (fd !== undefined) fs.closeSync(fd);
    }
    return undefined;
}

function notDownloaded(modelPath: string, d: ModelDownload): ModelFileProblem {
    const partial = fs.existsSync(`${modelPath}.ipull`) ? " Part of it is on disk; the download resumes from there." : "";
    return {
        kind: "notDownloaded",
        message:
            `The model ${d.uri} is not downloaded yet.${partial} Nothing is downloaded without your say-so: ` +
            `download it with "Download" (other editors: the skrivehjelp/downloadModel request with ${JSON.stringify({ uri: d.uri, dir: d.dir, fileName: d.fileName })}; ` +
            `a terminal: skrivehjelp download ${d.uri}${d.dir === defaultModelDir() ? "" : ` --dir ${d.dir}`}), ` +
            `then load it (skrivehjelp/loadModel). It is stored as ${modelPath}.`,
        download: d,
    };
}
