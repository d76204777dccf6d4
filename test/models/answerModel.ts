// A real GGUF model whose weights are SET, not trained, so that greedy decoding after the
// Llama 3 chat prompt writes one fixed text: the correct Bokmål conversion of the prose of
// ANSWER_CASE.nynorsk. node-llama-cpp runs it like any model, so a conversion with it goes
// through everything real (prompt, engine, guards, splice, the editor's edit and undo) and
// really changes the document. It proves the pipeline, not translation quality: the model
// answers the same text to any prompt that ends as a chat prompt does.
//
// How: a bigram machine in a one-layer Llama graph.
// - Attention and FFN weights are all zero, so each layer adds nothing and the residual stream
//   at a position is just its token's embedding. With RMSNorm (weights 1) the final hidden
//   state is that embedding scaled to unit RMS: the next token depends on the current token only.
// - The chain is the prompt's last token ("\n\n" after the assistant header), then the
//   answer's tokens. Chain token k gets the one-hot embedding e_k; the output row of its
//   successor is SCALE·e_k and every other row is zero for that direction. So the logit of the
//   successor is SCALE·sqrt(n_embd) and every other logit 0: argmax follows the chain, then
//   <|eot_id|> ends the answer. Any token outside the chain has embedding 0 and all logits 0.
// - A bigram machine loops on a repeated token, so every chain token must be distinct. The
//   answer is cut into tokens of the real Llama 3 vocabulary by longest match, skipping tokens
//   already used: a repeated word comes out as another spelling of the same bytes (" v"+"i" for
//   a second " vi"). Detokenized, the chain is the answer byte for byte; it just is not always
//   the tokenization the tokenizer itself would choose.
import * as path from "node:path";
import { ensureFile, fingerprint, type EnsureOptions } from "./generateOnce";
import { GgmlType } from "./gguf-format";
import { llamaModelWriter, type LlamaModelSpec } from "./llamaModel";
import { loadLlama3Tokenizer, TokenType, type Llama3Tokenizer } from "./llama3-tokenizer";
import { modelsDir, TINY_MODEL } from "./models";

const LINK_TARGET = '](https://www.sprakradet.no/skrivehjelp/ikkje-endre/ "Ikkje endre")';
const CODE = '```sh\necho "Eg veit ikkje kva me gjer" # ikkje endre\n```\n';

/**
 * The one conversion the answer model knows: a Nynorsk document (a paragraph with a link, and
 * a fenced code block) and its Bokmål conversion. The paragraph is one piece; its text as the
 * model sees it is "Eg veit … med {1}rettleiinga{2}, men …" ({n}: protected link parts).
 */
export const ANSWER_CASE = {
    from: "nn" as const,
    to: "nb" as const,
    linkTarget: LINK_TARGET,
    code: CODE,
    nynorsk: `Eg veit ikkje kva me skal gjera med [rettleiinga${LINK_TARGET}, men me må berre prøva.\n\n${CODE}`,
    bokmal: `Jeg vet ikke hva vi skal gjøre med [veiledningen${LINK_TARGET}, men vi må bare prøve.\n\n${CODE}`,
    /** The model's whole answer for the paragraph's piece. */
    answer: "Jeg vet ikke hva vi skal gjøre med {1}veiledningen{2}, men vi må bare prøve.",
};

/**
 * The one answer of the proofreading answer model: JSON that the answer schema's grammar
 * accepts, with one suggestion, "for" → "før" (a real word in the wrong place, which no
 * dictionary layer flags). It is valid for `valid` (the quote is there, in prose) and must be
 * dropped for `invalid`, whose only "for" is inline code (the model sees "…" there: the quote
 * is not found). One suggestion, because a bigram machine cannot write two: each "key": value
 * needs a token with the colon in it, and the vocabulary has four that fit (`:`, `:"`, `":`,
 * `":"`). The spacing (", " and ": ") is chosen so that no token repeats.
 */
export const PROOFREAD_CASE = {
    variety: "nn" as const,
    valid: "Alle som kjem, bør lesa sakspapira for møtet tek til.",
    invalid: "Kommandoen `for` i skriptet går gjennom kvar fil i mappa.",
    quote: "for",
    replacement: "før",
    message: "Her skal det truleg stå «før».",
    answer: '{"problems":[{"text":"for", "replacement": "før","message":"Her skal det truleg stå «før»."}]}\n\n\n\n',
};

/** The text before the answer ends with this (Llama3ChatWrapper: "<|end_header_id|>\n\n"). */
const PROMPT_END = "\n\n";

/** One layer, zero attention and FFN: see the top of this file. 64 dims hold a 63-token answer. */
const ANSWER_MODEL: LlamaModelSpec = {
    ...TINY_MODEL,
    name: "skrivehjelp-answer-nn-nb (weights set to answer one fixed text; not trained)",
    embeddingLength: 64,
    blockCount: 1,
    feedForwardLength: 64,
    weightStd: 0, // every attention and FFN matrix is zero
    seed: 1,
};

/** The same machine for the proofreading answer (34 tokens). */
const PROOFREAD_MODEL: LlamaModelSpec = {
    ...ANSWER_MODEL,
    name: "skrivehjelp-answer-proofread-nn (weights set to answer one fixed text; not trained)",
};

/** Logit of the successor: SCALE·sqrt(E), against 0 for every other token. */
const SCALE = 10;

/** `<models>/answer-nn-nb.gguf` (~24 MB, most of it the tokenizer), generated if missing or stale (under a second). */
export function ensureAnswerModel(options: EnsureOptions = {}): Promise<string> {
    const file = path.join(modelsDir(), "answer-nn-nb.gguf");
    const fp = fingerprint("answer", { spec: ANSWER_MODEL, answer: ANSWER_CASE.answer, start: PROMPT_END, scale: SCALE, version: 1 });
    return ensureFile(file, fp, (out) => answerModelWriter(ANSWER_MODEL, ANSWER_CASE.answer).write(out), options);
}

/**
 * `<models>/answer-proofread-nn.gguf` (~24 MB), the model layer's answer of PROOFREAD_CASE. Its
 * tokens must each be whole characters: the worker bans tokens that are not valid UTF-8 on their
 * own while a JSON grammar runs.
 */
export function ensureProofreadAnswerModel(options: EnsureOptions = {}): Promise<string> {
    const file = path.join(modelsDir(), "answer-proofread-nn.gguf");
    const fp = fingerprint("answer", { spec: PROOFREAD_MODEL, answer: PROOFREAD_CASE.answer, start: PROMPT_END, scale: SCALE, version: 1 });
    return ensureFile(
        file,
        fp,
        (out) => answerModelWriter(PROOFREAD_MODEL, PROOFREAD_CASE.answer, { wholeCharacters: true }).write(out),
        options,
    );
}

function answerModelWriter(spec: LlamaModelSpec, answer: string, options: { wholeCharacters?: boolean } = {}) {
    const tok = loadLlama3Tokenizer();
    const E = spec.embeddingLength;
    const vocab = tok.tokens.length;
    const start = tokenId(tok, byteLevel(PROMPT_END));
    const chain = [start, ...distinctTokens(tok, answer, new Set([start, tok.eotId]), options.wholeCharacters)];
    if (chain.length > E) throw new Error(`the answer needs ${chain.length} tokens; the model has ${E} dimensions`);
    const embedding = new Float32Array(E * vocab);
    const output = new Float32Array(E * vocab);
    chain.forEach((token, k) => {
        const next = k + 1 < chain.length ? chain[k + 1] : tok.eotId;
        embedding[token * E + k] = 1;
        output[next * E + k] = SCALE;
    });
    const w = llamaModelWriter(spec, { "token_embd.weight": { kind: "values", values: embedding } });
    // an output layer of its own (not tied to the embedding): the successor rows above
    w.addTensor({ name: "output.weight", dims: [E, vocab], type: GgmlType.Q8_0, init: { kind: "values", values: output } });
    return w;
}

/**
 * `text` as ids of the Llama 3 vocabulary, longest match first, never an id in `used` or used
 * before: the bigram chain must not repeat a token. `wholeCharacters`: only tokens that are
 * valid UTF-8 on their own.
 */
export function distinctTokens(
    tok: Llama3Tokenizer,
    text: string,
    used: ReadonlySet<number> = new Set(),
    wholeCharacters = false,
): number[] {
    const ids = new Map<string, number>();
    tok.tokens.forEach((t, id) => {
        if (tok.tokenTypes[id] === TokenType.NORMAL && (!wholeCharacters || isWholeUtf8(t))) ids.set(t, id);
    });
    const s = byteLevel(text);
    const taken = new Set(used);
    const out: number[] = [];
    // longest match first, backtracking when a later part finds every spelling of itself used
    // (JSON repeats `":"` and `","`); bounded, so a hopeless answer fails fast
    let steps = 0;
    let stuck = 0;
    const spell = (i: number): boolean => {
        if (i === s.length) return true;
        if (++steps > 100_000) return false;
        for (let len = Math.min(24, s.length - i); len > 0; len--) {
            const id = ids.get(s.slice(i, i + len));
            if (id === undefined || taken.has(id)) continue;
            taken.add(id);
            out.push(id);
            if (spell(i + len)) return true;
            taken.delete(id);
            out.pop();
        }
        stuck = Math.max(stuck, i);
        return false;
    };
    if (!spell(0))
        throw new Error(`no spelling with distinct tokens after ${JSON.stringify(s.slice(0, stuck))} (byte-level): choose another answer`);
    return out;
}

function tokenId(tok: Llama3Tokenizer, token: string): number {
    const id = tok.tokens.indexOf(token);
    if (id < 0) throw new Error(`no token ${JSON.stringify(token)}`);
    return id;
}

/** Whether a vocabulary entry (byte-level) decodes to whole UTF-8 characters. */
function isWholeUtf8(token: string): boolean {
    const bytes = [...token].map((c) => BYTE_OF.get(c));
    if (bytes.some((b) => b === undefined)) return false;
    try {
        new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes as number[]));
        return true;
    } catch {
        return false;
    }
}

/** GPT-2's byte-level alphabet, in which the vocabulary is written: printable bytes stand for
 * themselves, the others (space, newline, …) for U+0100 onwards in byte order. */
function byteLevel(text: string): string {
    return [...Buffer.from(text, "utf8")].map((b) => BYTE_LEVEL[b]).join("");
}

const BYTE_LEVEL: readonly string[] = (() => {
    const printable = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    const map: string[] = [];
    for (let b = 0, n = 0; b < 256; b++) map.push(String.fromCharCode(printable(b) ? b : 256 + n++));
    return map;
})();
const BYTE_OF = new Map(BYTE_LEVEL.map((c, b) => [c, b]));
