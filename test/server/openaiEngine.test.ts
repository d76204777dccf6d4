// The remote engine (skrivehjelp.engine = "openai"): the LSP server talks to a REAL llama-server
// (built from the llama.cpp source node-llama-cpp ships, serving the generated tiny model), and,
// for the failures a real server will not produce on demand, to a small local HTTP server.
import assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { CancellationTokenSource, LSPErrorCodes, ProgressType, ResponseError } from "vscode-languageserver-protocol/node";
import { OpenAIEngine } from "../../language-server/src/engine/openai/openaiEngine";
import { Priority, type EngineStatus } from "../../language-server/src/protocol/engine";
import { ChatRequest } from "../../language-server/src/protocol/chat";
import {
    GenerateRequest,
    LoadModelRequest,
    SetApiKeyNotification,
    StatusRequest,
    type GenerateParams,
    type GenerateResult,
} from "../../language-server/src/protocol/methods";
import { ensureTinyModel } from "../models/models";
import { llamaMetrics, llamaServerBinary, startLlamaServer, type LlamaServer } from "./llamaServer";
import { startServer, type StartOptions, type TestServer } from "./lspClient";

const KEY = "skrivehjelp-test-key";
const ALIAS = "nb-llama-test";
const PROMPT = "Skriv ei setning på nynorsk om været i dag:";

type ErrorData = { kind?: string } & Partial<GenerateResult>;

async function expectError(p: Promise<unknown>): Promise<ResponseError<ErrorData | undefined>> {
    try {
        await p;
    } catch (e) {
        assert.ok(e instanceof ResponseError, `expected a ResponseError, got ${e}`);
        return e as ResponseError<ErrorData>;
    }
    assert.fail("expected the request to fail");
}

/** Sends skrivehjelp/generate with a partial-result token; collects the streamed pieces. */
function generateStreamed(
    server: TestServer,
    params: Omit<GenerateParams, "partialResultToken" | "workDoneToken">,
    token?: CancellationTokenSource,
) {
    const pieces: string[] = [];
    const partialResultToken = `t-${Math.random()}`;
    const sub = server.connection.onProgress(new ProgressType<string>(), partialResultToken, (t) => void pieces.push(t));
    const result = server.connection
        .sendRequest(GenerateRequest, { ...params, partialResultToken }, token?.token)
        .finally(() => sub.dispose());
    return { pieces, result };
}

function openaiSettings(endpoint: string, model: string, extra: Record<string, unknown> = {}) {
    return { engine: "openai", openai: { endpoint, model, ...extra }, log: { level: "debug" } };
}

async function until<T>(what: string, f: () => T | undefined | Promise<T | undefined>, timeoutMs = 30000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const v = await f();
        if (v !== undefined) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 25));
    }
}

const built = llamaServerBinary();

describe("remote engine against a real llama-server", { skip: built.bin ? false : `SKIPPED: ${built.why}` }, () => {
    let tiny: string;
    let llama: LlamaServer;
    const servers: TestServer[] = [];
    const start = async (opts: StartOptions) => {
        const s = await startServer(opts);
        servers.push(s);
        return s;
    };

    before(async () => {
        tiny = await ensureTinyModel();
        llama = await startLlamaServer(built.bin!, { model: tiny, alias: ALIAS, apiKey: KEY, threads: 1, contextSize: 8192, parallel: 2 });
    });
    after(async () => {
        for (const s of servers) await s.stop();
        await llama?.stop();
    });

    it("checks the server on load and reports the served model", async () => {
        const server = await start({ settings: openaiSettings(llama.endpoint, ALIAS), initializationOptions: { openaiApiKey: KEY } });
        const before = await server.connection.sendRequest(StatusRequest);
        assert.equal(before.engine, "openai");
        assert.equal(before.state, "none", "no request goes out before the model is wanted");
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "ready", JSON.stringify(status));
        assert.equal(status.model?.name, ALIAS);
        assert.equal(status.model?.path, llama.endpoint);
        assert.equal(status.modelPath, llama.endpoint);
    });

    it("streams a text prompt through /completions: the same greedy text llama-server gives directly", async () => {
        const server = await start({ settings: openaiSettings(llama.endpoint, ALIAS), initializationOptions: { openaiApiKey: KEY } });
        const { pieces, result } = generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 24, temperature: 0 });
        const r = await result;
        assert.ok(pieces.length > 1, `streamed in ${pieces.length} pieces`);
        assert.equal(pieces.join(""), r.text);
        assert.equal(r.tokens, 24);
        assert.equal(r.stopReason, "maxTokens");
        assert.ok(r.promptTokens > 5 && r.promptTokens < 30, `Llama 3 tokenizer: ${r.promptTokens} prompt tokens`);

        const direct = await fetch(`${llama.endpoint}/completions`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
            body: JSON.stringify({ model: ALIAS, prompt: PROMPT, max_tokens: 24, temperature: 0 }),
        }).then((x) => x.json() as Promise<{ choices: { text: string }[] }>);
        assert.equal(r.text, direct.choices[0].text);
    });

    it("sends chat messages through /chat/completions (the server applies the template)", async () => {
        const server = await start({ settings: openaiSettings(llama.endpoint, ALIAS), initializationOptions: { openaiApiKey: KEY } });
        const messages = [{ role: "user" as const, content: "Kva heiter hovudstaden i Noreg?" }];
        const { pieces, result } = generateStreamed(server, { prompt: { messages }, maxTokens: 16, temperature: 0 });
        const r = await result;
        assert.equal(pieces.join(""), r.text);
        assert.ok(r.tokens > 0 && r.tokens <= 16);
        const direct = await fetch(`${llama.endpoint}/chat/completions`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
            body: JSON.stringify({ model: ALIAS, messages, max_tokens: 16, temperature: 0 }),
        }).then((x) => x.json() as Promise<{ choices: { message: { content: string } }[]; usage: { prompt_tokens: number } }>);
        assert.equal(r.text, direct.choices[0].message.content);
        assert.equal(r.promptTokens, direct.usage.prompt_tokens);
    });

    it("a chat too dense for the server's slot is fitted again from llama-server's own token counts", async () => {
        // a 512-token slot, while /models gives the model's trained 4096: the first fit is too big,
        // llama-server answers 400 exceed_context_size_error with its counts, the chat re-fits once
        const small = await startLlamaServer(built.bin!, { model: tiny, alias: ALIAS, threads: 1, contextSize: 512, parallel: 1 });
        try {
            const server = await start({ settings: openaiSettings(small.endpoint, ALIAS) });
            const text = "気に入った的声音결과가격".repeat(200);
            const r = await server.connection.sendRequest(ChatRequest, {
                messages: [{ role: "user", content: "Forklar." }],
                context: { text, label: "tett.txt" },
                maxTokens: 16,
            });
            assert.ok(r.trimmed.context && r.trimmed.context.keptTokens < r.trimmed.context.totalTokens, "the attached text was cut");
            assert.ok(r.promptTokens + r.tokens <= 512, `${r.promptTokens} + ${r.tokens} tokens in a 512-token slot`);
            assert.match(small.log(), /exceed/, "the first fit was refused by the server");
        } finally {
            await small.stop();
        }
    });

    it("cancels: the request ends as cancelled and llama-server stops generating", async () => {
        const server = await start({ settings: openaiSettings(llama.endpoint, ALIAS), initializationOptions: { openaiApiKey: KEY } });
        const maxTokens = 3000;
        const decodedBefore = (await llamaMetrics(llama, KEY))["llamacpp:n_decode_total"];
        const cts = new CancellationTokenSource();
        const { pieces, result } = generateStreamed(server, { prompt: { text: PROMPT }, maxTokens, temperature: 0 }, cts);
        await until("the first streamed piece", () => (pieces.length > 0 ? true : undefined));
        cts.cancel();
        const e = await expectError(result);
        assert.equal(e.code, LSPErrorCodes.RequestCancelled);
        assert.equal(e.data?.stopReason, "cancelled");
        assert.ok((e.data?.tokens ?? 0) < maxTokens);
        // llama-server's own account: nothing in progress, and far fewer decode steps than maxTokens
        // (without the cancel reaching it, it would go on to 3000)
        const after = await until("llama-server to go idle", async () => {
            const m = await llamaMetrics(llama, KEY);
            return m["llamacpp:requests_processing"] === 0 ? m : undefined;
        });
        const decoded = after["llamacpp:n_decode_total"] - decodedBefore;
        assert.ok(
            decoded >= pieces.length && decoded < maxTokens / 2,
            `llama-server decoded ${decoded} times for a request cancelled after ${pieces.length} pieces`,
        );
        // and the engine still serves
        const again = await generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 4 }).result;
        assert.equal(again.tokens, 4);
    });

    it("constrains the output with a JSON schema (response_format)", async () => {
        const engine = new OpenAIEngine({ log: () => undefined });
        engine.configure({ endpoint: llama.endpoint, model: ALIAS, maxConcurrent: 2, timeoutSeconds: 60, apiKey: KEY });
        try {
            const schema = {
                type: "object",
                properties: { svar: { enum: ["ja", "nei"] }, tal: { type: "integer", minimum: 0, maximum: 9 } },
                required: ["svar", "tal"],
                additionalProperties: false,
            };
            const r = await engine.generate(
                {
                    prompt: { messages: [{ role: "user", content: "Er det regn i dag?" }] },
                    maxTokens: 200,
                    temperature: 0,
                    jsonSchema: schema,
                },
                Priority.Proofread,
            );
            const parsed = JSON.parse(r.text) as { svar: string; tal: number };
            assert.ok(["ja", "nei"].includes(parsed.svar), r.text);
            assert.ok(Number.isInteger(parsed.tal) && parsed.tal >= 0 && parsed.tal <= 9, r.text);
        } finally {
            engine.dispose();
        }
    });

    it("says the API key is wrong (real 401), and takes a new key from skrivehjelp/setApiKey", async () => {
        const server = await start({ settings: openaiSettings(llama.endpoint, ALIAS), initializationOptions: { openaiApiKey: "wrong" } });
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "error");
        assert.equal(status.error?.kind, "unauthorized");
        assert.match(status.error!.message, /refused the API key \(HTTP 401.*Skrivehjelp: Set API key/);
        await server.connection.sendNotification(SetApiKeyNotification, { apiKey: KEY });
        const r = await generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 4 }).result;
        assert.equal(r.tokens, 4);
        assert.equal((await server.connection.sendRequest(StatusRequest)).state, "ready");
    });

    it("names the models the server has when the configured one is not among them", async () => {
        const server = await start({
            settings: openaiSettings(llama.endpoint, "NB-Llama-3.1-70B-Instruct"),
            initializationOptions: { openaiApiKey: KEY },
        });
        const mark = server.statusMark();
        const e = await expectError(generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 4 }).result);
        assert.equal(e.data?.kind, "modelNotFound");
        assert.match(e.message, new RegExp(`does not serve the model "NB-Llama-3\\.1-70B-Instruct".*It serves: ${ALIAS}`));
        const status = await server.waitForStatus((s) => s.state === "error", { after: mark });
        assert.equal(status.error?.kind, "modelNotFound");
    });

    it("switches between the local engine and the server on a settings change, without a restart", async () => {
        const local = { model: { path: tiny, threads: 1, sequences: 1 } };
        const server = await start({ settings: local, initializationOptions: { openaiApiKey: KEY } });
        const a = await generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 8 }).result;
        assert.equal((await server.connection.sendRequest(StatusRequest)).engine, "local");

        const toRemote = server.statusMark();
        await server.setSettings({ ...local, ...openaiSettings(llama.endpoint, ALIAS) });
        await server.waitForStatus((s) => s.engine === "openai" && s.state === "ready", { after: toRemote });
        const b = await generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 8 }).result;
        assert.equal(b.tokens, 8);
        const remote = await server.connection.sendRequest(StatusRequest);
        assert.equal(remote.model?.name, ALIAS);

        const toLocal = server.statusMark();
        await server.setSettings(local);
        await server.waitForStatus((s) => s.engine === "local" && s.state === "ready", { after: toLocal });
        const c = await generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 8 }).result;
        assert.equal(c.text, a.text, "the local model answers again, as before");
    });
});

// ── failures, from a local HTTP server that misbehaves on request ─────────────────────────────

interface Fake {
    endpoint: string;
    /** Generation requests received, by model name, in order. */
    hits: string[];
    /** Every request (any path). */
    all: string[];
    release: () => void;
    close: () => Promise<void>;
}

const FAKE_MODELS = ["ok", "status-429", "status-500", "cut", "hang", "gate"];

async function startFake(): Promise<Fake> {
    const hits: string[] = [];
    const all: string[] = [];
    let releaseGate: (() => void) | undefined;
    const gateOpen = new Promise<void>((r) => (releaseGate = r));
    const sockets = new Set<import("node:net").Socket>();
    const chunk = (text: string, finish: string | null = null) =>
        `data: ${JSON.stringify({ choices: [{ index: 0, text, finish_reason: finish }] })}\n\n`;
    const server = http.createServer((req, res) => {
        all.push(`${req.method} ${req.url}`);
        let raw = "";
        req.on("data", (d: Buffer) => (raw += d.toString()));
        req.on("end", () => {
            if (req.url === "/v1/models") {
                res.writeHead(200, { "content-type": "application/json" });
                res.end(JSON.stringify({ object: "list", data: FAKE_MODELS.map((id) => ({ id, object: "model" })) }));
                return;
            }
            const body = JSON.parse(raw || "{}") as { model: string; prompt?: string };
            hits.push(body.model === "gate" ? `gate:${body.prompt}` : body.model);
            const sse = { "content-type": "text/event-stream", "cache-control": "no-cache" };
            switch (body.model) {
                case "status-429":
                    res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
                    res.end(JSON.stringify({ error: { message: "Too many requests in flight", type: "rate_limit" } }));
                    return;
                case "status-500":
                    res.writeHead(500, { "content-type": "application/json" });
                    res.end(JSON.stringify({ error: { message: "CUDA error: out of memory", type: "server_error" } }));
                    return;
                case "cut":
                    res.writeHead(200, sse);
                    res.write(chunk("Dette "));
                    res.write(chunk("er "), () => setTimeout(() => res.socket?.destroy(), 50));
                    return;
                case "hang":
                    return; // never answers
                case "gate":
                    void gateOpen.then(() => {
                        res.writeHead(200, sse);
                        res.end(chunk("ok", "stop") + "data: [DONE]\n\n");
                    });
                    return;
                default:
                    res.writeHead(200, sse);
                    res.end(chunk("Hei", null) + chunk(" på deg", "stop") + "data: [DONE]\n\n");
            }
        });
    });
    server.on("connection", (s) => {
        sockets.add(s);
        s.on("close", () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    return {
        endpoint: `http://127.0.0.1:${port}/v1`,
        hits,
        all,
        release: () => releaseGate!(),
        close: () =>
            new Promise<void>((r) => {
                for (const s of sockets) s.destroy();
                server.close(() => r());
            }),
    };
}

describe("remote engine failures", () => {
    let fake: Fake;
    const servers: TestServer[] = [];
    const start = async (model: string, extra: Record<string, unknown> = {}, endpoint = fake.endpoint) => {
        const s = await startServer({ settings: openaiSettings(endpoint, model, extra) });
        servers.push(s);
        return s;
    };
    const count = (model: string) => fake.hits.filter((h) => h === model).length;

    before(async () => {
        fake = await startFake();
    });
    after(async () => {
        for (const s of servers) await s.stop();
        await fake.close();
    });

    it("streams from any OpenAI-compatible server", async () => {
        const server = await start("ok");
        const { pieces, result } = generateStreamed(server, { prompt: { text: "x" }, maxTokens: 8 });
        const r = await result;
        assert.deepEqual(pieces, ["Hei", " på deg"]);
        assert.equal(r.text, "Hei på deg");
        assert.equal(r.stopReason, "eos");
    });

    it("429: retries with back-off, then says the server is busy", async () => {
        const server = await start("status-429");
        const e = await expectError(generateStreamed(server, { prompt: { text: "x" }, maxTokens: 8 }).result);
        assert.equal(e.data?.kind, "rateLimited");
        assert.match(e.message, /busy .*HTTP 429: Too many requests in flight.*tried 4 times.*maxConcurrent/);
        assert.equal(count("status-429"), 4, "one request and three retries");
        assert.equal((await server.connection.sendRequest(StatusRequest)).state, "ready", "a busy server is not a broken configuration");
    });

    it("5xx: retries, then quotes the server's error", async () => {
        const server = await start("status-500");
        const e = await expectError(generateStreamed(server, { prompt: { text: "x" }, maxTokens: 8 }).result);
        assert.equal(e.data?.kind, "serverError");
        assert.match(e.message, /failed \(HTTP 500: CUDA error: out of memory\) \(tried 4 times\)/);
        assert.equal(count("status-500"), 4);
    });

    it("a stream cut off midway fails clearly, after the text that came, and is not retried", async () => {
        const server = await start("cut");
        const { pieces, result } = generateStreamed(server, { prompt: { text: "x" }, maxTokens: 8 });
        const e = await expectError(result);
        assert.equal(e.data?.kind, "streamCut");
        assert.match(e.message, /broke in the middle of the answer \(after 2 pieces of text\)/);
        assert.deepEqual(pieces, ["Dette ", "er "]);
        assert.equal(count("cut"), 1, "text already reached the user: no retry");
    });

    it("a server that never answers times out instead of hanging", async () => {
        const server = await start("hang", { timeoutSeconds: 1 });
        const e = await expectError(generateStreamed(server, { prompt: { text: "x" }, maxTokens: 8 }).result);
        assert.equal(e.data?.kind, "timeout");
        assert.match(e.message, /did not start answering within 1 s.*timeoutSeconds/);
        assert.equal(count("hang"), 1);
    });

    it("an unreachable server: retried, then an error status that names the address", async () => {
        const closed = await startFake();
        const endpoint = closed.endpoint;
        await closed.close();
        const server = await start("ok", {}, endpoint);
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "error");
        assert.equal(status.error?.kind, "serverUnreachable");
        assert.match(
            status.error!.message,
            new RegExp(`Cannot reach the model server at ${endpoint.replace(/\./g, "\\.")} \\(ECONNREFUSED\\) \\(tried 4 times\\)`),
        );
        const shown = await server.waitForMessage((m) => /Cannot reach/.test(m.message));
        assert.match(shown.message, /^Skrivehjelp: /, "clients without their own error UI get window/showMessage");
    });

    it("keeps the priority order (chat, conversion, proofreading) under the concurrency cap", async () => {
        const server = await start("gate", { maxConcurrent: 1 });
        const send = (prompt: string, priority: Priority) =>
            generateStreamed(server, { prompt: { text: prompt }, maxTokens: 4, priority }).result;
        const first = send("first", Priority.Proofread);
        await until("the first request at the server", () => (fake.hits.includes("gate:first") ? true : undefined));
        const queuing = server.statusMark();
        const rest = [send("proofread", Priority.Proofread), send("convert", Priority.Convert), send("chat", Priority.Chat)];
        await server.waitForStatus((s: EngineStatus) => s.queued === 3, { after: queuing });
        assert.equal(fake.hits.filter((h) => h.startsWith("gate:")).length, 1, "the cap holds the others back");
        fake.release();
        await Promise.all([first, ...rest]);
        assert.deepEqual(
            fake.hits.filter((h) => h.startsWith("gate:")),
            ["gate:first", "gate:chat", "gate:convert", "gate:proofread"],
        );
    });

    it("offline by default: with the local engine nothing goes to a configured endpoint", async () => {
        const tiny = await ensureTinyModel();
        const before = fake.all.length;
        const server = await startServer({
            settings: { model: { path: tiny, threads: 1, sequences: 1 }, openai: { endpoint: fake.endpoint, model: "ok" } },
        });
        servers.push(server);
        const r = await generateStreamed(server, { prompt: { text: PROMPT }, maxTokens: 4 }).result;
        assert.equal(r.tokens, 4);
        assert.equal((await server.connection.sendRequest(StatusRequest)).engine, "local");
        assert.equal(fake.all.length, before);
    });
});
