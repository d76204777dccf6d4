// The målform layer of the proofreader (no model): which written standard a text is in, and
// which of its words belong to the other one.
//
//   const m = loadMalform(dir);                      // dir holds malform.bin (one file read)
//   m.detectVariety(words)                           // → { variety: "nb" | "nn" | undefined, … }
//   m.otherVarietyForm("ikke", "nn")                 // → { suggestions: ["ikkje"], … }
//   m.check(words, "nn")                             // → issues with their word index
//
// Words are the text's words in order (strings, or objects with `sentenceStart`). Punctuation
// and numbers may be left out; a sentence boundary should then be marked with `sentenceStart`.
//
// How it decides: every known form carries a weight, the natural log of how much more often
// Bokmål than Nynorsk writes it (negative: Nynorsk), computed at build time from the
// wnorwegian full-form lists, Apertium's analysers and generators and a hand-written table of
// function words (scripts/malform/). A text's score is the sum over its words; unknown words
// (compounds) weigh by their parts or their ending. A word is flagged when it is not standard
// in the text's variety and the other standard has a word for it (the replacements come from
// Apertium's bilingual lexicon, checked against the target's word list), plus rules that use
// the neighbours: the other standard's noun after a determiner or preposition ("ein bruker"),
// its imperative at a sentence start ("Vel" in Bokmål), unknown compounds and hyphenated words
// by their parts, an a-infinitive in Bokmål, an e-infinitive in a Nynorsk text written with
// a-infinitives, "denne"/"dette" before a noun of the other gender, "skall" before a verb, and
// a Bokmål feminine noun in the -a or -en form the text does not write ("lista" among "listen").
// Details and measurements: scripts/malform/README.md.
//
// This file is the entry point (the class the proofreader holds, and loading); the jobs live
// beside it: tokens.ts (a word's case and record), detection.ts (the standard of a text),
// context.ts (where an infinitive or a noun stands), contextRules.ts (the verdict on a listed
// word), compounds.ts (unknown and hyphenated words by their parts), houseStyle.ts (a- or
// e-infinitive, -a or -en feminines), issues.ts (what the rules report), format.ts (the file).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Variety } from "../../protocol/writtenStandard";
import { checkCompound } from "./compounds";
import { infinitiveContext } from "./context";
import { isInfinitive, listedWordIssue } from "./contextRules";
import { detectVariety, type Detection } from "./detection";
import { MalformData } from "./format";
import {
    countFeminines,
    countInfinitives,
    infinitiveStyleOf,
    otherFeminine,
    type FeminineCounts,
    type FeminineStyle,
    type InfinitiveCounts,
} from "./houseStyle";
import type { MalformIssue, OtherVarietyForm } from "./issues";
import { caseOf, entryOf, tokens, type MalformWord, type Tok, type WordInput } from "./tokens";

export type { Variety };
export type { Detection } from "./detection";
export { feminineStyleOf, infinitiveStyleOf, type FeminineCounts, type FeminineStyle, type InfinitiveCounts } from "./houseStyle";
export type { IssueKind, MalformIssue, OtherVarietyForm } from "./issues";
export type { MalformWord, WordInput } from "./tokens";

export interface CheckOptions {
    /**
     * Which Nynorsk infinitive the text writes, for the `infinitive` issues: "a" or "e" (a house
     * style), "auto" (default: the text's own majority; "a" when it shows none), "evidence"
     * (the text's majority; no issues when it shows none).
     */
    nnInfinitive?: "a" | "e" | "auto" | "evidence";
    /** Which form of feminine nouns a Bokmål text writes, for the `feminine` issues (default "off"). */
    nbFeminine?: FeminineStyle;
}

/** The målform layer over one loaded data file; the rules live in the modules it imports. */
export class Malform {
    constructor(readonly data: MalformData) {}

    // During a check, a word's record and its compound verdict are looked up once (a document
    // repeats its words); outside one nothing is kept.
    private entryCache: Map<string, number> | undefined;
    private compoundCache: Map<string, OtherVarietyForm | undefined> | undefined;
    private readonly entry = (t: Tok): number => {
        const cache = this.entryCache;
        if (!cache) return entryOf(this.data, t);
        const key = (t.start ? "^" : "") + t.text;
        let r = cache.get(key);
        if (r === undefined) {
            r = entryOf(this.data, t);
            cache.set(key, r);
        }
        return r;
    };

    /**
     * Which standard the words are written in. Works on a sentence or a whole document (the
     * evidence adds up; 10,000 words take a few milliseconds).
     */
    detectVariety(words: readonly WordInput[]): Detection {
        return detectVariety(this.data, tokens(words));
    }

    /**
     * Is `word`, standing alone, a form of the other standard in a `textVariety` text?
     * No context: see `check` for the rules that need the neighbouring words.
     */
    otherVarietyForm(word: string | MalformWord, textVariety: Variety): OtherVarietyForm | undefined {
        const toks = tokens([typeof word === "string" ? { text: word, sentenceStart: false } : word]);
        // alone, a word shows no infinitive style: e-infinitives are Nynorsk too
        return this.checkToken(toks, 0, textVariety, "e");
    }

    /** `words[i]` stands where an infinitive stands: after "å", or after a modal verb. */
    infinitiveAt(words: readonly WordInput[], i: number): boolean {
        const from = Math.max(0, i - 4);
        return infinitiveContext(tokens(words.slice(from, i + 1)), i - from);
    }

    /** `form` (lower case) is an infinitive of `variety`. */
    isInfinitive(form: string, variety: Variety): boolean {
        return isInfinitive(this.data, form, variety);
    }

    /** Every word of `words` that does not belong in a `variety` text. */
    check(words: readonly WordInput[], variety: Variety, options: CheckOptions = {}): MalformIssue[] {
        const toks = tokens(words);
        this.entryCache = new Map();
        this.compoundCache = new Map();
        const opt = options.nnInfinitive ?? "auto";
        const style =
            variety !== "nn"
                ? "a"
                : opt === "a" || opt === "e"
                  ? opt
                  : infinitiveStyleOf(countInfinitives(this.data, toks), opt === "evidence" ? "evidence" : "auto");
        const issues: MalformIssue[] = [];
        try {
            const feminine = variety === "nb" ? (options.nbFeminine ?? "off") : "off";
            for (let i = 0; i < toks.length; i++) {
                const r =
                    this.checkToken(toks, i, variety, style) ??
                    (feminine !== "off" ? otherFeminine(this.data, toks[i], feminine) : undefined);
                if (r) issues.push({ index: i, word: toks[i].text, kind: r.kind, suggestions: r.suggestions });
            }
        } finally {
            this.entryCache = undefined;
            this.compoundCache = undefined;
        }
        return issues;
    }

    /** How many a- and e-infinitives the words write: adds up over the blocks of a document. */
    infinitiveCounts(words: readonly WordInput[]): InfinitiveCounts {
        return countInfinitives(this.data, tokens(words));
    }

    /** How many a- and en-forms of feminine nouns the words write: adds up over the blocks of a document. */
    feminineCounts(words: readonly WordInput[]): FeminineCounts {
        return countFeminines(this.data, words);
    }

    private checkToken(toks: readonly Tok[], i: number, variety: Variety, style: "a" | "e"): OtherVarietyForm | undefined {
        const t = toks[i];
        if (t.case === "other") {
            // "GIF-bilete": an acronym and a word of the other standard
            const hy = t.text.lastIndexOf("-");
            if (hy <= 0 || caseOf(t.text.slice(hy + 1)) !== "lower" || this.entry(t) >= 0) return undefined;
            return checkCompound(this.data, { ...t, case: "lower" }, variety);
        }
        const rec = this.entry(t);
        if (rec >= 0) return listedWordIssue(this.data, toks, i, rec, variety, style, this.entry);
        // a word in neither list: judged by its parts
        const cache = this.compoundCache;
        if (!cache) return checkCompound(this.data, t, variety);
        const key = (t.start ? "^" : "") + t.text;
        if (cache.has(key)) return cache.get(key);
        const r = checkCompound(this.data, t, variety);
        cache.set(key, r);
        return r;
    }
}

/** Loads `dir`/malform.bin: one read, no parsing (the arrays are views of the file). */
export function loadMalform(dir: string): Malform {
    const buf = fs.readFileSync(path.join(dir, "malform.bin"));
    return new Malform(new MalformData(buf));
}

/** The data folder of a development checkout: <repo>/.cache/malform. */
export function defaultMalformDir(repoRoot: string): string {
    return path.join(repoRoot, ".cache", "malform");
}
