// `skrivehjelp download URI [--dir DIR] [--file NAME]`: a model download on the command line,
// with the server's downloader (its own process, resume after an interruption, size and checksum
// checked), for editors other than VS Code. By default the file goes to the folder a model URI in
// `skrivehjelp.model.path` (or `--model URI`) is looked for in, so the URI works straight after.
import * as path from "node:path";
import { DownloadError, runDownload } from "./download/downloadProcess";
import { downloadJobFrom } from "./download/job";
import { progressText } from "./download/progressText";
import { defaultModelDir } from "./models/modelDir";
import { parseModelSource } from "./protocol/modelSource";

export interface DownloadCliOptions {
    uri: string;
    dir?: string;
    fileName?: string;
    workerScript: string;
    out: (s: string) => void;
    err: (s: string) => void;
    /** Progress on one line rewritten in place (a terminal), else a line every few seconds. */
    tty: boolean;
    signal?: AbortSignal;
}

/** Exit status: 0 downloaded (the path printed), 1 the download failed, 2 a bad request. */
export async function runDownloadCli(o: DownloadCliOptions): Promise<number> {
    const source = parseModelSource(o.uri);
    if (source.kind !== "uri") {
        o.err(
            `skrivehjelp: ${source.kind === "invalid" ? source.message : `"${o.uri}" is not a model URI (hf:<user>/<repo>/<file>.gguf or an http(s) URL of a .gguf file).`}\n`,
        );
        return 2;
    }
    const job = downloadJobFrom(
        { uri: source.uri, dir: o.dir && path.resolve(o.dir), fileName: o.fileName ?? source.fileName },
        defaultModelDir(),
    );
    if ("error" in job) {
        o.err(`skrivehjelp: ${job.error}\n`);
        return 2;
    }
    let lastLine = 0;
    try {
        const result = await runDownload(job, {
            workerScript: o.workerScript,
            signal: o.signal,
            log: (level, message) => level === "error" && o.err(`${message}\n`),
            onProgress: (p) => {
                const now = Date.now();
                if (o.tty) o.err(`\r\x1b[K${progressText(p)}`);
                else if (now - lastLine >= 5000 || p.phase !== "downloading") {
                    lastLine = now;
                    o.err(`${progressText(p)}\n`);
                }
            },
        });
        if (o.tty) o.err("\r\x1b[K");
        o.err(
            `Downloaded ${result.sizeBytes} bytes${result.resumedFromBytes ? ` (resumed from ${result.resumedFromBytes})` : ""}; checksum: ${result.checksum}.\n`,
        );
        o.out(`${result.path}\n`);
        return 0;
    } catch (e) {
        if (o.tty) o.err("\n");
        const err = e instanceof DownloadError ? e : new DownloadError("failed", e instanceof Error ? e.message : String(e));
        o.err(
            `skrivehjelp: ${err.kind === "cancelled" ? "the download was cancelled; run the same command again to resume it." : err.message}\n`,
        );
        return 1;
    }
}
