// End-to-end: the VS Code client tells the server which lines are in view
// (skrivehjelp/visibleRanges), and the model layer asks about those paragraphs first.
// The model layer starts switched off; the test scrolls to the end of a long document, waits
// until the server has heard where the view is, then switches the layer on.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ensureTinyModel } from "../models/models";
import { openFile, openWorkbench, runCommand, screenshot, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

const PARAGRAPHS = 80;
const paragraph = (n: number) => `Avsnitt nummer ${n} fortel korleis vi skriv betre tekstar saman.`;

/** The extension's log file (the output channel "Skrivehjelp"), where the server's debug lines land. */
function extensionLog(userDataDir: string): string {
    const logs = path.join(userDataDir, "logs");
    if (!fs.existsSync(logs)) return "";
    let all = "";
    for (const session of fs.readdirSync(logs)) {
        for (const host of fs.readdirSync(path.join(logs, session))) {
            const file = path.join(logs, session, host, "skrivehjelp.skrivehjelp", "Skrivehjelp.log");
            if (fs.existsSync(file)) all += fs.readFileSync(file, "utf8");
        }
    }
    return all;
}

async function waitForLog(
    userDataDir: string,
    re: RegExp,
    what: string,
    timeoutMs = 90_000,
    accept: (m: RegExpMatchArray) => boolean = () => true,
): Promise<RegExpMatchArray> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const m = extensionLog(userDataDir).match(re);
        if (m && accept(m)) return m;
        if (Date.now() > end)
            throw new Error(`the extension log never showed ${what}; its end:\n${extensionLog(userDataDir).slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 200));
    }
}

describe("model proofreading in code-server", () => {
    let server: CodeServer;
    let wb: Workbench;
    let settingsFile: string;
    let settings: Record<string, unknown>;

    before(async () => {
        const tiny = await ensureTinyModel();
        const workspace = freshWorkspace();
        const body = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join("\n\n");
        fs.writeFileSync(path.join(workspace, "lang.md"), `# Lang tekst\n\n${body}\n`);
        settings = {
            "skrivehjelp.model.path": tiny,
            "skrivehjelp.model.threads": 1,
            "skrivehjelp.log.level": "debug",
            "skrivehjelp.language": "nn",
            "skrivehjelp.checks.model": false,
        };
        server = await startCodeServer({ name: "model-proof", workspace, vsix: builtVsix(), userSettings: settings });
        settingsFile = path.join(server.userDataDir, "User", "settings.json");
        wb = await openWorkbench(server);
        await openFile(wb.page, "lang.md");
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "model-proofreading-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("asks about the paragraphs in view first", async () => {
        await wb.page.locator(".editor-instance .monaco-editor .view-lines").first().click();
        await wb.page.keyboard.press("Control+End");
        // the client has told the server that the end of the document is in view
        const lastLine = 2 + 2 * PARAGRAPHS;
        await waitForLog(
            server.userDataDir,
            /model proofreading: in view of \S*lang\.md: lines \d+–(\d+)(?![\s\S]*in view of \S*lang\.md)/,
            "the end of lang.md in view",
            90_000,
            (m) => Number(m[1]) >= lastLine - 2,
        );
        assert.doesNotMatch(extensionLog(server.userDataDir), /asking about/);

        // switch the layer on as a user would: settings.json edited and saved in VS Code (it opens
        // over the editor, so lang.md stays in view). A write from outside VS Code depends on its
        // file watcher, which missed writes on a busy machine.
        const current = JSON.parse(fs.readFileSync(settingsFile, "utf8")) as Record<string, unknown>;
        await runCommand(wb.page, "Preferences: Open User Settings (JSON)");
        await wb.page.locator(".monaco-editor .view-lines", { hasText: '"skrivehjelp.checks.model"' }).first().waitFor();
        await wb.page.keyboard.press("Control+A");
        await wb.page.keyboard.insertText(JSON.stringify({ ...current, "skrivehjelp.checks.model": true }, null, 2));
        await wb.page.keyboard.press("Control+S");
        await waitForLog(server.userDataDir, /model proofreading: on for \S*lang\.md/, "the model layer switched on", 60_000);
        const first = await waitForLog(
            server.userDataDir,
            /model proofreading: asking about "Avsnitt nummer (\d+) /,
            "a question to the model",
        );
        await screenshot(wb.page, "model-proofreading-in-view");
        assert.ok(Number(first[1]) > PARAGRAPHS / 2, `the first question is about a paragraph at the end, in view: number ${first[1]}`);
    });
});
