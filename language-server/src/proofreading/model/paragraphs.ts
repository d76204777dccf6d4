// Which prose blocks the model is asked about, and the one question per paragraph that the
// server and `skrivehjelp check` both use.
import type { GenerationRequest } from "../../engine/engine";
import { Priority } from "../../protocol/engine";
import type { ProseBlock } from "../../text";
import type { Variety } from "../../protocol/writtenStandard";
import { checkProblems, parseAnswer, promptText, type CheckedAnswer } from "./answer";
import { ANSWER_SCHEMA, MAX_ANSWER_TOKENS, MAX_PARAGRAPH_CHARS, MIN_PARAGRAPH_WORDS, promptFor } from "./prompt";

/** What the model layer needs of an engine (the local supervisor, or a remote one). */
export type Generate = (
    params: GenerationRequest,
    priority: Priority,
    signal?: AbortSignal,
) => Promise<{ text: string; promptTokens?: number; reusedPromptTokens?: number }>;

/** Paragraphs (list items and quotes included) with enough words to judge and short enough to quote. */
export function askable(block: ProseBlock): boolean {
    if (block.kind !== "paragraph" || block.text.length > MAX_PARAGRAPH_CHARS) return false;
    let words = 0;
    for (const _ of block.text.matchAll(/\p{L}+/gu)) if (++words >= MIN_PARAGRAPH_WORDS) return true;
    return false;
}

export interface Asked extends CheckedAnswer {
    /** False when the answer was not the JSON asked for (cut off at maxTokens, say). */
    parsed: boolean;
    promptTokens?: number;
    /** Prompt tokens a kept sequence already held (the instruction, from the last question). */
    reusedPromptTokens?: number;
}

/** Asks the model about one paragraph (the block's text) and keeps what checks out. */
export async function askAboutParagraph(generate: Generate, paragraph: string, variety: Variety, signal?: AbortSignal): Promise<Asked> {
    const params: GenerationRequest = {
        prompt: { messages: promptFor(promptText(paragraph), variety) },
        maxTokens: MAX_ANSWER_TOKENS,
        // greedy: the same paragraph gets the same answer, which is what makes caching honest; the
        // server's engine sets skrivehjelp.model.temperature instead (engine/modelTemperature.ts)
        temperature: 0,
        jsonSchema: ANSWER_SCHEMA,
        // every question starts with the same instruction: a local engine keeps it evaluated in
        // one sequence, so the next question evaluates only its paragraph
        cacheKey: `proofreading:${variety}`,
    };
    const r = await generate(params, Priority.Proofread, signal);
    const tokens = { promptTokens: r.promptTokens, reusedPromptTokens: r.reusedPromptTokens };
    const raw = parseAnswer(r.text);
    if (!raw) return { parsed: false, problems: [], rejected: {}, ...tokens };
    return { parsed: true, ...checkProblems(raw, paragraph, variety), ...tokens };
}
