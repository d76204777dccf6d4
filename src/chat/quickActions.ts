// What the quick actions do. Explain, improve and summarize ask the model; their prompts are
// Norwegian whatever the UI language: they are instructions to a Norwegian model about a
// Norwegian text. Convert is no chat prompt: it is the server's conversion, the same path as the
// palette command (its detection of the written standard, its engines, its guards), so it works
// with no model at all; the converted text comes back as the answer.
import type { ConvertResult } from "../../language-server/src/protocol/convert";
import { otherVariety, type Variety } from "../../language-server/src/protocol/writtenStandard";
import type { QuickAction } from "../../language-server/src/protocol/webview";

/** The user message a model quick action sends, about the attached text. */
export function quickActionPrompt(action: Exclude<QuickAction, "convert">, text: string): string {
    void text;
    switch (action) {
        case "explain":
            return "Forklar teksten.";
        case "improve":
            return "Forbetre språket i teksten: rett feil og gjer han klarare, men behald innhaldet og målforma. Gje berre den forbetra teksten.";
        case "summarize":
            return "Oppsummer teksten kort.";
    }
}

/** What the chat's convert action needs of the server and the user. */
export interface ChatConvertIo {
    /** The server's detection of the text's written standard (skrivehjelp/detectVariety). */
    detect(): Promise<Variety | null>;
    /** Asks the user when the server cannot tell; undefined: they cancelled. */
    pick(): Promise<Variety | undefined>;
    /** skrivehjelp/convert of the text. */
    convert(from: Variety, to: Variety): Promise<ConvertResult>;
}

export type ChatConversion =
    /** The turn to add to the conversation: the request and the converted text. */
    | { kind: "answer"; request: string; answer: string; result: ConvertResult }
    /** Nothing converted, and why (shown as a notification, not as an answer). */
    | { kind: "nothing"; reason: NonNullable<ConvertResult["nothing"]>; from: Variety; to: Variety };

/** The convert action: towards the other standard than the server detects; undefined when the user cancelled. */
export async function chatConversion(io: ChatConvertIo): Promise<ChatConversion | undefined> {
    const detected = await io.detect();
    const to = detected ? otherVariety(detected) : await io.pick();
    if (!to) return undefined;
    const from = otherVariety(to);
    const result = await io.convert(from, to);
    if (result.nothing) return { kind: "nothing", reason: result.nothing, from, to };
    return { kind: "answer", request: to === "nn" ? "Gjer om til nynorsk." : "Gjer om til bokmål.", answer: result.text, result };
}
