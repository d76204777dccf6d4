// Every UI string the extension passes to vscode.l10n.t has a Bokmål and a Nynorsk translation.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { it } from "node:test";
import { repoRoot } from "../models/models";

function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? sourceFiles(p) : p.endsWith(".ts") ? [p] : [];
    });
}

/** The first argument of every `l10n.t(...)` or `t(...)` call whose first argument is a string literal. */
function messages(): Set<string> {
    const found = new Set<string>();
    for (const file of sourceFiles(path.join(repoRoot(), "src"))) {
        const text = fs.readFileSync(file, "utf8");
        for (const m of text.matchAll(/\b(?:l10n\.)?t\(\s*("(?:[^"\\]|\\.)*")/g)) found.add(JSON.parse(m[1]) as string);
    }
    return found;
}

for (const lang of ["nb", "nn"]) {
    it(`l10n/bundle.l10n.${lang}.json translates every UI string`, () => {
        const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot(), "l10n", `bundle.l10n.${lang}.json`), "utf8")) as Record<
            string,
            string
        >;
        const all = messages();
        assert.ok(all.size > 20, `found ${all.size} messages`);
        const missing = [...all].filter((m) => !(m in bundle));
        assert.deepEqual(missing, []);
        for (const [key, value] of Object.entries(bundle)) {
            const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((x) => x[0]).sort();
            assert.deepEqual(placeholders(value), placeholders(key), `placeholders of "${key}"`);
        }
    });
}
