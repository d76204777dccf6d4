// skrivehjelp.model.path as a model URI, through the real server and engine: with the file not in
// the model folder the engine reports "notDownloaded" with what to download and fetches nothing
// (offline by default); skrivehjelp/downloadModel with those parameters (the user's action)
// fetches it from a local HTTP server on 127.0.0.1, and the model then loads and answers.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ResponseError } from "vscode-languageserver-protocol/node";
import { DownloadModelRequest } from "../../language-server/src/protocol/download";
import type { EngineStatus } from "../../language-server/src/protocol/engine";
import { GenerateRequest, LoadModelRequest, StatusRequest } from "../../language-server/src/protocol/methods";
import { ensureTinyModel } from "../models/models";
import { startServer, type TestServer } from "./lspClient";
import { startModelHttpServer, type ModelHttpServer } from "./modelHttpServer";

let tiny: string;
const dirs: string[] = [];
function tempDir(): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-uri-"));
    dirs.push(d);
    return d;
}

before(async () => {
    tiny = await ensureTinyModel();
});
after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("a model URI as skrivehjelp.model.path", () => {
    let http: ModelHttpServer;
    let server: TestServer;
    let modelDir: string;
    let uri: string;

    before(async () => {
        http = await startModelHttpServer(tiny);
        modelDir = path.join(tempDir(), "models");
        uri = http.url;
        assert.match(uri, /^http:\/\/127\.0\.0\.1:\d+\/tiny\.gguf$/);
        server = await startServer({ settings: { model: { path: uri, threads: 1, sequences: 1 } }, initializationOptions: { modelDir } });
    });
    after(async () => {
        await server?.stop();
        await http?.close();
    });

    it("is accepted as a setting (no bad-value message) and named by its file in the model folder", async () => {
        const status = await server.connection.sendRequest(StatusRequest);
        assert.equal(status.state, "none");
        assert.equal(status.modelUri, uri);
        assert.equal(status.modelPath, path.join(modelDir, "tiny.gguf"));
        assert.deepEqual(
            server.messages.filter((m) => /model\.path/.test(m.message)),
            [],
        );
    });

    it("before a download: loading fails with notDownloaded and what to download, and nothing is fetched", async () => {
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "error", JSON.stringify(status));
        assert.equal(status.error?.kind, "notDownloaded");
        assert.deepEqual(status.error?.download, { uri, dir: modelDir, fileName: "tiny.gguf" });
        assert.match(status.error!.message, new RegExp(`The model ${uri.replace(/[.:/]/g, "\\$&")} is not downloaded yet`));
        assert.match(status.error!.message, /skrivehjelp\/downloadModel request with \{"uri":/);
        // a model request fails the same way instead of downloading
        await assert.rejects(server.connection.sendRequest(GenerateRequest, { prompt: { text: "Hei" }, maxTokens: 4 }), (e: unknown) => {
            assert.ok(e instanceof ResponseError);
            assert.match(e.message, /is not downloaded yet/);
            return true;
        });
        // the server never talked to the model's host, and the folder was not even created
        assert.deepEqual(http.requests, []);
        assert.equal(fs.existsSync(modelDir), false);
        // clients that show errors themselves are not the only ones told: this one gets a message
        await server.waitForMessage((m) => /is not downloaded yet/.test(m.message));
    });

    it("after skrivehjelp/downloadModel with its uri (no dir: the server's model folder), the model loads and answers; the setting stays the URI", async () => {
        const { download } = (await server.connection.sendRequest(StatusRequest)).error!;
        const result = await server.connection.sendRequest(DownloadModelRequest, { uri: download!.uri, fileName: download!.fileName });
        assert.equal(result.path, path.join(modelDir, "tiny.gguf"));
        assert.equal(result.sizeBytes, http.size);
        assert.ok(http.requests.length > 0, "the download fetched the file");

        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "ready", JSON.stringify(status));
        assert.equal(status.modelUri, uri);
        assert.equal(status.model?.path, path.join(modelDir, "tiny.gguf"));
        const answer = await server.connection.sendRequest(GenerateRequest, { prompt: { text: "Hei" }, maxTokens: 4 });
        assert.ok(answer.tokens > 0, JSON.stringify(answer));
    });

    it("a later server with the same folder loads the downloaded file without asking the host again", async () => {
        const fetched = http.requests.length;
        const again = await startServer({
            settings: { model: { path: uri, threads: 1, sequences: 1 } },
            initializationOptions: { modelDir },
        });
        try {
            const status = await again.connection.sendRequest(LoadModelRequest, {});
            assert.equal(status.state, "ready", JSON.stringify(status));
            assert.equal(http.requests.length, fetched);
        } finally {
            await again.stop();
        }
    });
});

describe("model URIs without a folder from the client, and malformed ones", () => {
    it("an hf: URI is looked for in the default folder ($XDG_CACHE_HOME/skrivehjelp/models), offline", async () => {
        const cache = tempDir();
        const server = await startServer({
            settings: { model: { path: "hf:NbAiLab/some-GGUF/sub/model-q4_k_m.gguf#dev" } },
            env: { XDG_CACHE_HOME: cache },
        });
        try {
            const status: EngineStatus = await server.connection.sendRequest(LoadModelRequest, {});
            assert.equal(status.error?.kind, "notDownloaded", JSON.stringify(status));
            assert.deepEqual(status.error?.download, {
                uri: "hf:NbAiLab/some-GGUF/sub/model-q4_k_m.gguf#dev",
                dir: path.join(cache, "skrivehjelp", "models"),
                fileName: "model-q4_k_m.gguf",
            });
        } finally {
            await server.stop();
        }
    });

    it("a URI whose file cannot be known is reported as a bad setting, and no model is used", async () => {
        const server = await startServer({ settings: { model: { path: "hf:NbAiLab/some-GGUF:Q4_K_M" } } });
        try {
            const message = await server.waitForMessage((m) => /skrivehjelp\.model\.path/.test(m.message));
            assert.match(message.message, /names no \.gguf file.*hf:<user>\/<repo>\/<file>\.gguf/);
            const status = await server.connection.sendRequest(LoadModelRequest, {});
            assert.equal(status.error?.kind, "notConfigured", JSON.stringify(status));
        } finally {
            await server.stop();
        }
    });
});
