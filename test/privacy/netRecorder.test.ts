// The recorder's own test: a privacy test that finds no connection proves something only if
// the recorder would have seen one. A child process under the preload makes one connection of
// each kind (and starts a child process and a worker thread that connect too); every one must
// be in the log, and the outside ones must be reported as unexpected.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { netRecorderPath, processesMatching, readNetLog, unexpectedConnections, type NetEvent } from "./netLog";

// 192.0.2.1 is TEST-NET-1 (RFC 5737): never routed; each socket is destroyed right after connect().
const SCRIPT = String.raw`
const net = require("node:net"), http = require("node:http"), https = require("node:https"), tls = require("node:tls");
const dns = require("node:dns"), { spawn } = require("node:child_process"), { Worker } = require("node:worker_threads");
const quiet = (s) => { s.on("error", () => {}); return s; };
const server = http.createServer((q, r) => r.end("ok")).listen(0, "127.0.0.1", async () => {
    const port = server.address().port;
    quiet(net.connect(port, "127.0.0.1")).end();
    quiet(net.connect({ host: "192.0.2.1", port: 9 })).destroy();
    quiet(tls.connect({ host: "192.0.2.1", port: 443, servername: "tls.example" })).destroy();
    quiet(https.get("https://192.0.2.1/https-get")).destroy();
    quiet(http.request({ hostname: "192.0.2.1", port: 8080, path: "/http-request" })).destroy();
    const ipc = require("node:path").join(require("node:os").tmpdir(), "skrivehjelp-netrec-" + process.pid + ".sock");
    await new Promise((r) => net.createServer().listen(ipc, function () { const c = quiet(net.connect(ipc)); c.on("connect", () => { c.end(); this.close(r); }); }));
    await new Promise((r) => { const q = http.request({ socketPath: ipc, path: "/over-ipc" }); q.on("error", () => r()); q.end(); setImmediate(r); });
    dns.lookup("dns-lookup.invalid", () => {});
    dns.promises.resolve4("dns-resolve.invalid").catch(() => {});
    await new Promise((r) => http.get("http://127.0.0.1:" + port + "/loopback", (res) => { res.resume(); res.on("end", r); }));
    await fetch("http://127.0.0.1:" + port + "/fetch").then((r) => r.text());
    const ac = new AbortController();
    const f = fetch("https://fetch.example/x", { signal: ac.signal }).catch(() => {});
    ac.abort();
    await f;
    await new Promise((r) => spawn(process.execPath, ["-e", "require('node:net').connect({host:'192.0.2.1',port:7}).on('error',()=>{}).destroy()"], { stdio: "inherit" }).on("exit", r));
    await new Promise((r) => new Worker("require('node:net').connect({host:'192.0.2.1',port:6}).on('error',()=>{}).destroy()", { eval: true }).on("exit", r));
    server.close();
});
`;

describe("the connection recorder (test/privacy/netRecorder.cjs)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-netrec-"));
    const log = path.join(dir, "net.jsonl");
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    let events: NetEvent[] = [];
    it("records the process, its child process (through NODE_OPTIONS) and its worker thread", () => {
        execFileSync(process.execPath, ["--require", netRecorderPath(), "-e", SCRIPT], {
            env: { ...process.env, SKRIVEHJELP_NET_LOG: log },
            stdio: "inherit",
            timeout: 60_000,
        });
        events = readNetLog(log);
        const starts = events.filter((e) => e.kind === "start");
        const pids = new Set(starts.map((e) => e.pid));
        assert.equal(pids.size, 2, `the process and its child: ${JSON.stringify(starts.map((e) => [e.pid, e.thread, e.argv]))}`);
        assert.ok(
            starts.some((e) => e.mainThread === false),
            "the worker thread loaded the recorder",
        );
        assert.equal(processesMatching(events, /--require/).length >= 1, true);
    });

    it("sees each kind of outgoing connection and reports the outside ones", () => {
        const has = (pred: (e: NetEvent) => boolean, what: string) =>
            assert.ok(events.some(pred), `${what} is in the log: ${JSON.stringify(events, null, 1)}`);
        has((e) => e.kind === "connect" && e.host === "192.0.2.1" && e.port === 9, "net.connect");
        has((e) => e.kind === "tls" && e.host === "tls.example", "tls.connect");
        has((e) => e.kind === "http" && e.url === "https://192.0.2.1/https-get", "https.get");
        has((e) => e.kind === "http" && e.url === "http://192.0.2.1:8080/http-request", "http.request");
        has((e) => e.kind === "dns" && e.host === "dns-lookup.invalid", "dns.lookup");
        has((e) => e.kind === "dns" && e.host === "dns-resolve.invalid", "dns.promises.resolve4");
        has((e) => e.kind === "fetch" && e.url === "https://fetch.example/x", "fetch");
        has((e) => e.kind === "connect" && e.port === 7, "a child process's connect");
        has((e) => e.kind === "connect" && e.port === 6 && e.thread !== 0, "a worker thread's connect");

        has((e) => e.kind === "connect" && !!e.path?.endsWith(".sock"), "a Unix socket connect");
        has((e) => e.kind === "http" && !!e.socketPath && e.url!.endsWith("/over-ipc"), "an http request over a Unix socket");

        const outside = unexpectedConnections(events);
        // sockets and pipes stay on the machine, even with any loopback port forbidden
        assert.deepEqual(
            unexpectedConnections(
                events.filter((e) => e.path || e.socketPath),
                [],
            ),
            [],
        );
        for (const mark of ["192.0.2.1", "tls.example", "dns-lookup.invalid", "dns-resolve.invalid", "fetch.example"]) {
            assert.ok(
                outside.some((e) => JSON.stringify(e).includes(mark)),
                `${mark} is reported as leaving the machine`,
            );
        }
        // loopback is not outside, but a loopback port the test did not allow is reported
        const loopback = events.filter((e) => e.kind === "fetch" && e.url?.startsWith("http://127.0.0.1:"));
        assert.equal(loopback.length, 1);
        assert.deepEqual(unexpectedConnections(loopback), []);
        assert.equal(unexpectedConnections(loopback, [1]).length, 1);
        const port = Number(new URL(loopback[0].url!).port);
        assert.deepEqual(unexpectedConnections(loopback, [port]), []);
    });
});
