// `npm run bench -- remote`: what the remote engine costs on top of llama-server itself. The
// same prompt goes (a) through the language server with skrivehjelp.engine = "openai" and
// (b) straight to llama-server's streaming /v1/completions; the runs alternate so a busy
// moment on the machine hits both alike. Time to first token and tokens/s are measured the
// same way on both sides: at the client, from sending to the first piece of text and from
// there to the end.
import * as os from "node:os";
import { ProgressType } from "vscode-languageserver-protocol/node";
import { SseParser } from "../../language-server/src/engine/openai/sse";
import { GenerateRequest, LoadModelRequest } from "../../language-server/src/protocol/methods";
import { startServer } from "../server/lspClient";
import { llamaServerBinary, startLlamaServer } from "../server/llamaServer";
import type { Row } from "./row";

const PROMPT = "Skriv ein kort tekst på nynorsk om korleis ein lagar eit godt møtereferat, med tre konkrete råd:";
const GEN_TOKENS = 96;
const RUNS = 9;
const ALIAS = "nb-llama-1b-shape";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Run {
    ttftMs: number;
    tps: number;
    tokens: number;
}

async function direct(endpoint: string): Promise<Run> {
    const sent = performance.now();
    const res = await fetch(`${endpoint}/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ model: ALIAS, prompt: PROMPT, max_tokens: GEN_TOKENS, temperature: 0, stream: true }),
    });
    if (!res.ok || !res.body) throw new Error(`llama-server answered HTTP ${res.status}`);
    const parser = new SseParser();
    const decoder = new TextDecoder();
    let first = 0;
    let tokens = 0;
    for await (const chunk of res.body) {
        for (const e of parser.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
            if (e.data === "[DONE]") continue;
            const text = (JSON.parse(e.data) as { choices?: { text?: string }[] }).choices?.[0]?.text;
            if (!text) continue;
            if (!first) first = performance.now();
            tokens++;
        }
    }
    const end = performance.now();
    return { ttftMs: first - sent, tps: (tokens - 1) / ((end - first) / 1000), tokens };
}

export async function remoteEngineFigures(rows: Row[], big: string): Promise<Record<string, unknown>> {
    const built = llamaServerBinary();
    if (!built.bin) {
        rows.push({ what: `remote engine: not measured (${built.why})`, value: 0, unit: "" });
        return { skipped: built.why };
    }
    const threads = Math.min(os.availableParallelism(), 8);
    const llama = await startLlamaServer(built.bin, { model: big, alias: ALIAS, threads, contextSize: 4096, parallel: 1 });
    const server = await startServer({
        settings: { engine: "openai", openai: { endpoint: llama.endpoint, model: ALIAS, maxConcurrent: 1 } },
    });
    const through: Run[] = [];
    const straight: Run[] = [];
    try {
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        if (status.state !== "ready") throw new Error(`remote engine not ready: ${JSON.stringify(status)}`);
        await direct(llama.endpoint); // warm-up: the first prompt fills llama-server's cache for both sides
        for (let r = 0; r < RUNS; r++) {
            const token = `remote-${r}`;
            let first = 0;
            let pieces = 0;
            const sub = server.connection.onProgress(new ProgressType<string>(), token, () => {
                if (!first) first = performance.now();
                pieces++;
            });
            const sent = performance.now();
            const res = await server.connection.sendRequest(GenerateRequest, {
                prompt: { text: PROMPT },
                maxTokens: GEN_TOKENS,
                temperature: 0,
                partialResultToken: token,
            });
            const end = performance.now();
            sub.dispose();
            through.push({ ttftMs: first - sent, tps: (pieces - 1) / ((end - first) / 1000), tokens: res.tokens });
            straight.push(await direct(llama.endpoint));
        }
    } finally {
        await server.stop();
        await llama.stop();
    }
    const tpsThrough = median(through.map((x) => x.tps));
    const tpsStraight = median(straight.map((x) => x.tps));
    const ratio = tpsThrough / tpsStraight;
    const ttftThrough = median(through.map((x) => x.ttftMs));
    const ttftStraight = median(straight.map((x) => x.ttftMs));
    const extra = ttftThrough - ttftStraight;
    rows.push({
        what: `llama-server, streamed directly (nb-llama-1b-shape, ${GEN_TOKENS} tokens, ${threads} threads)`,
        value: +tpsStraight.toFixed(2),
        unit: "tok/s",
    });
    rows.push({ what: "the same through the language server, engine = openai", value: +tpsThrough.toFixed(2), unit: "tok/s" });
    rows.push({
        what: "throughput ratio remote engine / llama-server directly",
        value: +ratio.toFixed(3),
        unit: "",
        goal: "≥ 0.95",
        pass: ratio >= 0.95,
    });
    rows.push({ what: "time to first token, llama-server directly", value: Math.round(ttftStraight), unit: "ms" });
    rows.push({
        what: "time to first token added by the remote engine",
        value: Math.round(extra),
        unit: "ms",
        goal: "≤ 20",
        pass: extra <= 20,
    });
    return { threads, through, straight };
}
