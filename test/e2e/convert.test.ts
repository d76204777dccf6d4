// End-to-end: conversion from the command palette in a real VS Code (code-server).
//
// 1. "Konverter til nynorsk" with the tiny model. Its weights are random, so the guards reject
//    its answers: the test proves what must hold whatever the model says — progress with a
//    percentage, the code block and the link target byte-identical and in place, rejected
//    pieces reported with their line, and no step left on the undo stack.
// 2. "Konverter til bokmål" with answer-nn-nb.gguf, a real GGUF run by the real engine whose
//    weights are set so that it answers the correct conversion of one paragraph
//    (test/models/answerModel.ts). So the document really changes: the test proves the whole
//    path into the editor — progress shown, exactly the expected text, code block and link
//    target byte-identical, and ONE Ctrl+Z restores the original. It proves the pipeline and
//    the editor edit, not translation quality.
// 3. The same with `skrivehjelp.convert.preview`: the diff first; Discard leaves the document
//    untouched, Apply applies the conversion as one undo step.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ANSWER_CASE, ensureAnswerModel } from "../models/answerModel";
import { ensureTinyModel } from "../models/models";
import { openFile, openWorkbench, runCommand, screenshot, waitForNotification, waitForStatusBarText, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

const CODE = "```sh\nnpm install --save-dev ikke-endre-meg\necho \"Jeg vet ikke\"\n```\n";
const LINK_TARGET = '](https://www.regjeringen.no/no/dokumenter/ikke-endre/ "Ikke endre")';
const PARAGRAPHS = Array.from(
    { length: 24 },
    (_, i) => `Avsnitt ${i + 1}: Jeg vet ikke hva vi skal gjøre med dette, men vi må bare prøve å skrive noe fornuftig her.`,
);
const DOC = `# Hvordan vi skriver\n\nLes [veiledningen${LINK_TARGET} først.\n\n${CODE}\n${PARAGRAPHS.join("\n\n")}\n`;

async function saveAndRead(page: Page, file: string, previous: string | undefined): Promise<string> {
    await page.keyboard.press("Control+S");
    // the save lands asynchronously; wait until the file is what the editor holds
    const end = Date.now() + 15_000;
    let text = fs.readFileSync(file, "utf8");
    while (Date.now() < end && text === previous) {
        await page.waitForTimeout(100);
        text = fs.readFileSync(file, "utf8");
    }
    await page.waitForTimeout(300);
    return fs.readFileSync(file, "utf8");
}

describe("conversion in code-server", () => {
    let server: CodeServer;
    let wb: Workbench;
    let workspace: string;
    let file: string;

    before(async () => {
        const tiny = await ensureTinyModel();
        workspace = freshWorkspace();
        file = path.join(workspace, "konverter.md");
        fs.writeFileSync(file, DOC);
        server = await startCodeServer({
            name: "convert",
            workspace,
            vsix: builtVsix(),
            // a small context and one sequence: many pieces, so the progress is there to see
            userSettings: { "skrivehjelp.model.path": tiny, "skrivehjelp.model.threads": 1, "skrivehjelp.model.contextSize": 1024, "skrivehjelp.model.sequences": 1 },
        });
        wb = await openWorkbench(server);
        await openFile(wb.page, "konverter.md");
        // the language server runs once it has decided the document's written standard
        await waitForStatusBarText(wb.page, /Bokmål/, 60_000);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "convert-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("converts from the palette with progress, keeps code and link target, reports rejected pieces, one undo step", async () => {
        const page = wb.page;
        // one edit of our own first: the undo stack then shows whether the command added a step
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        await page.keyboard.press("Control+End");
        await page.keyboard.type("Slutt.");
        const before = await saveAndRead(page, file, DOC);
        assert.equal(before, DOC + "Slutt.");

        await runCommand(page, "Skrivehjelp: Konverter til nynorsk");
        // the progress notification, with a percentage
        await waitForNotification(page, /Converting to Nynorsk.*\d+ %/, 60_000);
        await screenshot(page, "convert-progress");
        const done = await waitForNotification(page, /parts were left unconverted|Nothing to convert/, 300_000);
        await screenshot(page, "convert-done");
        const after = await saveAndRead(page, file, undefined);
        assert.ok(after.includes(CODE), "the code block is byte-identical");
        assert.ok(after.includes(LINK_TARGET), "the link target is byte-identical");
        const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split("\n").length;
        assert.equal(lineOf(after, CODE), lineOf(before, CODE), "the code block is in place");
        assert.equal(after.split("\n").length, before.split("\n").length, "same lines");

        const m = /(\d+) of (\d+) parts were left unconverted \(from line (\d+)\)/.exec(done);
        if (m && m[1] === m[2]) {
            // every piece rejected (random weights): nothing was applied, and the command left
            // no step on the undo stack: one Ctrl+Z takes back our own edit
            assert.equal(after, before, "no piece applied");
            assert.ok(Number(m[3]) >= 1);
            await page.keyboard.press("Control+Z");
            assert.equal(await saveAndRead(page, file, after), DOC, "one Ctrl+Z undid our edit, not a conversion");
        } else {
            // some piece converted: one Ctrl+Z restores the text from before the command
            assert.notEqual(after, before);
            await page.keyboard.press("Control+Z");
            assert.equal(await saveAndRead(page, file, after), before, "one Ctrl+Z restores the original");
        }
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});

/** Records the text of every notification shown from now on, however briefly (a DOM observer). */
async function recordNotifications(page: Page): Promise<() => Promise<string[]>> {
    // a string, not a function: the project compiles without the DOM library
    await page.evaluate(`(() => {
        const seen = (window.__skrivehjelpNotifications = []);
        const read = () => {
            for (const el of document.querySelectorAll(".notification-list-item")) {
                const t = (el.innerText || "").trim();
                if (t && !seen.includes(t)) seen.push(t);
            }
        };
        new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    })()`);
    return () => page.evaluate("window.__skrivehjelpNotifications.slice()") as Promise<string[]>;
}

/** code-server with the answer model and nynorsk.md (ANSWER_CASE.nynorsk) open in the editor. */
async function startWithAnswerModel(name: string, settings: Record<string, unknown> = {}): Promise<{ server: CodeServer; wb: Workbench; file: string }> {
    const model = await ensureAnswerModel();
    const workspace = freshWorkspace();
    const file = path.join(workspace, "nynorsk.md");
    fs.writeFileSync(file, ANSWER_CASE.nynorsk);
    const server = await startCodeServer({
        name,
        workspace,
        vsix: builtVsix(),
        // the model answers one text only: it must not be asked proofreading questions
        userSettings: { "skrivehjelp.model.path": model, "skrivehjelp.model.threads": 1, "skrivehjelp.model.sequences": 1, "skrivehjelp.checks.model": false, ...settings },
    });
    const wb = await openWorkbench(server);
    await openFile(wb.page, "nynorsk.md");
    await waitForStatusBarText(wb.page, /Nynorsk/, 60_000);
    return { server, wb, file };
}

const CONVERTED_IN_EDITOR = "Jeg vet ikke hva vi skal";

describe("conversion in code-server with the answer model (the document really changes)", () => {
    let server: CodeServer;
    let wb: Workbench;
    let file: string;

    before(async () => {
        ({ server, wb, file } = await startWithAnswerModel("convert-answer"));
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "convert-answer-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("converts to Bokmål from the palette: progress, the exact expected text, code and link target byte-identical; one Ctrl+Z restores the original", async (t) => {
        const page = wb.page;
        const editor = page.locator(".editor-instance .monaco-editor .view-lines").first();
        await editor.click();
        const notifications = await recordNotifications(page);

        await runCommand(page, "Skrivehjelp: Konverter til bokmål");
        // the converted paragraph in the editor (the edit is applied, not yet saved)
        await page.locator(".editor-instance .monaco-editor .view-lines", { hasText: CONVERTED_IN_EDITOR }).first().waitFor({ timeout: 120_000 });
        const seen = await notifications();
        t.diagnostic(`notifications seen: ${JSON.stringify(seen)}`);
        assert.ok(seen.some((n) => /Converting to Bokmål/.test(n)), `the progress notification was shown: ${JSON.stringify(seen)}`);
        assert.ok(!seen.some((n) => /unconverted|could not/.test(n)), `no warning or error: ${JSON.stringify(seen)}`);
        await screenshot(page, "convert-answer-converted");

        const after = await saveAndRead(page, file, ANSWER_CASE.nynorsk);
        assert.equal(after, ANSWER_CASE.bokmal);
        assert.ok(after.endsWith(`\n\n${ANSWER_CASE.code}`), "the code block is byte-identical and in place");
        assert.ok(after.includes(ANSWER_CASE.linkTarget), "the link target is byte-identical");

        // one Ctrl+Z: the conversion was one edit, one undo step
        await editor.click();
        await page.keyboard.press("Control+Z");
        assert.equal(await saveAndRead(page, file, after), ANSWER_CASE.nynorsk, "one Ctrl+Z restores the original byte for byte");
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});

describe("conversion with skrivehjelp.convert.preview and the answer model", () => {
    let server: CodeServer;
    let wb: Workbench;
    let file: string;

    before(async () => {
        ({ server, wb, file } = await startWithAnswerModel("convert-preview", { "skrivehjelp.convert.preview": true }));
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "convert-preview-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    /** Runs the command and waits for the diff of the conversion and its Apply/Discard question. */
    async function convertToPreview(page: Page) {
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        await runCommand(page, "Skrivehjelp: Konverter til bokmål");
        await page.locator(".monaco-diff-editor .editor.modified .view-lines", { hasText: CONVERTED_IN_EDITOR }).first().waitFor({ timeout: 120_000 });
        await page.locator(".monaco-diff-editor .editor.original .view-lines", { hasText: "Eg veit ikkje kva me skal" }).first().waitFor();
        return page.locator(".notification-list-item", { hasText: "Apply the conversion to Bokmål?" }).first();
    }

    it("shows the conversion as a diff first: Discard leaves the document as it was, Apply applies it as one undo step", async () => {
        const page = wb.page;
        const question = await convertToPreview(page);
        await question.waitFor();
        await page.waitForTimeout(500); // the toast slides in: for the screenshot only
        await screenshot(page, "convert-preview");
        await question.locator(".monaco-button", { hasText: "Discard" }).click();
        // the diff closes; the document was never touched (not even dirty)
        await page.locator(".monaco-diff-editor").first().waitFor({ state: "detached" });
        assert.equal(await page.locator(".tab.active.dirty").count(), 0, "the document is not modified");
        assert.equal(fs.readFileSync(file, "utf8"), ANSWER_CASE.nynorsk);

        const again = await convertToPreview(page);
        await again.locator(".monaco-button", { hasText: "Apply" }).click();
        // the diff closes, then the edit lands in the document's own editor
        await page.locator(".monaco-diff-editor").first().waitFor({ state: "detached" });
        await page.locator(".editor-instance .monaco-editor .view-lines", { hasText: CONVERTED_IN_EDITOR }).first().waitFor();
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        const after = await saveAndRead(page, file, ANSWER_CASE.nynorsk);
        assert.equal(after, ANSWER_CASE.bokmal);
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        await page.keyboard.press("Control+Z");
        assert.equal(await saveAndRead(page, file, after), ANSWER_CASE.nynorsk, "one Ctrl+Z restores the original");
    });
});
