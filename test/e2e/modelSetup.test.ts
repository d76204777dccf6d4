// First run in a real VS Code (code-server): no model is configured, so the Skrivehjelp side
// bar shows "Set up a language model" and one notification offers the same. The download goes
// to a local HTTP server on 127.0.0.1 serving the generated tiny GGUF: the catalogue of
// recommended models is replaced through SKRIVEHJELP_RECOMMENDED_MODELS (the documented way
// an organisation points the extension at its own mirror), so the real quick pick, the
// server's download process, the progress and the model loading all run as for a user.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ensureTinyModel } from "../models/models";
import { startModelHttpServer, type ModelHttpServer } from "../server/modelHttpServer";
import {
    openWorkbench,
    openFile,
    runCommand,
    screenshot,
    waitForNotification,
    waitForStatusBarText,
    type Workbench,
} from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

describe("first run: model set-up and download in code-server", () => {
    let tiny: string;
    let http: ModelHttpServer;
    let server: CodeServer;
    let wb: Workbench;

    before(async () => {
        tiny = await ensureTinyModel();
        // slow enough that the progress can be seen: ~3 MB/s over the parallel ranges
        http = await startModelHttpServer(tiny, { bytesPerSecond: 1024 * 1024 });
        const workspace = freshWorkspace();
        const catalogue = path.join(workspace, "..", `${path.basename(workspace)}-models.json`);
        fs.writeFileSync(
            catalogue,
            JSON.stringify([
                {
                    id: "tiny",
                    label: "Tiny test model",
                    parameters: "tiny",
                    uri: http.url,
                    fileName: "tiny-test.gguf",
                    sizeBytes: http.size,
                    memoryBytes: 200e6,
                    sha256: null,
                },
            ]),
        );
        server = await startCodeServer({
            name: "model-setup",
            workspace,
            vsix: builtVsix(),
            userSettings: { "skrivehjelp.model.threads": 1 },
            env: { SKRIVEHJELP_RECOMMENDED_MODELS: catalogue },
        });
        wb = await openWorkbench(server);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "model-setup-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
        await http?.close();
    });

    const welcome = () => wb.page.locator(".welcome-view-content", { hasText: "No language model is set up yet" });

    it("with no model, offers set-up once in a notification and in the side bar", async () => {
        await openFile(wb.page, "notat.md");
        await waitForNotification(wb.page, /Skrivehjelp has no language model yet/, 60_000);
        await waitForStatusBarText(wb.page, /Skrivehjelp: no model/);
        await wb.page
            .locator('.activitybar .action-item a[aria-label^="Skrivehjelp"], .composite-bar .action-item a[aria-label^="Skrivehjelp"]')
            .first()
            .click();
        await welcome().waitFor({ timeout: 30_000 });
        for (const button of ["Download a recommended model", "Choose a GGUF file on disk", "Connect to a model server"]) {
            assert.equal(await welcome().locator(".monaco-button", { hasText: button }).count(), 1, button);
        }
        await screenshot(wb.page, "model-setup-welcome");
    });

    async function startDownload(): Promise<void> {
        await welcome().locator(".monaco-button", { hasText: "Download a recommended model" }).click();
        const row = wb.page.locator(".quick-input-widget .monaco-list-row", { hasText: "Tiny test model" });
        await row.waitFor();
        assert.match(await row.innerText(), /12\.2 MB download/);
        await row.click();
    }

    it("Cancel on the progress notification stops the download and removes the partial file", async () => {
        http.options.bytesPerSecond = 128 * 1024;
        await startDownload();
        await waitForNotification(wb.page, /Downloading Tiny test model.*MB of 12\.2 MB/, 30_000);
        await wb.page
            .locator(".notification-list-item", { hasText: "Downloading Tiny test model" })
            .first()
            .locator(".monaco-button", { hasText: "Cancel" })
            .click();
        await waitForNotification(wb.page, /the download was cancelled/, 30_000);
        await waitForStatusBarText(wb.page, /Skrivehjelp: no model/);
        // the set-up view stays, and no model path was set
        await welcome().waitFor();
        const settings = JSON.parse(fs.readFileSync(path.join(server.userDataDir, "User", "settings.json"), "utf8")) as Record<
            string,
            unknown
        >;
        assert.equal(settings["skrivehjelp.model.path"], undefined);
        // nothing of the cancelled download is left in the extension's storage
        const leftovers = () => findFiles(path.join(server.userDataDir, "User", "globalStorage"), /^tiny-test\.gguf/);
        const end = Date.now() + 10_000;
        while (leftovers().length > 0 && Date.now() < end) await wb.page.waitForTimeout(100);
        assert.deepEqual(leftovers(), []);
        http.options.bytesPerSecond = 1024 * 1024;
    });

    it("downloads the recommended model with progress, and the status bar turns ready", async () => {
        await startDownload();
        // VS Code's progress notification with the size, then the status bar's percentage
        await waitForNotification(wb.page, /Downloading Tiny test model/, 30_000);
        // size, speed and time left, once a few pieces have arrived
        await waitForNotification(wb.page, /MB of 12\.2 MB · [\d.]+ MB\/s · \d+ s left/, 30_000);
        await waitForStatusBarText(wb.page, /Downloading model \d+ %/, 30_000);
        await screenshot(wb.page, "model-setup-downloading");
        await waitForStatusBarText(wb.page, /^Skrivehjelp: ready/, 90_000);
        await waitForStatusBarText(wb.page, /skrivehjelp-tiny-llama3/);

        // the model lives in the extension's global storage and is the configured model
        const settings = JSON.parse(fs.readFileSync(path.join(server.userDataDir, "User", "settings.json"), "utf8")) as Record<
            string,
            unknown
        >;
        const modelPath = settings["skrivehjelp.model.path"] as string;
        assert.match(modelPath, /globalStorage\/[^/]*skrivehjelp[^/]*\/models\/tiny-test\.gguf$/i);
        assert.equal(createHash("sha256").update(fs.readFileSync(modelPath)).digest("hex"), http.sha256);
        assert.ok(
            http.requests.some((r) => r.range),
            "the file came in byte ranges",
        );
        // with a model configured, the set-up view goes away
        await welcome().waitFor({ state: "detached", timeout: 15_000 });
        await screenshot(wb.page, "model-setup-ready");
    });

    it('a model URL as skrivehjelp.model.path is downloaded only after "Download", with progress, then loads; the setting stays the URL', async () => {
        const settingsFile = path.join(server.userDataDir, "User", "settings.json");
        const current = JSON.parse(fs.readFileSync(settingsFile, "utf8")) as Record<string, unknown>;
        const fetchedBefore = http.requests.length;
        // the user writes the URL into settings.json in VS Code (tiny.gguf: not the file the catalogue download stored)
        await runCommand(wb.page, "Preferences: Open User Settings (JSON)");
        await wb.page.locator(".monaco-editor .view-lines", { hasText: '"skrivehjelp.model.path"' }).first().waitFor();
        await wb.page.keyboard.press("Control+A");
        // one line, and whatever the editor closed by itself after it removed: typed text is auto-indented and auto-closed
        await wb.page.keyboard.insertText(JSON.stringify({ ...current, "skrivehjelp.model.path": http.url }));
        await wb.page.keyboard.press("Shift+Control+End");
        await wb.page.keyboard.press("Delete");
        await wb.page.keyboard.press("Control+S");

        const escaped = http.url.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
        await waitForNotification(wb.page, new RegExp(`The model ${escaped} is not downloaded yet`), 60_000);
        await waitForStatusBarText(wb.page, /tiny\.gguf: not downloaded/, 30_000);
        await screenshot(wb.page, "model-setup-uri-not-downloaded");
        assert.equal(http.requests.length, fetchedBefore, "nothing is fetched before the user says so");

        const notification = wb.page.locator(".notification-list-item", { hasText: "is not downloaded yet" }).first();
        for (const button of ["Download", "Choose model file", "Open settings"]) {
            assert.equal(await notification.locator(".monaco-button", { hasText: new RegExp(`^${button}$`) }).count(), 1, button);
        }
        await notification.locator(".monaco-button", { hasText: /^Download$/ }).click();
        await waitForNotification(wb.page, /Downloading tiny\.gguf/, 30_000);
        await waitForStatusBarText(wb.page, /Downloading model \d+ %/, 30_000);
        await screenshot(wb.page, "model-setup-uri-downloading");
        await waitForStatusBarText(wb.page, /^Skrivehjelp: ready/, 90_000);

        const models = findFiles(path.join(server.userDataDir, "User", "globalStorage"), /^tiny\.gguf$/);
        assert.equal(models.length, 1, JSON.stringify(models));
        assert.match(models[0], /globalStorage\/[^/]*skrivehjelp[^/]*\/models\/tiny\.gguf$/i);
        assert.equal(createHash("sha256").update(fs.readFileSync(models[0])).digest("hex"), http.sha256);
        assert.ok(http.requests.length > fetchedBefore, "the download came from the local server");
        const after = JSON.parse(fs.readFileSync(settingsFile, "utf8")) as Record<string, unknown>;
        assert.equal(after["skrivehjelp.model.path"], http.url);
        await screenshot(wb.page, "model-setup-uri-ready");
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});

function findFiles(dir: string, re: RegExp): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? findFiles(p, re) : re.test(e.name) ? [p] : [];
    });
}
