// Bokmål ↔ Nynorsk conversion: the LSP request and its settings, shared by client and server.
import { ProtocolRequestType, type Range, type WorkDoneProgressParams } from "vscode-languageserver-protocol";
import type { Variety } from "./writtenStandard";
import { describeValue, type ProblemSink, type TemplateFault } from "./settingsTexts";

export interface ConvertParams extends WorkDoneProgressParams {
    /** The whole text (of the document, when `uri` is given). */
    text: string;
    from: Variety;
    to: Variety;
    /** "markdown" protects Markdown; anything else is plain text. */
    languageId: string;
    /** The document the text is from: its folder's settings (house style) apply; also named in the log. */
    uri?: string;
    /** Convert only the prose inside these ranges of `text` (the selections); none = all of it. */
    ranges?: Range[];
}

export interface ConvertWarningItem {
    /**
     * "unconverted": the piece failed the checks and stayed as it was; "draft" (hybrid): the model's
     * answer failed the checks, the piece has the rules' conversion; "style": converted, but against a house-style setting.
     */
    kind: "unconverted" | "draft" | "style";
    /** The lines of the piece. */
    range: Range;
    message: string;
}

export interface ConvertResult {
    /** The converted text; pieces that failed their checks are left as they were. */
    text: string;
    warnings: ConvertWarningItem[];
    /** Who converted: the rules alone, the model alone, or the model post-editing the rules' draft. */
    engine: "rules" | "model" | "hybrid";
    /** Pieces converted and how many of them passed the checks. */
    pieces: number;
    passed: number;
    /** Words of prose converted. */
    words: number;
    /** Words the rules did not recognise and kept as written (each occurrence). */
    unknownWords: number;
    /** Some of them, each once, in the order they came (at most 20). */
    unknownSample: string[];
    /** Blocks of prose left alone: already in the target standard, or in another language. */
    skippedBlocks: { target: number; foreign: number };
    /**
     * Set when nothing was converted and why: "noProse" (empty, or no prose: only code and the
     * like), "alreadyTarget" (the prose is already in `to`), "notSource" (it is another language).
     */
    nothing?: "noProse" | "alreadyTarget" | "notSource";
}

/** The longest list of unknown words a result carries. */
export const UNKNOWN_SAMPLE = 20;

/**
 * client → server: convert a text. Work-done progress (percent of pieces) when the client
 * passes a `workDoneToken`; `$/cancelRequest` stops it and nothing is returned.
 */
export const ConvertRequest = new ProtocolRequestType<ConvertParams, ConvertResult, void, void, void>("skrivehjelp/convert");

/** A prompt template: chat messages (`system` optional) or a raw completion prompt; see convert/prompts.ts. */
export type ConvertTemplate = { system?: string; user: string } | { text: string };

/**
 * Who converts: "rules" the rule-and-lexicon converter alone (no model, instant); "model" the
 * language model alone; "hybrid" the rules' draft, post-edited by the model; "auto" hybrid when a
 * model is configured and loads, else rules.
 */
export type ConvertEngineSetting = "auto" | "rules" | "model" | "hybrid";
export const CONVERT_ENGINES: readonly ConvertEngineSetting[] = ["auto", "rules", "model", "hybrid"];

export interface ConvertSettings {
    engine: ConvertEngineSetting;
    /** Show a diff and apply only on accept. */
    preview: boolean;
    /** The infinitive is the shared house style, `skrivehjelp.nynorsk.infinitive`. */
    nynorsk: {
        /** First person plural: "me" or "vi". */
        pronoun: "me" | "vi";
        /** Possessives before the noun ("mi bok") or after the definite noun ("boka mi"). */
        possessive: "before" | "after";
    };
    /** Preferred forms the model is told to use ("ikkje", "kva", "berre" …). */
    houseStyle: string[];
    /** Overrides of the built-in prompt templates, by direction. */
    templates: { "nb-nn"?: ConvertTemplate; "nn-nb"?: ConvertTemplate };
}

export const DEFAULT_CONVERT_SETTINGS: ConvertSettings = {
    engine: "auto",
    preview: false,
    nynorsk: { pronoun: "vi", possessive: "after" },
    houseStyle: [],
    templates: {},
};

const MAX_HOUSE_STYLE = 200;

/** Reads the `convert.*` settings; `pick` reads a dotted key of the section, `problem` reports a bad value. */
export function normalizeConvertSettings(pick: (key: string) => unknown, problem: ProblemSink): ConvertSettings {
    const d = DEFAULT_CONVERT_SETTINGS;
    const show = describeValue;
    const oneOf = <T extends string>(key: string, allowed: readonly T[], def: T): T => {
        const v = pick(key);
        if (v === undefined || v === null) return def;
        if (allowed.includes(v as T)) return v as T;
        problem(key, "oneOf", allowed, show(v), def);
        return def;
    };
    const engine = oneOf("convert.engine", CONVERT_ENGINES, d.engine);
    let preview = d.preview;
    const rawPreview = pick("convert.preview");
    if (typeof rawPreview === "boolean") preview = rawPreview;
    else if (rawPreview !== undefined && rawPreview !== null) problem("convert.preview", "boolean", show(rawPreview), d.preview);

    const pronoun = oneOf("convert.nynorsk.pronoun", ["me", "vi"] as const, d.nynorsk.pronoun);
    const possessive = oneOf("convert.nynorsk.possessive", ["before", "after"] as const, d.nynorsk.possessive);

    let houseStyle = d.houseStyle;
    const rawWords = pick("convert.houseStyle");
    if (Array.isArray(rawWords) && rawWords.every((w) => typeof w === "string")) {
        houseStyle = [...new Set((rawWords as string[]).map((w) => w.trim()).filter((w) => w && w.length <= 60))].slice(0, MAX_HOUSE_STYLE);
    } else if (rawWords !== undefined && rawWords !== null) problem("convert.houseStyle", "houseStyle", show(rawWords));

    const templates: ConvertSettings["templates"] = {};
    const rawTemplates = pick("convert.templates");
    if (typeof rawTemplates === "object" && rawTemplates !== null && !Array.isArray(rawTemplates)) {
        for (const [dir, t] of Object.entries(rawTemplates)) {
            if (dir !== "nb-nn" && dir !== "nn-nb") {
                problem("convert.templates", "templateDirection", dir);
                continue;
            }
            const bad = templateProblem(t);
            if (bad) problem(`convert.templates.${dir}`, "template", bad);
            else templates[dir] = t as ConvertTemplate;
        }
    } else if (rawTemplates !== undefined && rawTemplates !== null) problem("convert.templates", "templatesType", show(rawTemplates));

    return { engine, preview, nynorsk: { pronoun, possessive }, houseStyle, templates };
}

/** Why a template override is unusable (its text is in settingsTexts.ts), or undefined. */
export function templateProblem(t: unknown): TemplateFault | undefined {
    if (typeof t !== "object" || t === null || Array.isArray(t)) return "notObject";
    const o = t as Record<string, unknown>;
    if ("text" in o) {
        if (typeof o.text !== "string" || !o.text.includes("{{text}}")) return "text";
        return undefined;
    }
    if (typeof o.user !== "string" || !o.user.includes("{{text}}")) return "user";
    if (o.system !== undefined && typeof o.system !== "string") return "system";
    return undefined;
}
