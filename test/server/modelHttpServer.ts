// A local HTTP server on 127.0.0.1 that serves one model file the way a model host does:
// HEAD and GET, byte ranges (206 + Content-Range), an optional checksum header like Hugging
// Face's X-Linked-Etag, a speed limit, and a switch that cuts every transfer off midway.
// Used by the download tests, the e2e test and the bench. It records every request.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

export interface ServedRequest {
    method: string;
    path: string;
    /** [start, end] inclusive, when the request had a Range header. */
    range?: [number, number];
}

export interface ModelHttpServerOptions {
    /** Bytes per second per response; 0 = as fast as possible. */
    bytesPerSecond?: number;
    /** Checksum to announce as `X-Linked-Etag` ("" = none). Default: the file's real SHA-256. */
    announceSha256?: string;
}

export interface ModelHttpServer {
    /** http://127.0.0.1:PORT/<file name> */
    url: string;
    base: string;
    file: string;
    size: number;
    sha256: string;
    requests: ServedRequest[];
    /** Bytes written in range responses (what a resume saves shows here). */
    rangeBytesSent: number;
    options: ModelHttpServerOptions;
    /**
     * Cuts off every transfer once `afterBytes` more range bytes have been sent, and resets every
     * later connection until `heal()`: the network going away midway.
     */
    cutAfter(afterBytes: number): Promise<void>;
    heal(): void;
    close(): Promise<void>;
}

export async function startModelHttpServer(file: string, options: ModelHttpServerOptions = {}): Promise<ModelHttpServer> {
    const size = fs.statSync(file).size;
    const hash = createHash("sha256");
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 * 1024 * 1024 })) hash.update(chunk as Buffer);
    const sha256 = hash.digest("hex");
    const name = path.basename(file);
    const sockets = new Set<import("node:net").Socket>();
    let broken = false;
    let cut: { remaining: number; resolve: () => void } | undefined;

    const server = http.createServer((req, res) => {
        if (broken) return void req.socket.destroy();
        const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
        const entry: ServedRequest = { method: req.method ?? "GET", path: urlPath };
        const rangeHeader = req.headers.range;
        let start = 0;
        let end = size - 1;
        if (rangeHeader) {
            const m = /^bytes=(\d+)-(\d*)$/.exec(rangeHeader);
            if (!m) return void res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
            start = Number(m[1]);
            end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
            if (start > end) return void res.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
            entry.range = [start, end];
        }
        ms.requests.push(entry);
        if (process.env.SKRIVEHJELP_HTTP_DEBUG) process.stderr.write(`http: ${entry.method} ${entry.path} ${rangeHeader ?? ""}\n`);
        if (urlPath !== `/${name}`) return void res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
        const announce = ms.options.announceSha256 ?? sha256;
        const headers: http.OutgoingHttpHeaders = {
            "Accept-Ranges": "bytes",
            "Content-Type": "application/octet-stream",
            "Content-Length": end - start + 1,
            ...(announce ? { "X-Linked-Etag": `"${announce}"` } : {}),
        };
        if (rangeHeader) headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
        res.writeHead(rangeHeader ? 206 : 200, headers);
        if (req.method === "HEAD") return void res.end();
        void stream(res, start, end, Boolean(rangeHeader));
    });
    server.on("connection", (s) => {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
    });

    const PIECE = 64 * 1024;
    async function stream(res: http.ServerResponse, start: number, end: number, counted: boolean): Promise<void> {
        const fd = await fs.promises.open(file, "r");
        try {
            let pos = start;
            const t0 = performance.now();
            let sent = 0;
            while (pos <= end && !res.destroyed) {
                const n = Math.min(PIECE, end - pos + 1);
                const buf = Buffer.alloc(n);
                await fd.read(buf, 0, n, pos);
                if (counted && cut) {
                    if (cut.remaining <= 0) return void breakAll();
                    cut.remaining -= n;
                }
                pos += n;
                sent += n;
                if (counted) ms.rangeBytesSent += n;
                if (!res.write(buf)) {
                    // a destroyed response never drains
                    await new Promise<void>((r) => {
                        const done = () => (res.off("drain", done), res.off("close", done), r());
                        res.once("drain", done);
                        res.once("close", done);
                    });
                }
                const rate = ms.options.bytesPerSecond ?? 0;
                if (rate > 0) {
                    const due = (sent / rate) * 1000 - (performance.now() - t0);
                    if (due > 0) await new Promise((r) => setTimeout(r, due));
                }
            }
            res.end();
        } catch {
            res.destroy();
        } finally {
            await fd.close();
        }
    }

    function breakAll(): void {
        broken = true;
        for (const s of sockets) s.destroy();
        const c = cut;
        cut = undefined;
        c?.resolve();
    }

    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    const base = `http://127.0.0.1:${port}`;
    const ms: ModelHttpServer = {
        url: `${base}/${name}`,
        base,
        file,
        size,
        sha256,
        requests: [],
        rangeBytesSent: 0,
        options: { ...options },
        cutAfter(afterBytes) {
            return new Promise((resolve) => (cut = { remaining: afterBytes, resolve }));
        },
        heal() {
            broken = false;
        },
        close() {
            for (const s of sockets) s.destroy();
            return new Promise((r) => server.close(() => r()));
        },
    };
    return ms;
}
