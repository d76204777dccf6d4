import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { DEFAULT_SETTINGS, RESOURCE_SETTINGS, withResourceSettings, type SkrivehjelpSettings } from "./settings";

const REPO = path.resolve(__dirname, "../../../../..");

function at(s: SkrivehjelpSettings, key: string): unknown {
    return key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s);
}

describe("resource-scoped settings", () => {
    it("are exactly those package.json declares with scope resource", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
            contributes: {
                configuration: { properties: Record<string, { scope?: string }> } | { properties: Record<string, { scope?: string }> }[];
            };
        };
        const sections = [pkg.contributes.configuration].flat();
        const declared = sections.flatMap((c) =>
            Object.entries(c.properties)
                .filter(([, v]) => v.scope === "resource" || v.scope === "language-overridable")
                .map(([k]) => k.replace(/^skrivehjelp\./, "")),
        );
        assert.deepEqual([...RESOURCE_SETTINGS].sort(), declared.sort());
    });

    it("come from the folder's settings, everything else from the window's", () => {
        const window = structuredClone(DEFAULT_SETTINGS);
        window.model.path = "/window.gguf";
        const folder = structuredClone(DEFAULT_SETTINGS);
        folder.model.path = "/folder.gguf";
        folder.engine = "openai";
        folder.language = "nn";
        folder.checks.grammar.deDem = false;
        folder.convert.templates = { "nb-nn": { text: "{{text}}" } };
        folder.convert.engine = "rules";
        const merged = withResourceSettings(window, folder);
        for (const key of RESOURCE_SETTINGS) assert.deepEqual(at(merged, key), at(folder, key), key);
        assert.equal(merged.model.path, "/window.gguf");
        assert.equal(merged.engine, "local");
        assert.equal(merged.convert.engine, "auto");
        assert.equal(merged.language, "nn");
        merged.checks.grammar.deDem = true;
        assert.equal(folder.checks.grammar.deDem, false, "a copy, not the folder's object");
        assert.equal(window.checks.grammar.deDem, true);
    });
});
