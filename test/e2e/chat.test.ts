// End-to-end: the chat panel in a real VS Code (code-server + Chromium) with the real engine
// and a tiny chat model (random weights: the answers are nonsense, but they stream).
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { FrameLocator, Page } from "playwright-core";
import { repoRoot } from "../models/models";
import { ensureChatModel } from "../server/chatModel";
import { openFile, openWorkbench, runCommand, screenshot, waitForStatusBarText, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

const QUESTION = "Kva betyr «semje» i referatet?";

function chatView(page: Page): FrameLocator {
    return page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
}

/** Polls until `read` gives a value (no sleeping and hoping). */
async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const v = await read().catch(() => undefined);
        if (v !== undefined) return v;
        if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
    }
}

/** The editor's text as shown (one line per view line). */
async function editorText(page: Page): Promise<string> {
    return page.locator(".editor-instance .monaco-editor .view-lines").first().innerText();
}

describe("chat panel in code-server", () => {
    let server: CodeServer;
    let wb: Workbench;
    let answerText = "";

    before(async () => {
        const model = await ensureChatModel();
        server = await startCodeServer({
            name: "chat",
            workspace: freshWorkspace(),
            vsix: builtVsix(),
            // greedy: the answer is the same on every run
            // (model proofreading off: only the chat uses the model here)
            userSettings: { "skrivehjelp.model.path": model, "skrivehjelp.model.threads": 1, "skrivehjelp.chat.temperature": 0, "skrivehjelp.checks.model": false },
        });
        wb = await openWorkbench(server);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "chat-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("opens with its command, streams an answer and stops it on Stop, keeping what came", async () => {
        await openFile(wb.page, "notat.md");
        await runCommand(wb.page, "Skrivehjelp: Open chat");
        const view = chatView(wb.page);
        await view.locator("#state", { hasText: /^(Ready|Working): skrivehjelp-tiny-chat/ }).waitFor({ timeout: 60_000 });
        const input = view.locator("#input");
        await input.click();
        await input.fill(QUESTION);
        await input.press("Enter");

        await view.locator(".message.user .body", { hasText: QUESTION }).waitFor();
        const answer = view.locator(".message.assistant .markdown").last();
        // pieces arrive one after the other: the text grows while it streams
        const first = await until("streamed text", async () => ((await answer.innerText()).trim().length > 0 ? (await answer.innerText()).trim() : undefined));
        const later = await until("more streamed text", async () => {
            const t = (await answer.innerText()).trim();
            return t.length > first.length ? t : undefined;
        });
        // (Markdown may re-render the start as more arrives, "1" or "-" becoming a list marker: the
        // words of the first sample, less its last one, which may be cut mid-word, come in order)
        const words = (t: string) => t.split(/[^\p{L}]+/u).filter((w) => w.length > 1);
        const kept = words(first).slice(0, -1);
        const rest = words(later);
        let at = 0;
        for (const w of kept) at = rest.indexOf(w, at) + 1 || Infinity;
        assert.ok(at !== Infinity, `the answer grows at its end: ${JSON.stringify(first)} → ${JSON.stringify(later)}`);
        assert.equal(await view.locator("#stop").isVisible(), true, "Stop shows while the answer streams");
        await screenshot(wb.page, "chat-streaming");

        await view.locator("#stop").click();
        await view.locator(".message.assistant .answer-footer .notice", { hasText: "Stopped." }).waitFor();
        await view.locator("#send").waitFor({ state: "visible" });
        const atStop = (await answer.innerText()).trim();
        assert.ok(atStop.length >= later.length, "what came before the stop is kept");
        // nothing arrives after the stop (the model had thousands of tokens to go)
        await new Promise((r) => setTimeout(r, 2000));
        const settled = (await answer.innerText()).trim();
        await new Promise((r) => setTimeout(r, 2000));
        assert.equal((await answer.innerText()).trim(), settled);
        assert.ok(settled.startsWith(atStop.slice(0, 200)));
        answerText = settled;
    });

    it("puts the answer into the editor with Insert at cursor, one undo step", async () => {
        const before = await editorText(wb.page);
        // a word of the answer that the document does not have yet
        const word = answerText.match(/[A-Za-z]{5,}/g)?.find((w) => !before.includes(w));
        assert.ok(word, `the answer has a distinctive word: ${answerText.slice(0, 200)}`);
        const view = chatView(wb.page);
        await view.locator(".message.assistant .answer-actions button", { hasText: "Insert at cursor" }).last().click();
        await until(`the editor to contain "${word}"`, async () => ((await editorText(wb.page)).includes(word) ? true : undefined));
        // one undo step takes it all out again
        await wb.page.locator(".editor-instance .monaco-editor").first().click();
        await wb.page.keyboard.press("Control+Z");
        await until("the insertion to be undone", async () => (!(await editorText(wb.page)).includes(word) ? true : undefined));
    });

    it("keeps the conversation through a window reload", async () => {
        await runCommand(wb.page, "Developer: Reload Window");
        await wb.page.locator(".monaco-workbench .part.statusbar").waitFor({ timeout: 60_000 });
        // the extension is back once its status bar item is
        await waitForStatusBarText(wb.page, /^Skrivehjelp/, 60_000);
        await runCommand(wb.page, "Skrivehjelp: Open chat");
        const view = chatView(wb.page);
        await view.locator(".message.user .body", { hasText: QUESTION }).waitFor({ timeout: 60_000 });
        const answer = view.locator(".message.assistant .markdown").last();
        await until("the restored answer", async () => ((await answer.innerText()).trim() === answerText ? true : undefined), 10_000);
        await view.locator(".message.assistant .answer-footer .notice", { hasText: "Stopped." }).waitFor();
        assert.equal(await view.locator("#title").innerText(), QUESTION);
    });

    it("attaches the selection as a chip with its size, and answers a quick action", async () => {
        await openFile(wb.page, "notat.md");
        await wb.page.locator(".editor-instance .monaco-editor").first().click();
        await wb.page.keyboard.press("Control+A");
        const view = chatView(wb.page);
        // the reload started a new server; its model loads first (a message sent now would wait for it)
        await view.locator("#state", { hasText: /^(Ready|Working): / }).waitFor({ timeout: 60_000 });
        await runCommand(wb.page, "Skrivehjelp: Summarize");
        await view.locator("#chip-label", { hasText: /^notat\.md, lines 1–\d+ · ≈ \d+ tokens$/ }).waitFor();
        await view.locator(".message.user .body", { hasText: "Oppsummer teksten kort." }).waitFor();
        await view.locator("#stop").waitFor({ state: "visible" });
        const answer = view.locator(".message.assistant .markdown").last();
        await until("a streamed answer", async () => ((await answer.locator(".pending").count()) === 0 && (await answer.innerText()).trim().length > 200 ? true : undefined));
        await view.locator("#input").press("Escape");
        await view.locator(".message.assistant .answer-footer .notice", { hasText: "Stopped." }).last().waitFor();
        const file = await screenshot(wb.page, "chat");
        fs.mkdirSync(path.join(repoRoot(), "docs", "images"), { recursive: true });
        fs.copyFileSync(file, path.join(repoRoot(), "docs", "images", "chat.png"));
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});
