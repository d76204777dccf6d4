// The `skrivehjelp` command line (dist/cli.js) runs the same engine as the server.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import { ensureTinyModel } from "../models/models";
import { REPO } from "./lspClient";

const CLI = path.join(REPO, "dist", "cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000 });
/** Without $SKRIVEHJELP_MODEL, so "no --model" means no model. */
const runNoModel = (...args: string[]) => {
    const env = { ...process.env };
    delete env.SKRIVEHJELP_MODEL;
    return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000, env });
};

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
        const lines = json.stdout
            .trim()
            .split("\n")
            .map(
                (l) =>
                    JSON.parse(l) as {
                        uri: string;
                        language: string;
                        diagnostics: { code: string; range: unknown; data: { suggestions: string[] } }[];
                    },
            );
        assert.equal(lines.length, 2);
        assert.equal(lines[0].language, "nn");
        assert.deepEqual(
            lines[0].diagnostics.map((d) => d.code),
            ["spelling", "malform", "spelling"],
        );
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

    it("convert needs no model: the rules convert (exit 0), --in-place writes, and unknown engines or a model engine without a model exit 2", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-cli-rules-"));
        try {
            const md = path.join(dir, "a.md");
            const text = "# Hvordan\n\nJeg vet ikke hva `ikke` er.\n\n```\nikke\n```\n";
            fs.writeFileSync(md, text);
            const printed = runNoModel("convert", "--to", "nn", md);
            assert.equal(printed.status, 0, printed.stderr);
            assert.match(printed.stdout, /^# Korleis\n\nEg .*ikkje kva `ikke` er\.\n\n```\nikke\n```\n$/);
            assert.match(printed.stderr, /a\.md: 1 of 1 pieces converted \(rules\)/);
            assert.equal(fs.readFileSync(md, "utf8"), text, "without --in-place the file is untouched");

            const txt = path.join(dir, "b.txt");
            const lines = "Jeg vet ikke.\nHun leser boken.\n\nHva?\n";
            fs.writeFileSync(txt, lines);
            const inPlace = runNoModel("convert", "--to", "nn", "--engine", "rules", "--in-place", txt);
            assert.equal(inPlace.status, 0, inPlace.stderr);
            const written = fs.readFileSync(txt, "utf8");
            assert.equal(written.split("\n").length, lines.split("\n").length, "as many lines");
            assert.match(written, /^Eg .*ikkje\.\nHo .*boka\.\n\nKva\?\n$/);

            const empty = path.join(dir, "empty.md");
            fs.writeFileSync(empty, "");
            const nothing = runNoModel("convert", "--to", "nn", empty);
            assert.equal(nothing.status, 0, nothing.stderr);
            assert.match(nothing.stderr, /empty\.md: nothing to convert/);
            assert.equal(nothing.stdout, "");

            const hybrid = runNoModel("convert", "--to", "nn", "--engine", "hybrid", md);
            assert.equal(hybrid.status, 2);
            assert.match(hybrid.stderr, /--engine hybrid needs --model FILE\.gguf \(or \$SKRIVEHJELP_MODEL\) or --endpoint URL/);
            const model = runNoModel("convert", "--to", "nn", "--engine", "model", md);
            assert.equal(model.status, 2);
            assert.match(model.stderr, /--engine model needs --model/);
            const bad = runNoModel("convert", "--to", "nn", "--engine", "apertium", md);
            assert.equal(bad.status, 2);
            assert.match(bad.stderr, /--engine must be auto, rules, model or hybrid/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("convert --engine model with a file that is no model exits 1 with the engine's message", () => {
        const r = runNoModel(
            "convert",
            "--to",
            "nn",
            "--engine",
            "model",
            "--model",
            path.join(REPO, "package.json"),
            path.join(REPO, "test", "fixtures", "convert", "bokmal.md"),
        );
        assert.equal(r.status, 1);
        assert.match(r.stderr, /package\.json is not a GGUF model file/);
    });
});
