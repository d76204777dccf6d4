// The Bokmål and Nynorsk word lists, compiled into one DAWG (see dawg.ts, format.ts, flags.ts).
//
//   const lex = loadLexicon();                 // finds .cache/lexicon or dist/lexicon; ~10 ms
//   lex.has("dialogvindauget", "nn")           // false: a list look-up only, no compounds
//   lex.has("Huset", "nb")                     // true: case-folded ("huset")
//   lex.varieties("ikkje")                     // { nb: false, nn: true }
//   lex.formFlags("ikkje")                     // raw F_* bits of that exact spelling
//
// The spelling layer (../spelling) adds compounds, names and suggestions on top; the målform
// layer can use `varieties()` / `has()` to see whether a form belongs to nb, nn or both.
import * as path from "node:path";
import type { Variety } from "../protocol/writtenStandard";
import { Dawg, DawgBuilder } from "./dawg";
import { F_NB, F_NN, FORM } from "./flags";
import { deserializeDawg, LEXICON_FILE, LexiconHeader, readDawgFile, serializeDawg } from "./format";
import { findDataDir } from "../dataDir";

export type CaseShape = "lower" | "capitalized" | "upper" | "mixed" | "none";

/** lower "hus", capitalized "Hus", upper "HUS", mixed "iPhone"/"digiKam"; "none" without letters. */
export function caseShape(word: string): CaseShape {
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    if (lower === upper) return "none";
    if (word === lower) return "lower";
    if (word === upper) return word.length > 1 && countLetters(word) > 1 ? "upper" : "capitalized";
    const first = word.charAt(0);
    if (first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase()) return "capitalized";
    return "mixed";
}

function countLetters(word: string): number {
    let n = 0;
    for (const ch of word) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
    return n;
}

export function capitalize(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `word` in a case shape: in capitals, or with a capital first letter; the other shapes leave it as it is. */
export function withCase(word: string, shape: CaseShape): string {
    if (shape === "upper") return word.toUpperCase();
    if (shape === "capitalized") return capitalize(word);
    return word;
}

/** Applies the case shape of `model` ("Hus", "HUS") to a lower-case `word`. */
export function applyCase(word: string, model: string): string {
    const shape = caseShape(model);
    if (shape === "capitalized" && word !== word.toLowerCase()) return word;
    return withCase(word, shape);
}

export class Lexicon {
    constructor(
        readonly dawg: Dawg,
        readonly header: LexiconHeader,
    ) {}

    /** The F_* flags of this exact spelling (0 when it is not in the lists). */
    formFlags(form: string): number {
        return this.dawg.flags(form);
    }

    /**
     * The flags of `word` as a reader would look it up: the exact spelling, and for a word in
     * capitals or with a capital first letter also its lower-case (and capitalized) spelling.
     * "Huset" finds "huset", "HUSET" finds "huset", "OSLO" finds "Oslo"; "oslo" does not find
     * "Oslo" and "iPhone" only itself.
     */
    lookupFlags(word: string): number {
        let f = this.dawg.flags(word);
        const shape = caseShape(word);
        if (shape === "capitalized" || shape === "upper") {
            const lower = word.toLowerCase();
            f |= this.dawg.flags(lower);
            if (shape === "upper") f |= this.dawg.flags(capitalize(lower));
        }
        return f;
    }

    /** Is `word` (case-folded as in lookupFlags) a form of the variety's word lists? */
    has(word: string, variety: Variety): boolean {
        return (this.lookupFlags(word) & FORM[variety]) !== 0;
    }

    /** Which written standards have this form (case-folded as in lookupFlags). */
    varieties(word: string): { nb: boolean; nn: boolean } {
        const f = this.lookupFlags(word);
        return { nb: (f & F_NB) !== 0, nn: (f & F_NN) !== 0 };
    }

    /** Every entry with its flags, in code-unit order (slow: for tools and tests). */
    entries(): Iterable<[string, number]> {
        return this.dawg.entries();
    }
}

/**
 * Where the compiled lexicon is: $SKRIVEHJELP_LEXICON_DIR, `lexicon/` beside the running bundle
 * (dist/lexicon in the VSIX), or the repository's .cache/lexicon (development, tests).
 */
export function findLexiconDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
    return findDataDir("lexicon", LEXICON_FILE, env.SKRIVEHJELP_LEXICON_DIR);
}

/** Loads `dir/lexicon.bin` with one read (≈15 MB; typed-array views, nothing parsed per word). */
export function loadLexicon(dir = findLexiconDir()): Lexicon {
    if (!dir) throw new Error("No compiled lexicon found: run scripts/lexicon/build.sh (writes .cache/lexicon/).");
    const { dawg, header } = readDawgFile(path.join(dir, LEXICON_FILE));
    return new Lexicon(dawg, header);
}

/**
 * A lexicon made in memory from (form, F_* flags) pairs in any order; flags of a repeated form are
 * OR-ed. For tests and tools: the product loads the compiled file. With `viaFile` the automaton
 * goes through the file format (serialize + deserialize) on the way.
 */
export function lexiconFromEntries(entries: Iterable<readonly [string, number]>, viaFile = false): Lexicon {
    const flags = new Map<string, number>();
    for (const [form, f] of entries) flags.set(form, (flags.get(form) ?? 0) | f);
    const keys = [...flags.keys()].sort();
    const builder = new DawgBuilder();
    for (const k of keys) builder.add(k, flags.get(k)!);
    const dawg = builder.finish();
    const meta = { source: "lexiconFromEntries" };
    if (viaFile) {
        const { dawg: read, header } = deserializeDawg(serializeDawg(dawg, keys.length, meta));
        return new Lexicon(read, header);
    }
    return new Lexicon(dawg, { format: 1, root: dawg.root, edges: dawg.edgeCount, words: keys.length, meta });
}
