import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setUiLanguage } from "../../uiMessages";
import {
    backoffMs,
    contextOverflowOf,
    DEFAULT_BACKOFF,
    isRetryable,
    networkFailure,
    serverMessage,
    toEngineError,
    type FailureContext,
} from "./errors";

const ctx: FailureContext = {
    endpoint: "http://gpu.example:8000/v1",
    model: "nb-llama-70b",
    path: "/chat/completions",
    hasApiKey: true,
    retries: 3,
};

describe("remote engine errors", () => {
    it("finds the error code undici hides in fetch's cause", () => {
        const e = new TypeError("fetch failed", {
            cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }),
        });
        assert.deepEqual(networkFailure(e), { type: "network", code: "ECONNREFUSED", detail: "connect ECONNREFUSED 127.0.0.1:9" });
        const nested = new TypeError("fetch failed", { cause: { errors: [{ code: "EHOSTUNREACH", message: "x" }] } });
        assert.equal((networkFailure(nested) as { code: string }).code, "EHOSTUNREACH");
        assert.equal(networkFailure(new TypeError("fetch failed", { cause: { code: "UND_ERR_HEADERS_TIMEOUT" } })).type, "timeout");
    });

    it("retries what may pass on a second try, and nothing that streamed or is a client error", () => {
        assert.equal(isRetryable({ type: "network", code: "ECONNREFUSED", detail: "" }), true);
        assert.equal(isRetryable({ type: "network", code: "DEPTH_ZERO_SELF_SIGNED_CERT", detail: "" }), false);
        for (const status of [429, 500, 502, 503, 504]) assert.equal(isRetryable({ type: "http", status, body: "" }), true, String(status));
        for (const status of [400, 401, 403, 404]) assert.equal(isRetryable({ type: "http", status, body: "" }), false, String(status));
        assert.equal(isRetryable({ type: "cut", tokens: 0 }), true);
        assert.equal(isRetryable({ type: "cut", tokens: 5 }), false, "text already went to the user");
        assert.equal(isRetryable({ type: "timeout", phase: "start", seconds: 60 }), false);
    });

    it("backs off exponentially with jitter, capped, and honours Retry-After", () => {
        assert.equal(backoffMs(0, DEFAULT_BACKOFF, undefined, 0, 0.5), 500);
        assert.equal(backoffMs(2, DEFAULT_BACKOFF, undefined, 0, 0.5), 2000);
        assert.equal(backoffMs(10, DEFAULT_BACKOFF, undefined, 0, 0.5), DEFAULT_BACKOFF.maxMs);
        assert.equal(backoffMs(0, DEFAULT_BACKOFF, undefined, 0, 0), 375);
        assert.equal(backoffMs(0, DEFAULT_BACKOFF, undefined, 0, 0.999), 625);
        assert.equal(backoffMs(0, DEFAULT_BACKOFF, "2"), 2000);
        assert.equal(backoffMs(0, DEFAULT_BACKOFF, "3600"), DEFAULT_BACKOFF.maxRetryAfterMs);
        const now = Date.parse("2026-01-01T00:00:00Z");
        assert.equal(backoffMs(0, DEFAULT_BACKOFF, "Thu, 01 Jan 2026 00:00:05 GMT", now), 5000);
        assert.equal(backoffMs(1, DEFAULT_BACKOFF, "soon", 0, 0.5), 1000, "an unreadable Retry-After falls back to the back-off");
    });

    it("quotes the server's own words from the usual error bodies", () => {
        assert.equal(serverMessage('{"error":{"message":"Invalid API Key","type":"authentication_error"}}'), "Invalid API Key");
        assert.equal(serverMessage('{"error":"model not found"}'), "model not found");
        assert.equal(serverMessage('{"detail":"Not Found"}'), "Not Found");
        assert.equal(serverMessage("<html>\n  Bad gateway\n</html>"), "<html> Bad gateway </html>");
        assert.equal(serverMessage("x".repeat(1000)).length, 300);
    });

    it("gives each failure its kind and a message that says what to do", () => {
        const cases: [Parameters<typeof toEngineError>[0], string, RegExp][] = [
            [
                { type: "network", code: "ECONNREFUSED", detail: "" },
                "serverUnreachable",
                /Cannot reach .*gpu\.example.*ECONNREFUSED.*tried 4 times.*skrivehjelp\.openai\.endpoint/,
            ],
            [{ type: "network", code: "ENOTFOUND", detail: "" }, "serverUnreachable", /could not be resolved/],
            [{ type: "network", code: "SELF_SIGNED_CERT_IN_CHAIN", detail: "self-signed" }, "serverUnreachable", /NODE_EXTRA_CA_CERTS/],
            [
                { type: "http", status: 401, body: '{"error":{"message":"Invalid API Key"}}' },
                "unauthorized",
                /refused the API key \(HTTP 401: Invalid API Key\).*Set API key/,
            ],
            [
                { type: "http", status: 404, body: '{"error":{"message":"The model `x` does not exist."}}' },
                "modelNotFound",
                /does not serve the model "nb-llama-70b".*skrivehjelp\.openai\.model/,
            ],
            [{ type: "http", status: 404, body: "Not Found" }, "serverUnreachable", /has no \/chat\/completions.*\/v1/],
            [{ type: "http", status: 429, body: "" }, "rateLimited", /busy.*HTTP 429.*tried 4 times.*maxConcurrent/],
            [{ type: "http", status: 503, body: "Loading model" }, "serverError", /failed \(HTTP 503: Loading model\) \(tried 4 times\)/],
            [{ type: "http", status: 400, body: "too long" }, "serverError", /rejected the request.*context size/],
            [{ type: "timeout", phase: "start", seconds: 60 }, "timeout", /did not start answering within 60 s.*timeoutSeconds/],
            [{ type: "timeout", phase: "idle", seconds: 60 }, "timeout", /stopped sending in the middle/],
            [{ type: "cut", tokens: 7 }, "streamCut", /broke in the middle of the answer \(after 7 pieces/],
        ];
        for (const [failure, kind, message] of cases) {
            const e = toEngineError(failure, ctx);
            assert.equal(e.kind, kind, JSON.stringify(failure));
            assert.match(e.message, message);
        }
        assert.match(toEngineError({ type: "http", status: 401, body: "" }, { ...ctx, hasApiKey: false }).message, /needs an API key/);
        assert.match(toEngineError({ type: "http", status: 404, body: "" }, { ...ctx, served: ["a", "b"] }).message, /It serves: a, b\./);
    });

    it("says each failure in the UI language, with the same kind", () => {
        try {
            setUiLanguage("nn");
            const refused = toEngineError({ type: "network", code: "ECONNREFUSED", detail: "" }, ctx);
            assert.equal(refused.kind, "serverUnreachable");
            assert.equal(
                refused.message,
                'Får ikkje kontakt med modelltenaren på http://gpu.example:8000/v1 (ECONNREFUSED) (prøvd 4 gonger). Kontroller at tenaren køyrer og at skrivehjelp.openai.endpoint er rett, eller set skrivehjelp.engine til "local".',
            );
            assert.match(
                toEngineError({ type: "timeout", phase: "idle", seconds: 60 }, ctx).message,
                /^Modelltenaren på .* slutta å sende midt i svaret \(ingenting på 60 s\).*auk skrivehjelp\.openai\.timeoutSeconds\.$/,
            );
            const overflow = toEngineError(
                { type: "http", status: 400, body: '{"error":{"type":"exceed_context_size_error","n_prompt_tokens":9000,"n_ctx":4096}}' },
                ctx,
            );
            assert.equal(overflow.kind, "contextOverflow", "the kind code acts on does not change with the language");
            assert.deepEqual(overflow.overflow, { promptTokens: 9000, contextSize: 4096 });
            assert.match(
                overflow.message,
                /avviste førespurnaden \(HTTP 400: .*\)\. Teksten som vart send, kan vere lengre enn kontekststorleiken til tenaren\.$/,
            );
            setUiLanguage("nb");
            const key = toEngineError({ type: "http", status: 401, body: '{"error":{"message":"Invalid API Key"}}' }, ctx);
            assert.equal(key.kind, "unauthorized");
            assert.match(
                key.message,
                /^Modelltjeneren på http:\/\/gpu\.example:8000\/v1 avviste API-nøkkelen \(HTTP 401: Invalid API Key\)\. Angi riktig nøkkel med «Skrivehjelp: Angi API-nøkkel for modelltjeneren»/,
            );
            assert.match(
                toEngineError({ type: "cut", tokens: 7 }, ctx).message,
                /ble brutt midt i svaret \(etter 7 tekstbiter\) \(prøvd 4 ganger\)\. Det påbegynte svaret ble forkastet/,
            );
        } finally {
            setUiLanguage(undefined);
        }
        assert.match(toEngineError({ type: "cut", tokens: 7 }, ctx).message, /^The connection to the model server at/);
    });

    it("reads llama-server's context overflow with its token counts, and only that", () => {
        // the body llama-server (the build the tests use) answers for a 602-token prompt in a 256-token slot
        const body =
            '{"error":{"code":400,"message":"request (602 tokens) exceeds the available context size (256 tokens), try increasing it","type":"exceed_context_size_error","n_prompt_tokens":602,"n_ctx":256}}';
        const e = toEngineError({ type: "http", status: 400, body }, ctx);
        assert.equal(e.kind, "contextOverflow");
        assert.deepEqual(e.overflow, { promptTokens: 602, contextSize: 256 });
        assert.match(e.message, /rejected the request \(HTTP 400: request \(602 tokens\) exceeds.*context size/);
        assert.equal(
            toEngineError({ type: "http", status: 400, body: body.replace("exceed_context_size_error", "invalid_request_error") }, ctx)
                .kind,
            "serverError",
        );
        assert.equal(toEngineError({ type: "http", status: 500, body }, ctx).kind, "serverError");
        assert.equal(contextOverflowOf('{"error":{"type":"exceed_context_size_error","n_prompt_tokens":"602"}}'), undefined);
        assert.equal(contextOverflowOf("not json"), undefined);
    });
});
