// End-to-end: conversion from the command palette in a real VS Code (code-server).
//
// 1. "Konverter til nynorsk" with NO model configured: the built-in rule converter does it (the
//    default engine "auto"). The test asserts Nynorsk forms in the prose ("ikkje", "eg", "kva",
//    "boka" for "boken"), the code block, inline code and link target byte-identical and in
//    place, the summary notification, and that ONE Ctrl+Z restores the original exactly.
// 2. "Konverter til bokmål" with answer-nn-nb.gguf, a real GGUF run by the real engine whose
//    weights are set so that it answers the correct conversion of one paragraph
//    (test/models/answerModel.ts). With a model the engine is hybrid: the model post-edits the
//    rules' draft, and its (fixed) answer passes the guards, so the document becomes exactly the
//    expected text: progress shown, code block and link target byte-identical, and ONE Ctrl+Z
//    restores the original. It proves the pipeline and the editor edit, not translation quality.
// 3. The same with `skrivehjelp.convert.preview`: the diff first; Discard leaves the document
//    untouched, Apply applies the conversion as one undo step.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ANSWER_CASE, ensureAnswerModel } from "../models/answerModel";
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
import { builtVsix, freshWorkspace } from "./workspace";

const CODE = '```sh\nnpm install --save-dev ikke-endre-meg\necho "Jeg vet ikke"\n```\n';
const LINK_TARGET = '](https://www.regjeringen.no/no/dokumenter/ikke-endre/ "Ikke endre")';
const INLINE_CODE = "`ikke --endre`";
const DOC =
    `# Hvordan vi skriver\n\nJeg vet ikke hva boken heter. Les [veiledningen${LINK_TARGET} først, og skriv ${INLINE_CODE} i terminalen.\n\n` +
    `${CODE}\nHun sier at de ikke vet hva vi skal lagre.\n`;

/**
 * Saves the editor and returns the file once the save is done: the tab has lost its dirty mark
 * (VS Code clears it after the write) and the file is no longer `previous`. Reading as soon as
 * the file changed could catch it half written on a loaded machine (a one-line "document").
 */
async function saveAndRead(page: Page, file: string, previous: string): Promise<string> {
    await page.locator(".tabs-container .tab.active.dirty").waitFor();
    await page.keyboard.press("Control+S");
    await page.locator(".tabs-container .tab.active.dirty").waitFor({ state: "detached", timeout: 15_000 });
    const end = Date.now() + 15_000;
    for (;;) {
        const text = fs.readFileSync(file, "utf8");
        if (text !== previous) return text;
        if (Date.now() > end) throw new Error(`the saved file is still ${JSON.stringify(previous.slice(0, 80))}`);
        await page.waitForTimeout(50);
    }
}

describe("conversion in code-server with no model configured (the rules)", () => {
    let server: CodeServer;
    let wb: Workbench;
    let workspace: string;
    let file: string;

    before(async () => {
        workspace = freshWorkspace();
        file = path.join(workspace, "konverter.md");
        fs.writeFileSync(file, DOC);
        // no skrivehjelp.model.path: nothing to load, nothing downloaded
        server = await startCodeServer({ name: "convert-rules", workspace, vsix: builtVsix(), userSettings: {} });
        wb = await openWorkbench(server);
        await openFile(wb.page, "konverter.md");
        // the language server runs once it has decided the document's written standard
        await waitForStatusBarText(wb.page, /Bokmål/, 60_000);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "convert-rules-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("converts to Nynorsk from the palette: Nynorsk forms in the prose, code and link spans unchanged; one Ctrl+Z restores the original", async () => {
        const page = wb.page;
        const editor = page.locator(".editor-instance .monaco-editor .view-lines").first();
        await editor.click();
        await runCommand(page, "Skrivehjelp: Konverter til nynorsk");
        const done = await waitForNotification(page, /Converted to Nynorsk\.|could not convert|Nothing to convert/, 60_000);
        await screenshot(page, "convert-rules-done");
        assert.match(done, /^Converted to Nynorsk\./);

        const after = await saveAndRead(page, file, DOC);
        const lines = after.split("\n");
        assert.equal(lines.length, DOC.split("\n").length, "same lines");
        assert.match(lines[0], /^# Korleis /);
        // a verb ("vet" → "veit", "heter" → "heiter"), the noun phrase's gender ("boken" → "boka"), "ikkje"
        assert.match(lines[2], /^Eg veit ikkje kva boka heiter\. Les \[/, lines[2]);
        assert.match(lines.at(-2) ?? "", /^Ho seier at dei ikkje veit kva vi skal lagra\.$/, lines.at(-2));
        assert.ok(after.includes(CODE), "the code block is byte-identical");
        assert.ok(after.includes(LINK_TARGET), "the link target is byte-identical");
        assert.ok(after.includes(INLINE_CODE), "the inline code is byte-identical");
        const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split("\n").length;
        assert.equal(lineOf(after, CODE), lineOf(DOC, CODE), "the code block is in place");

        // one Ctrl+Z: the conversion was one edit, one undo step
        await editor.click();
        await page.keyboard.press("Control+Z");
        assert.equal(await saveAndRead(page, file, after), DOC, "one Ctrl+Z restores the original byte for byte");
    });

    it("the chat's convert action takes the same server path: the rules' Nynorsk as the answer, with no model, the document untouched", async () => {
        const page = wb.page;
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        await page.keyboard.press("Control+A");
        await runCommand(page, "Skrivehjelp: Convert to Nynorsk / Bokmål");
        const view = page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator(".message.user .body", { hasText: "Gjer om til nynorsk." }).waitFor({ timeout: 60_000 });
        const answer = view.locator(".message.assistant .markdown", { hasText: /\bikkje\b/ }).last();
        await answer.waitFor();
        await screenshot(page, "convert-rules-chat");
        const text = await answer.innerText();
        assert.match(text, /\bEg\b.*\bikkje kva\b.*\bboka\b/);
        assert.match(text, /npm install --save-dev ikke-endre-meg/, "the code block is kept as it was");
        assert.equal(await page.locator(".tab.dirty").count(), 0, "the document is not modified");
        assert.equal(fs.readFileSync(file, "utf8"), DOC);
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
async function startWithAnswerModel(
    name: string,
    settings: Record<string, unknown> = {},
): Promise<{ server: CodeServer; wb: Workbench; file: string }> {
    const model = await ensureAnswerModel();
    const workspace = freshWorkspace();
    const file = path.join(workspace, "nynorsk.md");
    fs.writeFileSync(file, ANSWER_CASE.nynorsk);
    const server = await startCodeServer({
        name,
        workspace,
        vsix: builtVsix(),
        // the model answers one text only: it must not be asked proofreading questions
        userSettings: {
            "skrivehjelp.model.path": model,
            "skrivehjelp.model.threads": 1,
            "skrivehjelp.model.sequences": 1,
            "skrivehjelp.checks.model": false,
            ...settings,
        },
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
        await page
            .locator(".editor-instance .monaco-editor .view-lines", { hasText: CONVERTED_IN_EDITOR })
            .first()
            .waitFor({ timeout: 120_000 });
        const seen = await notifications();
        t.diagnostic(`notifications seen: ${JSON.stringify(seen)}`);
        assert.ok(
            seen.some((n) => /Converting to Bokmål/.test(n)),
            `the progress notification was shown: ${JSON.stringify(seen)}`,
        );
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
        await page
            .locator(".monaco-diff-editor .editor.modified .view-lines", { hasText: CONVERTED_IN_EDITOR })
            .first()
            .waitFor({ timeout: 120_000 });
        await page.locator(".monaco-diff-editor .editor.original .view-lines", { hasText: "Eg veit ikkje kva me skal" }).first().waitFor();
        return page.locator(".notification-list-item", { hasText: "Apply the conversion to Bokmål?" }).first();
    }

    it("shows the conversion as a diff first: Discard leaves the document as it was, Apply applies it as one undo step", async () => {
        const page = wb.page;
        const question = await convertToPreview(page);
        await question.waitFor();
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

    it("a document edited while its conversion waits is never overwritten: Apply then applies nothing and says why", async () => {
        const page = wb.page;
        const question = await convertToPreview(page);
        await question.waitFor();
        // the user goes back to the document and types while the conversion is still open
        await page
            .locator(".tabs-container .tab", { hasText: /^nynorsk\.md$/ })
            .first()
            .click();
        await page.locator(".tabs-container .tab.active", { hasText: /^nynorsk\.md/ }).waitFor();
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        await page.keyboard.press("Control+End");
        await page.keyboard.type("Endra medan.");
        await page.locator(".tabs-container .tab.active.dirty", { hasText: /^nynorsk\.md/ }).waitFor();
        await question.locator(".monaco-button", { hasText: "Apply" }).click();
        await waitForNotification(page, /The document changed while it was being converted, so the result was not applied/);
        await screenshot(page, "convert-edited-meanwhile");
        // the document is the user's: their edit, nothing of the conversion
        await page
            .locator(".tabs-container .tab", { hasText: /^nynorsk\.md$/ })
            .first()
            .click();
        await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        const saved = await saveAndRead(page, file, ANSWER_CASE.nynorsk);
        assert.ok(saved.startsWith(ANSWER_CASE.nynorsk.trimEnd()), "the original text is kept");
        assert.ok(saved.includes("Endra medan."), "with the user's edit");
        assert.ok(!saved.includes(CONVERTED_IN_EDITOR), "and none of the conversion");
    });
});
