import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeEndpoint } from "./openaiSettings";
import { normalizeSettings } from "./settingsNormalize";

describe("skrivehjelp.engine and skrivehjelp.openai.*", () => {
    it("defaults to the local engine and no server: nothing goes over the network", () => {
        const { settings, problems } = normalizeSettings({});
        assert.equal(settings.engine, "local");
        assert.deepEqual(settings.openai, { endpoint: "", model: "", maxConcurrent: 4, timeoutSeconds: 60 });
        assert.deepEqual(problems, []);
    });

    it("takes a server address with or without a trailing slash", () => {
        assert.equal(normalizeEndpoint(" http://127.0.0.1:8080/v1/ "), "http://127.0.0.1:8080/v1");
        assert.equal(normalizeEndpoint("https://llm.example.no/v1"), "https://llm.example.no/v1");
        assert.equal(normalizeEndpoint(""), "");
        for (const bad of ["127.0.0.1:8080", "ftp://x/v1", "http://user:pw@x/v1", "http://x/v1?key=1", "not a url"])
            assert.equal(normalizeEndpoint(bad), undefined, bad);
    });

    it("reports bad values once each, with the fix", () => {
        const { settings, problems } = normalizeSettings({
            engine: "remote",
            openai: { endpoint: "localhost:8080", maxConcurrent: 0, timeoutSeconds: "x" },
        });
        assert.equal(settings.engine, "local");
        assert.equal(settings.openai.endpoint, "");
        assert.deepEqual(
            problems.map((p) => p.key),
            ["skrivehjelp.engine", "skrivehjelp.openai.endpoint", "skrivehjelp.openai.maxConcurrent", "skrivehjelp.openai.timeoutSeconds"],
        );
        assert.match(problems[1].message, /http:\/\/127\.0\.0\.1:8080\/v1/);
    });

    it("refuses an API key in settings.json and says where it belongs", () => {
        const { problems } = normalizeSettings({ engine: "openai", openai: { endpoint: "http://127.0.0.1:8080/v1", apiKey: "sk-secret" } });
        assert.equal(problems.length, 1);
        assert.equal(problems[0].key, "skrivehjelp.openai.apiKey");
        assert.match(problems[0].message, /Set API key/);
        assert.doesNotMatch(problems[0].message, /sk-secret/, "the key itself is never echoed");
    });
});
