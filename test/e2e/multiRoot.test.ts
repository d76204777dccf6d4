// End-to-end: settings per workspace folder in a real VS Code. A multi-root workspace (a
// .code-workspace file) has two folders whose .vscode/settings.json set a different written
// standard and house style: Nynorsk with the a-infinitive, Bokmål with -en feminines. The same
// text in each folder is checked by that folder's settings: the Problems panel shows each file's
// own problems, and the status bar each document's standard, "set by the setting"; changing the
// standard from the status bar changes the document's folder's setting.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openFile, openWorkbench, screenshot, waitForStatusBarText, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix } from "./workspace";

const TEXT = "# Notat\n\nEg har ikkje tid i dag, men skal skrive om boka i morgon.\n";

const FOLDERS = {
    nynorsk: { file: "nn-notat.md", settings: { "skrivehjelp.language": "nn", "skrivehjelp.nynorsk.infinitive": "a" } },
    bokmal: { file: "nb-notat.md", settings: { "skrivehjelp.language": "nb", "skrivehjelp.bokmal.feminine": "en" } },
};

/** The Problems panel's rows, grouped by the file row above them: file name → its problems' texts. */
async function problemsByFile(page: Page): Promise<Map<string, string[]>> {
    const rows = await page.locator(".markers-panel .monaco-list-row").allInnerTexts();
    const out = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const row of rows) {
        const file = Object.values(FOLDERS).find((f) => row.includes(f.file))?.file;
        if (file) out.set(file, (current = []));
        else current?.push(row.replace(/\s+/g, " "));
    }
    return out;
}

/** Polls the Problems panel until `pred` holds for its rows; fails with what it showed. */
async function problemsWhere(page: Page, pred: (p: Map<string, string[]>) => boolean, what: string): Promise<Map<string, string[]>> {
    const end = Date.now() + 60_000;
    for (;;) {
        const p = await problemsByFile(page);
        if (pred(p)) return p;
        if (Date.now() > end) throw new Error(`the Problems panel never showed ${what}; it shows: ${JSON.stringify([...p])}`);
        await page.waitForTimeout(200);
    }
}

describe("settings per workspace folder in code-server", () => {
    let root: string;
    let server: CodeServer;
    let wb: Workbench;

    before(async () => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-multiroot-"));
        for (const [name, f] of Object.entries(FOLDERS)) {
            fs.mkdirSync(path.join(root, name, ".vscode"), { recursive: true });
            fs.writeFileSync(path.join(root, name, ".vscode", "settings.json"), JSON.stringify(f.settings, null, 2));
            fs.writeFileSync(path.join(root, name, f.file), TEXT);
        }
        const workspaceFile = path.join(root, "skrivehjelp.code-workspace");
        fs.writeFileSync(workspaceFile, JSON.stringify({ folders: Object.keys(FOLDERS).map((p) => ({ path: p })), settings: {} }, null, 2));
        server = await startCodeServer({ name: "multiroot", workspace: root, vsix: builtVsix() });
        wb = await openWorkbench(server, { workspaceFile });
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "multiroot-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
        if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it("checks the Nynorsk folder's document by its settings: Nynorsk, a-infinitive", async () => {
        await openFile(wb.page, FOLDERS.nynorsk.file);
        await waitForStatusBarText(wb.page, /Nynorsk/, 60_000);
        await wb.page.keyboard.press("Control+Shift+M");
        const p = await problemsWhere(
            wb.page,
            (m) => (m.get(FOLDERS.nynorsk.file)?.length ?? 0) > 0,
            `problems of ${FOLDERS.nynorsk.file}`,
        );
        const nn = p.get(FOLDERS.nynorsk.file)!;
        // the house style's one matter, in Nynorsk; nothing of the Bokmål folder's
        assert.equal(nn.length, 1, JSON.stringify(nn));
        assert.match(nn[0], /«skrive» er e-infinitiv; teksten skriv a-infinitiv/);
    });

    it("checks the same text in the Bokmål folder by that folder's settings: Bokmål, -en feminines", async () => {
        await openFile(wb.page, FOLDERS.bokmal.file);
        const status = await waitForStatusBarText(wb.page, /Bokmål/, 60_000);
        assert.doesNotMatch(status, /Nynorsk/);
        const p = await problemsWhere(
            wb.page,
            (m) => (m.get(FOLDERS.bokmal.file)?.length ?? 0) >= 4,
            `four problems of ${FOLDERS.bokmal.file}`,
        );
        const nb = p.get(FOLDERS.bokmal.file)!;
        await screenshot(wb.page, "multiroot-problems");
        assert.ok(
            nb.some((r) => r.includes("«ikkje» er nynorsk, ikke bokmål")),
            JSON.stringify(nb),
        );
        assert.ok(
            nb.some((r) => r.includes("«boka»: hunkjønnsord skrives med -en her (listen), ikke -a")),
            JSON.stringify(nb),
        );
        assert.ok(!nb.some((r) => r.includes("infinitiv")), `no infinitive house style in Bokmål: ${JSON.stringify(nb)}`);
        // the Nynorsk document still has its own one problem
        assert.equal(p.get(FOLDERS.nynorsk.file)?.length, 1, JSON.stringify([...p]));
    });

    it("shows each document's own standard in the status bar, set by its folder's setting", async () => {
        await openFile(wb.page, FOLDERS.nynorsk.file);
        const item = wb.page.locator(".part.statusbar .statusbar-item", { hasText: /Nynorsk/ }).first();
        await item.waitFor();
        await item.hover();
        await wb.page.locator(".monaco-hover, .workbench-hover", { hasText: "Set by the setting skrivehjelp.language" }).first().waitFor();
    });

    it("'Always Nynorsk' on the Bokmål folder's document changes that folder's setting, not the others'", async () => {
        await openFile(wb.page, FOLDERS.bokmal.file);
        await wb.page
            .locator(".part.statusbar .statusbar-item", { hasText: /Bokmål/ })
            .first()
            .click();
        const widget = wb.page.locator(".quick-input-widget");
        await widget.waitFor({ state: "visible" });
        await wb.page.keyboard.insertText("Always Nynorsk");
        await widget.locator(".monaco-list-row", { hasText: "Always Nynorsk" }).first().click();
        // the folder's own value is what applies to its documents: that is the one changed
        const settingsFile = path.join(root, "bokmal", ".vscode", "settings.json");
        const end = Date.now() + 30_000;
        while (!fs.readFileSync(settingsFile, "utf8").includes('"skrivehjelp.language": "nn"')) {
            if (Date.now() > end) throw new Error(`bokmal/.vscode/settings.json was not changed: ${fs.readFileSync(settingsFile, "utf8")}`);
            await wb.page.waitForTimeout(100);
        }
        await waitForStatusBarText(wb.page, /Nynorsk/);
        // the document is checked as Nynorsk now: its Bokmål problems are gone
        await problemsWhere(
            wb.page,
            (m) => !(m.get(FOLDERS.bokmal.file) ?? []).some((r) => r.includes("ikke bokmål")),
            `${FOLDERS.bokmal.file} checked as Nynorsk`,
        );
        assert.match(fs.readFileSync(path.join(root, "nynorsk", ".vscode", "settings.json"), "utf8"), /"skrivehjelp.language": "nn"/);
        assert.doesNotMatch(fs.readFileSync(path.join(root, "skrivehjelp.code-workspace"), "utf8"), /skrivehjelp\.language/);
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});
