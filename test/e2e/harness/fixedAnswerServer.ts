// A minimal OpenAI-compatible model server on 127.0.0.1 for the end-to-end tests that need an
// exact answer (the webview's handling of hostile model output): GET /v1/models lists one model,
// POST /v1/chat/completions streams the fixed answer as server-sent events, in a few pieces.
// It records each request's path, so a test can tell the answer came from here.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FixedAnswerServer {
    /** http://127.0.0.1:PORT/v1 */
    endpoint: string;
    port: number;
    requests: string[];
    close(): Promise<void>;
}

export async function startFixedAnswerServer(model: string, answer: string): Promise<FixedAnswerServer> {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
        const url = req.url ?? "/";
        requests.push(`${req.method} ${url}`);
        req.resume();
        if (req.method === "GET" && url === "/v1/models") {
            res.writeHead(200, { "content-type": "application/json" });
            res.end(JSON.stringify({ object: "list", data: [{ id: model, object: "model", max_model_len: 8192 }] }));
            return;
        }
        if (req.method === "POST" && url === "/v1/chat/completions") {
            req.on("end", () => {
                res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
                const chunk = (delta: Record<string, string>, finish: string | null, usage?: object) =>
                    `data: ${JSON.stringify({ id: "fixed", object: "chat.completion.chunk", model, choices: [{ index: 0, delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
                // in pieces, as a model streams: the view renders each growing prefix on its way
                const pieces = answer.match(/[\s\S]{1,12}/g) ?? [];
                res.write(chunk({ role: "assistant" }, null));
                for (const p of pieces) res.write(chunk({ content: p }, null));
                res.write(chunk({}, "stop", { prompt_tokens: 10, completion_tokens: pieces.length, total_tokens: 10 + pieces.length }));
                res.end("data: [DONE]\n\n");
            });
            return;
        }
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `no ${url}` } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    return {
        endpoint: `http://127.0.0.1:${port}/v1`,
        port,
        requests,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}
