// The OpenAI API's request bodies and streamed chunks, as far as Skrivehjelp uses them.
// Pure: objects in, objects out.
import type { GenerationRequest } from "../engine";

export interface WireRequest {
    /** Relative to the endpoint (which ends in /v1). */
    path: "/chat/completions" | "/completions";
    body: Record<string, unknown>;
}

/** The headers of every request; the key, when there is one, as a bearer token. */
export function requestHeaders(accept: string, apiKey: string | undefined): Record<string, string> {
    const h: Record<string, string> = { "content-type": "application/json", accept };
    if (apiKey) h.authorization = `Bearer ${apiKey}`;
    return h;
}

/** Chat messages go to /chat/completions (the server applies the model's template); text to /completions. */
export function buildRequest(params: GenerationRequest, model: string): WireRequest {
    const body: Record<string, unknown> = {
        model,
        max_tokens: params.maxTokens,
        temperature: params.temperature,
        stream: true,
        // usage in the last chunk (vLLM, llama-server, OpenAI); servers that do not know it ignore it
        stream_options: { include_usage: true },
    };
    if (params.jsonSchema)
        body.response_format = { type: "json_schema", json_schema: { name: "answer", strict: true, schema: params.jsonSchema } };
    if ("messages" in params.prompt) return { path: "/chat/completions", body: { ...body, messages: params.prompt.messages } };
    return { path: "/completions", body: { ...body, prompt: params.prompt.text } };
}

/** What one streamed chunk says. */
export interface ChunkInfo {
    text: string;
    finishReason?: string;
    usage?: { promptTokens?: number; completionTokens?: number };
    /** The server reported an error inside the stream. */
    error?: string;
}

export function parseChunk(data: string): ChunkInfo | undefined {
    let j: unknown;
    try {
        j = JSON.parse(data);
    } catch {
        return undefined;
    }
    if (!j || typeof j !== "object") return undefined;
    const o = j as {
        choices?: { delta?: { content?: unknown }; text?: unknown; finish_reason?: unknown }[];
        usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
        error?: unknown;
    };
    const info: ChunkInfo = { text: "" };
    if (o.error !== undefined && o.error !== null) {
        const e = o.error as { message?: unknown };
        info.error = typeof e === "string" ? e : typeof e.message === "string" ? e.message : JSON.stringify(o.error);
    }
    const choice = Array.isArray(o.choices) ? o.choices[0] : undefined;
    if (choice) {
        const content = choice.delta?.content ?? choice.text;
        if (typeof content === "string") info.text = content;
        if (typeof choice.finish_reason === "string") info.finishReason = choice.finish_reason;
    }
    if (o.usage && typeof o.usage === "object") {
        info.usage = {
            promptTokens: typeof o.usage.prompt_tokens === "number" ? o.usage.prompt_tokens : undefined,
            completionTokens: typeof o.usage.completion_tokens === "number" ? o.usage.completion_tokens : undefined,
        };
    }
    return info;
}

/** The model names in a `/models` answer (`{data: [{id}]}`), and a context size if the server tells. */
export function parseModels(body: unknown): { ids: string[]; contextSize: Record<string, number> } {
    const ids: string[] = [];
    const contextSize: Record<string, number> = {};
    const data = body && typeof body === "object" ? (body as { data?: unknown }).data : undefined;
    if (!Array.isArray(data)) return { ids, contextSize };
    for (const m of data) {
        if (!m || typeof m !== "object" || typeof (m as { id?: unknown }).id !== "string") continue;
        const o = m as { id: string; max_model_len?: unknown; meta?: { n_ctx_train?: unknown } };
        ids.push(o.id);
        const ctx =
            typeof o.max_model_len === "number"
                ? o.max_model_len
                : typeof o.meta?.n_ctx_train === "number"
                  ? o.meta.n_ctx_train
                  : undefined;
        if (ctx) contextSize[o.id] = ctx;
    }
    return { ids, contextSize };
}

export function stopReasonOf(finishReason: string | undefined): "eos" | "maxTokens" {
    return finishReason === "length" ? "maxTokens" : "eos";
}
