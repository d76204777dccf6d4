// `skrivehjelp check`: the proofreader's dictionary layers on files, for CI and pre-commit hooks.
// The diagnostics are exactly those the server publishes (same code path: DocumentProofreader).
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "vscode-languageserver-types";
import { DictionaryLayers } from "./proofreading/dictionaryLayers";
import { DocumentProofreader } from "./proofreading/proofreader";
import { loadWordLists, userWordListPath } from "./proofreading/wordLists";
import { normalizeSettings } from "./protocol/settingsNormalize";

export interface CheckOptions {
    language: "auto" | "nb" | "nn";
    format: "json" | "text";
    files: string[];
    out: (s: string) => void;
    err: (s: string) => void;
}

const MAX_BYTES = 10 * 1024 * 1024;

/** Returns the exit status: 0 no problem, 1 problems found, 2 a file could not be checked. */
export function runCheck(o: CheckOptions): number {
    const { settings } = normalizeSettings({ language: o.language });
    const layers = new DictionaryLayers((level, message) => level === "error" && o.err(`skrivehjelp: ${message}\n`)).layers();
    const accepted = loadWordLists([userWordListPath(), path.resolve(settings.dictionary.workspaceFile)]);
    let found = false;
    let failed = false;
    for (const file of o.files) {
        let text: string;
        try {
            const stat = fs.statSync(file);
            if (stat.isDirectory()) throw new Error("is a folder");
            if (stat.size > MAX_BYTES) throw new Error(`is larger than ${MAX_BYTES / 1024 / 1024} MB`);
            const bytes = fs.readFileSync(file);
            if (bytes.includes(0)) throw new Error("is a binary file");
            text = bytes.toString("utf8");
        } catch (e) {
            o.err(`skrivehjelp: ${file} ${e instanceof Error ? e.message.replace(/^ENOENT.*/, "does not exist") : String(e)}\n`);
            failed = true;
            continue;
        }
        const languageId = /\.(md|markdown|mdx)$/i.test(file) ? "markdown" : "plaintext";
        const { language, diagnostics } = new DocumentProofreader(languageId).check(text, settings, layers, accepted, new Set());
        if (diagnostics.length) found = true;
        const uri = pathToFileURL(path.resolve(file)).href;
        if (o.format === "json") o.out(`${JSON.stringify({ uri, language: language.variety ?? null, diagnostics })}\n`);
        else for (const d of diagnostics) o.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.code}: ${d.message}${suggestionText(d)}\n`);
    }
    return failed ? 2 : found ? 1 : 0;
}

function suggestionText(d: Diagnostic): string {
    const s = (d.data as { suggestions?: string[] } | undefined)?.suggestions ?? [];
    return s.length ? ` (${s.slice(0, 3).map((x) => `«${x}»`).join(", ")})` : "";
}
