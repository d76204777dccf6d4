// The `skrivehjelp` command line (dist/cli.js) runs the same engine as the server.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { ensureTinyModel } from "../models/models";
import { REPO } from "./lspClient";

const CLI = path.join(REPO, "dist", "cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 });

describe("skrivehjelp CLI", () => {
    let tiny: string;
    before(async () => {
        tiny = await ensureTinyModel();
    });

    it("generates with the model and reports the speed", () => {
        const r = run("generate", "--model", tiny, "--threads", "1", "--max-tokens", "6", "Eg skriv nynorsk");
        assert.equal(r.status, 0, r.stderr);
        assert.ok(r.stdout.trim().length > 0);
        assert.match(r.stderr, /^6 tokens, [\d.]+ tokens\/s/m);
    });

    it("exits 1 with the engine's message for a bad model", () => {
        const r = run("generate", "--model", path.join(REPO, "package.json"), "Hei");
        assert.equal(r.status, 1);
        assert.match(r.stderr, /package\.json is not a GGUF model file/);
    });

    it("exits 2 on usage errors", () => {
        assert.equal(run("generate", "Hei").status, 2);
        assert.equal(run("frobnicate").status, 2);
        const bad = run("generate", "--model", tiny, "--threads", "lots", "Hei");
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /--threads must be a whole number/);
    });
});
