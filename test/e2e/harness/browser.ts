// Drives the code-server workbench in Debian's Chromium (headless) with playwright-core.
// Every wait polls for a state of the page; nothing sleeps a fixed time and hopes.

import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { harnessPaths, type CodeServer } from "./codeServer";

/** Chromium flags: no sandbox as root, no GPU, and no traffic of Chromium's own to the internet. */
export const CHROMIUM_ARGS: readonly string[] = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
    "--no-default-browser-check",
    "--password-store=basic",
];

export interface WorkbenchOptions {
    /** Folder to open (default: the server's workspace). */
    folder?: string;
    /** A `.code-workspace` file to open instead of a folder (a multi-root workspace). */
    workspaceFile?: string;
    /** More query parameters of the workbench URL (e.g. payload). */
    query?: Record<string, string>;
    /** Default true; HEADED=1 in the environment turns it off (for xvfb-run). */
    headless?: boolean;
    /** How long to wait for the workbench to render (default 60 s). */
    timeoutMs?: number;
    /** Hosts that do not count as external requests (default ["127.0.0.1"]). */
    allowedHosts?: string[];
    /** Called before navigation, e.g. to page.exposeFunction(). */
    beforeNavigate?: (page: Page) => Promise<void>;
}

export interface Workbench {
    context: BrowserContext;
    page: Page;
    /** Every http(s)/ws(s) request to a host outside `allowedHosts`: must stay empty offline. */
    externalRequests: string[];
    /** Uncaught exceptions in the page. */
    pageErrors: string[];
    /** Milliseconds from launch to the workbench being rendered. */
    readyMs: number;
    close(): Promise<void>;
}

type ServerLike = Pick<CodeServer, "url" | "runDir" | "workspace">;

const DEFAULT_TIMEOUT_MS = 30_000;

/** Launches headless Chromium, opens `${url}/?folder=...` and waits for the workbench. */
export async function openWorkbench(server: ServerLike, opts: WorkbenchOptions = {}): Promise<Workbench> {
    const { chromium: executablePath } = harnessPaths();
    if (!fs.existsSync(executablePath)) {
        throw new Error(`openWorkbench: ${executablePath} is missing; run scripts/setup-vscode.sh (apt package chromium)`);
    }
    const headless = opts.headless ?? process.env.HEADED !== "1";
    const t0 = Date.now();
    const profile = fs.mkdtempSync(path.join(server.runDir, "chromium-profile-"));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless,
        args: [...(headless ? ["--headless=new"] : []), ...CHROMIUM_ARGS],
        viewport: { width: 1400, height: 900 },
        locale: "en-US",
    });
    const externalRequests: string[] = [];
    const pageErrors: string[] = [];
    const allowed = new Set(opts.allowedHosts ?? ["127.0.0.1"]);
    const record = (url: string) => {
        let u: URL;
        try {
            u = new URL(url);
        } catch {
            return;
        }
        // Webview resources use this host name, but VS Code's webview service worker answers them
        // from the local server; they never reach the network.
        const webviewResource = u.hostname.endsWith(".vscode-resource.vscode-cdn.net");
        if (/^(https?|wss?):$/.test(u.protocol) && !allowed.has(u.hostname) && !webviewResource) externalRequests.push(url);
    };
    try {
        context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
        context.on("request", (r) => record(r.url()));
        const page = context.pages()[0] ?? (await context.newPage());
        page.on("websocket", (ws) => record(ws.url()));
        page.on("pageerror", (e) => pageErrors.push(e.stack ?? e.message));
        await opts.beforeNavigate?.(page);

        const opened: Record<string, string> = opts.workspaceFile
            ? { workspace: path.resolve(opts.workspaceFile) }
            : { folder: path.resolve(opts.folder ?? server.workspace) };
        const query = new URLSearchParams({ ...opened, ...opts.query });
        const timeout = opts.timeoutMs ?? 60_000;
        await page.goto(`${server.url}/?${query.toString()}`, { timeout });
        await page.locator(".monaco-workbench").waitFor({ timeout });
        await page.locator(".monaco-workbench .part.statusbar").waitFor({ timeout });
        return {
            context,
            page,
            externalRequests,
            pageErrors,
            readyMs: Date.now() - t0,
            // The profile (~30 MB) goes with the browser; a CI machine's disk may be small.
            close: async () => {
                await context.close();
                fs.rmSync(profile, { recursive: true, force: true });
            },
        };
    } catch (e) {
        await context.close().catch(() => undefined);
        throw e;
    }
}

function escapeRegExp(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Polls `read` until it returns a value, throwing `describe()` after `timeoutMs`. */
async function poll<T>(page: Page, timeoutMs: number, read: () => Promise<T | undefined>, describe: () => Promise<string>): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const v = await read();
        if (v !== undefined) return v;
        if (Date.now() > deadline) throw new Error(await describe());
        await page.waitForTimeout(100);
    }
}

/** The part of a DOM element used here (the project compiles without the DOM lib). */
interface DomElement {
    innerText?: string;
    getAttribute(name: string): string | null;
}

/** Texts (innerText, else aria-label) of the elements `locator` matches right now. */
async function texts(locator: Locator): Promise<string[]> {
    return locator.evaluateAll((els: DomElement[]) => els.map((el) => (el.innerText || el.getAttribute("aria-label") || "").trim()));
}

/**
 * Opens a quick input with `key`, types `text` and accepts the row whose label matches `label`.
 * The row is accepted with Enter when it has the focus, otherwise by a click on it.
 */
async function quickPick(page: Page, key: string, text: string, label: RegExp, opensQuickInput = false): Promise<void> {
    const widget = page.locator(".quick-input-widget");
    await page.keyboard.press(key);
    await widget.waitFor({ state: "visible" });
    await page.keyboard.insertText(text); // one input event; type() would send a key event per letter
    const row = widget.locator(".monaco-list-row", { has: page.locator(".label-name", { hasText: label }) }).first();
    try {
        await row.waitFor({ timeout: 15_000 });
    } catch {
        const rows = await texts(widget.locator(".monaco-list-row"));
        await page.keyboard.press("Escape");
        throw new Error(`quick input (${key}) has no row ${label} for "${text}"; rows: ${JSON.stringify(rows)}`);
    }
    if (/\bfocused\b/.test((await row.getAttribute("class")) ?? "")) await page.keyboard.press("Enter");
    else await row.click();
    // a command that opens its own quick input (a picker, a file dialog) keeps the widget up
    if (opensQuickInput)
        await page.locator(".quick-input-widget:not(.quick-input-widget-closing) .quick-input-title", { hasText: /\S/ }).waitFor();
    else await widget.waitFor({ state: "hidden" });
}

/** Runs a command by its palette title (e.g. "Skrivehjelp: Check Document"): F1, type, pick, Enter. */
export async function runCommand(page: Page, title: string, opts: { opensQuickInput?: boolean } = {}): Promise<void> {
    await quickPick(page, "F1", title, new RegExp(`^${escapeRegExp(title)}$`), opts.opensQuickInput);
}

/**
 * Opens the quick-fix menu at the cursor (Ctrl+.) and returns its row titled `title`. On a busy
 * machine the first Ctrl+. can land before the editor has its focus back or before the server's
 * code actions for the new cursor position arrive, and the menu then opens empty or not at all:
 * it is closed and asked for again until the row appears (each wait is for the row, not a sleep).
 */
export async function quickFixRow(page: Page, title: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Locator> {
    const row = page.locator(".action-widget .monaco-list-row", { hasText: title }).first();
    const end = Date.now() + timeoutMs;
    for (;;) {
        await page.keyboard.press("Control+.");
        try {
            await row.waitFor({ timeout: Math.min(5_000, Math.max(1, end - Date.now())) });
            return row;
        } catch (e) {
            if (Date.now() >= end) throw e;
            await page.keyboard.press("Escape");
        }
    }
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
    const base = path.basename(name);
    await quickPick(page, "Control+P", name, new RegExp(`^${escapeRegExp(base)}$`));
    await page.locator(".tabs-container .tab.active", { hasText: base }).waitFor();
    await page.locator(".editor-instance .monaco-editor .view-lines").first().waitFor();
}

/** Waits until a status bar item's text (or aria-label) matches `re`; returns that text. */
export async function waitForStatusBarText(page: Page, re: RegExp, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    const items = page.locator(".part.statusbar .statusbar-item");
    return poll(
        page,
        timeoutMs,
        async () => {
            const all = await items.evaluateAll((els: DomElement[]) =>
                els.flatMap((el) => [(el.innerText ?? "").trim(), el.getAttribute("aria-label") ?? ""]),
            );
            return all.find((t) => re.test(t));
        },
        async () =>
            `status bar never showed ${re} within ${timeoutMs} ms; it shows: ${JSON.stringify((await texts(items)).filter(Boolean))}`,
    );
}

/** Waits for a notification (toast or notification center) whose message matches `re`. */
export async function waitForNotification(page: Page, re: RegExp, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
    const messages = page.locator(".notification-list-item .notification-list-item-message");
    return poll(
        page,
        timeoutMs,
        async () => (await texts(messages)).find((t) => re.test(t)),
        async () => `no notification matched ${re} within ${timeoutMs} ms; shown: ${JSON.stringify(await texts(messages))}`,
    );
}

/** Saves a PNG of the page as .cache/screenshots/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
    const dir = harnessPaths().screenshotsDir;
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name.replace(/[^\w.-]+/g, "_").replace(/\.png$/, "")}.png`);
    await page.screenshot({ path: file });
    return file;
}
