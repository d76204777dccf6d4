// The remote engine in a real VS Code (code-server): a user switches from the local model to a
// model server (a real llama-server serving the generated model, with an API key), is told the
// server wants a key, sets it through "Set API key" (SecretStorage), sees the status bar turn
// ready with the server's model, and switches back to the local model, all without a restart.
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import assert from "node:assert/strict";
import type { FrameLocator } from "playwright-core";
import { ensureTinyModel } from "../models/models";
import { ensureChatModel } from "../server/chatModel";
import { llamaMetrics, llamaServerBinary, startLlamaServer, type LlamaServer } from "../server/llamaServer";
import { openFile, openWorkbench, runCommand, screenshot, waitForNotification, waitForStatusBarText, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

const KEY = "e2e-key-5be1";
const ALIAS = "nb-llama-server-e2e";

/** Waits for a quick input titled `title` and accepts `text` in it (a pick by its label, or typed input). */
async function answerQuickInput(page: Page, title: RegExp, text: string, pick = false): Promise<void> {
    const widget = page.locator(".quick-input-widget:not(.quick-input-widget-closing)");
    await widget.locator(".quick-input-title", { hasText: title }).waitFor();
    await page.keyboard.insertText(text);
    if (pick) await widget.locator(".monaco-list-row.focused", { hasText: text }).first().waitFor();
    await page.keyboard.press("Enter");
    await widget.locator(".quick-input-title", { hasText: title }).waitFor({ state: "hidden" });
}

const built = llamaServerBinary();

describe("remote engine in code-server", { skip: built.bin ? false : `SKIPPED: ${built.why}` }, () => {
    let llama: LlamaServer;
    let server: CodeServer;
    let wb: Workbench;

    before(async () => {
        const tiny = await ensureTinyModel();
        // the chat model answers with visible text (tiny.gguf answers blank lines)
        llama = await startLlamaServer(built.bin!, { model: await ensureChatModel(), alias: ALIAS, apiKey: KEY, threads: 1, contextSize: 4096, parallel: 1 });
        server = await startCodeServer({ name: "remote", workspace: freshWorkspace(), vsix: builtVsix(), userSettings: { "skrivehjelp.model.path": tiny, "skrivehjelp.model.threads": 1 } });
        wb = await openWorkbench(server);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "remote-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
        await llama?.stop();
    });

    it("starts on the local model", async () => {
        await openFile(wb.page, "notat.md");
        await waitForStatusBarText(wb.page, /skrivehjelp-tiny-llama3/, 60_000);
    });

    it("switches to the model server, asks for the key it needs, and turns ready with the server's model", async () => {
        await runCommand(wb.page, "Skrivehjelp: Choose engine: local model or model server…", { opensQuickInput: true });
        await answerQuickInput(wb.page, /Who runs the language model/, "Model server", true);
        await answerQuickInput(wb.page, /Address of the model server/, llama.endpoint);
        await waitForNotification(wb.page, /needs an API key \(HTTP 401/, 60_000);
        await waitForStatusBarText(wb.page, /^Skrivehjelp: model error/);
        await wb.page.locator(".notification-list-item", { hasText: /needs an API key/ }).first().locator(".monaco-button", { hasText: "Set API key" }).click();
        await answerQuickInput(wb.page, /API key for the model server/, KEY);
        await waitForStatusBarText(wb.page, new RegExp(ALIAS), 60_000);
        await waitForStatusBarText(wb.page, /^Skrivehjelp: ready/);
        await screenshot(wb.page, "remote-ready");
    });

    it("the chat answers through the model server, and Stop stops it there", async () => {
        // llama-server's decode counter moves with every step; tokens_predicted_total only when a
        // request completes, and a stopped one may never count there
        const before = (await llamaMetrics(llama, KEY))["llamacpp:n_decode_total"];
        await runCommand(wb.page, "Skrivehjelp: Open chat");
        const view: FrameLocator = wb.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator("#state", { hasText: new RegExp(`^Ready: ${ALIAS}`) }).waitFor({ timeout: 60_000 });
        const input = view.locator("#input");
        await input.click();
        await input.fill("Kva betyr «semje» i referatet?");
        await input.press("Enter");
        const answer = view.locator(".message.assistant .markdown").last();
        const end = Date.now() + 60_000;
        // "Thinking…" (a .pending paragraph) shows until the first piece of the answer arrives
        while (!(await answer.innerText().catch(() => "")).trim() || (await answer.locator(".pending").count()) > 0) {
            assert.ok(Date.now() < end, "no answer text within 60 s");
            await wb.page.waitForTimeout(100);
        }
        await screenshot(wb.page, "remote-chat");
        if (await view.locator("#stop").isVisible()) {
            await view.locator("#stop").click();
            await view.locator(".message.assistant .answer-footer .notice", { hasText: "Stopped." }).waitFor();
        }
        await view.locator("#send").waitFor({ state: "visible" });
        const after = (await llamaMetrics(llama, KEY))["llamacpp:n_decode_total"];
        assert.ok(after > before, `llama-server generated the answer (${before} → ${after} decode steps)`);
    });

    it("switches back to the local model without a restart", async () => {
        await openFile(wb.page, "notat.md");
        await runCommand(wb.page, "Skrivehjelp: Choose engine: local model or model server…", { opensQuickInput: true });
        await answerQuickInput(wb.page, /Who runs the language model/, "Local model", true);
        await waitForStatusBarText(wb.page, /skrivehjelp-tiny-llama3/, 60_000);
    });
});
