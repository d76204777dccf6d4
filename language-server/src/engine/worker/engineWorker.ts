// The model worker: a child process of the language server that owns node-llama-cpp.
// llama.cpp can abort() on a malformed model or run out of memory; that kills this process
// only, and the supervisor in the server reports it and starts a new one when asked.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Llama, LlamaContext, LlamaGrammar, LlamaModel, Token, TokenBias } from "node-llama-cpp" with { "resolution-mode": "import" };
import type { ModelErrorKind } from "../../protocol/engine";
import type { Logger } from "../../protocol/log";
import { contextOverflowError, EngineError, type GenerationRequest, type GenerationResult } from "../engine";
import { minimumFileSize } from "./ggufSize";
import type { FromWorker, LoadOptions, ToWorker } from "./messages";
import { loadNodeLlamaCpp } from "./nodeLlamaCpp";
import { TokenTextStream } from "./textStream";
import { SequencePool, reusablePrefix } from "./sequencePool";

interface Loaded {
    llama: Llama;
    model: LlamaModel;
    context: LlamaContext;
    loadMs: number;
    /** JSON-schema grammars by the schema's JSON: building one costs more than a short answer. */
    grammars: Map<string, Promise<LlamaGrammar>>;
    /** Built on the first constrained request; see `noBrokenUtf8Bias`. */
    noBrokenUtf8?: TokenBias;
    sequences: SequencePool;
}

class LoadError extends Error {
    constructor(
        readonly kind: ModelErrorKind,
        message: string,
    ) {
        super(message);
    }
}

const MB = 1024 * 1024;

export function runEngineWorker(): void {
    const send = (m: FromWorker) => process.send?.(m);
    const log: Logger = (level, message) => send({ type: "log", level, message });
    let loaded: Promise<Loaded> | undefined;
    /** id → set when a cancel arrives for a running generation. */
    const cancelled = new Map<number, { at: number | undefined }>();

    // The server went away: nothing left to serve.
    process.on("disconnect", () => process.exit(0));

    process.on("message", (msg: ToWorker) => {
        switch (msg.type) {
            case "load":
                loaded = load(msg.options, send, log);
                loaded.then(
                    (l) => send({ type: "loaded", facts: facts(l, msg.options) }),
                    (e: unknown) =>
                        send({
                            type: "loadFailed",
                            kind: e instanceof LoadError ? e.kind : "loadFailed",
                            message: e instanceof Error ? e.message : String(e),
                        }),
                );
                break;
            case "generate": {
                const state = { at: undefined as number | undefined };
                cancelled.set(msg.id, state);
                const ready = loaded ?? Promise.reject(new Error("No model is loaded."));
                ready
                    .then((l) => generate(l, msg.params, state, (text) => send({ type: "chunk", id: msg.id, text })))
                    .then(
                        (result) => send({ type: "done", id: msg.id, result }),
                        (e: unknown) =>
                            send({
                                type: "failed",
                                id: msg.id,
                                message: e instanceof Error ? e.message : String(e),
                                overflow: e instanceof EngineError ? e.overflow : undefined,
                            }),
                    )
                    .finally(() => cancelled.delete(msg.id));
                break;
            }
            case "cancel": {
                const state = cancelled.get(msg.id);
                if (state && state.at === undefined) state.at = performance.now();
                break;
            }
        }
    });
}

async function load(options: LoadOptions, send: (m: FromWorker) => void, log: (l: "warn" | "debug", m: string) => void): Promise<Loaded> {
    const started = performance.now();
    const nlc = await loadNodeLlamaCpp();
    const size = fs.statSync(options.modelPath).size;
    let info;
    try {
        info = await nlc.readGgufFileInfo(options.modelPath, {
            logWarnings: false,
            // the vocabulary is large and not needed to check the file
            ignoreKeys: ["tokenizer.ggml.tokens", "tokenizer.ggml.token_type", "tokenizer.ggml.merges", "tokenizer.ggml.scores"],
        });
    } catch (e) {
        const name = e instanceof Error ? e.constructor.name : "";
        if (name === "InvalidGgufMagicError")
            throw new LoadError("notGguf", `${path.basename(options.modelPath)} is not a GGUF model file.`);
        throw new LoadError(
            "truncated",
            `${path.basename(options.modelPath)} could not be read as GGUF (${e instanceof Error ? e.message : e}); the file is damaged or incomplete.`,
        );
    }
    const needed = minimumFileSize(info.fullTensorInfo ?? []);
    if (size < needed) {
        throw new LoadError(
            "truncated",
            `${path.basename(options.modelPath)} is incomplete: it has ${(size / MB).toFixed(1)} MB but its header describes ${(needed / MB).toFixed(1)} MB. Download it again.`,
        );
    }

    const llamaLog: string[] = [];
    const llama = await nlc.getLlama({
        // "auto" takes a GPU only where a binary for it is installed, and the CPU otherwise
        gpu: options.gpu === "off" ? false : options.gpu,
        build: "never",
        maxThreads: options.threads,
        logLevel: nlc.LlamaLogLevel.warn,
        logger: (_level, message) => {
            llamaLog.push(message.trim());
            log("debug", `llama.cpp: ${message.trim()}`);
        },
    });
    let lastProgress = -1;
    let model: LlamaModel;
    try {
        model = await llama.loadModel({
            modelPath: options.modelPath,
            gpuLayers: llama.gpu === false ? 0 : (options.gpuLayers ?? "auto"),
            onLoadProgress: (p) => {
                // a few dozen updates are plenty for a progress display
                if (p - lastProgress >= 0.02 || p === 1) {
                    lastProgress = p;
                    send({ type: "loadProgress", progress: p });
                }
            },
        });
    } catch (e) {
        // llama.cpp's reason arrives through the logger, sometimes just after the rejection
        await new Promise((r) => setTimeout(r, 50));
        const reason = llamaLog
            .filter((l) => /error|fail|invalid|missing|wrong|corrupt/i.test(l))
            .slice(-2)
            .join(" ");
        throw new LoadError(
            "loadFailed",
            `llama.cpp could not load ${path.basename(options.modelPath)}: ${reason || (e instanceof Error ? e.message : String(e))}`,
        );
    }
    const context = await model.createContext({
        contextSize: Math.min(options.contextSize, model.trainContextSize),
        sequences: options.sequences,
        threads: options.threads,
    });
    return { llama, model, context, loadMs: performance.now() - started, grammars: new Map(), sequences: new SequencePool(context) };
}

function facts(l: Loaded, options: LoadOptions) {
    const name = l.model.fileInfo.metadata.general?.name;
    return {
        name: typeof name === "string" && name ? name : path.basename(options.modelPath),
        path: options.modelPath,
        sizeBytes: l.model.fileInsights.modelSize || fs.statSync(options.modelPath).size,
        contextSize: l.context.contextSize,
        trainContextSize: l.model.trainContextSize,
        threads: options.threads,
        sequences: options.sequences,
        loadMs: Math.round(l.loadMs),
        gpu: l.llama.gpu,
        gpuLayers: l.model.gpuLayers,
    };
}

async function promptTokens(l: Loaded, prompt: GenerationRequest["prompt"]): Promise<Token[]> {
    if ("text" in prompt) {
        const bos = l.model.tokens.bos;
        return [...(bos !== null ? [bos] : []), ...l.model.tokenize(prompt.text)];
    }
    const { Llama3ChatWrapper } = await loadNodeLlamaCpp();
    // Llama 3 headers, as NB-Llama uses; the 3.1 wrapper would add a date line that changes daily.
    const wrapper = new Llama3ChatWrapper();
    const chatHistory = [
        ...prompt.messages.map((m) =>
            m.role === "assistant" ? { type: "model" as const, response: [m.content] } : { type: m.role, text: m.content },
        ),
        { type: "model" as const, response: [] },
    ];
    const { contextText } = wrapper.generateContextState({ chatHistory });
    return contextText.tokenize(l.model.tokenizer);
}

/**
 * Bans every token that is not valid UTF-8 on its own (raw bytes >= 0x80, partial characters).
 * A trained model composes characters from whole tokens anyway; random-weight test models emit
 * such bytes freely, and inside a JSON string they make the answer unparseable.
 */
async function noBrokenUtf8Bias(l: Loaded): Promise<TokenBias> {
    if (l.noBrokenUtf8) return l.noBrokenUtf8;
    const { TokenBias } = await loadNodeLlamaCpp();
    const bias = new TokenBias(l.model.tokenizer);
    for (const token of l.model.iterateAllTokens()) {
        if (l.model.detokenize([token]).includes("\uFFFD") && !l.model.isSpecialToken(token)) bias.set(token, "never");
    }
    return (l.noBrokenUtf8 = bias);
}

async function jsonConstraint(l: Loaded, schema: object) {
    const { LlamaGrammarEvaluationState } = await loadNodeLlamaCpp();
    const key = JSON.stringify(schema);
    let grammar = l.grammars.get(key);
    if (!grammar) {
        // the schema type is node-llama-cpp's own; what it cannot express fails here, clearly
        grammar = l.llama.createGrammarForJsonSchema(schema as Parameters<Llama["createGrammarForJsonSchema"]>[0]);
        l.grammars.set(key, grammar);
        grammar.catch(() => l.grammars.delete(key));
    }
    return {
        grammarEvaluationState: new LlamaGrammarEvaluationState({ model: l.model, grammar: await grammar }),
        tokenBias: await noBrokenUtf8Bias(l),
    };
}

/** The JSON grammar ends its answer with four newlines; that is where the answer is complete. */
const JSON_END = /\n{4,}$/;

async function generate(
    l: Loaded,
    params: GenerationRequest,
    cancel: { at: number | undefined },
    onText: (text: string) => void,
): Promise<GenerationResult> {
    const tokens = await promptTokens(l, params.prompt);
    const sequence = await l.sequences.acquire(params.cacheKey);
    let completed = false;
    const stream = new TokenTextStream(l.model);
    let text = "";
    let generated = 0;
    let reusedTokens = 0;
    let stopReason: GenerationResult["stopReason"] = "maxTokens";
    const started = performance.now();
    let firstAt = 0;
    try {
        if (tokens.length >= sequence.contextSize)
            throw contextOverflowError({ promptTokens: tokens.length, contextSize: sequence.contextSize });
        const maxTokens = Math.min(params.maxTokens, sequence.contextSize - tokens.length);
        const constraint = params.jsonSchema ? await jsonConstraint(l, params.jsonSchema) : {};
        // what a kept sequence already holds of this prompt (the conversation so far) is not evaluated again
        const reused = reusablePrefix(sequence.contextTokens, tokens);
        if (sequence.nextTokenIndex > reused) await sequence.eraseContextTokenRanges([{ start: reused, end: sequence.nextTokenIndex }]);
        reusedTokens = reused;
        for await (const token of sequence.evaluate(tokens.slice(reused), { temperature: params.temperature, ...constraint })) {
            // checked once per token: a cancel stops generation before the next token
            if (cancel.at !== undefined) {
                stopReason = "cancelled";
                break;
            }
            if (generated === 0) firstAt = performance.now();
            if (l.model.isEogToken(token)) {
                stopReason = "eos";
                break;
            }
            generated++;
            const piece = stream.push(token);
            if (piece) {
                text += piece;
                onText(piece);
            }
            if (params.jsonSchema && JSON_END.test(text)) {
                stopReason = "eos";
                break;
            }
            if (generated >= maxTokens) break;
        }
        const rest = stream.flush();
        if (rest) {
            text += rest;
            onText(rest);
        }
        completed = stopReason !== "cancelled";
    } finally {
        // Kept for the conversation's next message, or freed: the context has only so many.
        await l.sequences.release(sequence, params.cacheKey, completed);
    }
    const seconds = (performance.now() - firstAt) / 1000;
    return {
        text: params.jsonSchema ? text.trimEnd() : text,
        tokens: generated,
        promptTokens: tokens.length,
        reusedPromptTokens: reusedTokens,
        stopReason,
        timeToFirstTokenMs: firstAt ? Math.round(firstAt - started) : 0,
        tokensPerSecond: generated > 1 && seconds > 0 ? (generated - 1) / seconds : 0,
        cancelLatencyMs: cancel.at !== undefined ? Math.round(performance.now() - cancel.at) : undefined,
    };
}
