// End-to-end: the grammar layer in a real VS Code — a Nynorsk Markdown document with a split
// compound and "for og": the squiggles and the Problems panel show both, the quick fix joins the
// two words in one edit, and one undo restores them.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openFile, openWorkbench, quickFixRow, screenshot, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

const DOC = [
    "---",
    "lang: nn",
    "---",
    "",
    "# Rettleiing",
    "",
    "Skriv inn eit nytt linje nummer her.",
    "",
    "Trykk her for og lagra fila.",
    "",
].join("\n");

// Monaco renders spaces as no-break spaces
const editorText = async (page: Page) =>
    (await page.locator(".editor-instance .monaco-editor .view-lines").first().innerText()).replace(/\u00a0/g, " ");

/** Polls the editor's text until `pred` holds (the edit arrives asynchronously). */
async function textWhere(page: Page, pred: (text: string) => boolean, what: string): Promise<string> {
    const end = Date.now() + 15_000;
    let text = "";
    while (!pred((text = await editorText(page)))) {
        if (Date.now() > end) throw new Error(`the editor never showed ${what}; it shows: ${text}`);
        await page.waitForTimeout(100);
    }
    return text;
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
    await page.locator(".editor-instance .monaco-editor .view-lines").first().click();
    await page.keyboard.press("Control+G");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible" });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press("Enter");
    await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
}

describe("the grammar layer in code-server", () => {
    let server: CodeServer;
    let wb: Workbench;

    before(async () => {
        const workspace = freshWorkspace();
        fs.writeFileSync(path.join(workspace, "grammatikk.md"), DOC);
        server = await startCodeServer({ name: "grammar", workspace, vsix: builtVsix() });
        wb = await openWorkbench(server);
        await openFile(wb.page, "grammatikk.md");
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "grammar-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("squiggles the split compound and 'for og', with Nynorsk messages in the Problems panel", async () => {
        await wb.page.keyboard.press("Control+Shift+M");
        const panel = wb.page.locator(".markers-panel");
        await panel
            .locator(".monaco-list-row", { hasText: "skriv samansette ord i eitt ord: «linjenummer», ikkje «linje nummer»" })
            .first()
            .waitFor({ timeout: 60_000 });
        await panel.locator(".monaco-list-row", { hasText: "infinitivsmerket «å», ikkje «og»" }).first().waitFor();
        // both are sure: warnings, drawn as squiggles in the editor
        await wb.page.locator(".editor-instance .monaco-editor .squiggly-warning").nth(1).waitFor();
        await screenshot(wb.page, "grammar-problems");
    });

    it("Ctrl+. joins the two words in one edit, and one undo restores them", async () => {
        await goTo(wb.page, 7, 22);
        const row = await quickFixRow(wb.page, "Byt ut med «linjenummer»");
        await screenshot(wb.page, "grammar-quick-fix");
        await row.click();
        const fixed = await textWhere(wb.page, (t) => t.includes("eit nytt linjenummer her"), "the joined word");
        assert.match(fixed, /for og lagra/, "only the chosen problem changed");
        await wb.page.keyboard.press("Control+Z");
        const restored = await textWhere(wb.page, (t) => t.includes("eit nytt linje nummer her"), "the two words again");
        assert.doesNotMatch(restored, /linjenummer/);
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});
