// "Your text never leaves the machine", proven for the Node side: code-server runs with
// test/privacy/netRecorder.cjs preloaded (VS Code's server hands its execArgv to the extension
// host; the recorder puts itself into NODE_OPTIONS for the language server the extension starts
// and the model worker the server starts), and every outgoing connection, DNS look-up, http(s)
// request and fetch of these processes is logged. Through proofreading, model set-up with a
// local file, conversion and chat, nothing may go anywhere: no connection off the machine, and
// none at all from the extension host, the language server or the model worker (they talk over
// pipes and stdio). test/privacy/netRecorder.test.ts proves the recorder sees each kind.
import assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ensureChatModel } from "../server/chatModel";
import { netRecorderPath, processesMatching, readNetLog, unexpectedConnections, type NetEvent } from "../privacy/netLog";
import {
    openFile,
    openWorkbench,
    runCommand,
    screenshot,
    waitForNotification,
    waitForStatusBarText,
    type Workbench,
} from "./harness/browser";
import { pickInFileDialog } from "./harness/fileDialog";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { builtVsix, freshWorkspace } from "./workspace";

describe("privacy: the extension host, language server and model worker make no connection", () => {
    let server: CodeServer;
    let wb: Workbench;
    let model: string;
    let log: string;

    before(async () => {
        model = await ensureChatModel();
        const workspace = freshWorkspace();
        log = path.join(workspace, "..", `${path.basename(workspace)}-net.jsonl`);
        server = await startCodeServer({
            name: "privacy",
            workspace,
            vsix: builtVsix(),
            nodeArgs: ["--require", netRecorderPath()],
            env: { SKRIVEHJELP_NET_LOG: log },
            userSettings: { "skrivehjelp.model.threads": 1, "skrivehjelp.chat.temperature": 0 },
        });
        wb = await openWorkbench(server);
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "privacy-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
    });

    it("proofreads a document", async () => {
        await openFile(wb.page, "feil.md");
        await wb.page.keyboard.press("Control+Shift+M");
        await wb.page.locator(".markers-panel .monaco-list-row", { hasText: "Ukjent ord: «skirve»" }).first().waitFor({ timeout: 60_000 });
    });

    it("sets up the model from a local file", async () => {
        await runCommand(wb.page, "Skrivehjelp: Choose model file…", { opensQuickInput: true });
        await pickInFileDialog(wb.page, model);
        await waitForStatusBarText(wb.page, /skrivehjelp-tiny-chat/, 60_000);
        await waitForStatusBarText(wb.page, /^Skrivehjelp: ready/, 60_000);
    });

    it("converts a document", async () => {
        await openFile(wb.page, "notat.md");
        await wb.page.locator(".editor-instance .monaco-editor").first().click();
        await runCommand(wb.page, "Skrivehjelp: Konverter til bokmål");
        await waitForNotification(wb.page, /Converted to Bokmål|unconverted|Nothing to convert/, 180_000);
    });

    it("answers in the chat", async () => {
        await runCommand(wb.page, "Skrivehjelp: Open chat");
        const view = wb.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator("#state", { hasText: /^(Ready|Working): skrivehjelp-tiny-chat/ }).waitFor({ timeout: 60_000 });
        const input = view.locator("#input");
        await input.click();
        await input.fill("Kva betyr «semje»?");
        await input.press("Enter");
        const answer = view.locator(".message.assistant .markdown").last();
        await answer.locator(".pending").waitFor({ state: "detached", timeout: 60_000 });
        await answer.filter({ hasText: /\S/ }).waitFor();
        await view.locator("#input").press("Escape");
        await view.locator("#send").waitFor({ state: "visible" });
    });

    it("the recorder ran in the extension host, the language server and the model worker, and none of them connected anywhere", () => {
        const events = readNetLog(log);
        const starts = events.filter((e) => e.kind === "start");
        const show = (es: NetEvent[]) =>
            JSON.stringify(
                es.map((e) => ({ ...e, argv: e.argv?.map((a) => a.slice(0, 120)), execArgv: undefined })),
                null,
                1,
            );
        const roles: [string, RegExp][] = [
            ["extension host", /extensionHost/i],
            ["language server", /dist[/\\]server\.js/],
            ["model worker", /--engine-worker/],
        ];
        const pids = new Set<number>();
        for (const [role, re] of roles) {
            const found = processesMatching(events, re);
            assert.ok(found.length > 0, `the recorder ran in the ${role}; recorded processes: ${show(starts)}`);
            for (const e of found) pids.add(e.pid);
        }
        // off the machine: nothing from any recorded process (code-server's own included)
        assert.deepEqual(unexpectedConnections(events), [], "no connection leaves the machine");
        // from the extension's own processes: no TCP connection or look-up at all, not even loopback
        const ours = events.filter((e) => pids.has(e.pid));
        assert.deepEqual(
            unexpectedConnections(ours, []),
            [],
            `the extension's processes connected: ${show(ours.filter((e) => e.kind !== "start"))}`,
        );
    });

    it("Chromium never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});
