// The model layer of proofreading over LSP and on the command line, with the real engine.
// 1. The random-weight tiny model: its answers are nonsense, so these tests check what does not
//    depend on them: the dictionary layers never wait for the model, each paragraph is asked
//    about once (an edit re-asks only its own paragraph), the switch turns the layer off.
// 2. answer-proofread-nn.gguf (test/models/answerModel.ts), whose weights are set so that it
//    answers one fixed JSON suggestion to every question: the answer checks run end to end, the
//    suggestion is shown where it is valid and dropped where it is not.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import {
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    LogMessageNotification,
    PublishDiagnosticsNotification,
    type Diagnostic,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { GenerateRequest } from "../../language-server/src/protocol/methods";
import { Priority } from "../../language-server/src/protocol/engine";
import type { ProblemData } from "../../language-server/src/protocol/proofreading";
import { ensureProofreadAnswerModel, PROOFREAD_CASE } from "../models/answerModel";
import { ensureTinyModel } from "../models/models";
import { llamaServerBinary, startLlamaServer, type LlamaServer } from "./llamaServer";
import { REPO, startServer, type TestServer } from "./lspClient";

const A = "Eg har ikkje tid i dag, men me skirve om budsjettet i morgon.";
const B = "Møtet vart flytta til fredag fordi leiaren var sjuk.";
const C = "Alle som kjem, bør lesa sakspapira før møtet tek til.";
const DOC = `# Møtereferat\n\n${A}\n\n${B}\n\n${C}\n`;

/** The log line the server writes when it asks the model about a paragraph (see modelLayer.ts). */
const preview = (paragraph: string) => JSON.stringify(paragraph.slice(0, 40)).slice(0, -1);
const askedAbout = (logs: string[], paragraph: string) =>
    logs.filter((l) => l.includes(`model proofreading: asking about ${preview(paragraph)}`)).length;
const answeredAbout = (logs: string[], paragraph: string) =>
    logs.filter((l) => /model proofreading: (answer for|no answer for) /.test(l) && l.includes(preview(paragraph))).length;

/** The server's model-layer log, for the message of a failed wait. */
let recentLog: () => string = () => "";

async function until<T>(find: () => T | undefined | false, what: string, timeoutMs = 120_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const v = find();
        if (v !== undefined && v !== false) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the server's model log:\n${recentLog()}`);
        await new Promise((r) => setTimeout(r, 25));
    }
}

/**
 * The answer model's one suggestion, shown exactly once: on the quote in PROOFREAD_CASE.valid,
 * with its replacement and message, and nothing for PROOFREAD_CASE.invalid, where the quote is
 * inline code. Every grammar diagnostic is also checked against the text.
 */
function assertAnswerShownOnce(text: string, diagnostics: readonly Diagnostic[]): void {
    const grammar = diagnostics.filter((d) => d.code === "grammar");
    assert.equal(grammar.length, 1, JSON.stringify(diagnostics));
    const lines = text.split("\n");
    const line = lines.indexOf(PROOFREAD_CASE.valid);
    const character = PROOFREAD_CASE.valid.indexOf(` ${PROOFREAD_CASE.quote} `) + 1;
    assert.deepEqual(grammar[0].range, { start: { line, character }, end: { line, character: character + PROOFREAD_CASE.quote.length } });
    assert.deepEqual((grammar[0].data as ProblemData).suggestions, [PROOFREAD_CASE.replacement]);
    assert.equal(grammar[0].message, PROOFREAD_CASE.message);
    assertValidGrammar(text, diagnostics);
}

/** What every model diagnostic must satisfy, whatever the model said. */
function assertValidGrammar(text: string, diagnostics: readonly Diagnostic[]): void {
    const doc = TextDocument.create("file:///x.md", "markdown", 1, text);
    const dictionary = diagnostics.filter((d) => d.code !== "grammar");
    for (const d of diagnostics.filter((x) => x.code === "grammar")) {
        const data = d.data as ProblemData;
        const quoted = doc.getText(d.range);
        assert.equal(d.source, "skrivehjelp");
        assert.equal(d.severity, 3, "Information");
        assert.equal(data.text, quoted, "the diagnostic covers exactly the quoted text");
        assert.ok(quoted.length > 0 && data.suggestions.length > 0);
        for (const s of data.suggestions) assert.ok(s.trim() && s !== quoted, `a real replacement: ${s}`);
        const [s, e] = [doc.offsetAt(d.range.start), doc.offsetAt(d.range.end)];
        for (const o of dictionary)
            assert.ok(doc.offsetAt(o.range.end) <= s || e <= doc.offsetAt(o.range.start), "no overlap with a dictionary diagnostic");
    }
}

describe("model proofreading over LSP", () => {
    let server: TestServer;
    let home: string;
    let tiny: string;
    const logs: string[] = [];
    const published: PublishDiagnosticsParams[] = [];
    /** How many questions had been asked when each publication arrived. */
    const askedAtPublish: number[] = [];
    const uri = pathToFileURL(path.join(os.tmpdir(), "skrivehjelp-model-test", "referat.md")).href;
    let version = 1;
    let text = DOC;
    const settings = () => ({
        model: { path: tiny, threads: 1, sequences: 1, contextSize: 4096 },
        log: { level: "debug" },
        language: "nn",
    });

    const mine = () => published.filter((p) => p.uri === uri);
    const edit = async (next: string) => {
        text = next;
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: ++version },
            contentChanges: [{ text }],
        });
    };
    const publishedFor = (v: number) => until(() => mine().find((p) => p.version === v), `diagnostics of version ${v}`);

    before(async () => {
        tiny = await ensureTinyModel();
        home = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-home-"));
        server = await startServer({ settings: settings(), env: { XDG_CONFIG_HOME: home } });
        server.connection.onNotification(LogMessageNotification.type, (m) => void logs.push(m.message));
        recentLog = () =>
            logs
                .filter((l) => !l.startsWith("llama.cpp"))
                .slice(-30)
                .join("\n");
        server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
            published.push(p);
            askedAtPublish.push(logs.filter((l) => l.includes("model proofreading: asking about")).length);
        });
    });
    after(async () => {
        await server.stop();
        fs.rmSync(home, { recursive: true, force: true });
    });

    it("publishes the dictionary diagnostics at once, then asks the model about each paragraph once", async () => {
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: "markdown", version, text },
        });
        const first = await publishedFor(1);
        assert.deepEqual(
            first.diagnostics.filter((d) => d.code === "spelling").map((d) => (d.data as ProblemData).text),
            ["skirve"],
        );
        assert.equal(askedAtPublish[0], 0, "the dictionary layers did not wait for the model");
        await until(() => [A, B, C].every((p) => answeredAbout(logs, p) === 1), "answers about all three paragraphs");
        assert.deepEqual(
            [A, B, C].map((p) => askedAbout(logs, p)),
            [1, 1, 1],
        );
        assert.equal(askedAbout(logs, "Møtereferat"), 0, "a heading is not asked about");
        assert.ok(
            server.statuses.some((s) => s.state === "busy"),
            "the engine ran the questions",
        );
        // the instruction is evaluated once: later questions re-use it from the kept sequence
        const reused = logs
            .map((l) => /model proofreading: answer for .*\(prompt (\d+) tokens, (\d+) re-used\)/.exec(l))
            .filter((m) => m !== null);
        assert.equal(reused.length, 3, recentLog());
        assert.equal(Number(reused[0]![2]), 0);
        assert.ok(
            reused.slice(1).every((m) => Number(m![2]) >= 200 && Number(m![2]) < Number(m![1])),
            recentLog(),
        );
    });

    it("re-asks only the paragraph that changed", async () => {
        const B2 = B.replace("fredag", "laurdag");
        await edit(text.replace(B, B2));
        await until(() => answeredAbout(logs, B2) === 1, "the answer about the edited paragraph");
        assert.deepEqual(
            [A, B, C, B2].map((p) => askedAbout(logs, p)),
            [1, 1, 1, 1],
        );
    });

    it("publishes the dictionary diagnostics of an edit while the model is busy with a long generation", async () => {
        let generationDone = false;
        const mark = server.statusMark();
        const generation = server.connection
            .sendRequest(GenerateRequest, {
                prompt: { messages: [{ role: "user", content: "Skriv ei lang forteljing." }] },
                maxTokens: 2500,
                priority: Priority.Chat,
            })
            .finally(() => (generationDone = true));
        await server.waitForStatus((s) => s.state === "busy" && s.running === 1, { after: mark });
        const C2 = C.replace("lesa", "lesaa");
        await edit(text.replace(C, C2));
        const after = await publishedFor(version);
        assert.ok(
            after.diagnostics.some((d) => d.code === "spelling" && (d.data as ProblemData).text === "lesaa"),
            JSON.stringify(after.diagnostics),
        );
        assert.equal(generationDone, false, "the dictionary diagnostics arrived while the model was still generating");
        const r = await generation;
        assert.equal(r.stopReason, "maxTokens");
        // the question about the edited paragraph waited behind the chat (lower priority) and ran after it
        await until(() => answeredAbout(logs, C2) === 1, "the answer about the edited paragraph");
    });

    it("asks nothing with skrivehjelp.checks.model off", async () => {
        await server.setSettings({ ...settings(), checks: { model: false } });
        await until(
            () => logs.some((l) => l.includes(`model proofreading: off for ${uri} (skrivehjelp.checks.model is off)`)),
            "the model layer switched off",
        );
        const A2 = A.replace("i dag", "no");
        await edit(text.replace(A, A2));
        const after = await publishedFor(version);
        assert.ok(after.diagnostics.every((d) => d.code !== "grammar"));
        assert.ok(
            after.diagnostics.some((d) => d.code === "spelling"),
            "the dictionary layers still run",
        );
        assert.equal(askedAbout(logs, A2), 0);
        assert.equal(server.statuses.at(-1)?.queued ?? 0, 0);
    });
});

describe("skrivehjelp check with the model layer", () => {
    const CLI = path.join(REPO, "dist", "cli.js");
    const run = (...args: string[]) =>
        spawnSync(process.execPath, [CLI, ...args], {
            encoding: "utf8",
            timeout: 120_000,
            env: { ...process.env, SKRIVEHJELP_DEBUG: "1" },
        });
    let tiny: string;
    let dir: string;
    let file: string;
    before(async () => {
        tiny = await ensureTinyModel();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-check-"));
        file = path.join(dir, "referat.md");
        fs.writeFileSync(file, DOC);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("--no-model runs no model", () => {
        const r = run("check", "--no-model", "--model", tiny, "--format", "json", file);
        assert.equal(r.status, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /asking about/);
        const line = JSON.parse(r.stdout) as { diagnostics: Diagnostic[] };
        assert.deepEqual(
            line.diagnostics.map((d) => d.code),
            ["spelling"],
        );
    });

    it("--model asks about each paragraph, and prints the diagnostics as the server publishes them", () => {
        const r = run("check", "--model", tiny, "--threads", "1", "--format", "json", file);
        assert.equal(r.status, 1, r.stderr);
        assert.equal(r.stderr.match(/model proofreading: asking about/g)?.length, 3, r.stderr);
        const line = JSON.parse(r.stdout) as { language: string; diagnostics: Diagnostic[] };
        assert.equal(line.language, "nn");
        assert.ok(line.diagnostics.some((d) => d.code === "spelling"));
    });

    it("an unusable model is an error (exit 2) with the engine's message, and the dictionary layers still report", () => {
        const r = run("check", "--model", path.join(dir, "finst-ikkje.gguf"), "--format", "json", file);
        assert.equal(r.status, 2);
        assert.match(r.stderr, /the model layer did not run: .*finst-ikkje\.gguf/);
        assert.equal((JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.length, 1);
    });
});

describe("the model layer's answer checks end to end, with the proofreading answer model", () => {
    const ANSWER_DOC = `# Referat\n\n${PROOFREAD_CASE.valid}\n\n${PROOFREAD_CASE.invalid}\n`;
    let model: string;
    before(async () => {
        model = await ensureProofreadAnswerModel();
    });

    it("over LSP: the valid suggestion becomes a grammar diagnostic, the invalid one (its quote is inline code) is dropped", async () => {
        const home = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-home-"));
        const server = await startServer({
            settings: { model: { path: model, threads: 1, sequences: 1 }, log: { level: "debug" }, language: "nn" },
            env: { XDG_CONFIG_HOME: home },
        });
        try {
            const logs: string[] = [];
            const uri = "file:///referat-svar.md";
            const published: PublishDiagnosticsParams[] = [];
            /** How many publications had arrived when each log line did. */
            const publishedAtLog: number[] = [];
            server.connection.onNotification(LogMessageNotification.type, (m) => {
                logs.push(m.message);
                publishedAtLog.push(published.length);
            });
            server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void (p.uri === uri && published.push(p)));
            recentLog = () =>
                logs
                    .filter((l) => !l.startsWith("llama.cpp"))
                    .slice(-30)
                    .join("\n");
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: "markdown", version: 1, text: ANSWER_DOC },
            });
            const answers = () => logs.map((l, i) => ({ l, i })).filter(({ l }) => l.startsWith("model proofreading: answer for"));
            await until(() => answers().length === 2, "answers about both paragraphs");
            // the checks' verdicts, in the server's own log: one kept, one rejected as not found
            assert.ok(
                answers().some(
                    ({ l }) => l.includes(preview(PROOFREAD_CASE.valid)) && /: 1 suggestions\b/.test(l) && !l.includes("rejected"),
                ),
                recentLog(),
            );
            assert.ok(
                answers().some(({ l }) => l.includes("Kommandoen") && /: 0 suggestions, rejected: notFound 1\b/.test(l)),
                recentLog(),
            );
            // the publication that follows the last answer carries the union
            const lastAnswer = Math.max(...answers().map(({ i }) => i));
            const after = await until(
                () => published.length > publishedAtLog[lastAnswer] && published.at(-1),
                "the diagnostics after the last answer",
            );
            assert.equal(after.version, 1);
            assertAnswerShownOnce(ANSWER_DOC, after.diagnostics);
        } finally {
            await server.stop();
            fs.rmSync(home, { recursive: true, force: true });
        }
    });

    it("skrivehjelp check --model prints the same one grammar diagnostic", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-check-"));
        try {
            const file = path.join(dir, "referat.md");
            fs.writeFileSync(file, ANSWER_DOC);
            const r = spawnSync(
                process.execPath,
                [path.join(REPO, "dist", "cli.js"), "check", "--model", model, "--threads", "1", "--format", "json", file],
                { encoding: "utf8", timeout: 120_000 },
            );
            assert.equal(r.status, 1, r.stderr);
            assertAnswerShownOnce(ANSWER_DOC, (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

// llama-server is built by `npm test`'s set-up (10 minutes the first time); not built here, the tests say so and skip
const llamaServer = llamaServerBinary(false);

describe(
    "the model layer with a model server (llama-server, OpenAI-compatible)",
    { skip: llamaServer.bin ? false : `SKIPPED: ${llamaServer.why}` },
    () => {
        let llama: LlamaServer;
        let dir: string;
        let file: string;
        before(async () => {
            const tiny = await ensureTinyModel();
            llama = await startLlamaServer(llamaServer.bin!, {
                model: tiny,
                alias: "nb-llama-test",
                threads: 1,
                contextSize: 4096,
                parallel: 1,
            });
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-check-"));
            file = path.join(dir, "referat.md");
            fs.writeFileSync(file, DOC);
        });
        after(async () => {
            await llama?.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        });

        it("skrivehjelp check --endpoint asks the server about each paragraph", () => {
            const r = spawnSync(
                process.execPath,
                [
                    path.join(REPO, "dist", "cli.js"),
                    "check",
                    "--endpoint",
                    llama.endpoint,
                    "--openai-model",
                    "nb-llama-test",
                    "--format",
                    "json",
                    file,
                ],
                {
                    encoding: "utf8",
                    timeout: 120_000,
                    env: { ...process.env, SKRIVEHJELP_DEBUG: "1" },
                },
            );
            assert.equal(r.status, 1, r.stderr);
            assert.equal(r.stderr.match(/model proofreading: asking about/g)?.length, 3, r.stderr);
            assert.ok((JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.some((d) => d.code === "spelling"));
        });

        it("the language server asks the server in the background", async () => {
            const logs: string[] = [];
            const server = await startServer({
                settings: {
                    engine: "openai",
                    openai: { endpoint: llama.endpoint, model: "nb-llama-test" },
                    log: { level: "debug" },
                    language: "nn",
                },
            });
            try {
                server.connection.onNotification(LogMessageNotification.type, (m) => void logs.push(m.message));
                recentLog = () => logs.slice(-30).join("\n");
                const uri = pathToFileURL(file).href;
                await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                    textDocument: { uri, languageId: "markdown", version: 1, text: DOC },
                });
                await until(
                    () =>
                        [A, B, C].every((p) => logs.some((l) => l.startsWith("model proofreading: answer for") && l.includes(preview(p)))),
                    "answers from the model server",
                );
            } finally {
                await server.stop();
            }
        });
    },
);
