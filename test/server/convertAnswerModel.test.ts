// Nynorsk → Bokmål conversion that really changes the document: over LSP and on the command
// line with answer-nn-nb.gguf, a real GGUF run by the real engine whose weights are set so that
// it answers one fixed text (test/models/answerModel.ts). Its answer is the correct conversion
// of ANSWER_CASE's paragraph, so what must come back is exactly ANSWER_CASE.bokmal: the answer
// spliced into the paragraph, the link target put back from its placeholders, the code block and
// every other byte untouched. The same fixed answer to other texts must be turned away by the
// guards. This proves the pipeline, not the quality of a translation.
//
// With a model configured, the default engine "auto" is hybrid: the model gets the source and
// the rules' draft, and its answer (the same fixed text) is used when it passes the guards; a
// piece whose answer fails them comes out as the rules' draft, converted, never the source.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressReport } from "vscode-languageserver-protocol/node";
import { ConvertRequest } from "../../language-server/src/protocol/convert";
import { ANSWER_CASE, ensureAnswerModel } from "../models/answerModel";
import { REPO, startServer, type TestServer } from "./lspClient";

const CLI = path.join(REPO, "dist", "cli.js");
const { from, to, nynorsk, bokmal, code, linkTarget } = ANSWER_CASE;

let model: string;
before(async () => {
    model = await ensureAnswerModel();
});

describe("skrivehjelp/convert with the answer model", () => {
    let server: TestServer;
    before(async () => {
        // pushed settings: a change applies before the next request
        server = await startServer({ settings: { model: { path: model, threads: 1, sequences: 1 } }, pushOnly: true });
    });
    after(() => server.stop());

    it("hybrid (the default with a model): the answer is used: the exact expected document, code and link target byte-identical, no warnings, progress to 100 %", async () => {
        const workDoneToken = "convert-answer-1";
        const progress: (WorkDoneProgressBegin | WorkDoneProgressReport | { kind: "end" })[] = [];
        const listener = server.connection.onProgress(WorkDoneProgress.type, workDoneToken, (p) => void progress.push(p));
        const r = await server.connection.sendRequest(ConvertRequest, {
            text: nynorsk,
            from,
            to,
            languageId: "markdown",
            uri: "file:///nynorsk.md",
            workDoneToken,
        });
        listener.dispose();
        assert.deepEqual(r.warnings, []);
        assert.equal(r.engine, "hybrid");
        assert.equal(r.pieces, 1);
        assert.equal(r.passed, 1);
        assert.equal(r.text, bokmal);
        assert.ok(r.text.endsWith(`\n\n${code}`), "the code block is byte-identical and in place");
        assert.equal(r.text.split(linkTarget).length, 2, "the link target is there once, byte-identical");
        assert.equal(progress[0]?.kind, "begin");
        assert.equal(progress.at(-1)?.kind, "end");
        const percents = progress.filter((p): p is WorkDoneProgressReport => p.kind === "report").map((p) => p.percentage);
        assert.equal(percents.at(-1), 100, JSON.stringify(progress));
    });

    it("keeps CRLF line breaks: only the paragraph's body is replaced", async () => {
        const crlf = (s: string) => s.replace(/\n/g, "\r\n");
        const r = await server.connection.sendRequest(ConvertRequest, { text: crlf(nynorsk), from, to, languageId: "markdown" });
        assert.deepEqual(r.warnings, []);
        assert.equal(r.text, crlf(bokmal));
    });

    it("hybrid: a piece whose answer fails the guards comes out as the rules' draft (a missing placeholder, or the source standard)", async () => {
        // without the link the piece has no placeholders; the answer has two
        // (and ends in "i dag", which the model's one fixed answer lacks: the rules may well
        // write the answer's other words too)
        const noLink = "Eg veit ikkje kva me skal gjera med rettleiinga, men me må berre prøva i dag.\n";
        const a = await server.connection.sendRequest(ConvertRequest, { text: noLink, from, to, languageId: "markdown" });
        assert.equal(a.engine, "hybrid");
        assert.equal(a.passed, 0);
        assert.deepEqual(
            a.warnings.map((w) => w.kind),
            ["draft"],
        );
        assert.match(
            a.warnings[0].message,
            /^Line 1: the rules' conversion is used, the model's answer failed: the placeholders for protected text are missing, repeated or moved\.$/,
        );
        assert.match(a.text, /^Jeg .*\bikke hva\b/, "the rules' Bokmål, not the source");
        assert.match(a.text, /\bi dag\.\n$/, "the rules' draft of this text, not the model's answer");

        // Bokmål "to Nynorsk": the answer is Bokmål, the standard the text was already in
        const b = await server.connection.sendRequest(ConvertRequest, { text: bokmal, from: "nb", to: "nn", languageId: "markdown" });
        assert.deepEqual(
            b.warnings.map((w) => w.kind),
            ["draft"],
        );
        assert.match(
            b.warnings[0].message,
            /^Line 1: the rules' conversion is used, the model's answer failed: the answer is still in Bokmål\.$/,
        );
        assert.match(b.text, /^Eg .*\bikkje kva\b/, "the rules' Nynorsk");
        assert.ok(b.text.includes(linkTarget) && b.text.endsWith(`\n\n${code}`), "link target and code block byte-identical");
    });

    it('engine "model": the answer is used, and a failing piece is left as it was and reported', async () => {
        await server.setSettings({ model: { path: model, threads: 1, sequences: 1 }, convert: { engine: "model" } });
        try {
            const r = await server.connection.sendRequest(ConvertRequest, { text: nynorsk, from, to, languageId: "markdown" });
            assert.equal(r.engine, "model");
            assert.equal(r.text, bokmal);
            // (and ends in "i dag", which the model's one fixed answer lacks: the rules may well
            // write the answer's other words too)
            const noLink = "Eg veit ikkje kva me skal gjera med rettleiinga, men me må berre prøva i dag.\n";
            const a = await server.connection.sendRequest(ConvertRequest, { text: noLink, from, to, languageId: "markdown" });
            assert.equal(a.text, noLink, "nothing applied");
            assert.equal(a.warnings.length, 1);
            assert.match(
                a.warnings[0].message,
                /^Line 1 left in Nynorsk: the placeholders for protected text are missing, repeated or moved\.$/,
            );
        } finally {
            await server.setSettings({ model: { path: model, threads: 1, sequences: 1 } });
        }
    });
});

describe("skrivehjelp convert (command line) with the answer model", () => {
    it("prints the converted document and exits 0; --in-place writes it", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-answer-"));
        try {
            const file = path.join(dir, "nynorsk.md");
            fs.writeFileSync(file, nynorsk);
            const run = (...args: string[]) =>
                spawnSync(process.execPath, [CLI, "convert", "--to", to, "--model", model, "--threads", "1", ...args], {
                    encoding: "utf8",
                    timeout: 120_000,
                });
            const printed = run(file);
            assert.equal(printed.status, 0, printed.stderr);
            assert.equal(printed.stdout, bokmal);
            assert.match(printed.stderr, /1 of 1 pieces converted \(hybrid\)/);
            assert.equal(fs.readFileSync(file, "utf8"), nynorsk, "without --in-place the file is untouched");
            const inPlace = run("--in-place", file);
            assert.equal(inPlace.status, 0, inPlace.stderr);
            assert.equal(fs.readFileSync(file, "utf8"), bokmal);

            // a piece whose answer fails the guards: hybrid prints the rules' draft (exit 0), the model alone leaves it (exit 1)
            const other = path.join(dir, "other.md");
            // (and ends in "i dag", which the model's one fixed answer lacks: the rules may well
            // write the answer's other words too)
            const noLink = "Eg veit ikkje kva me skal gjera med rettleiinga, men me må berre prøva i dag.\n";
            fs.writeFileSync(other, noLink);
            const hybrid = run(other);
            assert.equal(hybrid.status, 0, hybrid.stderr);
            assert.match(hybrid.stdout, /^Jeg .*\bikke hva\b/);
            assert.match(hybrid.stderr, /other\.md:1: Line 1: the rules' conversion is used, the model's answer failed: /);
            const alone = run("--engine", "model", other);
            assert.equal(alone.status, 1, alone.stderr);
            assert.equal(alone.stdout, noLink);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
