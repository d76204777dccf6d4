// A chat model for the end-to-end tests that stop an answer: like test/server/chatModel.ts's
// (random weights, its own output layer, visible text) but wide enough that an answer streams
// for minutes on one thread, with a 131072-token training context so a large context setting is
// taken as it is. tiny-chat.gguf (32 wide, 4096 context) wrote its whole answer within a second
// or two, often before the test's Stop (or Esc) arrived: the stop tests raced the model.
import { TINY_MODEL } from "./models";
import { ensureUntiedModel } from "./untiedModel";

const SPEC = {
    ...TINY_MODEL,
    name: "skrivehjelp-slow-chat (random weights, untied output)",
    embeddingLength: 512,
    headCount: 8,
    headCountKv: 4,
    feedForwardLength: 1024,
    contextLength: 131072,
    weightStd: 0.5,
    seed: 11,
};
const VERSION = "slow-chat-1";

/** The context the stop tests configure: far more tokens than an answer streams before it is stopped. */
export const SLOW_CHAT_CONTEXT = 32768;

/** `<models>/slow-chat.gguf` (~140 MB), written on first use (several seconds). */
export function ensureSlowChatModel(): Promise<string> {
    return ensureUntiedModel("slow-chat.gguf", SPEC, VERSION);
}
