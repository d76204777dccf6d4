import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SseParser } from "./sse";

describe("SseParser", () => {
    it("splits events on blank lines, whatever the chunking", () => {
        const stream = 'data: {"a":1}\n\ndata: {"b":2}\r\n\r\n: keep-alive\n\ndata: [DONE]\n\n';
        for (let size = 1; size <= stream.length; size++) {
            const p = new SseParser();
            const events = [];
            for (let i = 0; i < stream.length; i += size) events.push(...p.push(stream.slice(i, i + size)));
            events.push(...p.end());
            assert.deepEqual(
                events.map((e) => e.data),
                ['{"a":1}', '{"b":2}', "[DONE]"],
                `chunks of ${size}`,
            );
        }
    });

    it("joins multi-line data and keeps the event name", () => {
        const p = new SseParser();
        assert.deepEqual(p.push("event: error\ndata: one\ndata:two\n\n"), [{ event: "error", data: "one\ntwo" }]);
    });

    it("does not emit a half-received event, and flushes an unterminated last one at the end", () => {
        const p = new SseParser();
        assert.deepEqual(p.push('data: {"x":'), []);
        assert.deepEqual(p.push("1}"), []);
        assert.deepEqual(p.end(), [{ data: '{"x":1}' }]);
    });

    it("ignores comments and events without data", () => {
        const p = new SseParser();
        assert.deepEqual(p.push(": ping\n\nevent: noop\n\n"), []);
    });
});
