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

    it("check prints the proofreader's problems and exits 1, 0 for a clean file, 2 for an unreadable one", () => {
        const ws = path.join(REPO, "test", "fixtures", "workspace");
        const text = run("check", path.join(ws, "feil.md"));
        assert.equal(text.status, 1, text.stderr);
        assert.match(text.stdout, /feil\.md:3:32: spelling: Ukjent ord: «skirve» \(«skrive»/);
        assert.match(text.stdout, /feil\.md:9:9: malform: «ikke» er bokmål, ikkje nynorsk \(«ikkje»\)/);
        const json = run("check", "--format", "json", path.join(ws, "feil.md"), path.join(ws, "lesmeg.txt"));
        const lines = json.stdout.trim().split("\n").map((l) => JSON.parse(l) as { uri: string; language: string; diagnostics: { code: string; range: unknown; data: { suggestions: string[] } }[] });
        assert.equal(lines.length, 2);
        assert.equal(lines[0].language, "nn");
        assert.deepEqual(lines[0].diagnostics.map((d) => d.code), ["spelling", "malform", "spelling"]);
        assert.deepEqual(lines[0].diagnostics[0].range, { start: { line: 2, character: 31 }, end: { line: 2, character: 37 } });
        assert.deepEqual(lines[1].diagnostics, []);
        assert.equal(run("check", path.join(ws, "lesmeg.txt")).status, 0);
        const missing = run("check", path.join(ws, "finst-ikkje.md"));
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /finst-ikkje\.md does not exist/);
    });

    it("exits 2 on usage errors", () => {
        assert.equal(run("generate", "Hei").status, 2);
        assert.equal(run("frobnicate").status, 2);
        assert.equal(run("check").status, 2);
        assert.equal(run("check", "--language", "sv", "x.md").status, 2);
        const bad = run("generate", "--model", tiny, "--threads", "lots", "Hei");
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /--threads must be a whole number/);
    });
});
