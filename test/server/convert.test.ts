// Bokmål ↔ Nynorsk conversion with the real engine and the tiny model: over LSP
// (`skrivehjelp/convert`) and on the command line (`skrivehjelp convert`). The tiny model has
// random weights, so its answers are garbage: what these tests prove is that the guards turn
// every bad answer into a warning with its lines, that protected text and the document's
// structure come out byte-identical, and that a piece is never half-applied.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CancellationTokenSource, LSPErrorCodes, ResponseError, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from "vscode-languageserver-protocol/node";
import { skeleton } from "../../language-server/src/convert/converter";
import { ConvertRequest, DetectVarietyRequest, type ConvertResult } from "../../language-server/src/protocol/convert";
import { ensureTinyModel } from "../models/models";
import { REPO, startServer, type TestServer } from "./lspClient";

const FIXTURE = path.join(REPO, "test", "fixtures", "convert", "bokmal.md");
const CLI = path.join(REPO, "dist", "cli.js");
const PROTECTED = [
    "---\ntitle: Om konvertering\nlang: nb\n---\n",
    "`npm install`",
    '](https://docs.npmjs.com/cli/install "npm install")',
    "```sh\nnpm install --save-dev ikke-endre-meg\n```\n",
    "<https://example.com/ikke>",
    "|---------|-------|",
    "| `42`  |",
];

/** Lines the warnings name are exactly the original's; the rest may be converted. */
function assertWholePieces(original: string, result: ConvertResult): void {
    const a = original.split("\n");
    const b = result.text.split("\n");
    assert.equal(b.length, a.length, "same number of lines");
    for (const w of result.warnings) {
        for (let l = w.range.start.line; l <= w.range.end.line; l++) assert.equal(b[l], a[l], `line ${l + 1} of a rejected piece is untouched`);
    }
}

let tiny: string;
before(async () => {
    tiny = await ensureTinyModel();
});

describe("skrivehjelp/convert with the tiny model", () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({ settings: { model: { path: tiny, threads: 1, sequences: 2 } } });
    });
    after(() => server.stop());

    it("keeps protected text and structure byte-identical, reports rejected pieces with their lines, and reports progress", async () => {
        const text = fs.readFileSync(FIXTURE, "utf8");
        const workDoneToken = "convert-progress-1";
        const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | { kind: "end" })[] = [];
        const listener = server.connection.onProgress(WorkDoneProgress.type, workDoneToken, (p) => void progress.push(p));
        const r = await server.connection.sendRequest(ConvertRequest, { text, from: "nb", to: "nn", languageId: "markdown", uri: "file:///bokmal.md", workDoneToken });
        listener.dispose();
        for (const p of PROTECTED) assert.ok(r.text.includes(p), `protected text kept: ${p}`);
        assert.equal(r.text.indexOf(PROTECTED[0]), 0, "front matter in place");
        assert.equal(skeleton(r.text), skeleton(text), "the Markdown structure is the same");
        assertWholePieces(text, r);
        assert.ok(r.pieces >= 1);
        const unconverted = r.warnings.filter((w) => w.kind === "unconverted");
        assert.equal(unconverted.length, r.pieces - r.passed, "one warning per rejected piece");
        for (const w of unconverted) {
            assert.match(w.message, /^Lines? \d+(–\d+)? left in Bokmål: /);
            assert.ok(w.range.start.line >= 5 && w.range.end.line < text.split("\n").length, JSON.stringify(w.range));
        }
        assert.equal(progress[0]?.kind, "begin");
        assert.equal(progress.at(-1)?.kind, "end");
        const percents = progress.filter((p): p is WorkDoneProgressReport => p.kind === "report").map((p) => p.percentage);
        assert.equal(percents.at(-1), 100, JSON.stringify(progress));
    });

    it("converts only the given ranges", async () => {
        const text = "Jeg vet ikke.\n\nDette er bare bokmål.\n";
        const r = await server.connection.sendRequest(ConvertRequest, {
            text,
            from: "nb",
            to: "nn",
            languageId: "markdown",
            ranges: [{ start: { line: 2, character: 0 }, end: { line: 2, character: 21 } }],
        });
        assert.ok(r.text.startsWith("Jeg vet ikke.\n\n"), "the first paragraph was outside the range");
        assert.equal(r.pieces, 1);
        assertWholePieces(text, r);
    });

    it("needs no model call for a document without prose", async () => {
        const text = "```js\nconst x = 1;\n```\n\n| 1 | 2 |\n|---|---|\n| `a` | 3 |\n";
        const r = await server.connection.sendRequest(ConvertRequest, { text, from: "nb", to: "nn", languageId: "markdown" });
        assert.deepEqual(r, { text, warnings: [], pieces: 0, passed: 0 });
    });

    it("answers a cancelled request with RequestCancelled", async () => {
        const source = new CancellationTokenSource();
        const text = Array.from({ length: 30 }, (_, i) => `Avsnitt ${i}: jeg vet ikke hva jeg skal skrive.`).join("\n\n");
        const p = server.connection.sendRequest(ConvertRequest, { text, from: "nb", to: "nn", languageId: "markdown" }, source.token);
        setTimeout(() => source.cancel(), 50);
        await assert.rejects(p, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    });

    it("detects the written standard of a text's prose (for Byt målform)", async () => {
        const nb = await server.connection.sendRequest(DetectVarietyRequest, { text: fs.readFileSync(FIXTURE, "utf8"), languageId: "markdown" });
        assert.equal(nb.variety, "nb");
        const nn = await server.connection.sendRequest(DetectVarietyRequest, { text: "Eg veit ikkje kva me skal gjere med dette, men me må berre prøve.\n", languageId: "markdown" });
        assert.equal(nn.variety, "nn");
        const none = await server.connection.sendRequest(DetectVarietyRequest, { text: "```\nikke ikkje\n```\n", languageId: "markdown" });
        assert.equal(none.variety, null);
    });

    it("rejects bad params with a clear message", async () => {
        await assert.rejects(
            server.connection.sendRequest(ConvertRequest, { text: "x", from: "nb", to: "nb", languageId: "markdown" }),
            /same written standard/,
        );
        await assert.rejects(
            server.connection.sendRequest(ConvertRequest, { text: "x", from: "sv" as "nb", to: "nn", languageId: "markdown" }),
            /must be "nb" or "nn"/,
        );
    });
});

describe("skrivehjelp convert (command line)", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, "convert", ...args], { encoding: "utf8", timeout: 120_000 });

    it("exits 1 and names the lines of every rejected piece; the output keeps protected text", () => {
        const text = fs.readFileSync(FIXTURE, "utf8");
        const r = run("--to", "nn", "--model", tiny, "--threads", "1", FIXTURE);
        assert.equal(r.status, 1, r.stderr);
        assert.match(r.stderr, /bokmal\.md:\d+: Lines? \d+/);
        assert.match(r.stderr, /bokmal\.md: \d+ of \d+ pieces converted/);
        for (const p of PROTECTED) assert.ok(r.stdout.includes(p), `protected text kept: ${p}`);
        assert.equal(skeleton(r.stdout), skeleton(text));
    });

    it("--in-place writes only whole pieces back", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-convert-"));
        try {
            const file = path.join(dir, "a.md");
            const text = "# Tittel\n\nJeg vet ikke hva `x` er.\n\n```\nkode\n```\n";
            fs.writeFileSync(file, text);
            const r = run("--to", "nn", "--from", "nb", "--model", tiny, "--threads", "1", "--in-place", file);
            assert.notEqual(r.status, 2, r.stderr);
            const after = fs.readFileSync(file, "utf8");
            assert.equal(skeleton(after), skeleton(text));
            assert.ok(after.includes("`x`") && after.endsWith("```\nkode\n```\n"));
            if (/: 0 of \d+ pieces converted/.test(r.stderr)) {
                // every piece rejected: the file is exactly as it was
                assert.equal(r.status, 1);
                assert.equal(after, text);
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("exits 2 on usage errors", () => {
        assert.equal(run("--model", tiny, FIXTURE).status, 2, "no --to");
        assert.equal(run("--to", "sv", "--model", tiny, FIXTURE).status, 2);
        assert.equal(run("--to", "nn", "--from", "nn", "--model", tiny, FIXTURE).status, 2);
        const missing = run("--to", "nn", "--model", tiny, path.join(REPO, "finst-ikkje.md"));
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /cannot read/);
        assert.equal(run("--help").status, 0);
    });
});
