// The conversion core's view of the real engine and the målform layer: one place that turns
// settings, the engine and the dictionaries into what convertDocument needs. Used by the LSP
// handler, the command line and the evaluation, so all three convert the same way.
import type { GenerateOutcome } from "../engine/supervisor";
import type { WorkerGenerateParams } from "../engine/worker/messages";
import type { Malform } from "../proofreading/malform/malform";
import { Priority } from "../protocol/engine";
import type { EngineStatus } from "../protocol/engine";
import type { SkrivehjelpSettings } from "../protocol/settings";
import { scanWords } from "../text/words";
import type { ConvertEngine } from "./converter";
import type { DetectVariety } from "./guards";
import type { ConvertPreferences } from "./prompts";

/** What conversion needs of an engine (the local supervisor or any other). */
export interface GeneratingEngine {
    status(): EngineStatus;
    load(): Promise<void>;
    generate(params: WorkerGenerateParams, priority: Priority, signal?: AbortSignal, onText?: (t: string) => void): Promise<GenerateOutcome>;
}

/**
 * The engine as convertDocument sees it. Loads the model first so the context size is known;
 * pieces run in parallel up to the engine's sequences, each with an equal share of the context
 * (the sequences share one context).
 */
export async function convertEngineFor(engine: GeneratingEngine, settings: SkrivehjelpSettings, parallel?: number): Promise<ConvertEngine> {
    await engine.load();
    const model = engine.status().model;
    const sequences = Math.max(1, model?.sequences ?? settings.model.sequences);
    const contextSize = model?.contextSize ?? settings.model.contextSize;
    const n = Math.max(1, Math.min(parallel ?? sequences, sequences));
    return {
        parallel: n,
        contextTokens: Math.floor(contextSize / n),
        async generate(prompt, maxTokens, signal) {
            // skrivehjelp.model.temperature: 0 (the default) is greedy, the same text gets the same conversion
            const r = await engine.generate({ prompt, maxTokens, temperature: settings.model.temperature }, Priority.Convert, signal);
            return r.text;
        },
    };
}

export function preferencesFrom(settings: SkrivehjelpSettings): ConvertPreferences {
    const c = settings.convert;
    // one house style for what the proofreader expects and what conversion writes; "auto" (follow
    // the text) means the a-infinitive for new text, as the proofreader assumes with no evidence
    return { infinitive: settings.nynorsk.infinitive === "e" ? "e" : "a", pronoun: c.nynorsk.pronoun, houseStyle: c.houseStyle };
}

/**
 * The house-style settings checked on a converted Nynorsk text: the infinitive (with the målform
 * layer) and the first person plural. Bokmål has no such settings.
 */
export function styleCheckerFor(malform: Malform | undefined, to: "nb" | "nn", prefs: ConvertPreferences): ((text: string) => string[]) | undefined {
    if (to !== "nn") return undefined;
    return (text) => {
        const words = scanWords(text);
        const out: string[] = [];
        if (malform && prefs.infinitive === "a") {
            const found = malform.check(words, "nn", { nnInfinitive: "a" }).filter((i) => i.kind === "infinitive").map((i) => `«${i.word}»`);
            if (found.length) out.push(`e-infinitive ${[...new Set(found)].join(", ")} although the house style is a-infinitive`);
        }
        const other = prefs.pronoun === "me" ? "vi" : "me";
        if (words.some((w) => w.text.toLowerCase() === other)) out.push(`«${other}» although the house style is «${prefs.pronoun}»`);
        return out;
    };
}

/** The målform layer's detection on a text, for the guard against answers in the source standard. */
export function detectorFor(malform: Malform | undefined): DetectVariety | undefined {
    if (!malform) return undefined;
    return (text) => {
        const words = scanWords(text);
        if (words.length === 0) return undefined;
        return malform.detectVariety(words);
    };
}
