// Bad input to the proofreader over LSP: an empty document, NUL bytes, and the messages in the client's UI language.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    PublishDiagnosticsNotification,
    type Diagnostic,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { type ProblemData } from "../../language-server/src/protocol/proofreading";
import { startServer, type TestServer } from "./lspClient";

describe("bad input over LSP", () => {
    /** Opens `text`, then edits it to each of `edits`; resolves with the diagnostics of each version. */
    async function versions(server: TestServer, uri: string, texts: string[]): Promise<Diagnostic[][]> {
        const published: PublishDiagnosticsParams[] = [];
        server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void (p.uri === uri && published.push(p)));
        const out: Diagnostic[][] = [];
        for (const [i, text] of texts.entries()) {
            const version = i + 1;
            if (i === 0)
                await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                    textDocument: { uri, languageId: "markdown", version, text },
                });
            else
                await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                    textDocument: { uri, version },
                    contentChanges: [{ text }],
                });
            const end = Date.now() + 10_000;
            let p: PublishDiagnosticsParams | undefined;
            while (!(p = published.find((x) => x.version === version))) {
                if (Date.now() > end) throw new Error(`no diagnostics for version ${version} of ${uri}`);
                await new Promise((r) => setTimeout(r, 20));
            }
            out.push(p.diagnostics);
        }
        return out;
    }

    it("an empty document: no diagnostics, no message, and the server goes on checking", async () => {
        const server = await startServer({ settings: { language: "nn" } });
        try {
            const [empty, typed] = await versions(server, "file:///tom.md", ["", "Eg skirve.\n"]);
            assert.deepEqual(empty, []);
            assert.deepEqual(
                typed.map((d) => (d.data as ProblemData).text),
                ["skirve"],
                "the next version is checked as usual",
            );
            await server.barrier();
            assert.deepEqual(server.messages, []);
        } finally {
            await server.stop();
        }
    });

    it("a document with NUL bytes is not checked, and the user is told once; without them it is checked again", async () => {
        const server = await startServer({ settings: { language: "nn" } });
        try {
            const binary = "Eg skirve\u0000\u0001\u0000 om PNG\u0000IHDR.\n";
            const [first, edited, text] = await versions(server, "file:///mappe/bilete.md", [
                binary,
                `${binary}Og skirve meir.\n`,
                "Eg skirve.\n",
            ]);
            assert.deepEqual(first, []);
            assert.deepEqual(edited, [], "an edit that keeps the NUL bytes is not checked either");
            assert.deepEqual(
                text.map((d) => (d.data as ProblemData).text),
                ["skirve"],
            );
            await server.barrier();
            const told = server.messages.filter((m) => /NUL/.test(m.message));
            assert.equal(told.length, 1, JSON.stringify(server.messages));
            assert.equal(told[0].message, "Skrivehjelp does not check bilete.md: it contains NUL bytes, so it is a binary file, not text.");
        } finally {
            await server.stop();
        }
    });

    it("the server's messages follow the client's UI language: Bokmål for nb, Nynorsk for nn-NO", async () => {
        for (const [locale, expected] of [
            ["nb", "Skrivehjelp kontrollerer ikke bilete.md: den inneholder NUL-byte, så det er en binærfil, ikke tekst."],
            ["nn-NO", "Skrivehjelp kontrollerer ikkje bilete.md: ho inneheld NUL-byte, så det er ei binærfil, ikkje tekst."],
        ]) {
            const server = await startServer({ settings: {}, locale });
            try {
                await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                    textDocument: { uri: "file:///bilete.md", languageId: "markdown", version: 1, text: "PNG\u0000IHDR" },
                });
                const m = await server.waitForMessage((x) => x.message.includes("bilete.md"));
                assert.equal(m.message, expected, locale);
            } finally {
                await server.stop();
            }
        }
    });
});
