// `GET /models`: which models an OpenAI-compatible server serves, and their context sizes.
// One attempt; the engine decides about retries. A failure comes back as a value.
import { networkFailure, type AttemptFailure } from "./errors";
import { parseModels } from "./wire";

export type ModelList = { models: ReturnType<typeof parseModels>; listed: boolean } | { failure: AttemptFailure };

/** `configuredModel` stands in for the list when the server has no /models (`listed` false). */
export async function fetchModels(
    endpoint: string,
    headers: Record<string, string>,
    timeoutSeconds: number,
    configuredModel: string,
): Promise<ModelList> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, timeoutSeconds * 1000);
    try {
        const res = await fetch(`${endpoint}/models`, { headers, signal: controller.signal });
        const body = await res.text();
        // a server without /models (some proxies) is fine: the generation request will tell
        if (res.status === 404 || res.status === 405)
            return { models: { ids: configuredModel ? [configuredModel] : [], contextSize: {} }, listed: false };
        if (!res.ok) return { failure: { type: "http", status: res.status, body, retryAfter: res.headers.get("retry-after") } };
        let parsed: unknown;
        try {
            parsed = JSON.parse(body);
        } catch {
            return { failure: { type: "http", status: 502, body: `not JSON from /models: ${body.slice(0, 100)}` } };
        }
        return { models: parseModels(parsed), listed: true };
    } catch (e) {
        if (timedOut) return { failure: { type: "timeout", phase: "start", seconds: timeoutSeconds } };
        return { failure: networkFailure(e) };
    } finally {
        clearTimeout(timer);
    }
}
