// A prompt that does not fit the local model's context: the worker measures it, the request
// fails with EngineError kind "contextOverflow" and the exact counts in the error's data (what
// the chat re-fits with, and what a client can shorten its prompt by), not only in words.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ResponseError } from "vscode-languageserver-protocol/node";
import { GenerateRequest, LoadModelRequest } from "../../language-server/src/protocol/methods";
import { ensureTinyModel } from "../models/models";
import { startServer, type TestServer } from "./lspClient";

type OverflowData = { kind?: string; overflow?: { promptTokens: number; contextSize: number } };

describe("a prompt longer than the context", () => {
    let server: TestServer;
    before(async () => {
        server = await startServer({ settings: { model: { path: await ensureTinyModel(), threads: 1, sequences: 1, contextSize: 512 } } });
    });
    after(() => server?.stop());

    it("fails as contextOverflow with the worker's token count and the context's size", async () => {
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "ready", JSON.stringify(status));
        const contextSize = status.model!.contextSize;
        let error: ResponseError<OverflowData> | undefined;
        try {
            await server.connection.sendRequest(GenerateRequest, {
                prompt: { text: "Dette er ei setning. ".repeat(contextSize) },
                maxTokens: 4,
            });
        } catch (e) {
            assert.ok(e instanceof ResponseError, String(e));
            error = e as ResponseError<OverflowData>;
        }
        assert.ok(error, "the request failed");
        assert.equal(error.data?.kind, "contextOverflow", error.message);
        const overflow = error.data?.overflow;
        assert.ok(overflow, JSON.stringify(error.data));
        assert.equal(overflow.contextSize, contextSize);
        assert.ok(overflow.promptTokens > contextSize, JSON.stringify(overflow));
        assert.equal(error.message, `The prompt has ${overflow.promptTokens} tokens, more than the context holds (${contextSize}).`);
        // a prompt that fits still runs: the failure was this request's, not the engine's
        const ok = await server.connection.sendRequest(GenerateRequest, { prompt: { text: "Dette er ei setning." }, maxTokens: 4 });
        assert.equal(ok.tokens, 4);
    });
});
