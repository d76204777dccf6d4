// LSP integration of the grammar layer: særskriving and og/å over LSP, quick fixes, the rule settings.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import {
    CodeActionRequest,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    PublishDiagnosticsNotification,
    type Diagnostic,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { type ProblemData } from "../../language-server/src/protocol/proofreading";
import { startServer, type TestServer } from "./lspClient";

describe("the grammar layer over LSP", () => {
    let server: TestServer;
    let home: string;
    let workspace: string;
    const published: PublishDiagnosticsParams[] = [];
    // særskriving twice in prose and once in code (left alone), "for og" once
    const text = [
        "# Rettleiing",
        "",
        "Skriv inn eit nytt linje nummer her, og trykk her for og lagra fila.",
        "",
        "Eit linje nummer til står i `linje nummer` og [lenkja](https://example.org/linje nummer).",
        "",
    ].join("\n");

    before(async () => {
        home = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-home-"));
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-ws-"));
        server = await startServer({ settings: { language: "nn" }, env: { XDG_CONFIG_HOME: home }, workspaceFolders: [workspace] });
        server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
    });
    after(async () => {
        await server.stop();
        fs.rmSync(home, { recursive: true, force: true });
        fs.rmSync(workspace, { recursive: true, force: true });
    });

    const uri = () => pathToFileURL(path.join(workspace, "rettleiing.md")).href;
    /** The newest diagnostics published after `since` that satisfy `pred`. */
    const next = async (since: number, pred: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> => {
        const end = Date.now() + 10_000;
        for (;;) {
            const mine = published.slice(since).filter((p) => p.uri === uri());
            const match = mine.reverse().find((p) => pred(p.diagnostics));
            if (match) return match.diagnostics;
            if (Date.now() > end) throw new Error(`no matching diagnostics; last: ${JSON.stringify(mine[0]?.diagnostics)}`);
            await new Promise((r) => setTimeout(r, 20));
        }
    };
    const grammar = (ds: Diagnostic[]) => ds.filter((d) => d.code === "grammar");

    it("flags særskriving over both words and 'for og' in prose, in the document's standard, not in code or links", async () => {
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri(), languageId: "markdown", version: 1, text },
        });
        const ds = grammar(await next(0, (d) => grammar(d).length > 0));
        assert.deepEqual(
            ds.map((d) => [
                (d.data as ProblemData).text,
                (d.data as ProblemData).suggestions[0],
                d.range.start.line,
                d.range.start.character,
                d.range.end.character,
            ]),
            [
                ["linje nummer", "linjenummer", 2, 19, 31],
                ["og", "å", 2, 54, 56],
                ["linje nummer", "linjenummer", 4, 4, 16],
            ],
        );
        assert.match(String(ds[0].message), /skriv samansette ord i eitt ord: «linjenummer», ikkje «linje nummer»/);
        assert.match(String(ds[1].message), /infinitivsmerket «å», ikkje «og»/);
        assert.equal(ds[1].severity, 2, "sure after 'for': a warning");
    });

    it("offers the join as one edit over both words, and fixes all særskriving in one edit", async () => {
        const ds = grammar(await next(0, (d) => grammar(d).length === 3));
        const d = ds[0];
        const actions = await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: uri() },
            range: d.range,
            context: { diagnostics: [d] },
        });
        const fix = actions?.find((a) => "edit" in a && a.title === "Byt ut med «linjenummer»");
        assert.ok(fix && "edit" in fix, JSON.stringify(actions));
        assert.deepEqual(fix.edit?.changes?.[uri()], [{ range: d.range, newText: "linjenummer" }]);
        assert.equal(fix.isPreferred, true);
        const all = actions?.find((a) => a.title === "Rett alle 2 tilfelle av særskriving i dokumentet");
        assert.ok(all && "edit" in all, JSON.stringify(actions?.map((a) => a.title)));
        assert.deepEqual(
            all.edit?.changes?.[uri()]?.map((e) => [e.range.start.line, e.newText]),
            [
                [2, "linjenummer"],
                [4, "linjenummer"],
            ],
        );
    });

    it("turns a rule family off with its setting, and on again", async () => {
        let since = published.length;
        await server.setSettings({ language: "nn", checks: { grammar: { saerskriving: false } } });
        const off = grammar(await next(since, (d) => grammar(d).length === 1));
        assert.equal(off[0].data && (off[0].data as ProblemData).text, "og");
        since = published.length;
        await server.setSettings({ language: "nn" });
        assert.equal(grammar(await next(since, (d) => grammar(d).length === 3)).length, 3);
    });

    it("re-checks after an edit: the joined words are no longer flagged", async () => {
        const since = published.length;
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri(), version: 2 },
            contentChanges: [{ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 31 } }, text: "linjenummer" }],
        });
        const ds = grammar(await next(since, (d) => grammar(d).length === 2));
        assert.deepEqual(
            ds.map((d) => (d.data as ProblemData).text),
            ["og", "linje nummer"],
        );
    });
});
