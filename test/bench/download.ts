// Download throughput: skrivehjelp/downloadModel (the server's download process, node-llama-cpp's
// downloader) against curl, both fetching the same file from the same local HTTP server.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { WorkDoneProgress } from "vscode-languageserver-protocol/node";
import { DownloadModelRequest } from "../../language-server/src/protocol/download";
import { startServer } from "../server/lspClient";
import { startModelHttpServer } from "../server/modelHttpServer";
import type { Row } from "./row";

const RUNS = 2;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function downloadFigures(rows: Row[], file: string): Promise<Record<string, unknown>> {
    // no checksum header: both sides only transfer; the checksum is measured apart below
    process.stderr.write(`download bench: serving ${file}\n`);
    const http = await startModelHttpServer(file, { announceSha256: "" });
    const server = await startServer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-bench-dl-"));
    const size = http.size;
    const ours: number[] = [];
    const curl: number[] = [];
    let verifyMs = 0;
    try {
        // alternate so a busy moment on the machine hits both sides alike
        for (let r = 0; r < RUNS; r++) {
            fs.rmSync(path.join(dir, "ours.gguf"), { force: true });
            const t0 = performance.now();
            const token = `bench-download-${r}`;
            let shown = -10;
            const sub = server.connection.onProgress(WorkDoneProgress.type, token, (p) => {
                const pct = p.kind === "report" ? (p.percentage ?? 0) : -1;
                if (pct >= shown + 25) process.stderr.write(`download bench: run ${r + 1}, ${(shown = pct)} %\n`);
            });
            await server.connection
                .sendRequest(DownloadModelRequest, { uri: http.url, dir, fileName: "ours.gguf", workDoneToken: token })
                .finally(() => sub.dispose());
            ours.push(performance.now() - t0);
            fs.rmSync(path.join(dir, "ours.gguf"), { force: true });

            const out = path.join(dir, "curl.gguf");
            const t1 = performance.now();
            // async: the HTTP server runs in this process and must keep serving
            await promisify(execFile)("curl", ["-sS", "--fail", "-o", out, http.url]);
            curl.push(performance.now() - t1);
            fs.rmSync(out, { force: true });
        }
        // the same download with the checksum announced: what verification adds
        http.options.announceSha256 = http.sha256;
        const verified = await server.connection.sendRequest(DownloadModelRequest, { uri: http.url, dir, fileName: "ours.gguf" });
        // the result's speed counts the transfer only; the rest of its time is mostly the hashing
        verifyMs = verified.ms - (verified.sizeBytes / verified.bytesPerSecond) * 1000;
        if (verified.checksum !== "source") throw new Error(`expected a verified checksum, got ${verified.checksum}`);
    } finally {
        await server.stop();
        await http.close();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    const mbps = (ms: number) => +(size / 1e6 / (ms / 1000)).toFixed(0);
    const oursMs = median(ours);
    const curlMs = median(curl);
    const ratio = curlMs / oursMs;
    rows.push({
        what: `download ${(size / 1e6).toFixed(0)} MB from 127.0.0.1 (skrivehjelp/downloadModel)`,
        value: mbps(oursMs),
        unit: "MB/s",
    });
    rows.push({ what: "download, same file with curl", value: mbps(curlMs), unit: "MB/s" });
    // no goal: on a real link the network, not either client, sets the pace
    rows.push({ what: "download throughput, server / curl", value: +ratio.toFixed(2), unit: "×" });
    rows.push({ what: "download: SHA-256 verification adds", value: Math.round(Math.max(0, verifyMs)), unit: "ms" });
    return { sizeBytes: size, oursMs: ours.map(Math.round), curlMs: curl.map(Math.round), verifyMs: Math.round(verifyMs) };
}
