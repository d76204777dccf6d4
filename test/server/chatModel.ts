// A tiny test model for chat. The shared tiny.gguf ties its output layer to the token
// embedding, so it repeats the last prompt token: after the chat template's "\n\n" every
// answer is blank lines. This one has its own random output layer and stronger layers, so a
// greedy answer is visible text that depends on the conversation, and is still reproducible.
import { TINY_MODEL } from "../models/models";
import { ensureUntiedModel } from "../models/untiedModel";

const SPEC = { ...TINY_MODEL, name: "skrivehjelp-tiny-chat (random weights, untied output)", weightStd: 0.5, seed: 7 };
const VERSION = "chat-1";

/** `<models>/tiny-chat.gguf`, written on first use (about a second). */
export function ensureChatModel(): Promise<string> {
    return ensureUntiedModel("tiny-chat.gguf", SPEC, VERSION);
}
