// Checks a configured model path before a worker is started, so the common mistakes get a
// precise message without loading anything.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ModelErrorKind } from "../protocol/engine";

export interface ModelFileProblem {
    kind: ModelErrorKind;
    message: string;
}

const GGUF_MAGIC = Buffer.from("GGUF", "ascii");

export function checkModelFile(modelPath: string): ModelFileProblem | undefined {
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
