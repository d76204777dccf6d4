// Settings per document over LSP: a multi-root workspace whose two folders set a different
// written standard and house style. The test client answers `workspace/configuration` by each
// item's scopeUri, as VS Code does; the same text is checked by each folder's own settings, and a
// change of one folder's settings re-checks its document only with the new values. A conversion
// of a document follows its folder's house style too, and a folder's word list its documents only.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import {
    ConfigurationRequest,
    DidOpenTextDocumentNotification,
    ExecuteCommandRequest,
    PublishDiagnosticsNotification,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { ConvertRequest } from "../../language-server/src/protocol/convert";
import {
    Commands,
    DocumentLanguageNotification,
    type DocumentLanguageParams,
    type ProblemData,
} from "../../language-server/src/protocol/proofreading";
import { startServer, type TestServer } from "./lspClient";

const TEXT = "Eg har ikkje tid i dag, men skal skrive om boka i morgon.\n";

describe("settings per workspace folder over LSP", () => {
    let server: TestServer;
    let root: string;
    let nynorsk: string;
    let bokmal: string;
    const published: PublishDiagnosticsParams[] = [];
    const languages: DocumentLanguageParams[] = [];
    /** What each folder's settings say; the window's are empty. */
    const folderSettings = new Map<string, unknown>();
    const scopes: (string | null | undefined)[] = [];

    before(async () => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-multiroot-"));
        nynorsk = path.join(root, "nynorsk");
        bokmal = path.join(root, "bokmal");
        for (const d of [nynorsk, bokmal]) fs.mkdirSync(d);
        folderSettings.set(pathToFileURL(nynorsk).href, {
            language: "nn",
            nynorsk: { infinitive: "a" },
            convert: { engine: "rules", nynorsk: { pronoun: "me" } },
        });
        folderSettings.set(pathToFileURL(bokmal).href, { language: "nb", bokmal: { feminine: "en" }, convert: { engine: "rules" } });
        server = await startServer({ settings: {}, env: { XDG_CONFIG_HOME: root }, workspaceFolders: [nynorsk, bokmal] });
        // as VS Code: a scoped item gets its folder's values (over the window's, which are empty here)
        server.connection.onRequest(ConfigurationRequest.type, (p) =>
            p.items.map((i) => {
                scopes.push(i.scopeUri);
                if (i.section !== "skrivehjelp") return null;
                const folder = [...folderSettings.keys()].find((f) => i.scopeUri?.startsWith(f + "/"));
                return folder ? folderSettings.get(folder) : {};
            }),
        );
        server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
        server.connection.onNotification(DocumentLanguageNotification, (p) => void languages.push(p));
    });
    after(async () => {
        await server.stop();
        fs.rmSync(root, { recursive: true, force: true });
    });

    const uriIn = (folder: string) => pathToFileURL(path.join(folder, "notat.md")).href;
    /** The latest diagnostics of `uri` that satisfy `pred`, as [text, code, first suggestion]. */
    async function diagnostics(uri: string, pred: (d: string[][]) => boolean = () => true): Promise<string[][]> {
        const end = Date.now() + 15_000;
        for (;;) {
            const last = published.filter((p) => p.uri === uri).at(-1);
            const rows = last?.diagnostics.map((d) => [
                (d.data as ProblemData).text,
                String(d.code),
                (d.data as ProblemData).suggestions[0],
            ]);
            if (rows && pred(rows)) return rows;
            if (Date.now() > end) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(rows)}`);
            await new Promise((r) => setTimeout(r, 20));
        }
    }
    async function languageOf(uri: string): Promise<DocumentLanguageParams> {
        const end = Date.now() + 15_000;
        for (;;) {
            const l = languages.filter((p) => p.uri === uri).at(-1);
            if (l) return l;
            if (Date.now() > end) throw new Error(`no skrivehjelp/documentLanguage for ${uri}`);
            await new Promise((r) => setTimeout(r, 20));
        }
    }

    it("checks the same text by each folder's own standard and house style", async () => {
        for (const folder of [nynorsk, bokmal]) {
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: uriIn(folder), languageId: "markdown", version: 1, text: TEXT },
            });
        }
        // the Nynorsk folder wants the a-infinitive: "skrive" is its house-style matter, nothing else
        assert.deepEqual(await diagnostics(uriIn(nynorsk)), [["skrive", "malform", "skriva"]]);
        assert.deepEqual(await languageOf(uriIn(nynorsk)), { uri: uriIn(nynorsk), variety: "nn", source: "setting" });
        // the Bokmål folder: the Nynorsk words are the other standard's, and its house style wants "boken"
        assert.deepEqual(await diagnostics(uriIn(bokmal)), [
            ["Eg", "malform", "Jeg"],
            ["ikkje", "malform", "ikke"],
            ["boka", "malform", "boken"],
            ["morgon", "malform", "morgen"],
        ]);
        assert.deepEqual(await languageOf(uriIn(bokmal)), { uri: uriIn(bokmal), variety: "nb", source: "setting" });
        assert.ok(
            scopes.includes(uriIn(nynorsk)) && scopes.includes(uriIn(bokmal)),
            `each document pulled with its own scopeUri: ${JSON.stringify(scopes)}`,
        );
    });

    it("converts a document by its folder's house style: 'me' in one folder, 'vi' in the other", async () => {
        const text = "Vi har ikke tid i dag.\n";
        const convert = (folder: string) =>
            server.connection.sendRequest(ConvertRequest, {
                text,
                from: "nb",
                to: "nn",
                languageId: "markdown",
                uri: pathToFileURL(path.join(folder, "om.md")).href,
            });
        assert.equal((await convert(nynorsk)).text, "Me har ikkje tid i dag.\n");
        assert.equal((await convert(bokmal)).text, "Vi har ikkje tid i dag.\n");
    });

    it("re-checks with a folder's new settings after a change notification", async () => {
        const before = published.filter((p) => p.uri === uriIn(nynorsk)).length;
        folderSettings.set(pathToFileURL(nynorsk).href, { language: "nn", nynorsk: { infinitive: "e" } });
        await server.setSettings({});
        // with the e-infinitive the same text has nothing to mark; the document was checked again to say so
        assert.deepEqual(await diagnostics(uriIn(nynorsk), (d) => d.length === 0), []);
        assert.ok(published.filter((p) => p.uri === uriIn(nynorsk)).length > before);
        // the other folder is checked by its own settings still
        assert.deepEqual(
            (await diagnostics(uriIn(bokmal))).map(([text]) => text),
            ["Eg", "ikkje", "boka", "morgon"],
        );
    });

    it("keeps each folder's word list to its own documents", async () => {
        const doc = (folder: string) => pathToFileURL(path.join(folder, "ord.md")).href;
        for (const folder of [nynorsk, bokmal]) {
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: doc(folder), languageId: "markdown", version: 1, text: "Dette er skirve.\n" },
            });
            assert.ok((await diagnostics(doc(folder), (d) => d.some(([text]) => text === "skirve"))).length > 0);
        }
        const before = published.filter((p) => p.uri === doc(bokmal)).length;
        await server.connection.sendRequest(ExecuteCommandRequest.type, {
            command: Commands.addWord,
            arguments: [{ word: "skirve", list: "workspace", uri: doc(nynorsk) }],
        });
        await diagnostics(doc(nynorsk), (d) => !d.some(([text]) => text === "skirve"));
        // the Bokmål folder's document was checked again, and still flags it: the word is in the other folder's list
        await diagnostics(doc(bokmal), () => published.filter((p) => p.uri === doc(bokmal)).length > before);
        assert.ok((await diagnostics(doc(bokmal))).some(([text]) => text === "skirve"));
        assert.match(fs.readFileSync(path.join(nynorsk, ".skrivehjelp", "ordliste.txt"), "utf8"), /^skirve$/m);
        assert.equal(fs.existsSync(path.join(bokmal, ".skrivehjelp", "ordliste.txt")), false);
    });
});
