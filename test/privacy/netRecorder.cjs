// A preload (`node --require test/privacy/netRecorder.cjs`) that records every outgoing
// connection a Node process starts: TCP and IPC sockets (net.Socket.prototype.connect, which
// net.connect, tls.connect, http(s) agents and fetch's undici all end in), tls.connect, DNS
// look-ups (dns.lookup, dns.resolve*, dns.promises, dns.Resolver), http(s).request/get and the
// global fetch. Each event is one JSON line appended to $SKRIVEHJELP_NET_LOG; the first line of
// each process (and thread) says who it is, so a test can prove the recorder ran where it claims.
//
// It puts itself into NODE_OPTIONS, so every Node child of a recorded process (the language
// server the extension host forks, the model worker the server forks) is recorded too. Nothing
// is blocked: the privacy tests assert on the log (test/e2e/privacy.test.ts), and its own test
// (test/privacy/netRecorder.test.ts) proves it catches each kind of connection.
"use strict";
const fs = require("node:fs");

const LOG = process.env.SKRIVEHJELP_NET_LOG;
const FLAG = Symbol.for("skrivehjelp.netRecorder");

if (LOG && !globalThis[FLAG]) {
    globalThis[FLAG] = true;
    const { isMainThread, threadId } = require("node:worker_threads");

    const write = (event) => {
        try {
            fs.appendFileSync(LOG, JSON.stringify({ pid: process.pid, thread: threadId, ...event }) + "\n");
        } catch {
            // a recorder must never break the process it watches
        }
    };
    write({ kind: "start", ppid: process.ppid, mainThread: isMainThread, argv: process.argv.slice(0, 6), execArgv: process.execArgv });

    // children of this process load the recorder too
    const self = `--require=${__filename}`;
    const opts = process.env.NODE_OPTIONS ?? "";
    if (!opts.includes(self)) process.env.NODE_OPTIONS = `${opts} ${self}`.trim();

    const wrap = (obj, name, describe) => {
        const original = obj?.[name];
        if (typeof original !== "function" || original[FLAG]) return;
        const wrapped = function (...args) {
            try {
                write(describe(...args));
            } catch {
                write({ kind: name, detail: "unreadable arguments" });
            }
            return original.apply(this, args);
        };
        wrapped[FLAG] = true;
        Object.defineProperty(wrapped, "name", { value: original.name });
        obj[name] = wrapped;
    };

    /** host/port/path of net's many argument shapes (net.connect normalizes to [options, cb] first). */
    const target = (args) => {
        let a = args[0];
        if (Array.isArray(a)) a = a[0];
        // with a path, net connects to that Unix socket or pipe and ignores host and port
        if (a && typeof a === "object") return a.path ? { path: a.path } : { host: a.host ?? "localhost", port: a.port };
        if (typeof a === "number" || (typeof a === "string" && /^\d+$/.test(a)))
            return { host: typeof args[1] === "string" ? args[1] : "localhost", port: Number(a) };
        if (typeof a === "string") return { path: a };
        return {};
    };

    const net = require("node:net");
    wrap(net.Socket.prototype, "connect", (...args) => ({ kind: "connect", ...target(args) }));

    const tls = require("node:tls");
    wrap(tls, "connect", (...args) => {
        const t = target(args);
        const o = args.find((x) => x && typeof x === "object" && !Array.isArray(x));
        return { kind: "tls", ...t, host: o?.servername ?? t.host };
    });

    const urlOf = (args) => {
        const [a, b] = args;
        if (typeof a === "string") return a;
        if (a instanceof URL) return a.href;
        const o = a && typeof a === "object" ? a : b && typeof b === "object" ? b : {};
        return `${o.protocol ?? "http:"}//${o.hostname ?? o.host ?? "localhost"}${o.port ? `:${o.port}` : ""}${o.path ?? "/"}`;
    };
    for (const mod of ["node:http", "node:https"]) {
        const m = require(mod);
        // a request over a Unix socket (socketPath) names a host that is never looked up
        const socketPath = (args) => args.find((x) => x && typeof x === "object" && !(x instanceof URL) && x.socketPath)?.socketPath;
        wrap(m, "request", (...args) => ({ kind: "http", url: urlOf(args), socketPath: socketPath(args) }));
        wrap(m, "get", (...args) => ({ kind: "http", url: urlOf(args), socketPath: socketPath(args) }));
    }

    if (typeof globalThis.fetch === "function") {
        wrap(globalThis, "fetch", (input) => ({
            kind: "fetch",
            url: typeof input === "string" ? input : input instanceof URL ? input.href : String(input?.url ?? input),
        }));
    }

    const dns = require("node:dns");
    const dnsNames = [
        "lookup",
        "lookupService",
        "resolve",
        "resolve4",
        "resolve6",
        "resolveAny",
        "resolveCname",
        "resolveMx",
        "resolveNs",
        "resolveTxt",
        "resolveSrv",
        "resolvePtr",
        "resolveNaptr",
        "resolveSoa",
        "reverse",
    ];
    const dnsEvent = (host) => ({ kind: "dns", host: String(host) });
    for (const holder of [dns, dns.promises, dns.Resolver?.prototype, dns.promises?.Resolver?.prototype]) {
        for (const n of dnsNames) wrap(holder, n, dnsEvent);
    }
}
