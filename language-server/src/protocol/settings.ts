// The `skrivehjelp` settings section, shared by the extension and the server.
// The server is the one that validates: other LSP clients send raw JSON too.
//
// Adding a setting: add it to `SkrivehjelpSettings` and `DEFAULT_SETTINGS` here, read and
// check it in `normalizeSettings` (settingsNormalize.ts), declare it in package.json
// `contributes.configuration`, and add a row to the README's settings table. A setting a
// workspace folder may set for its own documents (what is checked and how, not which engine
// runs) gets `"scope": "resource"` there and a line in `RESOURCE_SETTINGS` below.

import { type ConvertSettings, DEFAULT_CONVERT_SETTINGS } from "./convert";
import type { LanguageSetting } from "./writtenStandard";

export type LogLevel = "error" | "warn" | "info" | "debug";

export interface SkrivehjelpSettings {
    model: {
        /**
         * Absolute path of a GGUF file, or a model URI (`hf:<user>/<repo>/<file>.gguf[#branch]`, an
         * http(s) URL of a .gguf file) whose download in the model folder is loaded; "" when none is chosen.
         */
        path: string;
        /** CPU threads for generation; null = the number of cores, capped. */
        threads: number | null;
        /** Context size in tokens, shared by all sequences. */
        contextSize: number;
        /** Parallel sequences in the one context. */
        sequences: number;
        /** GPU backend: "auto" uses one if a binary for it is present, else the CPU. */
        gpu: "auto" | "cuda" | "vulkan" | "metal" | "off";
        /** Layers offloaded to the GPU; null = as many as fit. */
        gpuLayers: number | null;
        /** Sampling temperature of proofreading and conversion answers, 0 (greedy) to 2; the chat has its own. */
        temperature: number;
    };
    log: { level: LogLevel };
    /** Who runs the model: the local worker (GGUF file), or an OpenAI-compatible server. */
    engine: "local" | "openai";
    /** The server for `engine: "openai"`. The API key is never a setting (SecretStorage / initializationOptions). */
    openai: {
        /** Base URL up to and including `/v1`, e.g. `http://127.0.0.1:8080/v1`; "" = not configured. */
        endpoint: string;
        /** Model name the server knows; "" = the first one the server lists. */
        model: string;
        /** Requests sent to the server at the same time; the rest wait by priority. */
        maxConcurrent: number;
        /** Longest wait for the answer to start, and for each next piece of it. */
        timeoutSeconds: number;
    };
    /** Written standard of documents: decided per document, or fixed. */
    language: LanguageSetting;
    /** One switch per kind of check. */
    checks: {
        spelling: boolean;
        malform: boolean;
        model: boolean;
        /** The grammar layer's rule families, each on or off (proofreading/grammar/). */
        grammar: GrammarChecks;
        /** Kilobytes (thousands of characters) of a document that are proofread; the rest is not. */
        maxDocumentKB: number;
    };
    /** Nynorsk house style: which infinitive the proofreader expects ("auto": what the text writes, else a). */
    nynorsk: { infinitive: "auto" | "a" | "e" };
    /** Bokmål house style: feminine nouns with -en or -a ("auto": what the text writes more often, nothing when neither; "off": both). */
    bokmal: { feminine: "auto" | "en" | "a" | "off" };
    dictionary: {
        /** Workspace word list, relative to each workspace folder: one word a line, can be committed. */
        workspaceFile: string;
    };
    /** Bokmål ↔ Nynorsk conversion (protocol/convert.ts). */
    convert: ConvertSettings;
    chat: {
        /** The chat's system prompt; "" = the built-in Norwegian one. */
        systemPrompt: string;
        /** Sampling temperature of chat answers, 0 (greedy) to 2. */
        temperature: number;
    };
}

/** `skrivehjelp.checks.grammar.*`: særskriving, "og"/"å", the verb form after "å"/a modal/"har", article gender and agreement, Bokmål "de"/"dem". */
export interface GrammarChecks {
    saerskriving: boolean;
    ogAa: boolean;
    verbForm: boolean;
    gender: boolean;
    /** Bokmål "de"/"dem" as subject and object. */
    deDem: boolean;
}

export const DEFAULT_SETTINGS: SkrivehjelpSettings = {
    model: { path: "", threads: null, contextSize: 4096, sequences: 3, gpu: "auto", gpuLayers: null, temperature: 0 },
    log: { level: "info" },
    engine: "local",
    openai: { endpoint: "", model: "", maxConcurrent: 4, timeoutSeconds: 60 },
    language: "auto",
    checks: {
        spelling: true,
        malform: true,
        model: true,
        grammar: { saerskriving: true, ogAa: true, verbForm: true, gender: true, deDem: true },
        maxDocumentKB: 500,
    },
    nynorsk: { infinitive: "auto" },
    bokmal: { feminine: "auto" },
    dictionary: { workspaceFile: ".skrivehjelp/ordliste.txt" },
    chat: { systemPrompt: "", temperature: 0.3 },
    convert: DEFAULT_CONVERT_SETTINGS,
};

export const LIMITS = {
    threads: { min: 1, max: 64 },
    /** The default thread count never exceeds this: more threads than cores collapse throughput. */
    defaultThreadsCap: 8,
    contextSize: { min: 256, max: 131072 },
    sequences: { min: 1, max: 8 },
    gpuLayers: { min: 0, max: 1000 },
    maxDocumentKB: { min: 10, max: 100_000 },
    openaiMaxConcurrent: { min: 1, max: 64 },
    openaiTimeoutSeconds: { min: 1, max: 3600 },
} as const;

/** A setting that was present but unusable: reported to the user once, then the default applies. */
export interface SettingProblem {
    /** Full key, e.g. `skrivehjelp.model.threads`. */
    key: string;
    message: string;
}

/**
 * The settings package.json declares `"scope": "resource"`: each workspace folder may set them for
 * its own documents, so the server reads them per document (`SettingsSource.for(uri)`). Every other
 * setting (the engine, the model, the log, the chat) is the window's, read once for all.
 */
export const RESOURCE_SETTINGS = [
    "language",
    "nynorsk.infinitive",
    "bokmal.feminine",
    "checks.spelling",
    "checks.malform",
    "checks.model",
    "checks.grammar.saerskriving",
    "checks.grammar.ogAa",
    "checks.grammar.verbForm",
    "checks.grammar.gender",
    "checks.grammar.deDem",
    "checks.maxDocumentKB",
    "dictionary.workspaceFile",
    "convert.nynorsk.pronoun",
    "convert.nynorsk.possessive",
    "convert.houseStyle",
    "convert.templates",
] as const;

/** A document's settings: the window's, with the resource-scoped ones as its folder sets them (`scoped`). */
export function withResourceSettings(window: SkrivehjelpSettings, scoped: SkrivehjelpSettings): SkrivehjelpSettings {
    const out = structuredClone(window);
    for (const key of RESOURCE_SETTINGS) {
        const path = key.split(".");
        const last = path.pop()!;
        let to = out as unknown as Record<string, unknown>;
        let from = scoped as unknown as Record<string, unknown>;
        for (const k of path) {
            to = to[k] as Record<string, unknown>;
            from = from[k] as Record<string, unknown>;
        }
        to[last] = structuredClone(from[last]);
    }
    return out;
}
