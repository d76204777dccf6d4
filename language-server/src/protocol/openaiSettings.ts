// The `skrivehjelp.openai.*` settings: the OpenAI-compatible server's address and limits.
// Pure, like settingsNormalize.ts, which calls it.
import { DEFAULT_SETTINGS, LIMITS, type SkrivehjelpSettings } from "./settings";
import type { ProblemSink } from "./settingsTexts";

type Integer = (key: string, def: number, min: number, max: number) => number;

/** "" when not set; otherwise an http(s) URL without a trailing slash, or undefined when invalid. */
export function normalizeEndpoint(raw: string): string | undefined {
    const v = raw.trim();
    if (!v) return "";
    let url: URL;
    try {
        url = new URL(v);
    } catch {
        return undefined;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    if (url.username || url.password || url.search || url.hash) return undefined;
    return url.href.replace(/\/+$/, "");
}

export function normalizeOpenAISettings(
    pick: (key: string) => unknown,
    problem: ProblemSink,
    integer: Integer,
): SkrivehjelpSettings["openai"] {
    const d = DEFAULT_SETTINGS.openai;
    let endpoint = d.endpoint;
    const rawEndpoint = pick("openai.endpoint");
    if (typeof rawEndpoint === "string") {
        const n = normalizeEndpoint(rawEndpoint);
        if (n === undefined) problem("openai.endpoint", "endpoint", rawEndpoint);
        else endpoint = n;
    } else if (rawEndpoint !== undefined && rawEndpoint !== null) problem("openai.endpoint", "endpointType");

    let model = d.model;
    const rawModel = pick("openai.model");
    if (typeof rawModel === "string") model = rawModel.trim();
    else if (rawModel !== undefined && rawModel !== null) problem("openai.model", "modelName");

    // A key in settings.json ends up in dotfile repositories and settings sync: refuse to use it.
    const rawKey = pick("openai.apiKey");
    if (rawKey !== undefined && rawKey !== null && rawKey !== "") problem("openai.apiKey", "apiKey");

    return {
        endpoint,
        model,
        maxConcurrent: integer("openai.maxConcurrent", d.maxConcurrent, LIMITS.openaiMaxConcurrent.min, LIMITS.openaiMaxConcurrent.max),
        timeoutSeconds: integer(
            "openai.timeoutSeconds",
            d.timeoutSeconds,
            LIMITS.openaiTimeoutSeconds.min,
            LIMITS.openaiTimeoutSeconds.max,
        ),
    };
}
