// Bokmål ↔ Nynorsk conversion over LSP (`skrivehjelp/convert`) and on the command line
// (`skrivehjelp convert`), with the real server and its real parts.
// 1. No model configured: the rule converter does the work (engine "auto" → rules). The tests
//    assert Nynorsk forms every version of the rules writes ("ikkje", "eg", "kva"), protected
//    text byte-identical, and the bad inputs: empty, no prose, already Nynorsk, an English
//    paragraph, plain text line by line, a long document cancelled.
// 2. The tiny model with engine "model": its weights are random, so its answers are garbage:
//    the guards turn every bad answer into a warning with its lines, protected text and the
//    structure come out byte-identical, and a piece is never half-applied.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CancellationTokenSource, LSPErrorCodes, ResponseError, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from "vscode-languageserver-protocol/node";
import { skeleton } from "../../language-server/src/convert/converter";
import { ConvertRequest, type ConvertParams, type ConvertResult } from "../../language-server/src/protocol/convert";
import { DetectVarietyRequest } from "../../language-server/src/protocol/writtenStandard";
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

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | { kind: "end" };

describe("skrivehjelp/convert with no model configured (the rules)", () => {
    let server: TestServer;
    before(async () => {
        // settings pushed (didChangeConfiguration with the values): a change applies before the next request
        server = await startServer({ settings: {}, pushOnly: true });
    });
    after(() => server.stop());
    const convert = (p: Omit<ConvertParams, "from" | "to" | "languageId"> & Partial<ConvertParams>) => server.connection.sendRequest(ConvertRequest, { from: "nb", to: "nn", languageId: "markdown", ...p });

    it("converts Markdown to Nynorsk: concrete Nynorsk forms, protected text and structure byte-identical, progress to 100 %", async () => {
        const text = fs.readFileSync(FIXTURE, "utf8");
        const workDoneToken = "convert-rules-progress";
        const progress: Progress[] = [];
        const listener = server.connection.onProgress(WorkDoneProgress.type, workDoneToken, (p) => void progress.push(p));
        const r = await convert({ text, uri: "file:///bokmal.md", workDoneToken });
        listener.dispose();
        assert.equal(r.engine, "rules");
        assert.deepEqual(r.warnings, []);
        assert.equal(r.nothing, undefined);
        const prose = r.text.split("\n")[7];
        assert.match(prose, /^Eg /, prose);
        assert.match(prose, / ikkje kva /, prose);
        for (const p of PROTECTED) assert.ok(r.text.includes(p), `protected text kept: ${p}`);
        assert.equal(r.text.indexOf(PROTECTED[0]), 0, "front matter in place");
        assert.equal(skeleton(r.text), skeleton(text), "the Markdown structure is the same");
        assert.equal(r.text.split("\n").length, text.split("\n").length);
        assert.ok(r.words >= 20, `words: ${r.words}`);
        assert.equal(progress[0]?.kind, "begin");
        assert.equal(progress.at(-1)?.kind, "end");
        assert.equal(progress.filter((p): p is WorkDoneProgressReport => p.kind === "report").at(-1)?.percentage, 100);
    });

    it("converts a plain-text file line by line: as many lines, in order", async () => {
        const lines = ["Jeg vet ikke hva jeg skal gjøre.", "", "Hun leser boken.", "Hva med dem?", "", "", "  ikke glem det", "https://example.com/ikke", "Slutt"];
        const text = lines.join("\n") + "\n";
        const r = await convert({ text, languageId: "plaintext" });
        const out = r.text.split("\n");
        assert.equal(out.length, text.split("\n").length);
        assert.match(out[0], /^Eg .* ikkje kva /);
        assert.equal(out[1], "");
        assert.match(out[2], /^Ho .*\bboka\b/);
        assert.match(out[3], /^Kva /);
        assert.deepEqual([out[4], out[5]], ["", ""]);
        assert.match(out[6], /^ {2}ikkje /);
        assert.equal(out[7], "https://example.com/ikke", "a URL is protected in plain text too");
    });

    it("an empty document, or one with no prose, is nothing to convert", async () => {
        for (const text of ["", "\n\n", "```js\nconst ikke = 1;\n```\n\n| 1 | 2 |\n|---|---|\n| `a` | 3 |\n"]) {
            const r = await convert({ text });
            assert.equal(r.nothing, "noProse", JSON.stringify(text));
            assert.equal(r.text, text);
            assert.equal(r.pieces, 0);
        }
    });

    it("a document already in Nynorsk is left as it is, and says so", async () => {
        const text = "# Om skrivinga\n\nEg veit ikkje kva me skal gjera med dette, men me må berre prøva. Kvifor er det slik?\n";
        const r = await convert({ text });
        assert.equal(r.nothing, "alreadyTarget");
        assert.equal(r.text, text);
    });

    it("leaves an English paragraph in a Bokmål document unconverted", async () => {
        const english = "This is the English paragraph of the guide, and nobody should translate it into anything.";
        const text = `Jeg vet ikke hva dette er.\n\n${english}\n\nHun vet ikke hva jeg skriver.\n`;
        const r = await convert({ text });
        const out = r.text.split("\n");
        assert.equal(out[2], english);
        assert.match(out[0], /^Eg .*ikkje kva/);
        assert.match(out[4], /^Ho .*ikkje kva/);
        assert.deepEqual(r.skippedBlocks, { target: 0, foreign: 1 });
        const only = await convert({ text: `${english}\n` });
        assert.equal(only.nothing, "notSource");
        assert.equal(only.text, `${english}\n`);
    });

    it("cancels a 2 MB conversion at the first progress report: RequestCancelled, nothing returned", async () => {
        const paragraph = "Jeg vet ikke hva vi skal gjøre med boken, men hun sier at vi bare må prøve igjen i morgen.";
        const text = Array.from({ length: Math.floor(1_990_000 / (paragraph.length + 2)) }, () => paragraph).join("\n\n");
        assert.ok(text.length > 1_900_000);
        const source = new CancellationTokenSource();
        const workDoneToken = "convert-rules-cancel";
        const reports: number[] = [];
        const listener = server.connection.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
            if (p.kind !== "report") return;
            reports.push(p.percentage ?? -1);
            if (p.percentage !== undefined && p.percentage < 100) source.cancel();
        });
        const p = server.connection.sendRequest(ConvertRequest, { text, from: "nb", to: "nn", languageId: "markdown", workDoneToken }, source.token);
        await assert.rejects(p, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
        listener.dispose();
        assert.ok(reports.length >= 1 && reports[0] < 100, JSON.stringify(reports.slice(0, 5)));
    });

    it("with engine \"model\" and no model: a clear error; a bad engine value is reported once and the rules convert", async () => {
        await server.setSettings({ convert: { engine: "model" } });
        await assert.rejects(convert({ text: "Jeg vet ikke.\n" }), /skrivehjelp\.convert\.engine is "model", but no language model is chosen\. .*"rules"/);
        await server.setSettings({ convert: { engine: "apertium" } });
        const m = await server.waitForMessage((x) => /skrivehjelp\.convert\.engine/.test(x.message));
        assert.match(m.message, /must be one of auto, rules, model, hybrid/);
        const r = await convert({ text: "Jeg vet ikke.\n" });
        assert.equal(r.engine, "rules");
        assert.match(r.text, /ikkje/);
        await server.setSettings({});
    });
});

let tiny: string;
before(async () => {
    tiny = await ensureTinyModel();
});

describe("skrivehjelp/convert with the tiny model and engine \"model\"", () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({ settings: { model: { path: tiny, threads: 1, sequences: 2 }, convert: { engine: "model" } } });
    });
    after(() => server.stop());

    it("keeps protected text and structure byte-identical, reports rejected pieces with their lines, and reports progress", async () => {
        const text = fs.readFileSync(FIXTURE, "utf8");
        const workDoneToken = "convert-progress-1";
        const progress: Progress[] = [];
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
        assert.equal(r.text, text);
        assert.equal(r.nothing, "noProse");
        assert.equal(r.pieces, 0);
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
        const r = run("--to", "nn", "--engine", "model", "--model", tiny, "--threads", "1", FIXTURE);
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
            const r = run("--to", "nn", "--from", "nb", "--engine", "model", "--model", tiny, "--threads", "1", "--in-place", file);
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
