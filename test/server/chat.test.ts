// `skrivehjelp/chat` over stdio with the real engine and a tiny chat model (chatModel.ts): streaming, cancel,
// parallel conversations, trimming to the context, the system prompt setting.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CancellationTokenSource, LSPErrorCodes, ProgressType, ResponseError } from "vscode-languageserver-protocol/node";
import { ChatRequest, type ChatParams, type ChatResult } from "../../language-server/src/protocol/chat";
import { LoadModelRequest } from "../../language-server/src/protocol/methods";
import { ensureChatModel } from "./chatModel";
import { startServer, type TestServer } from "./lspClient";

let tiny: string;
before(async () => {
    tiny = await ensureChatModel();
});

let nextToken = 0;

/** Sends a chat with a partial-result token; resolves with the result (or cancel data) and the streamed pieces. */
async function chat(server: TestServer, params: Omit<ChatParams, "partialResultToken">, opts: { cancelAfter?: number } = {}) {
    const token = `chat-${++nextToken}`;
    const parts: string[] = [];
    const source = new CancellationTokenSource();
    const sub = server.connection.onProgress(new ProgressType<string>(), token, (t) => {
        parts.push(t);
        if (parts.length === opts.cancelAfter) source.cancel();
    });
    let result: ChatResult | undefined;
    let error: ResponseError<ChatResult | undefined> | undefined;
    try {
        result = await server.connection.sendRequest(ChatRequest, { ...params, partialResultToken: token }, source.token);
    } catch (e) {
        assert.ok(e instanceof ResponseError, String(e));
        error = e as ResponseError<ChatResult | undefined>;
    }
    // $/progress notifications are sent before the response: a round trip after it has them all here
    await server.barrier();
    sub.dispose();
    return { result, error, parts };
}

const CONVERSATION_A: ChatParams["messages"] = [{ role: "user", content: "Forklar kva ei setning er." }];
const CONVERSATION_B: ChatParams["messages"] = [
    { role: "user", content: "Skriv eit dikt om hausten." },
    { role: "assistant", content: "Lauvet fell, og vinden kjem." },
    { role: "user", content: "Gjer det lengre, på bokmål." },
];

describe("skrivehjelp/chat with the tiny model", () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({ settings: { model: { path: tiny, threads: 1, sequences: 2 } } });
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "ready", JSON.stringify(status));
    });
    after(() => server.stop());

    it("streams the answer in order, and the pieces make the final text", async () => {
        const { result, parts, error } = await chat(server, { messages: CONVERSATION_A, maxTokens: 40, temperature: 0 });
        assert.equal(error, undefined, error?.message);
        assert.ok(result);
        assert.ok(parts.length > 1, `${parts.length} pieces`);
        assert.equal(parts.join(""), result.text);
        assert.ok(result.tokens > 0 && result.tokens <= 40);
        assert.deepEqual(result.trimmed, { droppedMessages: 0, lastMessageCut: false });
        // the Norwegian system prompt, the message and the Llama 3 headers
        assert.ok(result.promptTokens > 60, `${result.promptTokens} prompt tokens`);
    });

    it("stops on $/cancelRequest and returns what came", async () => {
        const mark = server.statusMark();
        const { result, error, parts } = await chat(
            server,
            { messages: CONVERSATION_A, maxTokens: 8192, temperature: 0 },
            { cancelAfter: 5 },
        );
        assert.equal(result, undefined, "a cancelled chat does not resolve");
        assert.ok(error);
        assert.equal(error.code, LSPErrorCodes.RequestCancelled);
        assert.ok(error.data, "the cancel carries the result so far");
        assert.equal(error.data.stopReason, "cancelled");
        assert.ok(error.data.tokens < 8192 && error.data.tokens >= 5);
        assert.equal(parts.join(""), error.data.text, "what streamed is what the result says came");
        await server.waitForStatus((s) => s.running === 0 && s.state === "ready", { timeoutMs: 10000, after: mark });
        const after = parts.length;
        // a later chat runs through the same worker and pipe: anything the cancelled one still
        // streamed would have arrived before its answer
        const later = await chat(server, { messages: CONVERSATION_B, maxTokens: 4, temperature: 0 });
        assert.ok(later.result && later.parts.length > 0);
        assert.equal(parts.length, after, "nothing streams after the request ended");
    });

    it("keeps two conversations apart when they run at the same time", async () => {
        // greedy decoding is deterministic: each conversation alone gives the reference answer
        const aloneA = await chat(server, { messages: CONVERSATION_A, maxTokens: 48, temperature: 0 });
        const aloneB = await chat(server, { messages: CONVERSATION_B, maxTokens: 48, temperature: 0 });
        assert.notEqual(aloneA.result!.text, aloneB.result!.text);
        const [a, b] = await Promise.all([
            chat(server, { messages: CONVERSATION_A, maxTokens: 48, temperature: 0 }),
            chat(server, { messages: CONVERSATION_B, maxTokens: 48, temperature: 0 }),
        ]);
        assert.ok(a.result && b.result);
        assert.equal(a.result.text, aloneA.result!.text);
        assert.equal(b.result.text, aloneB.result!.text);
        assert.equal(a.parts.join(""), aloneA.result!.text, "A's stream holds only A's text");
        assert.equal(b.parts.join(""), aloneB.result!.text, "B's stream holds only B's text");
        assert.ok(
            server.statuses.some((st) => st.running >= 2),
            "both ran at once, one sequence each",
        );
    });

    it("rejects a malformed request with a reason", async () => {
        const { error } = await chat(server, { messages: [{ role: "assistant", content: "Hei" }] });
        const answer = await chat(server, { messages: CONVERSATION_A, maxTokens: 4, temperature: 3 });
        assert.match(answer.error?.message ?? "", /temperature must be from 0 to 2/);
        assert.ok(error);
        assert.equal(error.code, LSPErrorCodes.RequestFailed);
        assert.match(error.message, /last message must be the user's/);
    });

    it("uses the system prompt from the settings", async () => {
        const before = await chat(server, { messages: CONVERSATION_A, maxTokens: 4 });
        await server.setSettings({ model: { path: tiny, threads: 1, sequences: 2 }, chat: { systemPrompt: "Ver kort." } });
        // the setting is read per request; poll until the server has it
        let after: ChatResult | undefined;
        for (let i = 0; i < 50; i++) {
            after = (await chat(server, { messages: CONVERSATION_A, maxTokens: 4 })).result;
            if (after && after.promptTokens < before.result!.promptTokens) break;
        }
        assert.ok(after);
        // "Ver kort." is a handful of tokens; the built-in prompt about a hundred
        assert.ok(after.promptTokens < before.result!.promptTokens - 40, `${after.promptTokens} vs ${before.result!.promptTokens}`);
        await server.setSettings({ model: { path: tiny, threads: 1, sequences: 2 } });
    });
});

describe("skrivehjelp/chat in a small context", () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({ settings: { model: { path: tiny, threads: 1, sequences: 1, contextSize: 512 } } });
    });
    after(() => server.stop());

    it("leaves out old turns and the end of the attached text, and says so", async () => {
        const messages: ChatParams["messages"] = [];
        for (let i = 0; i < 12; i++) {
            messages.push({ role: "user", content: `Spørsmål ${i}: kva meiner du om denne setninga?` });
            messages.push({ role: "assistant", content: `Svar ${i}: ho er grei, men kan bli kortare og klarare.` });
        }
        messages.push({ role: "user", content: "Oppsummer teksten." });
        const text = "Dette er ei lang setning i eit dokument om norsk rettskriving. ".repeat(80);
        const { result, error, parts } = await chat(server, { messages, context: { text, label: "utkast.md" }, maxTokens: 32 });
        assert.equal(error, undefined, error?.message);
        assert.ok(result);
        assert.equal(result.trimmed.lastMessageCut, false);
        assert.ok(result.trimmed.context, "the attached text was cut");
        assert.equal(result.trimmed.context.label, "utkast.md");
        assert.ok(result.trimmed.context.keptTokens < result.trimmed.context.totalTokens);
        assert.ok(result.trimmed.droppedMessages > 0 && result.trimmed.droppedMessages <= 24);
        assert.ok(result.promptTokens + result.tokens <= 512, `${result.promptTokens} + ${result.tokens} tokens in a 512-token context`);
        assert.equal(parts.join(""), result.text);
    });

    it("fits text denser than the estimate by measuring it (one retry)", async () => {
        // CJK characters are a token or more each, far denser than Norwegian prose
        const text = "気に入った的声音결과가격".repeat(200);
        const { result, error } = await chat(server, {
            messages: [{ role: "user", content: "Forklar." }],
            context: { text, label: "tett.txt" },
            maxTokens: 16,
        });
        assert.equal(error, undefined, error?.message);
        assert.ok(result?.trimmed.context);
        assert.ok(result.promptTokens + result.tokens <= 512, `${result.promptTokens} + ${result.tokens}`);
    });
});
