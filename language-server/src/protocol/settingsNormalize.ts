// Turns whatever a client sent for the `skrivehjelp` section into usable settings plus a
// list of the values that were present but wrong, each said in the language asked for (the
// client's UI language; English by default, as the CLI has it). Pure: no editor, no file system.
import { normalizeConvertSettings } from "./convert";
import { DEFAULT_SETTINGS, LIMITS, type LogLevel, type SettingProblem, type SkrivehjelpSettings } from "./settings";
import { normalizeOpenAISettings } from "./openaiSettings";
import { parseModelSource } from "./modelSource";
import { describeValue as describe, settingText, type ProblemSink } from "./settingsTexts";
import type { UiLanguage } from "./uiLanguage";

const LOG_LEVELS: readonly LogLevel[] = ["error", "warn", "info", "debug"];

export interface NormalizedSettings {
    settings: SkrivehjelpSettings;
    problems: SettingProblem[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads `a.b.c` from nested objects, also accepting the flat `"a.b": value` form some clients send. */
function pick(raw: Record<string, unknown>, path: string): unknown {
    if (path in raw) return raw[path];
    const [head, ...rest] = path.split(".");
    const next = raw[head];
    if (rest.length === 0) return next;
    return isRecord(next) ? pick(next, rest.join(".")) : undefined;
}

export function normalizeSettings(raw: unknown, uiLanguage: UiLanguage = "en"): NormalizedSettings {
    const problems: SettingProblem[] = [];
    const src = isRecord(raw) ? raw : {};
    const d = DEFAULT_SETTINGS;
    const problem: ProblemSink = (key, text, ...args) =>
        problems.push({ key: `skrivehjelp.${key}`, message: settingText(uiLanguage, text, ...args) });

    const integer = <D extends number | null>(
        key: string,
        def: D,
        min: number,
        max: number,
        defLabel?: "usingCores" | "usingAllLayers",
    ): number | D => {
        const v = pick(src, key);
        if (v === undefined || v === null || v === "") return def;
        const n = typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v;
        if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) {
            problem(key, "wholeNumber", min, max, describe(v), defLabel ? settingText(uiLanguage, defLabel) : String(def));
            return def;
        }
        return n;
    };

    const oneOf = <T extends string>(key: string, allowed: readonly T[], def: T): T => {
        const v = pick(src, key);
        if (v === undefined || v === null) return def;
        if (allowed.includes(v as T)) return v as T;
        problem(key, "oneOf", allowed, describe(v), def);
        return def;
    };
    const temperatureAt = (key: string, def: number): number => {
        const v = pick(src, key);
        if (typeof v === "number" && v >= 0 && v <= 2) return v;
        if (v !== undefined && v !== null) problem(key, "temperature", describe(v), def);
        return def;
    };
    const bool = (key: string, def: boolean): boolean => {
        const v = pick(src, key);
        if (v === undefined || v === null) return def;
        if (typeof v === "boolean") return v;
        problem(key, "boolean", describe(v), def);
        return def;
    };

    let path = d.model.path;
    const rawPath = pick(src, "model.path");
    if (typeof rawPath === "string") {
        const source = parseModelSource(rawPath);
        if (source.kind === "invalid") problem("model.path", "modelUri", settingText(uiLanguage, source.reason, source.uri));
        else path = rawPath.trim();
    } else if (rawPath !== undefined && rawPath !== null) problem("model.path", "modelPathType", describe(rawPath));

    // 0 and "auto" both mean "as many as the machine has".
    const rawThreads = pick(src, "model.threads");
    const threads =
        rawThreads === 0 || rawThreads === "auto"
            ? null
            : integer("model.threads", d.model.threads, LIMITS.threads.min, LIMITS.threads.max, "usingCores");

    const contextSize = integer("model.contextSize", d.model.contextSize, LIMITS.contextSize.min, LIMITS.contextSize.max);
    const sequences = integer("model.sequences", d.model.sequences, LIMITS.sequences.min, LIMITS.sequences.max);
    const gpu = oneOf("model.gpu", ["auto", "cuda", "vulkan", "metal", "off"] as const, d.model.gpu);
    const gpuLayers =
        pick(src, "model.gpuLayers") === "auto"
            ? null
            : integer("model.gpuLayers", d.model.gpuLayers, LIMITS.gpuLayers.min, LIMITS.gpuLayers.max, "usingAllLayers");
    const modelTemperature = temperatureAt("model.temperature", d.model.temperature);
    const level = oneOf("log.level", LOG_LEVELS, d.log.level);
    const engine = oneOf("engine", ["local", "openai"] as const, d.engine);
    const openai = normalizeOpenAISettings((key) => pick(src, key), problem, integer);
    const language = oneOf("language", ["auto", "nb", "nn"] as const, d.language);
    const checks = {
        spelling: bool("checks.spelling", d.checks.spelling),
        malform: bool("checks.malform", d.checks.malform),
        model: bool("checks.model", d.checks.model),
        grammar: {
            saerskriving: bool("checks.grammar.saerskriving", d.checks.grammar.saerskriving),
            ogAa: bool("checks.grammar.ogAa", d.checks.grammar.ogAa),
            verbForm: bool("checks.grammar.verbForm", d.checks.grammar.verbForm),
            gender: bool("checks.grammar.gender", d.checks.grammar.gender),
            deDem: bool("checks.grammar.deDem", d.checks.grammar.deDem),
        },
        maxDocumentKB: integer("checks.maxDocumentKB", d.checks.maxDocumentKB, LIMITS.maxDocumentKB.min, LIMITS.maxDocumentKB.max),
    };
    const nynorsk = { infinitive: oneOf("nynorsk.infinitive", ["auto", "a", "e"] as const, d.nynorsk.infinitive) };
    const bokmal = { feminine: oneOf("bokmal.feminine", ["auto", "en", "a", "off"] as const, d.bokmal.feminine) };
    let workspaceFile = d.dictionary.workspaceFile;
    const rawFile = pick(src, "dictionary.workspaceFile");
    if (typeof rawFile === "string" && rawFile.trim() && !rawFile.includes("\0")) workspaceFile = rawFile.trim();
    else if (rawFile !== undefined && rawFile !== null) problem("dictionary.workspaceFile", "workspaceFile", describe(rawFile));

    let systemPrompt = d.chat.systemPrompt;
    const rawPrompt = pick(src, "chat.systemPrompt");
    if (typeof rawPrompt === "string") systemPrompt = rawPrompt.trim();
    else if (rawPrompt !== undefined && rawPrompt !== null) problem("chat.systemPrompt", "systemPrompt", describe(rawPrompt));
    const temperature = temperatureAt("chat.temperature", d.chat.temperature);

    const convert = normalizeConvertSettings((key) => pick(src, key), problem);

    return {
        settings: {
            model: { path, threads, contextSize, sequences, gpu, gpuLayers, temperature: modelTemperature },
            log: { level },
            engine,
            openai,
            language,
            checks,
            nynorsk,
            bokmal,
            dictionary: { workspaceFile },
            chat: { systemPrompt, temperature },
            convert,
        },
        problems,
    };
}

/** Threads to use: the setting, or the number of cores capped so small machines are not oversubscribed. */
export function effectiveThreads(settings: SkrivehjelpSettings, cores: number): number {
    return settings.model.threads ?? Math.max(1, Math.min(cores, LIMITS.defaultThreadsCap));
}
