// A tiny test model for chat. The shared tiny.gguf ties its output layer to the token
// embedding, so it repeats the last prompt token: after the chat template's "\n\n" every
// answer is blank lines. This one has its own random output layer and stronger layers, so a
// greedy answer is visible text that depends on the conversation, and is still reproducible.
import * as fs from "node:fs";
import * as path from "node:path";
import { GgmlType } from "../models/gguf-format";
import { loadLlama3Tokenizer } from "../models/llama3-tokenizer";
import { llamaModelWriter } from "../models/llamaModel";
import { modelsDir, TINY_MODEL } from "../models/models";

const SPEC = { ...TINY_MODEL, name: "skrivehjelp-tiny-chat (random weights, untied output)", weightStd: 0.5, seed: 7 };
const VERSION = "chat-1";

/** `<models>/tiny-chat.gguf`, written on first use (about a second). */
export async function ensureChatModel(): Promise<string> {
    const file = path.join(modelsDir(), "tiny-chat.gguf");
    const stamp = `${file}.json`;
    const fingerprint = JSON.stringify({ VERSION, SPEC });
    if (fs.existsSync(file) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint) return file;
    const writer = llamaModelWriter(SPEC);
    const vocab = loadLlama3Tokenizer().tokens.length;
    writer.addTensor({ name: "output.weight", dims: [SPEC.embeddingLength, vocab], type: GgmlType.Q8_0, init: { kind: "normal", std: 1 } });
    const tmp = `${file}.${process.pid}.tmp`;
    await writer.write(tmp);
    fs.renameSync(tmp, file);
    fs.writeFileSync(stamp, fingerprint);
    return file;
}
