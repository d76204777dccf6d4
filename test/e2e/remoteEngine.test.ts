// The remote engine in a real VS Code (code-server): a user switches from the local model to a
// model server (a real llama-server serving the generated model, with an API key), is told the
// server wants a key, sets it through "Set API key" (SecretStorage), sees the status bar turn
// ready with the server's model, and switches back to the local model, all without a restart.
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import assert from "node:assert/strict";
import type { FrameLocator } from "playwright-core";
import { ensureTinyModel } from "../models/models";
import { ensureSlowChatModel, SLOW_CHAT_CONTEXT } from "../models/slowChatModel";
import { llamaMetrics, llamaServerBinary, startLlamaServer, type LlamaServer } from "../server/llamaServer";
import {
    openFile,
    openWorkbench,
    runCommand,
    screenshot,
    waitForNotification,
    waitForStatusBarText,
    type Workbench,
} from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { until } from "./harness/until";
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
        // a chat model that answers with visible text (tiny.gguf answers blank lines) and streams for
        // minutes (a faster one finished before Stop could be pressed); sampled, so it does not end early
        llama = await startLlamaServer(built.bin!, {
            model: await ensureSlowChatModel(),
            alias: ALIAS,
            apiKey: KEY,
            threads: 1,
            contextSize: SLOW_CHAT_CONTEXT,
            parallel: 1,
        });
        server = await startCodeServer({
            name: "remote",
            workspace: freshWorkspace(),
            vsix: builtVsix(),
            // (model proofreading off: llama-server serves one request at a time, and it counts the chat alone)
            userSettings: {
                "skrivehjelp.model.path": tiny,
                "skrivehjelp.model.threads": 1,
                "skrivehjelp.chat.temperature": 1,
                "skrivehjelp.checks.model": false,
            },
        });
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
        await wb.page
            .locator(".notification-list-item", { hasText: /needs an API key/ })
            .first()
            .locator(".monaco-button", { hasText: "Set API key" })
            .click();
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
        // "Thinking…" (a .pending paragraph) shows until the first piece of the answer arrives
        await until(
            "answer text",
            async () => ((await answer.innerText()).trim() && (await answer.locator(".pending").count()) === 0 ? true : undefined),
            60_000,
        );
        await screenshot(wb.page, "remote-chat");
        // the answer is still coming (it may fill the 32768-token context, minutes away): Stop is
        // shown, the engine is busy, and llama-server is working on the request
        assert.equal(await view.locator("#stop").isVisible(), true, "Stop shows while the answer streams");
        await view.locator("#state", { hasText: new RegExp(`^Working: ${ALIAS}`) }).waitFor();
        assert.equal((await llamaMetrics(llama, KEY))["llamacpp:requests_processing"], 1, "llama-server is generating the answer");

        await view.locator("#stop").click();
        await view.locator(".message.assistant .answer-footer .notice", { hasText: "Stopped." }).waitFor();
        await view.locator("#send").waitFor({ state: "visible" });
        const atStop = (await answer.innerText()).trim();
        // llama-server saw the cancel: the request ended there, long before the context was full
        const idle = await until("llama-server to end the stopped request", async () => {
            const m = await llamaMetrics(llama, KEY);
            return m["llamacpp:requests_processing"] === 0 ? m : undefined;
        });
        const decoded = idle["llamacpp:n_decode_total"] - before;
        assert.ok(
            decoded > 0 && decoded < SLOW_CHAT_CONTEXT / 2,
            `llama-server generated the answer and stopped (${decoded} decode steps)`,
        );
        // and the engine is idle again: no more text can come, and none came after the stop
        await view.locator("#state", { hasText: new RegExp(`^Ready: ${ALIAS}`) }).waitFor();
        const settled = (await answer.innerText()).trim();
        assert.ok(
            settled.length > 0 && settled.startsWith(atStop.slice(0, 200)),
            `the answer is the one that was stopped: ${JSON.stringify(atStop.slice(0, 80))} → ${JSON.stringify(settled.slice(0, 80))}`,
        );
        assert.equal(await view.locator("#stop").isVisible(), false);
    });

    it("switches back to the local model without a restart", async () => {
        await openFile(wb.page, "notat.md");
        await runCommand(wb.page, "Skrivehjelp: Choose engine: local model or model server…", { opensQuickInput: true });
        await answerQuickInput(wb.page, /Who runs the language model/, "Local model", true);
        await waitForStatusBarText(wb.page, /skrivehjelp-tiny-llama3/, 60_000);
    });
});
