// `skrivehjelp check`: the proofreader on files, for CI and pre-commit hooks. The diagnostics
// are exactly those the server publishes: the dictionary layers (DocumentProofreader) and,
// with a model, the model layer's checked answers, merged in the server's order.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "vscode-languageserver-types";
import { EngineSelector } from "./engine/engineSelector";
import { modelArgument } from "./models/modelDir";
import { DictionaryLayers } from "./proofreading/dictionaryLayers";
import { mergeDiagnostics, modelDiagnostics } from "./proofreading/model/diagnostics";
import { askable, askAboutParagraph, type Generate } from "./proofreading/model/paragraphs";
import { extractProse, LineIndex } from "./text";
import { DocumentProofreader } from "./proofreading/proofreader";
import { loadWordLists, userWordListPath } from "./proofreading/wordLists";
import { normalizeSettings } from "./protocol/settingsNormalize";
import type { LanguageSetting, Variety } from "./protocol/writtenStandard";
import { checkContextFrom } from "./proofreading/checkContext";

export interface CheckOptions {
    language: LanguageSetting;
    format: "json" | "text";
    files: string[];
    out: (s: string) => void;
    err: (s: string) => void;
    /** The model layer's engine; without it only the dictionary layers run (`--no-model`). */
    generate?: Generate;
    /** Progress lines (SKRIVEHJELP_DEBUG). */
    debug?: (s: string) => void;
}

export interface CheckModel {
    /** A GGUF file, run in a worker process as in the server. */
    model?: string;
    /** Or an OpenAI-compatible server (API key from $SKRIVEHJELP_OPENAI_API_KEY). */
    endpoint?: string;
    openaiModel?: string;
    threads?: unknown;
}

/** The engine for `check --model FILE.gguf` or `check --endpoint URL`, the server's own; or what is wrong with the flags. */
export function checkEngine(
    m: CheckModel,
    workerScript: string,
    debug?: (s: string) => void,
): { generate: Generate; dispose: () => void } | string {
    const { settings, problems } = normalizeSettings({
        model: { path: m.model ? modelArgument(m.model) : "", threads: m.threads, sequences: 1 },
        ...(m.endpoint !== undefined ? { engine: "openai", openai: { endpoint: m.endpoint, model: m.openaiModel ?? "" } } : {}),
    });
    if (problems.length)
        return problems
            .map((p) => `${p.key.replace("skrivehjelp.model.", "--").replace("skrivehjelp.openai.", "--openai ")} ${p.message}`)
            .join("\n");
    const engine = new EngineSelector({
        workerScript,
        log: (level, message) => (level === "error" ? undefined : debug?.(`${level}: ${message}\n`)),
    });
    engine.setApiKey(process.env.SKRIVEHJELP_OPENAI_API_KEY);
    engine.configure(settings);
    return { generate: (params, priority, signal) => engine.generate(params, priority, signal), dispose: () => engine.dispose() };
}

const MAX_BYTES = 10 * 1024 * 1024;

/** Returns the exit status: 0 no problem, 1 problems found, 2 a file could not be checked. */
export async function runCheck(o: CheckOptions): Promise<number> {
    const { settings } = normalizeSettings({ language: o.language });
    const layers = new DictionaryLayers((level, message) => level === "error" && o.err(`skrivehjelp: ${message}\n`)).layers();
    const accepted = loadWordLists([userWordListPath(), path.resolve(settings.dictionary.workspaceFile)]);
    let found = false;
    let failed = false;
    let generate = o.generate;
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
        const { language, diagnostics: dictionary } = new DocumentProofreader(languageId).check(
            text,
            checkContextFrom(settings, { layers, accepted }),
        );
        let diagnostics = dictionary;
        if (generate && language.variety) {
            try {
                diagnostics = mergeDiagnostics(
                    dictionary,
                    await modelLayer(text, languageId, language.variety, dictionary, generate, o.debug),
                );
            } catch (e) {
                // the model could not run (a missing or broken file): say so once, check the rest without it
                o.err(`skrivehjelp: the model layer did not run: ${e instanceof Error ? e.message : String(e)}\n`);
                generate = undefined;
                failed = true;
            }
        }
        if (diagnostics.length) found = true;
        const uri = pathToFileURL(path.resolve(file)).href;
        if (o.format === "json") o.out(`${JSON.stringify({ uri, language: language.variety ?? null, diagnostics })}\n`);
        else
            for (const d of diagnostics)
                o.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.code}: ${d.message}${suggestionText(d)}\n`);
    }
    return failed ? 2 : found ? 1 : 0;
}

async function modelLayer(
    text: string,
    languageId: string,
    variety: Variety,
    dictionary: readonly Diagnostic[],
    generate: Generate,
    debug?: (s: string) => void,
): Promise<Diagnostic[]> {
    const lines = new LineIndex(text);
    const out: Diagnostic[] = [];
    for (const block of extractProse(text, languageId)) {
        if (!askable(block)) continue;
        debug?.(`model proofreading: asking about ${JSON.stringify(block.text.slice(0, 40))}\n`);
        const answer = await askAboutParagraph(generate, block.text, variety);
        out.push(...modelDiagnostics(text, lines, block, answer.problems, dictionary, new Set()));
    }
    return out;
}

function suggestionText(d: Diagnostic): string {
    const s = (d.data as { suggestions?: string[] } | undefined)?.suggestions ?? [];
    return s.length
        ? ` (${s
              .slice(0, 3)
              .map((x) => `«${x}»`)
              .join(", ")})`
        : "";
}
