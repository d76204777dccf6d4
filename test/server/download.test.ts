// skrivehjelp/downloadModel through the real server (its download process runs node-llama-cpp's
// downloader) against a local HTTP server on 127.0.0.1 serving the generated tiny GGUF.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import {
    CancellationTokenSource,
    ResponseError,
    WorkDoneProgress,
    type WorkDoneProgressBegin,
    type WorkDoneProgressEnd,
} from "vscode-languageserver-protocol/node";
import {
    DownloadModelRequest,
    type DownloadModelParams,
    type DownloadModelResult,
    type DownloadProgressReport,
} from "../../language-server/src/protocol/download";
import { ensureTinyModel } from "../models/models";
import { startServer, type TestServer } from "./lspClient";
import { startModelHttpServer, type ModelHttpServer } from "./modelHttpServer";

let tiny: string;
const dirs: string[] = [];
before(async () => {
    tiny = await ensureTinyModel();
});
after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-dl-"));
    dirs.push(d);
    return d;
}

type Progress = WorkDoneProgressBegin | DownloadProgressReport | WorkDoneProgressEnd;
let nextToken = 1;

/** Sends the request with a work-done token; collects the progress it reports. */
function download(server: TestServer, params: Omit<DownloadModelParams, "workDoneToken">, cancel?: CancellationTokenSource) {
    const token = `dl-${nextToken++}`;
    const progress: Progress[] = [];
    const sub = server.connection.onProgress(WorkDoneProgress.type, token, (p) => void progress.push(p as Progress));
    // progress is sent before the response: a round trip after it has all of it here
    const result = server.connection.sendRequest(DownloadModelRequest, { ...params, workDoneToken: token }, cancel?.token).finally(() =>
        server
            .barrier()
            .catch(() => undefined)
            .finally(() => sub.dispose()),
    );
    return { result, progress };
}

async function failure(p: Promise<DownloadModelResult>): Promise<ResponseError<{ kind: string }>> {
    try {
        await p;
    } catch (e) {
        assert.ok(e instanceof ResponseError, `expected a ResponseError, got ${e}`);
        return e as ResponseError<{ kind: string }>;
    }
    assert.fail("expected the download to fail");
}

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("model download", () => {
    let http: ModelHttpServer;
    let server: TestServer;
    before(async () => {
        http = await startModelHttpServer(tiny, { bytesPerSecond: 8 * 1024 * 1024 });
        server = await startServer({ env: { SKRIVEHJELP_DOWNLOAD_STALL_SECONDS: "3" } });
    });
    after(async () => {
        await server.stop();
        await http.close();
    });

    it("downloads with progress, verifies size and the announced checksum, stores it in the given folder", async () => {
        const dir = tempDir();
        const { result, progress } = download(server, { uri: http.url, dir, expectedSizeBytes: http.size });
        const r = await result;
        assert.equal(r.path, path.join(dir, "tiny.gguf"));
        assert.equal(r.sizeBytes, http.size);
        assert.equal(r.checksum, "source");
        assert.equal(r.resumedFromBytes, 0);
        assert.equal(sha256(r.path), http.sha256);
        // nothing else is left in the folder (no partial file)
        assert.deepEqual(fs.readdirSync(dir), ["tiny.gguf"]);
        await server.barrier();
        assert.equal(progress[0]?.kind, "begin");
        const reports = progress.filter(
            (p): p is DownloadProgressReport => p.kind === "report" && (p as DownloadProgressReport).phase === "downloading",
        );
        assert.ok(reports.length >= 2, `progress reports: ${reports.length}`);
        assert.ok(reports.every((p) => p.totalBytes === http.size));
        assert.ok(
            reports.some((p) => p.bytesPerSecond > 0 && p.secondsLeft >= 0),
            "speed and time left are reported",
        );
        assert.ok(
            reports.some((p) => p.downloadedBytes > 0 && p.downloadedBytes < http.size),
            "progress between start and end",
        );
        assert.match(reports[reports.length - 1].message ?? "", /MB of 12\.2 MB/);
        assert.equal(progress[progress.length - 1]?.kind, "end");
    });

    it("a transfer cut off midway fails as stalled, keeps what arrived, and the next request resumes it", async () => {
        const dir = tempDir();
        const cut = http.cutAfter(Math.floor(http.size * 0.6));
        const first = download(server, { uri: http.url, dir });
        await cut;
        const e = await failure(first.result);
        assert.equal(e.data?.kind, "stalled", e.message);
        assert.match(e.message, /download again to resume/);
        assert.ok(fs.existsSync(path.join(dir, "tiny.gguf.ipull")), "the partial file is kept");
        assert.ok(!fs.existsSync(path.join(dir, "tiny.gguf")));

        http.heal();
        const before = http.requests.length;
        const bytesBefore = http.rangeBytesSent;
        const r = await download(server, { uri: http.url, dir }).result;
        assert.ok(r.resumedFromBytes > 0, "resumed, not restarted");
        const ranges = http.requests.slice(before).filter((q) => q.range);
        assert.ok(ranges.length > 0, "the resume asks for byte ranges");
        const asked = ranges.reduce((n, q) => n + q.range![1] - q.range![0] + 1, 0);
        assert.ok(asked <= http.size - r.resumedFromBytes, `asked for ${asked} bytes, ${r.resumedFromBytes} were on disk of ${http.size}`);
        assert.ok(http.rangeBytesSent - bytesBefore < http.size, "less than the whole file was sent again");
        assert.equal(sha256(r.path), http.sha256);
    });

    it("cancel stops the transfer and removes the partial file", async () => {
        const dir = tempDir();
        http.options.bytesPerSecond = 512 * 1024;
        try {
            const cancel = new CancellationTokenSource();
            const d = download(server, { uri: http.url, dir }, cancel);
            const end = Date.now() + 20000;
            while (!d.progress.some((p) => p.kind === "report" && (p as DownloadProgressReport).downloadedBytes > 0) && Date.now() < end)
                await new Promise((r) => setTimeout(r, 50));
            cancel.cancel();
            const e = await failure(d.result);
            assert.equal(e.data?.kind, "cancelled", e.message);
            // the process removes its partial file before it exits
            const gone = Date.now() + 5000;
            while (fs.readdirSync(dir).length > 0 && Date.now() < gone) await new Promise((r) => setTimeout(r, 50));
            assert.deepEqual(fs.readdirSync(dir), []);
        } finally {
            http.options.bytesPerSecond = 8 * 1024 * 1024;
        }
    });

    it("a missing file (404) gives a clear message and nothing on disk", async () => {
        const dir = tempDir();
        const e = await failure(download(server, { uri: `${http.base}/nb-llama-missing.gguf`, dir }).result);
        assert.equal(e.data?.kind, "notFound");
        assert.match(e.message, /not found \(HTTP 404\)/);
        assert.deepEqual(fs.readdirSync(dir), []);
    });

    it("a source that offers another size than expected is refused before downloading", async () => {
        const dir = tempDir();
        const sent = http.rangeBytesSent;
        const e = await failure(download(server, { uri: http.url, dir, expectedSizeBytes: http.size * 2, sizeTolerance: 0.01 }).result);
        assert.equal(e.data?.kind, "sizeMismatch");
        assert.match(e.message, /expected/);
        assert.equal(http.rangeBytesSent, sent, "no file bytes were fetched");
        assert.ok(!fs.existsSync(path.join(dir, "tiny.gguf")));
        // within the tolerance it goes through
        const r = await download(server, { uri: http.url, dir, expectedSizeBytes: Math.round(http.size * 1.005), sizeTolerance: 0.01 })
            .result;
        assert.equal(r.sizeBytes, http.size);
    });

    it("a checksum that does not match removes the file and says so", async () => {
        const dir = tempDir();
        const e = await failure(download(server, { uri: http.url, dir, sha256: "0".repeat(64) }).result);
        assert.equal(e.data?.kind, "checksumMismatch");
        assert.match(e.message, /damaged/);
        assert.ok(!fs.existsSync(path.join(dir, "tiny.gguf")));
        const ok = await download(server, { uri: http.url, dir, sha256: http.sha256 }).result;
        assert.equal(ok.checksum, "catalogue");
    });

    it("bad requests are refused with what is wrong", async () => {
        for (const [params, re] of [
            [{ uri: "ftp://x/y.gguf" }, /"uri"/],
            [{ uri: http.url, fileName: "../evil.gguf" }, /"fileName"/],
            [{ uri: http.url, dir: "relative/dir" }, /"dir"/],
        ] as const) {
            const e = await failure(download(server, params as DownloadModelParams).result);
            assert.equal(e.data?.kind, "badRequest");
            assert.match(e.message, re);
        }
    });
});

describe("model download: disk space", () => {
    it("is checked first: too little free space refuses before anything is fetched", async () => {
        const http = await startModelHttpServer(tiny);
        const server = await startServer({ env: { SKRIVEHJELP_DISK_FREE_LIMIT_MB: "5" } });
        try {
            const dir = tempDir();
            const e = await failure(download(server, { uri: http.url, dir }).result);
            assert.equal(e.data?.kind, "notEnoughSpace");
            assert.match(e.message, /needs 12\.2 MB more/);
            assert.equal(http.rangeBytesSent, 0);
        } finally {
            await server.stop();
            await http.close();
        }
    });
});
