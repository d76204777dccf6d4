// What every grammar rule sees: the words of one prose block with what stands between them, the
// document's standard and the word data; and what a rule reports.
import type { Word } from "../../text";
import type { Variety } from "../../protocol/writtenStandard";
import { G, type GrammarData, type WordInfo } from "./wordInfo";

/** The rule families, each with its own setting (`skrivehjelp.checks.grammar.<family>`). */
export type GrammarRule = "saerskriving" | "ogAa" | "verbForm" | "gender" | "deDem";
export const GRAMMAR_RULES: readonly GrammarRule[] = ["saerskriving", "ogAa", "verbForm", "gender", "deDem"];

/** Why a rule fired: picks the message (messages.ts), in the document's standard. */
export type GrammarReason =
    | "compound"
    | "ogBeforeInfinitive"
    | "aaBetweenVerbs"
    | "aaBeforeNonVerb"
    | "presentAfterAa"
    | "presentAfterModal"
    | "infinitiveAfterHave"
    | "articleGender"
    | "adjectiveAgreement"
    | "demAsSubject"
    | "deAsObject";

export interface GrammarProblem {
    rule: GrammarRule;
    reason: GrammarReason;
    /** Indices of the first and last word covered (a særskriving covers two). */
    first: number;
    last: number;
    /** The replacement of the text from the first word's start to the last word's end, best first. */
    suggestions: string[];
    /** true: a Warning; false: an Information (the rule is not sure). */
    sure: boolean;
    /** For the message: the words as written, and the one that decides (the noun of a gender problem). */
    subject: string;
    detail?: string;
}

export interface GrammarInput {
    words: readonly Word[];
    /**
     * What stands between word i-1 and word i in the document ("" before the first word). Only
     * spaces: the words are neighbours in one sentence; anything else (punctuation, markup, code)
     * separates them.
     */
    gaps: readonly string[];
    variety: Variety;
    /** The Nynorsk infinitive the document writes (the house style). */
    infinitive: "a" | "e";
    data: GrammarData;
}

const SPACES = /^[ \t]+$|^[ \t]*\n[ \t]*$/;

export class Sentence {
    private readonly lower: string[];
    private readonly infos: (WordInfo | undefined)[];
    /** adjacent(i), worked out once: 0 unknown, 1 yes, 2 no (the rules ask about each pair often). */
    private readonly adjacency: Uint8Array;

    constructor(readonly input: GrammarInput) {
        // soft hyphens are break hints, not letters ("bilde\u00adfilen")
        this.lower = input.words.map((w) => (w.text.includes("\u00ad") ? w.text.replace(/\u00ad/g, "") : w.text).toLowerCase());
        this.infos = new Array(input.words.length);
        this.adjacency = new Uint8Array(input.words.length);
    }

    get length(): number {
        return this.input.words.length;
    }

    word(i: number): Word {
        return this.input.words[i];
    }

    low(i: number): string {
        return i >= 0 && i < this.lower.length ? this.lower[i] : "";
    }

    info(i: number): WordInfo {
        return (this.infos[i] ??= this.input.data.info(this.input.variety, this.lower[i]));
    }

    /** Words i-1 and i are neighbours: only spaces (one line break at most) between them, same sentence. */
    adjacent(i: number): boolean {
        if (i <= 0 || i >= this.length) return false;
        const known = this.adjacency[i];
        if (known) return known === 1;
        const yes = !this.input.words[i].sentenceStart && SPACES.test(this.input.gaps[i]);
        this.adjacency[i] = yes ? 1 : 2;
        return yes;
    }

    /**
     * A word that may be a name, a title's word, a code-like token or an abbreviation: the rules
     * leave it alone ("Nils Fil", "LibreOffice Calc", "et Linux-system").
     */
    opaque(i: number): boolean {
        const w = this.input.words[i];
        return (
            w.hasDigit ||
            w.allCaps ||
            w.mixedCase ||
            w.abbreviation ||
            w.apostrophe ||
            w.trailingHyphen ||
            (w.capitalized && !w.sentenceStart) ||
            w.parts.length > 1
        );
    }

    /** A hyphenated word of lower-case parts ("e-post"): a compound's first part may be one. */
    plainParts(i: number): boolean {
        const w = this.input.words[i];
        if (w.parts.length < 2 || w.hasDigit || w.allCaps || w.mixedCase || w.abbreviation || w.apostrophe || w.trailingHyphen)
            return false;
        return !w.capitalized || w.sentenceStart;
    }

    /** Every word of the span from `first` to `last` is plain lower-case prose (bar a capital at a sentence start). */
    plain(first: number, last: number): boolean {
        for (let i = first; i <= last; i++) if (this.opaque(i)) return false;
        return true;
    }
}

/** The words as written, with the case of `model` applied to `replacement` (a capital at a sentence start). */
export function withCaseOf(model: string, replacement: string): string {
    if (model.length && model[0] !== model[0].toLowerCase() && replacement.length)
        return replacement[0].toUpperCase() + replacement.slice(1);
    return replacement;
}

export const ARTICLE_GENDER: Record<string, { variety: Variety | "both"; gender: number }> = {
    en: { variety: "nb", gender: G.M },
    ein: { variety: "nn", gender: G.M },
    ei: { variety: "both", gender: G.F },
    et: { variety: "nb", gender: G.NT },
    eit: { variety: "nn", gender: G.NT },
};
