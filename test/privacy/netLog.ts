// Reads the log test/privacy/netRecorder.cjs writes and sorts it: who was recorded, and which
// connections left the machine or went to a loopback port the test did not allow.
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../models/models";

/** The preload's absolute path, for `--require` / NODE_OPTIONS (it runs from the source tree, not a bundle). */
export function netRecorderPath(): string {
    return path.join(repoRoot(), "test", "privacy", "netRecorder.cjs");
}

export interface NetEvent {
    pid: number;
    thread: number;
    kind: string;
    host?: string;
    port?: number | string;
    path?: string;
    url?: string;
    /** an http(s) request over a Unix socket */
    socketPath?: string;
    argv?: string[];
    execArgv?: string[];
    mainThread?: boolean;
}

export function readNetLog(file: string): NetEvent[] {
    if (!fs.existsSync(file)) return [];
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as NetEvent);
}

const LOOPBACK_NAMES = new Set(["localhost", "::1", "0:0:0:0:0:0:0:1", "[::1]"]);

export function isLoopbackHost(host: string | undefined): boolean {
    if (host === undefined || host === "") return true; // node's default host is localhost
    const h = host.toLowerCase().replace(/\.$/, "");
    return LOOPBACK_NAMES.has(h) || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h) || h.endsWith(".localhost");
}

/** host and port an event names (a URL's, or the socket's); undefined for IPC/pipe connections. */
export function endpointOf(e: NetEvent): { host: string; port?: number } | undefined {
    if (e.socketPath) return undefined;
    if (e.url) {
        try {
            const u = new URL(e.url);
            if (!/^(https?|wss?):$/.test(u.protocol)) return undefined; // data:, blob:, file: stay on the machine
            return { host: u.hostname, port: Number(u.port || (/^(https|wss):$/.test(u.protocol) ? 443 : 80)) };
        } catch {
            return { host: e.url };
        }
    }
    if (e.kind === "dns") return { host: e.host ?? "" };
    if (e.path) return undefined;
    return { host: e.host ?? "localhost", port: e.port === undefined ? undefined : Number(e.port) };
}

/**
 * Every recorded connection or look-up that is not to loopback, or to a loopback port not in
 * `allowedLoopbackPorts` (undefined: any loopback port is allowed). IPC sockets never leave the machine.
 */
export function unexpectedConnections(events: NetEvent[], allowedLoopbackPorts?: number[]): NetEvent[] {
    return events.filter((e) => {
        if (e.kind === "start") return false;
        const ep = endpointOf(e);
        if (!ep) return false;
        if (!isLoopbackHost(ep.host)) return true;
        if (e.kind === "dns" || !allowedLoopbackPorts || ep.port === undefined) return false;
        return !allowedLoopbackPorts.includes(ep.port);
    });
}

/** The recorded processes (main threads) whose argv matches `re`. */
export function processesMatching(events: NetEvent[], re: RegExp): NetEvent[] {
    return events.filter(
        (e) => e.kind === "start" && e.mainThread !== false && re.test([...(e.execArgv ?? []), ...(e.argv ?? [])].join(" ")),
    );
}
