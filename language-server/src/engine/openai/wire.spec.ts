import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRequest, parseChunk, parseModels, stopReasonOf } from "./wire";

describe("OpenAI wire format", () => {
    it("sends chat to /chat/completions and text to /completions, streamed, with usage", () => {
        const chat = buildRequest({ prompt: { messages: [{ role: "user", content: "Hei" }] }, maxTokens: 8, temperature: 0 }, "m");
        assert.equal(chat.path, "/chat/completions");
        assert.deepEqual(chat.body, {
            model: "m",
            max_tokens: 8,
            temperature: 0,
            stream: true,
            stream_options: { include_usage: true },
            messages: [{ role: "user", content: "Hei" }],
        });
        const text = buildRequest({ prompt: { text: "Hei" }, maxTokens: 8, temperature: 0.7 }, "m");
        assert.equal(text.path, "/completions");
        assert.equal(text.body.prompt, "Hei");
        assert.equal(text.body.temperature, 0.7);
    });

    it("maps a JSON schema to response_format", () => {
        const schema = { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] };
        const r = buildRequest({ prompt: { text: "x" }, maxTokens: 8, temperature: 0, jsonSchema: schema }, "m");
        assert.deepEqual(r.body.response_format, { type: "json_schema", json_schema: { name: "answer", strict: true, schema } });
    });

    it("reads text, finish reason, usage and in-stream errors from chunks", () => {
        assert.deepEqual(parseChunk('{"choices":[{"delta":{"content":"Hei"},"finish_reason":null}]}'), { text: "Hei" });
        assert.deepEqual(parseChunk('{"choices":[{"text":" du","finish_reason":"length"}]}'), { text: " du", finishReason: "length" });
        assert.deepEqual(parseChunk('{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":2}}'), {
            text: "",
            usage: { promptTokens: 5, completionTokens: 2 },
        });
        assert.equal(parseChunk('{"error":{"message":"out of memory"}}')?.error, "out of memory");
        assert.equal(parseChunk("not json"), undefined);
    });

    it("lists served models with their context size", () => {
        assert.deepEqual(
            parseModels({ data: [{ id: "a", max_model_len: 8192 }, { id: "b", meta: { n_ctx_train: 131072 } }, { nope: 1 }] }),
            { ids: ["a", "b"], contextSize: { a: 8192, b: 131072 } },
        );
        assert.deepEqual(parseModels({}), { ids: [], contextSize: {} });
    });

    it("tells a length stop from a natural one", () => {
        assert.equal(stopReasonOf("length"), "maxTokens");
        assert.equal(stopReasonOf("stop"), "eos");
        assert.equal(stopReasonOf(undefined), "eos");
    });
});
