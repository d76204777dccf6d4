// LSP integration: the real server over stdio, the real engine with a generated tiny model.
import assert from "node:assert/strict";
import { execFileSync, fork } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import {
    CancellationTokenSource,
    createProtocolConnection,
    InitializeRequest,
    IPCMessageReader,
    IPCMessageWriter,
    LSPErrorCodes,
    ProgressType,
    ResponseError,
    TextDocumentSyncKind,
} from "vscode-languageserver-protocol/node";
import { ensureBrokenModels, ensureTinyModel } from "../models/models";
import { Priority } from "../../language-server/src/protocol/engine";
import {
    GenerateRequest,
    LoadModelRequest,
    StatusRequest,
    type ChatMessage,
    type GenerateParams,
} from "../../language-server/src/protocol/methods";
import { SERVER, startServer, type TestServer } from "./lspClient";

let tiny: string;
before(async () => {
    tiny = await ensureTinyModel();
});

const PROMPT = "Skriv ei setning på nynorsk om været i dag:";

function generate(
    server: TestServer,
    params: Omit<GenerateParams, "partialResultToken" | "workDoneToken">,
    token?: CancellationTokenSource,
) {
    return server.connection.sendRequest(GenerateRequest, params, token?.token);
}

async function expectError(p: Promise<unknown>): Promise<ResponseError<{ kind?: string } | undefined>> {
    try {
        await p;
    } catch (e) {
        assert.ok(e instanceof ResponseError, `expected a ResponseError, got ${e}`);
        return e as ResponseError<{ kind?: string }>;
    }
    assert.fail("expected the request to fail");
}

/** Child processes of `pid` (the model worker is one). */
function childrenOf(pid: number): number[] {
    try {
        return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
            .split("\n")
            .map((l) => Number(l.trim()))
            .filter((n) => n > 0);
    } catch {
        return [];
    }
}

describe("language server over stdio", () => {
    it("initializes with incremental sync and reports no model", async () => {
        const server = await startServer();
        try {
            const sync = server.initializeResult.capabilities.textDocumentSync;
            assert.equal(typeof sync === "object" ? sync.change : sync, TextDocumentSyncKind.Incremental);
            assert.equal(server.initializeResult.serverInfo?.name, "skrivehjelp-language-server");
            const status = await server.connection.sendRequest(StatusRequest);
            assert.equal(status.state, "none");
            assert.equal(status.modelPath, "");
            const e = await expectError(generate(server, { prompt: { text: "hei" }, maxTokens: 4 }));
            assert.equal(e.data?.kind, "notConfigured");
            assert.match(e.message, /skrivehjelp\.model\.path/);
        } finally {
            await server.stop();
        }
    });

    it("also speaks --node-ipc", async () => {
        const child = fork(SERVER, ["--node-ipc"], { stdio: ["ignore", "ignore", "ignore", "ipc"] });
        const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        connection.listen();
        try {
            const r = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
            assert.equal(r.serverInfo?.name, "skrivehjelp-language-server");
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});

describe("engine with the tiny model", () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({ settings: { model: { path: tiny, threads: 1, sequences: 2 } } });
    });
    after(() => server.stop());

    it("loads lazily, on request, and reports the model's facts", async () => {
        assert.equal((await server.connection.sendRequest(StatusRequest)).state, "none", "nothing loads before it is needed");
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "ready", JSON.stringify(status));
        assert.ok(status.model);
        assert.equal(status.model.path, tiny);
        assert.equal(status.model.sizeBytes > 1_000_000, true);
        assert.equal(status.model.threads, 1);
        assert.equal(status.model.sequences, 2);
        assert.ok(status.model.contextSize >= 4096 && status.model.trainContextSize >= status.model.contextSize);
        assert.ok(
            server.statuses.some((s) => s.state === "loading"),
            "a loading status was sent before ready",
        );
    });

    it("generates text, greedily and deterministically", async () => {
        const a = await generate(server, { prompt: { text: PROMPT }, maxTokens: 24 });
        const b = await generate(server, { prompt: { text: PROMPT }, maxTokens: 24 });
        assert.equal(a.tokens, 24);
        assert.equal(a.stopReason, "maxTokens");
        assert.ok(a.text.length > 0);
        assert.equal(a.text, b.text);
        assert.ok(a.promptTokens > 5 && a.promptTokens < 30, `Llama 3 tokenizer: ${a.promptTokens} prompt tokens`);
        assert.ok(a.tokensPerSecond > 0);
    });

    it("formats chat messages with the Llama 3 template", async () => {
        const r = await generate(server, {
            prompt: {
                messages: [
                    { role: "system", content: "Du er ein hjelpsam assistent." },
                    { role: "user", content: "Hei!" },
                ],
            },
            maxTokens: 8,
        });
        // <|begin_of_text|>, two headers of 3 tokens + their texts + <|eot_id|>s, and the open assistant header
        assert.ok(r.promptTokens >= 20 && r.promptTokens <= 40, `chat prompt has ${r.promptTokens} tokens`);
    });

    it("streams partial results in order", async () => {
        const token = "stream-1";
        const parts: string[] = [];
        const sub = server.connection.onProgress(new ProgressType<string>(), token, (t) => void parts.push(t));
        const r = await server.connection.sendRequest(GenerateRequest, {
            prompt: { text: PROMPT },
            maxTokens: 40,
            partialResultToken: token,
        });
        // partial results are sent before the response; a round trip after it has them all here
        await server.barrier();
        sub.dispose();
        assert.ok(parts.length > 1);
        assert.equal(parts.join(""), r.text);
    });

    it("stops generating promptly on $/cancelRequest and frees the sequence", async () => {
        const source = new CancellationTokenSource();
        const token = "stream-cancel";
        let parts = 0;
        let partsAtCancel = -1;
        const sub = server.connection.onProgress(new ProgressType<string>(), token, () => {
            parts++;
            if (parts === 5) {
                partsAtCancel = parts;
                source.cancel();
            }
        });
        const started = Date.now();
        const mark = server.statusMark();
        const e = await expectError(
            server.connection.sendRequest(
                GenerateRequest,
                { prompt: { text: PROMPT }, maxTokens: 30000, partialResultToken: token },
                source.token,
            ),
        );
        assert.equal(e.code, LSPErrorCodes.RequestCancelled);
        assert.ok(partsAtCancel === 5);
        await server.waitForStatus((s) => s.running === 0 && s.state === "ready", { timeoutMs: 5000, after: mark });
        const elapsed = Date.now() - started;
        sub.dispose();
        // 30,000 tokens would take half a minute; a cancel honoured within a token ends at once
        assert.ok(elapsed < 5000, `cancel took effect after ${elapsed} ms`);
        assert.ok(parts - partsAtCancel <= 3, `${parts - partsAtCancel} chunks arrived after the cancel`);
        // both sequences are free again: two requests at once succeed
        const [x, y] = await Promise.all([
            generate(server, { prompt: { text: "Hei" }, maxTokens: 4 }),
            generate(server, { prompt: { text: "Hallo" }, maxTokens: 4 }),
        ]);
        assert.equal(x.tokens + y.tokens, 8);
    });

    it("serves more requests than sequences, one sequence each, none lost", async () => {
        const results = await Promise.all(
            Array.from({ length: 7 }, (_, i) => generate(server, { prompt: { text: `Tal nummer ${i}:` }, maxTokens: 6 })),
        );
        assert.equal(results.length, 7);
        assert.ok(results.every((r) => r.tokens === 6));
        assert.ok(
            results.some((r) => r.queuedMs > 0),
            "some requests waited for a free sequence",
        );
    });

    it("a conversation's next message re-uses what the last one evaluated, with the same answer", async () => {
        const first: ChatMessage[] = [
            { role: "system", content: "Du er ein hjelpsam assistent som skriv nynorsk." },
            { role: "user", content: "Kva er hovudstaden i Noreg?" },
        ];
        const a = await generate(server, { prompt: { messages: first }, maxTokens: 12, cacheKey: "samtale-1" });
        assert.equal(a.reusedPromptTokens, 0, "nothing to re-use the first time");
        const second: ChatMessage[] = [...first, { role: "assistant", content: a.text }, { role: "user", content: "Og i Sverige?" }];
        const b = await generate(server, { prompt: { messages: second }, maxTokens: 12, cacheKey: "samtale-1" });
        const system = 30; // system prompt and first question, at least: the conversation so far
        assert.ok(
            (b.reusedPromptTokens ?? 0) >= system && (b.reusedPromptTokens ?? 0) < b.promptTokens,
            `re-used ${b.reusedPromptTokens} of ${b.promptTokens}`,
        );
        // the kept state must give exactly what evaluating the whole prompt gives (greedy decoding)
        const fresh = await generate(server, { prompt: { messages: second }, maxTokens: 12 });
        assert.equal(fresh.reusedPromptTokens, 0);
        assert.equal(b.text, fresh.text);
        // kept sequences are lent out again: more parallel requests than sequences still all run
        const other = await generate(server, { prompt: { messages: first }, maxTokens: 4, cacheKey: "samtale-2" });
        const all = await Promise.all([0, 1, 2].map((i) => generate(server, { prompt: { text: `Tal ${i}:` }, maxTokens: 3 })));
        assert.ok(all.every((r) => r.tokens === 3));
        assert.equal(other.tokens, 4);
    });

    it("a cancelled request that has not started is dropped", async () => {
        const start = server.statusMark();
        const blockers = [0, 1].map(() => generate(server, { prompt: { text: PROMPT }, maxTokens: 300 }));
        const source = new CancellationTokenSource();
        const queued = generate(server, { prompt: { text: PROMPT }, maxTokens: 300 }, source);
        await server.waitForStatus((s) => s.queued === 1, { timeoutMs: 5000, after: start });
        const cancelled = server.statusMark();
        source.cancel();
        const e = await expectError(queued);
        assert.equal(e.code, LSPErrorCodes.RequestCancelled);
        await server.waitForStatus((s) => s.queued === 0, { timeoutMs: 5000, after: cancelled });
        await Promise.all(blockers);
    });
});

describe("priorities", () => {
    it("runs chat before conversion before proofreading", async () => {
        const server = await startServer({ settings: { model: { path: tiny, threads: 1, sequences: 1 } } });
        try {
            await server.connection.sendRequest(LoadModelRequest, {});
            const order: string[] = [];
            const run = (name: string, priority: Priority, maxTokens: number) =>
                generate(server, { prompt: { text: PROMPT }, maxTokens, priority }).then(() => order.push(name));
            const before = server.statusMark();
            const first = run("first", Priority.Proofread, 400);
            await server.waitForStatus((s) => s.running === 1, { timeoutMs: 5000, after: before });
            const queuing = server.statusMark();
            const rest = [run("proofread", Priority.Proofread, 4), run("convert", Priority.Convert, 4), run("chat", Priority.Chat, 4)];
            await server.waitForStatus((s) => s.queued === 3, { timeoutMs: 5000, after: queuing });
            await Promise.all([first, ...rest]);
            assert.deepEqual(order, ["first", "chat", "convert", "proofread"]);
        } finally {
            await server.stop();
        }
    });
});

describe("bad models and crashes", () => {
    let broken: Awaited<ReturnType<typeof ensureBrokenModels>>;
    let scratch: string;
    before(async () => {
        broken = await ensureBrokenModels();
        scratch = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-bad-"));
    });
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it("gives each bad model path its own message, over window/showMessage too", async () => {
        const text = path.join(scratch, "notes.gguf");
        fs.writeFileSync(text, "Dette er ikkje ein modell.\n");
        const cases: [string, string, RegExp][] = [
            [path.join(scratch, "nope.gguf"), "missing", /does not exist/],
            [scratch, "directory", /is a folder/],
            [text, "notGguf", /not a GGUF model file/],
            [broken.wrongMagic, "notGguf", /not a GGUF model file/],
            [broken.truncated, "truncated", /incomplete: it has [\d.]+ MB but its header describes [\d.]+ MB/],
            [broken.aborts, "crashed", /SIGABRT/],
        ];
        const server = await startServer({ settings: { model: { path: tiny, threads: 1 } } });
        try {
            for (const [file, kind, message] of cases) {
                const mark = server.statusMark();
                await server.setSettings({ model: { path: file, threads: 1 } });
                await server.waitForStatus((s) => s.modelPath === file, { timeoutMs: 5000, after: mark });
                const status = await server.connection.sendRequest(LoadModelRequest, {});
                assert.equal(status.state, "error", `${file}: ${JSON.stringify(status)}`);
                assert.equal(status.error?.kind, kind, file);
                assert.match(status.error!.message, message);
                await server.waitForMessage((m) => m.type === 1 && m.message.includes(status.error!.message), 5000);
                // the server still answers
                assert.equal((await server.connection.sendRequest(StatusRequest)).state, "error");
            }
            assert.equal(server.process.exitCode, null, "the language server survived every bad model");
            // and loads again when asked, once the path is good
            const good = server.statusMark();
            await server.setSettings({ model: { path: tiny, threads: 1 } });
            await server.waitForStatus((s) => s.modelPath === tiny, { timeoutMs: 5000, after: good });
            const ok = await server.connection.sendRequest(LoadModelRequest, {});
            assert.equal(ok.state, "ready");
        } finally {
            await server.stop();
        }
    });

    it("survives the model process being killed mid-generation and loads again when asked", async () => {
        const server = await startServer({ settings: { model: { path: tiny, threads: 1 } } });
        try {
            await server.connection.sendRequest(LoadModelRequest, {});
            const [worker] = childrenOf(server.process.pid!);
            assert.ok(worker, "the model runs in a child process");
            const started = server.statusMark();
            const long = generate(server, { prompt: { text: PROMPT }, maxTokens: 30000 });
            await server.waitForStatus((s) => s.state === "busy", { timeoutMs: 5000, after: started });
            const killed = server.statusMark();
            process.kill(worker, "SIGKILL");
            const e = await expectError(long);
            assert.equal(e.data?.kind, "crashed");
            assert.match(e.message, /SIGKILL/);
            const status = await server.waitForStatus((s) => s.state === "error", { after: killed });
            assert.equal(status.error?.kind, "crashed");
            // everything that needs no model keeps working; a new request loads the model again
            const again = await generate(server, { prompt: { text: "Hei" }, maxTokens: 3 });
            assert.equal(again.tokens, 3);
            assert.equal((await server.connection.sendRequest(StatusRequest)).state, "ready");
        } finally {
            await server.stop();
        }
    });

    it("reports a non-numeric thread count once and uses the default", async () => {
        const server = await startServer({ settings: { model: { path: tiny, threads: "many" } } });
        try {
            const m = await server.waitForMessage((x) => x.message.includes("skrivehjelp.model.threads"));
            assert.equal(m.type, 2);
            assert.match(m.message, /whole number from 1 to 64, but is "many"\. Using the number of cores\./);
            const status = await server.connection.sendRequest(LoadModelRequest, {});
            assert.equal(status.state, "ready", JSON.stringify(status));
            assert.equal(status.model?.threads, Math.min(os.availableParallelism(), 8));
            // the same bad value again, with a new bad one: the new one's message is the event that
            // says this push was read; the old one is not reported again
            await server.setSettings({ model: { path: tiny, threads: "many", contextSize: 10 }, log: { level: "debug" } });
            await server.waitForMessage((x) => x.message.includes("skrivehjelp.model.contextSize"));
            assert.equal(server.messages.filter((x) => x.message.includes("skrivehjelp.model.threads")).length, 1, "reported once");
        } finally {
            await server.stop();
        }
    });
});

describe("settings without workspace/configuration", () => {
    it("reads initializationOptions.settings and applies pushed changes without a restart", async () => {
        const server = await startServer({ pushOnly: true, settings: { model: { path: tiny, threads: 1 } } });
        try {
            assert.equal((await server.connection.sendRequest(StatusRequest)).modelPath, tiny);
            const loaded = await server.connection.sendRequest(LoadModelRequest, {});
            assert.equal(loaded.state, "ready", JSON.stringify(loaded));
            const mark = server.statusMark();
            await server.setSettings({ model: { path: tiny, threads: 2 } });
            // a loaded model is reloaded with the new thread count
            const s = await server.waitForStatus((x) => x.state === "ready" && x.model?.threads === 2, { timeoutMs: 60_000, after: mark });
            assert.equal(s.model?.threads, 2);
        } finally {
            await server.stop();
        }
    });
});
