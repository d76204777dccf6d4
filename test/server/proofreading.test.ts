// LSP integration of the dictionary layers: diagnostics on prose only, quick fixes, word lists.
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
    ExecuteCommandRequest,
    PublishDiagnosticsNotification,
    type Diagnostic,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import {
    DocumentLanguageNotification,
    type DocumentLanguageParams,
    type ProblemData,
} from "../../language-server/src/protocol/proofreading";
import { startServer, type TestServer } from "./lspClient";

const DOC = [
    "---",
    "title: Møtereferat",
    "---",
    "",
    "# Møtet",
    "",
    "Eg har ikkje tid i dag, men me skirve om budsjettet i morgon.",
    "",
    "```sh",
    "echo skirve ikkje",
    "```",
    "",
    "Sjå `skirve` og [lenkja](https://example.org/skirve).",
    "",
].join("\n");

describe("proofreading over LSP", () => {
    let server: TestServer;
    let home: string;
    let workspace: string;
    const published: PublishDiagnosticsParams[] = [];
    const languages: DocumentLanguageParams[] = [];

    before(async () => {
        home = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-home-"));
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-ws-"));
        server = await startServer({ settings: {}, env: { XDG_CONFIG_HOME: home }, workspaceFolders: [workspace] });
        server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
        server.connection.onNotification(DocumentLanguageNotification, (p) => void languages.push(p));
    });
    after(async () => {
        await server.stop();
        fs.rmSync(home, { recursive: true, force: true });
        fs.rmSync(workspace, { recursive: true, force: true });
    });

    const uri = () => pathToFileURL(path.join(workspace, "notat.md")).href;
    const latest = async (pred: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> => {
        const end = Date.now() + 10_000;
        for (;;) {
            const mine = published.filter((p) => p.uri === uri());
            const last = mine[mine.length - 1];
            if (last && pred(last.diagnostics)) return last.diagnostics;
            if (Date.now() > end) throw new Error(`no matching diagnostics; last: ${JSON.stringify(last?.diagnostics)}`);
            await new Promise((r) => setTimeout(r, 20));
        }
    };

    it("flags a misspelling in prose only, with suggestions best first", async () => {
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: uri(), languageId: "markdown", version: 1, text: DOC },
        });
        const diags = await latest();
        const spelling = diags.filter((d) => d.code === "spelling");
        assert.equal(spelling.length, 1, JSON.stringify(diags));
        const d = spelling[0];
        assert.equal(d.source, "skrivehjelp");
        assert.deepEqual(d.range.start, { line: 6, character: 31 });
        assert.equal((d.data as ProblemData).text, "skirve");
        assert.equal((d.data as ProblemData).suggestions[0], "skrive");
        // the server sends the written standard just after the diagnostics: wait for it, it may be a read later
        const end = Date.now() + 10_000;
        while (Date.now() < end && !languages.some((l) => l.uri === uri())) await new Promise((r) => setTimeout(r, 20));
        assert.equal(languages.filter((l) => l.uri === uri()).at(-1)?.variety, "nn");
    });

    it("offers the suggestions as quick fixes, the best one preferred", async () => {
        const [d] = (await latest()).filter((x) => x.code === "spelling");
        const actions = await server.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: uri() },
            range: d.range,
            context: { diagnostics: [d] },
        });
        assert.ok(actions && actions.length >= 3);
        const first = actions[0] as { title: string; isPreferred?: boolean };
        assert.equal(first.title, "Byt ut med «skrive»");
        assert.equal(first.isPreferred, true);
    });

    it("adds a word to the workspace word list and stops flagging it", async () => {
        await server.connection.sendRequest(ExecuteCommandRequest.type, {
            command: "skrivehjelp.addWordToList",
            arguments: [{ word: "skirve", list: "workspace", uri: uri() }],
        });
        await latest((d) => !d.some((x) => x.code === "spelling"));
        assert.equal(fs.readFileSync(path.join(workspace, ".skrivehjelp", "ordliste.txt"), "utf8"), "skirve\n");
    });

    it("refuses to add a phrase to a word list, saying why, and writes nothing", async () => {
        const list = path.join(workspace, ".skrivehjelp", "ordliste.txt");
        const before = fs.readFileSync(list, "utf8");
        const error = await server.connection
            .sendRequest(ExecuteCommandRequest.type, {
                command: "skrivehjelp.addWordToList",
                arguments: [{ word: "to ord", list: "workspace", uri: uri() }],
            })
            .then(
                () => assert.fail("a phrase must be refused"),
                (e: Error) => e,
            );
        assert.equal(
            error.message,
            '"to ord" is not a single word: a word list takes one word at a time, with no spaces. Nothing was added.',
        );
        assert.equal(fs.readFileSync(list, "utf8"), before);
    });

    it("flags a Bokmål form in a Nynorsk document with the Nynorsk form first", async () => {
        const other = pathToFileURL(path.join(workspace, "malform.md")).href;
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: {
                uri: other,
                languageId: "markdown",
                version: 1,
                text: "Eg har ikkje tid i dag, og eg veit ikke kva vi gjer med budsjettet i år.\n",
            },
        });
        const end = Date.now() + 10_000;
        let diags: Diagnostic[] = [];
        while (Date.now() < end && !(diags = published.filter((p) => p.uri === other).at(-1)?.diagnostics ?? []).length)
            await new Promise((r) => setTimeout(r, 20));
        const malform = diags.filter((d) => d.code === "malform");
        assert.equal(malform.length, 1, JSON.stringify(diags));
        assert.equal((malform[0].data as ProblemData).text, "ikke");
        assert.equal((malform[0].data as ProblemData).suggestions[0], "ikkje");
        assert.equal(malform[0].message, "«ikke» er bokmål, ikkje nynorsk");
    });

    it("leaves a document in another language alone", async () => {
        const english = pathToFileURL(path.join(workspace, "README.md")).href;
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: {
                uri: english,
                languageId: "markdown",
                version: 1,
                text: "# Notes\n\nThis document is written in English, and nothing in it should be flagged by a Norwegian proofreader.\n",
            },
        });
        const end = Date.now() + 10_000;
        while (Date.now() < end && !languages.some((l) => l.uri === english)) await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(
            languages.find((l) => l.uri === english),
            { uri: english, variety: null, source: "undecided" },
        );
        assert.deepEqual(published.filter((p) => p.uri === english).at(-1)?.diagnostics, []);
    });

    it("checks a long document's opening first, then the whole of it, with the same problems and their suggestions", async () => {
        const long = pathToFileURL(path.join(workspace, "lang.md")).href;
        const paragraph = "Eg har ikkje tid i dag, men me skal skriva om budsjettet i morgon og sjå kva me kan gjera med det.";
        const paragraphs = Array.from({ length: 400 }, (_, i) =>
            i === 3 ? paragraph.replace("skriva", "skirva") : i === 390 ? paragraph.replace("budsjettet", "budsjetet") : paragraph,
        );
        const text = paragraphs.join("\n\n") + "\n";
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: long, languageId: "markdown", version: 1, text },
        });
        const end = Date.now() + 30_000; // generous: a busy machine is slow, the test is not timed
        let mine: PublishDiagnosticsParams[] = [];
        while (Date.now() < end && !(mine = published.filter((p) => p.uri === long)).some((p) => p.diagnostics.length === 2))
            await new Promise((r) => setTimeout(r, 20));
        const words = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => (d.data as ProblemData).text);
        // the opening: the error near the top, nothing from the end yet
        assert.deepEqual(words(mine[0]), ["skirva"]);
        const whole = mine.find((p) => p.diagnostics.length === 2)!;
        assert.deepEqual(words(whole), ["skirva", "budsjetet"]);
        assert.equal(whole.diagnostics[1].range.start.line, 390 * 2);
        // the opening's squiggles came without suggestions; the check of the whole brings them
        const firstSuggestions = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => (d.data as ProblemData).suggestions[0]);
        while (Date.now() < end && firstSuggestions(published.filter((p) => p.uri === long).at(-1)!).includes(undefined as never))
            await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(firstSuggestions(published.filter((p) => p.uri === long).at(-1)!), ["skriva", "budsjettet"]);
        // the written standard goes out just after the diagnostics of the whole: a round trip has it here
        await server.barrier();
        assert.equal(languages.find((l) => l.uri === long)?.variety, "nn");
    });

    it("proofreads the first 500 KB of a huge document and says so once", async () => {
        const huge = pathToFileURL(path.join(workspace, "logg.txt")).href;
        const line = "Eg har ikkje tid i dag, men me skal skriva om budsjettet i morgon og sjå kva me kan gjera.";
        const lines = Array.from({ length: 7000 }, (_, i) => (i === 10 || i === 6500 ? line.replace("budsjettet", "budsjetet") : line));
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: huge, languageId: "plaintext", version: 1, text: lines.join("\n") + "\n" },
        });
        const message = await server.waitForMessage((m) => m.message.includes("logg.txt"));
        assert.match(message.message, /first 500 KB.*logg\.txt has 6\d\d KB.*skrivehjelp\.checks\.maxDocumentKB/);
        const end = Date.now() + 10_000;
        let diags: Diagnostic[] = [];
        while (
            Date.now() < end &&
            !(diags = published.filter((p) => p.uri === huge).at(-1)?.diagnostics ?? []).some(
                (d) => (d.data as ProblemData).suggestions.length,
            )
        )
            await new Promise((r) => setTimeout(r, 20));
        // the error on line 10 is found; the one on line 6,500 (past 500 KB) is not checked
        assert.deepEqual(
            diags.map((d) => d.range.start.line),
            [10],
        );
        assert.equal(server.messages.filter((m) => m.message.includes("logg.txt")).length, 1);
        // a higher limit checks the rest too
        await server.setSettings({ checks: { maxDocumentKB: 1000 } });
        const later = Date.now() + 10_000;
        while (Date.now() < later && (diags = published.filter((p) => p.uri === huge).at(-1)?.diagnostics ?? []).length < 2)
            await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(
            diags.map((d) => d.range.start.line),
            [10, 6500],
        );
        await server.setSettings({});
    });

    it("says so when a document grows past the limit (here: the limit is lowered)", async () => {
        const grown = pathToFileURL(path.join(workspace, "kapittel.md")).href;
        const text =
            Array.from(
                { length: 160 },
                () => "Eg har ikkje tid i dag, men me skal skriva om budsjettet i morgon og sjå kva me kan gjera.",
            ).join("\n\n") + "\n";
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: grown, languageId: "markdown", version: 1, text },
        });
        const end = Date.now() + 30_000;
        while (Date.now() < end && !published.some((p) => p.uri === grown)) await new Promise((r) => setTimeout(r, 20));
        assert.equal(server.messages.filter((m) => m.message.includes("kapittel.md")).length, 0, "15 KB is within the default limit");
        await server.setSettings({ checks: { maxDocumentKB: 10 } });
        const message = await server.waitForMessage((m) => m.message.includes("kapittel.md"));
        assert.match(message.message, /first 10 KB.*kapittel\.md has 15 KB/);
        await server.setSettings({});
    });

    it("flags real words where another one belongs, and leaves the right text alone", async () => {
        // each typo makes a listed word: only the context or the word's rarity gives it away
        const typos = [
            "Trykk Enter for å fortsett.",
            "Du ska lagre fila før du lukker den.",
            "Slett mellomrom forst og sist på linjene.",
            "Vis skjulte filer og mapper sst i lista.",
            "Fra nå av vil ikke dataefil i søketeksten bli rapportert.",
            "Velg den nye bilde\u00adfilen.",
        ].join("\n\n");
        const right = typos
            .replace("fortsett.", "fortsette.")
            .replace("ska ", "skal ")
            .replace("forst", "først")
            .replace("sst", "sist")
            .replace("dataefil", "datafeil")
            .replace("bilde\u00adfilen", "bilde\u00adfila");
        const open = async (name: string, text: string): Promise<Diagnostic[]> => {
            const doc = pathToFileURL(path.join(workspace, name)).href;
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: doc, languageId: "markdown", version: 1, text },
            });
            const end = Date.now() + 10_000;
            while (Date.now() < end && !published.some((p) => p.uri === doc)) await new Promise((r) => setTimeout(r, 20));
            return published.filter((p) => p.uri === doc).at(-1)?.diagnostics ?? [];
        };
        const flagged = (await open("typos.md", typos)).map((d) => [
            d.code,
            (d.data as ProblemData).text,
            (d.data as ProblemData).suggestions[0],
        ]);
        assert.deepEqual(flagged, [
            ["spelling", "fortsett", "fortsette"],
            ["spelling", "ska", "skal"],
            ["spelling", "forst", "først"],
            ["spelling", "sst", "sist"],
            ["spelling", "dataefil", "datafeil"],
        ]);
        assert.deepEqual(await open("right.md", right), []);
    });

    it("re-checks after an incremental edit", async () => {
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: uri(), version: 2 },
            contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } }, text: "Eg vil skrvie at" }],
        });
        const diags = await latest((d) => d.some((x) => (x.data as ProblemData).text === "skrvie"));
        assert.equal(diags.find((x) => (x.data as ProblemData).text === "skrvie")?.range.start.character, 7);
    });
});
