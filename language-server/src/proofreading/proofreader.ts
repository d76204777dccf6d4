// Checks one document with the dictionary layers (spelling, målform): prose blocks from the
// Markdown-aware extractor, words with their context, diagnostics with LSP ranges.
// Instant and model-free; the model layer adds its own diagnostics elsewhere.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver-types";
import type { ProblemCode, ProblemData } from "../protocol/proofreading";
import type { SkrivehjelpSettings } from "../protocol/settings";
import { LineIndex, ProseExtractor, words, type Word } from "../text";
import { decideLanguage, type DocumentLanguage } from "./documentLanguage";
import { texts } from "./messages";
import type { Malform, MalformIssue } from "./malform/malform";
import type { SpellChecker } from "./spelling/checker";
import type { WordSet } from "./wordLists";

export const SOURCE = "skrivehjelp";

export interface Layers {
    speller?: SpellChecker;
    malform?: Malform;
}

export interface CheckOutcome {
    language: DocumentLanguage;
    diagnostics: Diagnostic[];
}

export class DocumentProofreader {
    private readonly extractor: ProseExtractor;

    constructor(languageId: string) {
        this.extractor = new ProseExtractor(languageId);
    }

    check(text: string, settings: SkrivehjelpSettings, layers: Layers, accepted: WordSet, ignored: ReadonlySet<string>): CheckOutcome {
        const blocks = this.extractor.update(text);
        const all: Word[] = [];
        for (const b of blocks) for (const w of words(b)) all.push(w);
        const language = decideLanguage(settings.language, text, () => (looksNorwegian(all, layers) ? layers.malform?.detectVariety(all).variety : undefined));
        const diagnostics: Diagnostic[] = [];
        const variety = language.variety;
        if (!variety) return { language, diagnostics };
        const lines = new LineIndex(text);
        const t = texts(variety);
        const add = (w: Word, code: ProblemCode, severity: DiagnosticSeverity, message: string, suggestions: string[]) => {
            const data: ProblemData = { text: text.slice(w.start, w.end), suggestions: suggestions.slice(0, 5) };
            diagnostics.push({ range: { start: lines.positionAt(w.start), end: lines.positionAt(w.end) }, severity, source: SOURCE, code, message, data });
        };
        // målform issues need their neighbours ("skall" before a verb, "denne" before a noun)
        const malform = new Map<number, MalformIssue>();
        if (settings.checks.malform && layers.malform) {
            // Both infinitive forms are correct Nynorsk, but not mixed in one text: the house style,
            // or what the text itself writes (a-infinitive when it shows neither).
            for (const issue of layers.malform.check(all, variety, { nnInfinitive: settings.nynorsk.infinitive })) malform.set(issue.index, issue);
        }
        for (let i = 0; i < all.length; i++) {
            const w = all[i];
            if (accepted.has(w.text) || ignored.has(w.text)) continue;
            const issue = malform.get(i);
            if (issue) {
                const message = issue.kind === "other-variety" ? t.otherVariety(w.text) : issue.kind === "infinitive" ? t.infinitive(w.text) : t.doesNotFit(w.text);
                // a house-style matter, not an error: shown, but below the real problems
                add(w, "malform", issue.kind === "infinitive" ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning, message, issue.suggestions);
                continue;
            }
            if (settings.checks.spelling && layers.speller) {
                const r = layers.speller.checkWord(w.text, { language: variety, sentenceStart: w.sentenceStart, abbreviation: w.abbreviation });
                if (!r.ok) add(w, "spelling", r.problem === "misspelling" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information, t.unknownWord(w.text), r.suggestions);
            }
        }
        return { language, diagnostics };
    }
}

/** Below this share of known words a text is taken for another language (an English README). */
const NORWEGIAN_SHARE = 0.7;
const MIN_EVIDENCE = 8;

/**
 * Whether the words are Norwegian at all: most ordinary words (not names, not capitals) must be
 * in the word lists. A document in another language is left alone unless a setting or the
 * document itself says it is Bokmål or Nynorsk.
 */
export function looksNorwegian(all: readonly Word[], layers: Layers): boolean {
    const lexicon = layers.speller?.lexicon;
    if (!lexicon) return true;
    let considered = 0;
    let known = 0;
    for (const w of all) {
        if (w.text.length < 2 || w.hasDigit || w.allCaps || w.abbreviation || (w.capitalized && !w.sentenceStart)) continue;
        considered++;
        if (lexicon.has(w.text, "nb") || lexicon.has(w.text, "nn")) known++;
    }
    return considered < MIN_EVIDENCE || known / considered >= NORWEGIAN_SHARE;
}
