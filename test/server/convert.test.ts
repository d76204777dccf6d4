// Bokmål ↔ Nynorsk conversion over LSP (`skrivehjelp/convert`) and on the command line
// (`skrivehjelp convert`), with the real server and its real parts.
// 1. No model configured: the rule converter does the work (engine "auto" → rules). The tests
//    assert Nynorsk forms every version of the rules writes ("ikkje", "eg", "kva"), protected
//    text byte-identical, and the bad inputs: empty, no prose, already Nynorsk, an English
//    paragraph, plain text line by line, a long document cancelled.
// 2. Engine "model" with answer-nn-nb.gguf (test/models/answerModel.ts), whose weights are set
//    so that it answers one fixed text, the Bokmål of ANSWER_CASE's paragraph, to every piece: in
//    a Nynorsk document of two pieces that paragraph's piece passes the guards and is converted
//    (its link target put back from the answer's placeholders), the other piece's answer fails
//    them and the piece is left as it was and reported with its lines. So the protected-text
//    and structure checks compare real model output, and the whole result is known exactly.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import {
    CancellationTokenSource,
    ErrorCodes,
    LSPErrorCodes,
    ResponseError,
    WorkDoneProgress,
    type WorkDoneProgressBegin,
    type WorkDoneProgressReport,
} from "vscode-languageserver-protocol/node";
import { skeleton } from "../../language-server/src/convert/converter";
import { ConvertRequest, type ConvertParams, type ConvertResult } from "../../language-server/src/protocol/convert";
import { DetectVarietyRequest } from "../../language-server/src/protocol/writtenStandard";
import { ANSWER_CASE, ensureAnswerModel } from "../models/answerModel";
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
        for (let l = w.range.start.line; l <= w.range.end.line; l++)
            assert.equal(b[l], a[l], `line ${l + 1} of a rejected piece is untouched`);
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
    const convert = (p: Omit<ConvertParams, "from" | "to" | "languageId"> & Partial<ConvertParams>) =>
        server.connection.sendRequest(ConvertRequest, { from: "nb", to: "nn", languageId: "markdown", ...p });

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
        const lines = [
            "Jeg vet ikke hva jeg skal gjøre.",
            "",
            "Hun leser boken.",
            "Hva med dem?",
            "",
            "",
            "  ikke glem det",
            "https://example.com/ikke",
            "Slutt",
        ];
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
        const p = server.connection.sendRequest(
            ConvertRequest,
            { text, from: "nb", to: "nn", languageId: "markdown", workDoneToken },
            source.token,
        );
        await assert.rejects(p, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
        listener.dispose();
        assert.ok(reports.length >= 1 && reports[0] < 100, JSON.stringify(reports.slice(0, 5)));
    });

    it("converts a 1.9 MB document whole: every paragraph, nothing lost; a longer one is refused, saying what to do", async () => {
        const paragraph = "Jeg vet ikke hva vi skal gjøre med boken, men hun sier at vi bare må prøve igjen i morgen.";
        const count = Math.floor(1_900_000 / (paragraph.length + 2));
        const text = Array.from({ length: count }, () => paragraph).join("\n\n") + "\n";
        assert.ok(text.length > 1_850_000 && text.length < 2_000_000, String(text.length));
        const r = await convert({ text });
        const out = r.text.split("\n\n");
        assert.equal(out.length, count, "as many paragraphs");
        assert.ok(
            out.every((p) => /^Eg veit ikkje kva /.test(p)),
            "every paragraph converted",
        );
        assert.equal(r.text.at(-1), "\n");
        assert.deepEqual(r.warnings, []);
        const tooLong = text + text.slice(0, 200_000);
        await assert.rejects(convert({ text: tooLong }), (e: unknown) => {
            assert.ok(e instanceof ResponseError);
            assert.equal(e.code, ErrorCodes.InvalidParams);
            assert.match(
                e.message,
                /^The text has 2,\d{3},\d{3} characters; Skrivehjelp converts at most 2,000,000 at a time\. Select a part of it .*Nothing was changed\.$/,
            );
            return true;
        });
    });

    it("an unclosed code fence: the prose before it converts, the rest is left and reported with its lines", async () => {
        const text = "Jeg vet ikke hva dette er.\n\n```sh\nnpm install\n\nHun vet ikke hva jeg skriver.\n";
        const r = await convert({ text });
        const out = r.text.split("\n");
        assert.match(out[0], /^Eg veit ikkje kva /);
        assert.equal(out.slice(1).join("\n"), text.split("\n").slice(1).join("\n"), "everything from the fence on is as it was");
        assert.deepEqual(
            r.warnings.map((w) => [w.kind, w.range.start.line, w.range.end.line]),
            [["unconverted", 2, 5]],
        );
        assert.equal(
            r.warnings[0].message,
            "Lines 3–6 left as they are: the code block that opens on line 3 is never closed, so everything after it is code. Close it with a fence line and convert again.",
        );
        // the fence opens the document: nothing to convert, and still the reason
        const only = await convert({ text: "```\nJeg vet ikke.\n" });
        assert.equal(only.nothing, "noProse");
        assert.equal(only.warnings.length, 1);
        assert.match(only.warnings[0].message, /^Lines 1–2 left as they are: the code block that opens on line 1 is never closed/);
    });

    it("a second conversion of a document while the first runs is refused with a message; the first completes; the next one runs", async () => {
        const paragraph = "Jeg vet ikke hva vi skal gjøre med boken, men hun sier at vi bare må prøve igjen i morgen.";
        const text = Array.from({ length: 4000 }, () => paragraph).join("\n\n") + "\n";
        const uri = "file:///mappe/lang%20tekst.md";
        // the second request is sent right behind the first, so the server reads it while the
        // first is still running (its first step asks the client for the document's settings,
        // which this client answers only after the server has read both); waiting for the first
        // one's progress instead raced it: on an idle machine the rules finished first
        const first = convert({ text, uri });
        await assert.rejects(convert({ text, uri }), (e: unknown) => {
            assert.ok(e instanceof ResponseError);
            assert.equal(e.code, LSPErrorCodes.RequestFailed);
            assert.equal(
                e.message,
                "lang tekst.md is being converted already. Wait for that conversion to finish, or cancel it, and convert again. Nothing was changed.",
            );
            return true;
        });
        // another document converts meanwhile
        assert.match((await convert({ text: "Jeg vet ikke.\n", uri: "file:///annen.md" })).text, /^Eg veit ikkje\./);
        const r = await first;
        assert.equal(r.text.split("\n\n").length, 4000);
        assert.ok(r.text.startsWith("Eg veit ikkje kva "));
        const again = await convert({ text: "Jeg vet ikke.\n", uri });
        assert.match(again.text, /^Eg veit ikkje\./, "once the first is done, the document converts again");
    });

    it('with engine "model" and no model: a clear error; a bad engine value is reported once and the rules convert', async () => {
        await server.setSettings({ convert: { engine: "model" } });
        await assert.rejects(
            convert({ text: "Jeg vet ikke.\n" }),
            /skrivehjelp\.convert\.engine is "model", but no language model is chosen\. .*"rules"/,
        );
        await server.setSettings({ convert: { engine: "apertium" } });
        const m = await server.waitForMessage((x) => /skrivehjelp\.convert\.engine/.test(x.message));
        assert.match(m.message, /must be one of auto, rules, model, hybrid/);
        const r = await convert({ text: "Jeg vet ikke.\n" });
        assert.equal(r.engine, "rules");
        assert.match(r.text, /ikkje/);
        await server.setSettings({});
    });
});

let model: string;
before(async () => {
    model = await ensureAnswerModel();
});

/** ANSWER_CASE's paragraph, which the answer model converts, and its conversion. */
const ANSWER_LINE = ANSWER_CASE.nynorsk.split("\n")[0];
const BOKMAL_LINE = ANSWER_CASE.bokmal.split("\n")[0];
/** A paragraph the model's one answer does not fit (units, placeholders): its piece fails the guards. */
const FAILING =
    "Sjå `npm install` og <https://example.com/ikkje> før du byrjar, for me vil ikkje at nokon skal gjera feil med oppsettet av verktøya som ligg i mappa.";
/**
 * Two pieces with a 512-token context (the budget holds one of the paragraphs, not both): the
 * answer's paragraph, and the failing paragraph with the table after it.
 */
const NYNORSK_DOC = `---\ntitle: Om konvertering\nlang: nn\n---\n\n${ANSWER_LINE}\n\n${ANSWER_CASE.code}\n${FAILING}\n\n| Namn | Verdi |\n|------|-------|\n| \`42\` | svar |\n`;
const NYNORSK_PROTECTED = [
    "---\ntitle: Om konvertering\nlang: nn\n---\n",
    ANSWER_CASE.linkTarget,
    ANSWER_CASE.code,
    "`npm install`",
    "<https://example.com/ikkje>",
    "|------|-------|",
    "| `42` |",
];

describe('skrivehjelp/convert with engine "model" and the answer model', () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({
            settings: { model: { path: model, threads: 1, sequences: 1, contextSize: 512 }, convert: { engine: "model" } },
        });
    });
    after(() => server.stop());

    it("converts the piece whose answer passes (protected text put back), leaves the failing piece as it was and reports its lines, progress to 100 %", async () => {
        const text = NYNORSK_DOC;
        const workDoneToken = "convert-progress-1";
        const progress: Progress[] = [];
        const listener = server.connection.onProgress(WorkDoneProgress.type, workDoneToken, (p) => void progress.push(p));
        const r = await server.connection.sendRequest(ConvertRequest, {
            text,
            from: "nn",
            to: "nb",
            languageId: "markdown",
            uri: "file:///nynorsk.md",
            workDoneToken,
        });
        listener.dispose();
        assert.equal(r.engine, "model");
        assert.equal(r.passed, 1, JSON.stringify(r.warnings));
        assert.ok(r.pieces >= 2, `pieces: ${r.pieces}`);
        // exactly the answer's line changed; everything else byte for byte as it was
        assert.equal(r.text, text.replace(ANSWER_LINE, BOKMAL_LINE));
        assert.notEqual(r.text, text);
        for (const p of NYNORSK_PROTECTED) assert.ok(r.text.includes(p), `protected text kept: ${p}`);
        assert.equal(r.text.indexOf(NYNORSK_PROTECTED[0]), 0, "front matter in place");
        assert.equal(skeleton(r.text), skeleton(text), "the Markdown structure is the same");
        assertWholePieces(text, r);
        const unconverted = r.warnings.filter((w) => w.kind === "unconverted");
        assert.equal(unconverted.length, r.pieces - r.passed, "one warning per rejected piece");
        const failingLine = text.split("\n").indexOf(FAILING);
        assert.equal(unconverted[0].range.start.line, failingLine, JSON.stringify(unconverted));
        for (const w of unconverted) assert.match(w.message, /^Lines? \d+(–\d+)? left in Nynorsk: /);
        assert.equal(progress[0]?.kind, "begin");
        assert.equal(progress.at(-1)?.kind, "end");
        const percents = progress.filter((p): p is WorkDoneProgressReport => p.kind === "report").map((p) => p.percentage);
        assert.equal(percents.at(-1), 100, JSON.stringify(progress));
    });

    it("converts only the given ranges", async () => {
        // the range holds the answer's paragraph; the failing paragraph before it is outside
        const text = `${FAILING}\n\n${ANSWER_LINE}\n`;
        const r = await server.connection.sendRequest(ConvertRequest, {
            text,
            from: "nn",
            to: "nb",
            languageId: "markdown",
            ranges: [{ start: { line: 2, character: 0 }, end: { line: 2, character: ANSWER_LINE.length } }],
        });
        assert.equal(r.pieces, 1);
        assert.equal(r.passed, 1);
        assert.deepEqual(r.warnings, []);
        assert.equal(r.text, `${FAILING}\n\n${BOKMAL_LINE}\n`);
    });

    it("needs no model call for a document without prose", async () => {
        const text = "```js\nconst x = 1;\n```\n\n| 1 | 2 |\n|---|---|\n| `a` | 3 |\n";
        const r = await server.connection.sendRequest(ConvertRequest, { text, from: "nb", to: "nn", languageId: "markdown" });
        assert.equal(r.text, text);
        assert.equal(r.nothing, "noProse");
        assert.equal(r.pieces, 0);
    });

    it("answers a request cancelled once it has started with RequestCancelled", async () => {
        const source = new CancellationTokenSource();
        const text = Array.from(
            { length: 30 },
            (_, i) => `Avsnitt ${i}: eg veit ikkje kva eg skal skriva om dette, men eg prøver likevel.`,
        ).join("\n\n");
        const workDoneToken = "convert-model-cancel";
        // cancelled when the first progress report says the pieces are under way
        const listener = server.connection.onProgress(
            WorkDoneProgress.type,
            workDoneToken,
            (p) => void (p.kind === "report" && source.cancel()),
        );
        const p = server.connection.sendRequest(
            ConvertRequest,
            { text, from: "nn", to: "nb", languageId: "markdown", workDoneToken },
            source.token,
        );
        await assert.rejects(p, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
        listener.dispose();
    });

    it("detects the written standard of a text's prose (for Byt målform)", async () => {
        const nb = await server.connection.sendRequest(DetectVarietyRequest, {
            text: fs.readFileSync(FIXTURE, "utf8"),
            languageId: "markdown",
        });
        assert.equal(nb.variety, "nb");
        const nn = await server.connection.sendRequest(DetectVarietyRequest, {
            text: "Eg veit ikkje kva me skal gjere med dette, men me må berre prøve.\n",
            languageId: "markdown",
        });
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

    it("with the answer model: exits 1, names the lines of the rejected piece, writes only whole pieces back (--in-place)", () => {
        // the CLI's context is 4,096 tokens: each file is one piece; one passes, the other fails
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-convert-"));
        try {
            const passing = path.join(dir, "a.md");
            const failing = path.join(dir, "b.md");
            const other = `# Oppsett\n\n${FAILING}\n`;
            fs.writeFileSync(passing, ANSWER_CASE.nynorsk);
            fs.writeFileSync(failing, other);
            const printed = run("--to", "nb", "--from", "nn", "--engine", "model", "--model", model, "--threads", "1", passing, failing);
            assert.equal(printed.status, 1, printed.stderr);
            assert.equal(
                printed.stdout,
                ANSWER_CASE.bokmal + other,
                "the passing file converted (link target and code block byte-identical), the failing one as it was",
            );
            assert.match(printed.stderr, /a\.md: 1 of 1 pieces converted \(model\)/);
            assert.match(printed.stderr, /b\.md:1: Lines 1–3 left in Nynorsk: /);
            assert.match(printed.stderr, /b\.md: 0 of 1 pieces converted/);

            const r = run(
                "--to",
                "nb",
                "--from",
                "nn",
                "--engine",
                "model",
                "--model",
                model,
                "--threads",
                "1",
                "--in-place",
                passing,
                failing,
            );
            assert.equal(r.status, 1, r.stderr);
            assert.equal(r.stdout, "");
            assert.equal(fs.readFileSync(passing, "utf8"), ANSWER_CASE.bokmal);
            assert.equal(fs.readFileSync(failing, "utf8"), other, "a rejected piece is never half-applied: the file is exactly as it was");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("exits 2 on usage errors", () => {
        assert.equal(run("--model", model, FIXTURE).status, 2, "no --to");
        assert.equal(run("--to", "sv", "--model", model, FIXTURE).status, 2);
        assert.equal(run("--to", "nn", "--from", "nn", "--model", model, FIXTURE).status, 2);
        const missing = run("--to", "nn", "--model", model, path.join(REPO, "finst-ikkje.md"));
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /cannot read/);
        assert.equal(run("--help").status, 0);
    });
});
