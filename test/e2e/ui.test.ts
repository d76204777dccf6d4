// End-to-end in a real VS Code (code-server) in headless Chromium: what a user sees.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ensureBrokenModels, ensureTinyModel } from "../models/models";
import {
    openWorkbench,
    openFile,
    runCommand,
    screenshot,
    waitForNotification,
    waitForStatusBarText,
    type Workbench,
} from "./harness/browser";
import { pickInFileDialog } from "./harness/fileDialog";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

const READY = /^Skrivehjelp: ready/;

async function clickNotificationButton(page: Page, message: RegExp, button: string): Promise<void> {
    const toast = page.locator(".notification-list-item", { hasText: message });
    await toast.first().locator(".monaco-button", { hasText: button }).click();
}

describe("Skrivehjelp in code-server", () => {
    let tiny: string;
    let broken: Awaited<ReturnType<typeof ensureBrokenModels>>;
    let server: CodeServer;
    let wb: Workbench;

    before(async () => {
        tiny = await ensureTinyModel();
        broken = await ensureBrokenModels();
        server = await startCodeServer({
            name: "ui",
            workspace: freshWorkspace(),
            vsix: builtVsix(),
            // a model path that does not exist, as after moving a model file
            userSettings: { "skrivehjelp.model.path": "/nowhere/nb-llama.gguf", "skrivehjelp.model.threads": 1 },
        });
        wb = await openWorkbench(server);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "ui-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("activates on a Norwegian Markdown file and explains a bad model path, with a Choose model file action", async () => {
        await openFile(wb.page, "notat.md");
        await waitForNotification(wb.page, /The model file \/nowhere\/nb-llama\.gguf does not exist/, 60_000);
        await waitForStatusBarText(wb.page, /^Skrivehjelp: model error/);
        await screenshot(wb.page, "missing-model");
        await clickNotificationButton(wb.page, /does not exist/, "Choose model file");
        await pickInFileDialog(wb.page, tiny);
        // the status bar goes to ready with the model's name
        await waitForStatusBarText(wb.page, READY, 60_000);
        await waitForStatusBarText(wb.page, /skrivehjelp-tiny-llama3/);
        await screenshot(wb.page, "ready");
    });

    it("shows the model state in the Skrivehjelp side panel", async () => {
        await wb.page
            .locator('.activitybar .action-item a[aria-label^="Skrivehjelp"], .composite-bar .action-item a[aria-label^="Skrivehjelp"]')
            .first()
            .click();
        const view = wb.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator("#state", { hasText: /^Ready: skrivehjelp-tiny-llama3/ }).waitFor({ timeout: 30_000 });
        assert.equal(await view.locator("#detail").innerText(), tiny);
        assert.equal(await view.locator("#choose").isVisible(), true);
        await screenshot(wb.page, "assistant-panel");
    });

    it("survives a model that aborts llama.cpp and keeps answering", async () => {
        await runCommand(wb.page, "Skrivehjelp: Choose model file…", { opensQuickInput: true });
        await pickInFileDialog(wb.page, broken.aborts);
        await waitForNotification(wb.page, /The model process stopped with SIGABRT while loading the model/, 60_000);
        await waitForStatusBarText(wb.page, /^Skrivehjelp: model error/);
        // the side panel says so too, and offers to reload
        const view = wb.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator("#detail", { hasText: /SIGABRT/ }).waitFor();
        assert.equal(await view.locator("#reload").isVisible(), true);
        await screenshot(wb.page, "crashed-model");
        // the server is still there: the next model loads
        await runCommand(wb.page, "Skrivehjelp: Choose model file…", { opensQuickInput: true });
        await pickInFileDialog(wb.page, tiny);
        await waitForStatusBarText(wb.page, READY, 60_000);
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});
