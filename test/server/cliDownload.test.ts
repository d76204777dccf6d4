// `skrivehjelp download URI` and `--model URI` on the command line, against a local HTTP server
// serving the tiny model: nothing is fetched before the download command; after it the URI works
// as a model, from the same folder the server looks in.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ensureTinyModel } from "../models/models";
import { REPO } from "./lspClient";
import { startModelHttpServer, type ModelHttpServer } from "./modelHttpServer";

const CLI = path.join(REPO, "dist", "cli.js");

/** Runs the command line without blocking this process (the HTTP server lives here). */
function run(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
}

describe("skrivehjelp download and --model URI", () => {
    let http: ModelHttpServer;
    let cache: string;
    let env: NodeJS.ProcessEnv;
    before(async () => {
        http = await startModelHttpServer(await ensureTinyModel());
        cache = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-cli-cache-"));
        env = { XDG_CACHE_HOME: cache };
    });
    after(async () => {
        await http.close();
        fs.rmSync(cache, { recursive: true, force: true });
    });

    it("a model URI that is not downloaded fails with what to do, and fetches nothing", async () => {
        const r = await run(env, "generate", "--model", http.url, "--threads", "1", "--max-tokens", "3", "Hei");
        assert.equal(r.status, 1, r.stderr);
        assert.match(r.stderr, /is not downloaded yet/);
        assert.ok(r.stderr.includes(`skrivehjelp download ${http.url}`), r.stderr);
        assert.equal(http.requests.length, 0);
    });

    it("download fetches it into the model folder, prints the path, and the URI then works as --model", async () => {
        const d = await run(env, "download", http.url);
        assert.equal(d.status, 0, d.stderr);
        const file = path.join(cache, "skrivehjelp", "models", "tiny.gguf");
        assert.equal(d.stdout.trim(), file);
        assert.equal(fs.statSync(file).size, http.size);
        assert.match(d.stderr, /Downloaded \d+ bytes/);
        const g = await run(env, "generate", "--model", http.url, "--threads", "1", "--max-tokens", "3", "Hei");
        assert.equal(g.status, 0, g.stderr);
        assert.match(g.stderr, /^3 tokens/m);
    });

    it("refuses what is not a model URI, with exit status 2", async () => {
        const r = await run(env, "download", "hf:NbAiLab/repo:Q4_K_M");
        assert.equal(r.status, 2);
        assert.match(r.stderr, /skrivehjelp: /);
        const s = await run(env, "download", "/a/file.gguf");
        assert.equal(s.status, 2);
        assert.match(s.stderr, /not a model URI/);
    });
});
