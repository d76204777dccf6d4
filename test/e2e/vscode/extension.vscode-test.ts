// Tests against the `vscode` API in a real VS Code, for what is awkward to see in the UI.
import assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";
import type { EngineStatus } from "../../../language-server/src/protocol/engine";

const TINY = process.env.SKRIVEHJELP_TEST_MODEL ?? "";

async function poll<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const v = await fn();
        if (v !== undefined && v !== false) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
    }
}

const status = () => vscode.commands.executeCommand<EngineStatus | undefined>("skrivehjelp.status");
const statusWhere = (what: string, pred: (s: EngineStatus) => boolean) =>
    poll(what, async () => {
        const s = await status();
        return s && pred(s) ? s : undefined;
    });

describe("Skrivehjelp extension (vscode API)", () => {
    before(async () => {
        assert.ok(TINY, "SKRIVEHJELP_TEST_MODEL is set by the runner");
        const root = vscode.workspace.workspaceFolders![0].uri;
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, "notat.md"));
        await vscode.window.showTextDocument(doc);
    });

    it("activates on Markdown and reports the engine state", async () => {
        const ext = vscode.extensions.getExtension("skrivehjelp.skrivehjelp");
        assert.ok(ext);
        await poll("activation", () => ext.isActive);
        const s = await statusWhere("a first status", () => true);
        assert.equal(s.modelPath, "");
        assert.equal(s.state, "none");
    });

    it("loads the model set with skrivehjelp.chooseModel and reports its facts", async () => {
        await vscode.commands.executeCommand("skrivehjelp.chooseModel", TINY);
        const s = await statusWhere("ready", (x) => x.state === "ready");
        assert.equal(s.model?.path, TINY);
        assert.equal(path.basename(vscode.workspace.getConfiguration("skrivehjelp").get<string>("model.path") ?? ""), path.basename(TINY));
        assert.ok((s.model?.contextSize ?? 0) >= 256);
    });

    it("applies a changed thread count without a restart", async () => {
        await vscode.workspace.getConfiguration("skrivehjelp").update("model.threads", 2, vscode.ConfigurationTarget.Global);
        const s = await statusWhere("ready with 2 threads", (x) => x.state === "ready" && x.model?.threads === 2);
        assert.equal(s.model?.threads, 2);
    });

    it("restarts the language server and comes back with the model", async () => {
        await vscode.commands.executeCommand("skrivehjelp.restartServer");
        const s = await statusWhere("ready after restart", (x) => x.state === "ready");
        assert.equal(s.model?.path, TINY);
    });
});
