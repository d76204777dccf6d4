// The model folder: where downloads go and where a model URI's file is looked for.
import * as os from "node:os";
import * as path from "node:path";
import type { ModelDownload } from "../protocol/engine";
import { parseModelSource } from "../protocol/modelSource";

/** Where the download of a URI goes, and so the file that is loaded for it: `<modelDir>/<fileName>`. */
export function downloadFor(source: { uri: string; fileName: string }, modelDir: string): ModelDownload & { path: string } {
    return { uri: source.uri, dir: modelDir, fileName: source.fileName, path: path.join(modelDir, source.fileName) };
}

/** A client's `initializationOptions.modelDir` when it is an absolute path, else the default folder. */
export function modelDirFrom(dir: unknown): string {
    return typeof dir === "string" && path.isAbsolute(dir) ? dir : defaultModelDir();
}

/** Where models go for clients that do not name a folder (the VS Code extension passes its global storage). */
export function defaultModelDir(env: NodeJS.ProcessEnv = process.env): string {
    const cache = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), ".cache");
    return path.join(cache, "skrivehjelp", "models");
}

/** A `--model` argument of the command line: a model URI as it is, a file path made absolute. */
export function modelArgument(arg: string): string {
    return parseModelSource(arg).kind === "file" ? path.resolve(arg) : arg.trim();
}
