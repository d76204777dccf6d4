// The `skrivehjelp.openai.*` settings: the OpenAI-compatible server's address and limits.
// Pure, like settingsNormalize.ts, which calls it.
import { DEFAULT_SETTINGS, LIMITS, type SkrivehjelpSettings } from "./settings";

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
    problem: (key: string, message: string) => void,
    integer: Integer,
): SkrivehjelpSettings["openai"] {
    const d = DEFAULT_SETTINGS.openai;
    let endpoint = d.endpoint;
    const rawEndpoint = pick("openai.endpoint");
    if (typeof rawEndpoint === "string") {
        const n = normalizeEndpoint(rawEndpoint);
        if (n === undefined)
            problem(
                "openai.endpoint",
                `must be an http:// or https:// address such as http://127.0.0.1:8080/v1 (no user name, password or query), but is "${rawEndpoint}".`,
            );
        else endpoint = n;
    } else if (rawEndpoint !== undefined && rawEndpoint !== null)
        problem("openai.endpoint", "must be an address (text) such as http://127.0.0.1:8080/v1.");

    let model = d.model;
    const rawModel = pick("openai.model");
    if (typeof rawModel === "string") model = rawModel.trim();
    else if (rawModel !== undefined && rawModel !== null) problem("openai.model", "must be a model name (text).");

    // A key in settings.json ends up in dotfile repositories and settings sync: refuse to use it.
    const rawKey = pick("openai.apiKey");
    if (rawKey !== undefined && rawKey !== null && rawKey !== "")
        problem(
            "openai.apiKey",
            'is ignored: an API key does not belong in settings.json. Remove it there and run "Skrivehjelp: Set API key" (other editors: initializationOptions.openaiApiKey).',
        );

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
