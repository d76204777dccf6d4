// Scripted stand-ins for the converter's unit tests (converter.spec.ts, converterRules.spec.ts):
// a "model" and a rule converter that know a few Bokmål words, and the options with defaults.
import * as assert from "node:assert/strict";
import type { ConvertContext, ConvertEngine, ConvertOptions } from "./converter";
import type { RuleEngine } from "./rules/index";
import type { BuiltPrompt } from "./prompts";
import { DEFAULT_PREFERENCES } from "./prompts";

// A scripted "model": converts a few Bokmål words to Nynorsk, copies everything else.
const WORDS: Record<string, string> = {
    ikke: "ikkje",
    Ikke: "Ikkje",
    jeg: "eg",
    Jeg: "Eg",
    hva: "kva",
    Hva: "Kva",
    bare: "berre",
    Bare: "Berre",
    hvordan: "korleis",
    Hvordan: "Korleis",
};
export function toNynorsk(s: string): string {
    return s.replace(/[A-Za-zæøåÆØÅ]+/g, (w) => WORDS[w] ?? w);
}
export function userText(p: BuiltPrompt): string {
    const t = "messages" in p ? p.messages[p.messages.length - 1].content : p.text;
    return t.replace(/^Hugs:[^\n]*\n\n/, "");
}

export interface Scripted extends ConvertEngine {
    prompts: string[];
}
export function engine(answer: (text: string, call: number) => string, parallel = 1, contextTokens = 4096): Scripted {
    const prompts: string[] = [];
    return {
        prompts,
        parallel,
        contextTokens,
        async generate(prompt) {
            const text = userText(prompt);
            prompts.push(text);
            return answer(text, prompts.length);
        },
    };
}
/** Options with the defaults; the context's parts may be given beside the rest. */
export const opts = (o: Partial<Omit<ConvertOptions, "context">> & Partial<ConvertContext> = {}): ConvertOptions => {
    const { preferences = DEFAULT_PREFERENCES, templates, judgeBlock, detect, checkStyle, ...rest } = o;
    return { from: "nb", to: "nn", languageId: "markdown", ...rest, context: { preferences, templates, judgeBlock, detect, checkStyle } };
};

// A scripted rule converter: the word table above, words in UNKNOWN reported as unknown.
export const UNKNOWN = new Set(["blorp"]);
export function rules(broken?: (out: string) => string): RuleEngine & { calls: string[] } {
    const calls: string[] = [];
    return {
        calls,
        convertText(text) {
            calls.push(text);
            const words = text.match(/[A-Za-zæøåÆØÅ]+/g) ?? [];
            const out = toNynorsk(text);
            return { text: broken ? broken(out) : out, words: words.length, unknown: words.filter((w) => UNKNOWN.has(w)) };
        },
    };
}
/** The source and the draft of a post-edit prompt. */
export function postEdit(p: BuiltPrompt): { source: string; draft: string } {
    const m = /Bokmål:\n([\s\S]*)\n\nUtkast til nynorsk:\n([\s\S]*)$/.exec(
        "messages" in p ? p.messages[p.messages.length - 1].content : p.text,
    );
    assert.ok(m, "a post-edit prompt");
    return { source: m[1], draft: m[2] };
}
