// The conversion core's view of the real engine and the målform layer: one place that turns
// settings, the engine and the dictionaries into what convertDocument needs. Used by the LSP
// handler, the command line and the evaluation, so all three convert the same way.
import type { GenerateOutcome, GenerationRequest } from "../engine/engine";
import type { Malform } from "../proofreading/malform/malform";
import type { Layers } from "../proofreading/checkContext";
import { knownWordCounts } from "../proofreading/norwegianText";
import type { ConvertEngineSetting } from "../protocol/convert";
import { Priority } from "../protocol/engine";
import type { EngineStatus } from "../protocol/engine";
import type { SkrivehjelpSettings } from "../protocol/settings";
import type { Variety } from "../protocol/writtenStandard";
import { scanWords } from "../text/words";
import { uiText } from "../uiMessages";
import type { JudgeBlock } from "./blocks";
import type { ConvertContext, ConvertEngine, ConvertMode } from "./converter";
import type { DetectVariety } from "./guards";
import type { ConvertPreferences } from "./prompts";
import type { RuleEngine } from "./rules/index";
import { ruleEngine, ruleEngineProblem } from "./rules/load";

/** What conversion needs of an engine (the local supervisor or any other). */
export interface GeneratingEngine {
    status(): EngineStatus;
    load(): Promise<void>;
    generate(params: GenerationRequest, priority: Priority, signal?: AbortSignal, onText?: (t: string) => void): Promise<GenerateOutcome>;
}

/**
 * The engine as convertDocument sees it. Loads the model first so the context size is known;
 * pieces run in parallel up to the engine's sequences, and each piece may fill the whole
 * context: node-llama-cpp gives every sequence its own `contextSize` of cells (it creates the
 * context with contextSize × sequences), and a model server's context is per request (slot).
 */
export async function convertEngineFor(engine: GeneratingEngine, settings: SkrivehjelpSettings, parallel?: number): Promise<ConvertEngine> {
    await engine.load();
    const model = engine.status().model;
    const sequences = Math.max(1, model?.sequences ?? settings.model.sequences);
    const contextSize = model?.contextSize ?? settings.model.contextSize;
    const n = Math.max(1, Math.min(parallel ?? sequences, sequences));
    return {
        parallel: n,
        contextTokens: contextSize,
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
    // the text) means the a-infinitive for new text, as the proofreader assumes with no evidence,
    // and Bokmål feminine nouns in -en: a Nynorsk source says nothing of the Bokmål style (it must
    // write "-a"), and most Bokmål text writes "-en" (rules/choose.ts)
    const feminine = settings.bokmal.feminine;
    return {
        infinitive: settings.nynorsk.infinitive === "e" ? "e" : "a",
        pronoun: c.nynorsk.pronoun,
        possessive: c.nynorsk.possessive,
        houseStyle: c.houseStyle,
        bokmalFeminine: feminine === "a" || feminine === "en" ? feminine : undefined,
    };
}

/**
 * The house-style settings checked on a converted Nynorsk text: the infinitive (with the målform
 * layer) and the first person plural. Bokmål has no such settings.
 */
export function styleCheckerFor(
    malform: Malform | undefined,
    to: Variety,
    prefs: ConvertPreferences,
): ((text: string) => string[]) | undefined {
    if (to !== "nn") return undefined;
    return (text) => {
        const words = scanWords(text);
        const out: string[] = [];
        if (malform && prefs.infinitive === "a") {
            const found = malform
                .check(words, "nn", { nnInfinitive: "a" })
                .filter((i) => i.kind === "infinitive")
                .map((i) => `«${i.word}»`);
            if (found.length) out.push(`e-infinitive ${[...new Set(found)].join(", ")} although the house style is a-infinitive`);
        }
        const other = prefs.pronoun === "me" ? "vi" : "me";
        if (words.some((w) => w.text.toLowerCase() === other)) out.push(`«${other}» although the house style is «${prefs.pronoun}»`);
        return out;
    };
}

/**
 * What converting a document into `to` runs with: its settings' house style and templates (the
 * document's folder's), the blocks' standard, the guard's detection, the house-style check.
 */
export function convertContextFor(settings: SkrivehjelpSettings, layers: Layers, to: Variety): ConvertContext {
    const preferences = preferencesFrom(settings);
    return {
        preferences,
        templates: settings.convert.templates,
        judgeBlock: blockJudgeFor(layers),
        detect: detectorFor(layers.malform),
        checkStyle: styleCheckerFor(layers.malform, to, preferences),
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

/** What a conversion runs with: the mode, and the model and the rules it needs. */
export interface ConvertSetup {
    mode: ConvertMode;
    engine?: ConvertEngine;
    rules?: RuleEngine;
}

/** A conversion that cannot run as set up; the message says what to do, in the UI language (the CLI's: English). */
export class ConvertSetupError extends Error {}

/** Why the rules cannot run, as an English sentence: the log's, and the detail of a refusal. */
function rulesMissing(): string {
    return ruleEngineProblem() ?? "The rule converter's tables are missing: reinstall Skrivehjelp.";
}

/** Whether the settings name a model at all (a file or URI, or a server). */
export function modelConfigured(settings: SkrivehjelpSettings): boolean {
    return settings.engine === "openai" ? settings.openai.endpoint !== "" : settings.model.path !== "";
}

/**
 * The mode a conversion under `setting` runs in when it uses a model ("auto" with one configured
 * is hybrid), or undefined when it runs on the rules alone and no model is loaded for it.
 */
export function modelModeFor(setting: ConvertEngineSetting, settings: SkrivehjelpSettings): "model" | "hybrid" | undefined {
    if (setting === "model" || setting === "hybrid") return setting;
    return setting === "auto" && modelConfigured(settings) ? "hybrid" : undefined;
}

/**
 * The engine of a conversion from `skrivehjelp.convert.engine`. "rules" never touches the model.
 * "model" and "hybrid" load it and fail with the engine's own error when they cannot. "auto"
 * converts with the rules when no model is configured; with one, it loads it and runs hybrid,
 * and falls back to the rules (logging why) when the model cannot load.
 */
export async function convertSetupFor(
    setting: ConvertEngineSetting,
    engine: GeneratingEngine,
    settings: SkrivehjelpSettings,
    log: (level: "warn" | "info", message: string) => void,
    rules: RuleEngine | undefined = ruleEngine(),
): Promise<ConvertSetup> {
    if (setting === "rules" || setting === "hybrid") {
        if (!rules) throw new ConvertSetupError(uiText("convertRulesMissing", setting, rulesMissing()));
        if (setting === "rules") return { mode: "rules", rules };
    }
    if (setting === "model" || setting === "hybrid") {
        if (!modelConfigured(settings)) {
            throw new ConvertSetupError(uiText("convertNoModel", setting));
        }
        const loaded = await convertEngineFor(engine, settings);
        return setting === "model" ? { mode: "model", engine: loaded } : { mode: "hybrid", rules, engine: loaded };
    }
    if (!modelConfigured(settings)) {
        if (!rules) throw new ConvertSetupError(uiText("convertNothingCanRun", rulesMissing()));
        return { mode: "rules", rules };
    }
    try {
        const loaded = await convertEngineFor(engine, settings);
        if (!rules) log("warn", `convert: converting with the model alone. ${rulesMissing()}`);
        return rules ? { mode: "hybrid", rules, engine: loaded } : { mode: "model", engine: loaded };
    } catch (e) {
        if (!rules) throw e;
        log("warn", `convert: the model could not load (${e instanceof Error ? e.message : String(e)}); converting with the rules alone`);
        return { mode: "rules", rules };
    }
}

/** Below this share of words the word lists know, a block with enough words is another language. */
const NORWEGIAN_SHARE = 0.6;
const MIN_WORDS = 5;

/**
 * A block's standard: "foreign" when most of its ordinary words are in neither word list (an
 * English paragraph), else what the målform layer detects when it is sure (three words of
 * evidence), else undefined.
 */
const JUDGE_CHARS = 300;

export function blockJudgeFor(layers: Layers): JudgeBlock | undefined {
    const { malform } = layers;
    const lexicon = layers.speller?.lexicon;
    if (!malform && !lexicon) return undefined;
    return (text) => {
        // the first few hundred words of a block tell its language as well as all of them
        const prose = text.length > JUDGE_CHARS ? text.slice(0, JUDGE_CHARS) : text;
        const words = scanWords(prose);
        if (lexicon) {
            const { considered, known } = knownWordCounts(words, lexicon);
            if (considered >= MIN_WORDS && known / considered < NORWEGIAN_SHARE) return "foreign";
        }
        const d = malform?.detectVariety(words);
        return d?.variety && d.confidence >= 0.9 && d.evidenceWords >= 3 ? d.variety : undefined;
    };
}
