// The baseline: node-llama-cpp called directly, with the same file, prompt, threads and token
// count the server uses, so the ratio shows only what our server and protocol cost.
import type { Token } from "node-llama-cpp" with { "resolution-mode": "import" };

export interface DirectRun {
    tokens: number;
    tokensPerSecond: number;
    timeToFirstTokenMs: number;
}

export async function directGeneration(
    modelPath: string,
    prompt: string,
    threads: number,
    maxTokens: number,
    contextSize: number,
    sequences: number,
    runs: number,
): Promise<DirectRun[]> {
    const nlc = await import("node-llama-cpp");
    const llama = await nlc.getLlama({ gpu: false, build: "never", maxThreads: threads, logLevel: nlc.LlamaLogLevel.error });
    const model = await llama.loadModel({ modelPath });
    const context = await model.createContext({ contextSize, sequences, threads });
    const out: DirectRun[] = [];
    try {
        for (let r = 0; r < runs; r++) {
            const bos = model.tokens.bos;
            const tokens: Token[] = [...(bos !== null ? [bos] : []), ...model.tokenize(prompt)];
            const sequence = context.getSequence();
            const started = performance.now();
            let first = 0;
            let n = 0;
            for await (const token of sequence.evaluate(tokens, { temperature: 0 })) {
                if (n === 0) first = performance.now();
                if (model.isEogToken(token)) break;
                n++;
                model.detokenize([token]); // the server decodes every token too
                if (n >= maxTokens) break;
            }
            const end = performance.now();
            await sequence.dispose();
            out.push({ tokens: n, tokensPerSecond: (n - 1) / ((end - first) / 1000), timeToFirstTokenMs: first - started });
        }
    } finally {
        await context.dispose();
        await model.dispose();
        await llama.dispose();
    }
    return out;
}
