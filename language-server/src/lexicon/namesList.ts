// The names list: proper nouns the word lists lack, for the speller's near-name question
// (proofreading/spelling/names.ts). Built by scripts/lexicon/names.sh into .cache/lexicon/names.bin
// (the lexicon's file format, its own automaton): the place, person and organisation names of
// Apertium's Bokmål and Nynorsk analysers, the lexicon's own names (so one search covers all) and the words of SCOWL's English list
// (its capitalised ones as names, the others as English words).
// A name is a key with its N_* flags; a spelling Apertium reads as a variant of a name
// ("Geneve" for "Genève", "Lesjofors" for "Lesjöfors") is a key `variant \u0001 name` (N_VARIANT).
//
//   const names = loadNames();            // undefined when the file was not built
//   names?.dawg.flags("Cincinnati")       // N_PLACE | N_NB | N_NN | N_EN
import * as path from "node:path";
import type { Dawg } from "./dawg";
import { findDataDir } from "../dataDir";
import { readDawgFile } from "./format";
import { MISSPELLING_SEPARATOR } from "./misspellings";

export const NAMES_FILE = "names.bin";

/** A place name (Apertium <np><top>). */
export const N_PLACE = 1;
/** A first name or a surname (<np><ant>, <np><cog>). */
export const N_PERSON = 2;
/** An organisation, a brand (<np><org>). */
export const N_ORG = 4;
/** In Apertium's Bokmål analyser. */
export const N_NB = 8;
/** In Apertium's Nynorsk analyser. */
export const N_NN = 16;
/** A capitalised word of SCOWL's English list (not a Norwegian source: no norm for Norwegian text). */
export const N_EN = 32;
/** A lower-case word of SCOWL's English list ("dolphin", "layer"): capitalised, an English word, not a misspelt name. */
export const N_EN_WORD = 128;
/** A name of the lexicon's Bokmål forms (copied in, so that one search covers every name). */
export const N_LEX_NB = 256;
/** A name of the lexicon's Nynorsk forms. */
export const N_LEX_NN = 512;
/** A name of the lexicon seen in web text (its F_COMMON). */
export const N_LEX_COMMON = 1024;
/** The key is `variant SEPARATOR name`: Apertium reads the variant as that name. */
export const N_VARIANT = 64;
/** Names the Norwegian analysers know. */
export const N_NORWEGIAN = N_NB | N_NN;

export interface NamesList {
    readonly dawg: Dawg;
    readonly words: number;
    /** The famous foreign places and organisations the sound-key question knows (chosen at build time). */
    readonly famous?: readonly string[];
}

/** The key that stores `name` for the `variant` spelling. */
export function variantKey(variant: string, name: string): string {
    return variant + MISSPELLING_SEPARATOR + name;
}

/** The names Apertium reads `variant` as (it is not a name of its own), smallest first. */
export function variantNames(names: NamesList, variant: string): string[] {
    const dawg = names.dawg;
    const start = dawg.walk(variant + MISSPELLING_SEPARATOR);
    const out: string[] = [];
    const visit = (node: number, prefix: string): void => {
        if (out.length >= 4) return;
        if (dawg.finalFlags(node) & N_VARIANT) out.push(prefix);
        dawg.forEachChild(node, (unit, target) => visit(target, prefix + String.fromCharCode(unit)));
    };
    if (start > 0) visit(start, "");
    return out;
}

const loaded = new Map<string, NamesList | undefined>();
let defaultList: { list: NamesList | undefined } | undefined;

/**
 * The names list in `dir`, or found like the lexicon (looked for once), read once per folder;
 * undefined when absent (or with SKRIVEHJELP_NO_NAMES set: to measure the speller without it).
 */
export function loadNames(dir?: string): NamesList | undefined {
    if (dir === undefined) {
        defaultList ??= {
            list: process.env.SKRIVEHJELP_NO_NAMES
                ? undefined
                : ((d) => (d ? loadNames(d) : undefined))(findDataDir("lexicon", NAMES_FILE, process.env.SKRIVEHJELP_LEXICON_DIR)),
        };
        return defaultList.list;
    }
    if (!loaded.has(dir)) {
        let list: NamesList | undefined;
        try {
            const { dawg, header } = readDawgFile(path.join(dir, NAMES_FILE));
            const famous = header.meta.famousNames;
            list = { dawg, words: header.words, famous: Array.isArray(famous) ? (famous as string[]) : undefined };
        } catch {
            // no names list (an older build, a lexicon folder without it): the question asks the lexicon alone
            list = undefined;
        }
        loaded.set(dir, list);
    }
    return loaded.get(dir);
}

/** Is `lower` a lower-case word of SCOWL's English list (N_EN_WORD: "dolphin", "statuses")? */
export function isEnglishWord(names: NamesList, lower: string): boolean {
    return (names.dawg.flags(lower) & N_EN_WORD) !== 0;
}
