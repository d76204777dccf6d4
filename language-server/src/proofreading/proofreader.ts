// Checks one document with the dictionary layers (spelling, målform): prose blocks from the
// Markdown-aware extractor, words with their context, diagnostics with LSP ranges.
// Instant and model-free; the model layer adds its own diagnostics elsewhere.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver-types";
import { MAX_SUGGESTIONS, type ProblemCode, type ProblemData } from "../protocol/proofreading";
import { LineIndex, ProseExtractor, words, type ProseBlock, type Word } from "../text";
import { decideLanguage, type DocumentLanguage, type Variety } from "../protocol/writtenStandard";
import { texts } from "./messages";
import {
    feminineStyleOf,
    infinitiveStyleOf,
    type FeminineCounts,
    type FeminineStyle,
    type InfinitiveCounts,
    type IssueKind,
    type MalformIssue,
} from "./malform/malform";
import type { CheckContext } from "./checkContext";
import type { GrammarRule } from "./grammar";
import { grammarOn, withGrammar } from "./grammarLayer";
import type { SpellChecker } from "./spelling/checker";
import type { WordSet } from "./wordLists";
import { looksNorwegian } from "./norwegianText";
import { repeatedWords } from "./repeatedWords";

export const SOURCE = "skrivehjelp";

export interface CheckOutcome {
    language: DocumentLanguage;
    diagnostics: Diagnostic[];
    /** false: some diagnostics still lack their suggestions (see {@link CheckOptions.suggestionDeadline}). */
    complete: boolean;
}

/** A problem found in one block, its offsets relative to the block's start. */
export interface BlockProblem {
    start: number;
    end: number;
    text: string;
    code: ProblemCode;
    /** The grammar layer's rule family: fix-all works per family. */
    rule?: GrammarRule;
    severity: DiagnosticSeverity;
    message: string;
    /** Searched for on first need (a spelling suggestion search takes ~1 ms a word), then kept. */
    suggestions?: string[];
    suggest: () => readonly string[];
}

export interface CheckOptions {
    /**
     * `performance.now()` after which no more suggestions are searched for in this pass (beyond
     * the first {@link ALWAYS_SUGGESTED}): their diagnostics go out with none, and `complete` is
     * false. Squiggles first, quick fixes next.
     */
    suggestionDeadline?: number;
    /** Problems whose suggestions are searched for whatever the deadline says; default {@link ALWAYS_SUGGESTED}. */
    alwaysSuggested?: number;
}

/**
 * What one prose block contributes, kept while the block is unchanged. Offsets are those of the
 * block at `at`; a block that only moved is shifted. Everything document-wide (which standard,
 * which infinitive) adds up over the blocks, so a keystroke re-does one block, not 10,000 words.
 */
interface BlockFacts {
    at: number;
    words: readonly Word[];
    norwegian?: { considered: number; known: number };
    detection?: { nb: number; nn: number };
    infinitives?: InfinitiveCounts;
    feminines?: FeminineCounts;
    /** The problems under `stamp`: what else they depend on (standard, settings, word lists). */
    stamp?: string;
    problems?: BlockProblem[];
}

/** What every block of one pass is checked with: the document, its standard and house style, the context. */
interface Pass {
    doc: string;
    variety: Variety;
    style: { infinitive: "a" | "e"; feminine: FeminineStyle };
    ctx: CheckContext;
    t: ReturnType<typeof texts>;
}

/** How much closer an infinitive ranks where one belongs (in edit-cost units: a left-out letter is 0.65). */
const INFINITIVE_BONUS = 0.3;

/** Problems per pass whose suggestions are searched for whatever the time budget says. */
const ALWAYS_SUGGESTED = 10;

export class DocumentProofreader {
    readonly extractor: ProseExtractor;
    private facts = new Map<ProseBlock, BlockFacts>();
    private accepted: WordSet | undefined;
    private acceptedId = 0;

    constructor(languageId: string) {
        this.extractor = new ProseExtractor(languageId);
    }

    check(text: string, ctx: CheckContext, options: CheckOptions = {}): CheckOutcome {
        const { layers, checks, accepted, ignored } = ctx;
        const blocks = this.extractor.update(text);
        const facts = this.blockFacts(blocks);
        const language = decideLanguage(ctx.language, text, () => {
            if (!looksNorwegian(facts, layers)) return undefined;
            const malform = layers.malform;
            if (!malform) return undefined;
            const { nb, nn } = summed(
                facts,
                { nb: 0, nn: 0 },
                (f) => (f.detection ??= (({ nbScore, nnScore }) => ({ nb: nbScore, nn: nnScore }))(malform.detectVariety(f.words))),
            );
            const d = nb - nn;
            return Math.abs(d) < 1e-9 ? undefined : d > 0 ? "nb" : "nn";
        });
        const diagnostics: Diagnostic[] = [];
        const variety = language.variety;
        if (!variety) return { language, diagnostics, complete: true };

        // Both infinitive forms are correct Nynorsk, but not mixed in one text: the house style,
        // or what the text itself writes (a-infinitive when it shows neither).
        const malform = checks.malform ? layers.malform : undefined;
        let infinitive: "a" | "e" = "a";
        if (variety === "nn" && malform) {
            const house = ctx.houseStyle.infinitive;
            infinitive =
                house !== "auto"
                    ? house
                    : infinitiveStyleOf(
                          summed(facts, { a: 0, e: 0 }, (f) => (f.infinitives ??= malform.infinitiveCounts(f.words))),
                          "auto",
                      );
        }
        // Likewise "lista" and "listen" in Bokmål: the house style, or what the text mostly writes
        // (nothing is marked when it shows neither form more often: both are correct Bokmål).
        let feminine: FeminineStyle = "off";
        if (variety === "nb" && malform) {
            const house = ctx.houseStyle.feminine;
            feminine =
                house !== "auto"
                    ? house
                    : feminineStyleOf(summed(facts, { a: 0, en: 0 }, (f) => (f.feminines ??= malform.feminineCounts(f.words))));
        }
        if (this.accepted !== accepted) {
            this.accepted = accepted;
            this.acceptedId++;
        }
        const stamp = [
            variety,
            infinitive,
            feminine,
            checks.spelling,
            checks.malform,
            JSON.stringify(checks.grammar),
            !!layers.speller,
            !!layers.malform,
            !!layers.grammar,
            this.acceptedId,
            ignored.size,
        ].join("|");

        const lines = new LineIndex(text);
        const deadline = options.suggestionDeadline ?? Infinity;
        let complete = true;
        const always = options.alwaysSuggested ?? ALWAYS_SUGGESTED;
        let searched = 0;
        const pass: Pass = { doc: text, variety, style: { infinitive, feminine }, ctx, t: texts(variety) };
        for (let b = 0; b < blocks.length; b++) {
            const f = facts[b];
            if (f.stamp !== stamp || !f.problems) {
                f.problems = this.blockProblems(pass, f, blocks[b].range.start - f.at);
                f.stamp = stamp;
            }
            // relative to the block's start, wherever the block has moved since
            const at = blocks[b].range.start;
            for (const p of f.problems) {
                // the first few always come with their suggestions: a short document never waits for a second pass
                if (!p.suggestions && (searched < always || performance.now() < deadline)) {
                    p.suggestions = p.suggest().slice(0, MAX_SUGGESTIONS);
                    searched++;
                }
                if (!p.suggestions) complete = false;
                const data: ProblemData & { rule?: GrammarRule } = { text: p.text, suggestions: p.suggestions ?? [] };
                if (p.rule) data.rule = p.rule;
                diagnostics.push({
                    range: { start: lines.positionAt(at + p.start), end: lines.positionAt(at + p.end) },
                    severity: p.severity,
                    source: SOURCE,
                    code: p.code,
                    message: p.message,
                    data,
                });
            }
        }
        return { language, diagnostics, complete };
    }

    /** The facts of every block, re-using those of blocks the extractor re-used (or moved). */
    private blockFacts(blocks: readonly ProseBlock[]): BlockFacts[] {
        const next = new Map<ProseBlock, BlockFacts>();
        const out: BlockFacts[] = [];
        for (const block of blocks) {
            let root = block;
            while (root.base) root = root.base;
            let f = this.facts.get(root);
            if (!f) f = { at: block.range.start, words: words(block) };
            next.set(root, f);
            out.push(f);
        }
        this.facts = next;
        return out;
    }

    /** `shift`: how far the block has moved since its words were taken. */
    private blockProblems(pass: Pass, f: BlockFacts, shift: number): BlockProblem[] {
        const { doc, variety, style, t } = pass;
        const { layers, checks, accepted, ignored } = pass.ctx;
        const out: BlockProblem[] = [];
        const all = f.words;
        const add = (w: Word, code: ProblemCode, severity: DiagnosticSeverity, message: string, suggest: () => readonly string[]) =>
            out.push({
                start: w.start - f.at,
                end: w.end - f.at,
                text: doc.slice(w.start + shift, w.end + shift),
                code,
                severity,
                message,
                suggest,
            });
        // målform issues need their neighbours ("skall" before a verb, "denne" before a noun)
        const malform = new Map<number, MalformIssue>();
        if ((checks.malform || checks.spelling) && layers.malform) {
            for (const issue of layers.malform.check(all, variety, { nnInfinitive: style.infinitive, nbFeminine: style.feminine })) {
                // a real word where another one belongs ("skall" before a verb, "å godt") is a typo
                if (issue.kind === "confusion" ? checks.spelling : checks.malform) malform.set(issue.index, issue);
            }
        }
        for (let i = 0; i < all.length; i++) {
            const w = all[i];
            if (accepted.has(w.text) || ignored.has(w.text)) continue;
            let issue = malform.get(i);
            // A word neither list knows that the speller can correct is a typo, whatever its
            // ending suggests to the målform layer ("oppgaaver" is "oppgåver", not a Bokmål form).
            // So is a listed word the speller questions, rather than a house-style form ("ovre").
            const houseStyle = issue?.kind === "infinitive" || issue?.kind === "feminine";
            if (issue && layers.speller && checks.spelling && (houseStyle || !knownInEither(layers.speller, w.text))) {
                const r = layers.speller.checkWord(w.text, {
                    language: variety,
                    sentenceStart: w.sentenceStart,
                    abbreviation: w.abbreviation,
                });
                if (!r.ok && r.problem === "misspelling") issue = undefined;
            }
            if (issue) {
                const message = issueMessage(t, issue.kind, w.text, style.feminine);
                // a house-style matter, not an error: shown, but below the real problems
                const code = issue.kind === "confusion" ? "spelling" : "malform";
                // the other standard's form may be a typo of a common word of this one ("sit" in
                // Bokmål for "sist", "eler" in Nynorsk for "eller"): such words come after the
                // målform layer's own, except the word with its æ/ø/å put back, which comes first
                // ("prover" in Nynorsk is far more often "prøver" typed without ø than the Bokmål noun)
                const speller = issue.kind === "other-variety" && checks.spelling ? layers.speller : undefined;
                const suggest = speller
                    ? () => {
                          const restored = speller.commonRestored(w.text, variety);
                          const own = restored ? [restored, ...issue.suggestions.filter((s) => s !== restored)] : issue.suggestions;
                          // they fill the list, and take the last place if it is full
                          const room = Math.max(1, MAX_SUGGESTIONS - own.length);
                          const typos = speller.commonNeighbours(w.text, variety, own, room);
                          // a form not even seen in running text is likelier the typo: "eler" in
                          // Nynorsk is "eller" before it is the Bokmål verb ("elar")
                          if (typos.length && !speller.seenInText(w.text))
                              return [typos[0], ...own.slice(0, MAX_SUGGESTIONS - typos.length), ...typos.slice(1)];
                          return [...own.slice(0, MAX_SUGGESTIONS - typos.length), ...typos];
                      }
                    : () => issue.suggestions;
                add(w, code, houseStyle ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning, message, suggest);
                continue;
            }
            if (checks.spelling && layers.speller) {
                const r = layers.speller.checkWord(w.text, {
                    language: variety,
                    sentenceStart: w.sentenceStart,
                    abbreviation: w.abbreviation,
                });
                if (r.ok) continue;
                // where an infinitive belongs ("for å agra"), infinitives rank higher ("angra")
                const layer = layers.malform;
                const own = layer?.infinitiveAt(all, i)
                    ? () => r.suggestionsAdjusted((f) => (layer.isInfinitive(f, variety) ? -INFINITIVE_BONUS : 0))
                    : () => r.suggestions;
                const speller = layers.speller;
                const suggest = layer
                    ? () => {
                          const found = own();
                          if (found.length) return found;
                          // nothing of this standard is near: a loanword only the other standard's list
                          // has ("booolsk" in Nynorsk → "boolsk"), unless the målform layer would mark it
                          return speller.near(w.text, variety === "nb" ? "nn" : "nb").filter((f) => !layer.otherVarietyForm(f, variety));
                      }
                    : own;
                // a word the lists know is no "unknown word", only a likely typo of another ("mote")
                const message = r.listed ? t.likelyTypo(w.text) : t.unknownWord(w.text);
                add(
                    w,
                    "spelling",
                    r.problem === "misspelling" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
                    message,
                    suggest,
                );
            }
        }
        let found = out;
        if (layers.grammar && grammarOn(checks.grammar)) {
            found = withGrammar(
                { doc, shift, at: f.at, words: all },
                { variety, infinitive: style.infinitive, checks: checks.grammar, data: layers.grammar, ignored },
                out,
            );
        }
        if (checks.spelling) {
            const repeated = repeatedWords(doc, shift, f.words, f.at, t, ignored, found);
            if (repeated.length) return [...found, ...repeated].sort((a, b) => a.start - b.start);
        }
        return found;
    }
}

/** A document-wide count: the sum of what each block counts (kept while the block is unchanged). */
function summed<T extends { [K in keyof T]: number }>(facts: readonly BlockFacts[], zero: T, count: (f: BlockFacts) => T): T {
    const sum = { ...zero };
    for (const f of facts) {
        const c = count(f);
        for (const k of Object.keys(zero) as (keyof T)[]) sum[k] = (sum[k] + c[k]) as T[keyof T];
    }
    return sum;
}

function issueMessage(t: ReturnType<typeof texts>, kind: IssueKind, word: string, feminine: FeminineStyle): string {
    switch (kind) {
        case "other-variety":
            return t.otherVariety(word);
        case "infinitive":
            return t.infinitive(word);
        case "feminine":
            return t.feminine(word, feminine === "a" ? "a" : "en");
        default:
            return t.doesNotFit(word);
    }
}

function knownInEither(speller: SpellChecker, word: string): boolean {
    return (
        speller.lexicon.has(word, "nb") ||
        speller.lexicon.has(word, "nn") ||
        speller.lexicon.has(word.toLowerCase(), "nb") ||
        speller.lexicon.has(word.toLowerCase(), "nn")
    );
}
