// Every import runs downhill: protocol/ (shared by both sides) at the bottom, then the model
// folder and the server's own texts (uiMessages/), then the engines, then the features; the client reaches the server's code only
// through protocol/. A room that imports from one above it is the first step to a cycle, and
// for protocol/ it also pulls server code into the client bundle.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { it } from "node:test";
import { repoRoot } from "../models/models";

const SERVER = path.join("language-server", "src");

/** The non-test .ts files under `dir` (relative to the repository). */
function sources(dir: string): string[] {
    return fs.readdirSync(path.join(repoRoot(), dir), { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) return sources(p);
        return p.endsWith(".ts") && !/\.(spec|test)\.ts$/.test(p) ? [p] : [];
    });
}

/** Each import or re-export specifier of `file`, relative ones resolved to a repository path. */
function imports(file: string): string[] {
    const text = fs.readFileSync(path.join(repoRoot(), file), "utf8");
    const found: string[] = [];
    for (const m of text.matchAll(
        /(?:^|\n)\s*(?:import|export)\b[^"';]*?\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|(?:^|\n)\s*import\s+"([^"]+)"/g,
    )) {
        const spec = m[1] ?? m[2] ?? m[3];
        found.push(spec.startsWith(".") ? path.join(path.dirname(file), spec) : spec);
    }
    return found;
}

/** The imports of the files under `dir` that `allowed` refuses, as "file → import". */
function violations(dir: string, allowed: (spec: string) => boolean): string[] {
    const files = sources(dir);
    assert.ok(files.length > 0, `no sources under ${dir}`);
    return files.flatMap((f) =>
        imports(f)
            .filter((s) => !allowed(s))
            .map((s) => `${f} → ${s}`),
    );
}

const inside = (spec: string, ...dirs: string[]) => dirs.some((d) => spec === d || spec.startsWith(d + path.sep));
const room = (name: string) => path.join(SERVER, name);

it("protocol/ imports only itself and the LSP protocol types (no node, vscode or server code)", () => {
    assert.deepEqual(
        violations(room("protocol"), (s) => inside(s, room("protocol")) || s === "vscode-languageserver-protocol"),
        [],
    );
});

it("models/ imports only protocol/ and node", () => {
    assert.deepEqual(
        violations(room("models"), (s) => inside(s, room("models"), room("protocol")) || s.startsWith("node:")),
        [],
    );
});

it("uiMessages/ imports only protocol/: every room may speak the UI language", () => {
    assert.deepEqual(
        violations(room("uiMessages"), (s) => inside(s, room("uiMessages"), room("protocol"))),
        [],
    );
});

it("engine/ imports nothing from the features, the documents or the connection", () => {
    const rooms = fs.readdirSync(path.join(repoRoot(), SERVER), { withFileTypes: true });
    const above = rooms
        .filter((e) => !["engine", "models", "protocol", "uiMessages"].includes(e.name))
        .map((e) => room(e.name.replace(/\.ts$/, "")));
    assert.ok(above.includes(room("features")));
    assert.deepEqual(
        violations(room("engine"), (s) => !(s.startsWith(SERVER) && inside(s, ...above))),
        [],
    );
});

it("the client reaches the server's code only through protocol/", () => {
    for (const dir of ["src", "media"]) {
        assert.deepEqual(
            violations(dir, (s) => !s.startsWith(SERVER) || inside(s, room("protocol"))),
            [],
        );
    }
});

it("lexicon/ imports only itself, the data finder, protocol/ and node: the speller, the målform layer and the converter stand on it", () => {
    assert.deepEqual(
        violations(room("lexicon"), (s) => inside(s, room("lexicon"), room("dataDir"), room("protocol")) || s.startsWith("node:")),
        [],
    );
});

it("the rule converter (convert/rules/) imports only itself, the lexicon, the data finder, protocol/ and node: the grammar layer reads its tables", () => {
    const allowed = [
        room(path.join("convert", "rules")),
        room("lexicon"),
        room("dataDir"),
        room("protocol"),
        room(path.join("convert", "prompts")),
    ];
    assert.deepEqual(
        violations(room(path.join("convert", "rules")), (s) => inside(s, ...allowed) || s.startsWith("node:")),
        [],
    );
});
