// Names spelt by ear: a foreign place or organisation is often written as it sounds, its letters
// far from the name's ("Collesium", "Closeum" for "Colosseum"; "Auswits" for "Auschwitz"), more
// edits off than the near-name search (names.ts) spends. A sound key (the consonants, spelt one
// way each, doubles and vowels dropped but the first letter's) finds them: a capitalised word no
// list has whose key is that of exactly one famous place or organisation is that name misspelt:
// one that Apertium's Norwegian analysers know, the lexicon has and web text shows, and SCOWL's
// English list has too (a foreign name, as those spelt by ear are; Norwegian farm names and
// surnames are not in it). Asked gently, after the near-name search, for names only
// (questions.ts). Of 10,567 person names of 7 letters or more, taken as unknown words, 160 (1.5%)
// get a question so ("Strandberg" → "Strindberg"); with every place Apertium knows, 1,257.
// The famous names are chosen when the names list is built (`famousNames`, in its header), so the
// key index is built on the first question from those few thousand alone (a walk of the whole list
// took ≈180 ms, on the way to a document's first diagnostics).
import {
    isEnglishWord,
    loadNames,
    N_EN,
    N_LEX_COMMON,
    N_NORWEGIAN,
    N_ORG,
    N_PLACE,
    N_VARIANT,
    type NamesList,
} from "../../lexicon/namesList";

/** Shorter names have too many sound-alikes ("Bergen", "Borgen"). */
const MIN_LENGTH = 7;
/** How many letters longer or shorter than the name the word may be. */
const MAX_LENGTH_GAP = 2;
/** From this many consonants in the key (a key of three is shared by too many names). */
const MIN_KEY = 4;

/** Letter groups spelt one way in the key, longest first (German sch, tz; c as k or s; ph, w, z, x). */
const RULES: [RegExp, string][] = [
    [/sch|sh|ch/g, "s"],
    [/[td]?[tz]s|[td]?z/g, "s"],
    [/ts/g, "s"],
    [/ck|q/g, "k"],
    [/c(?=[eiy])/g, "s"],
    [/c/g, "k"],
    [/ph/g, "f"],
    [/th|dt/g, "t"],
    [/w/g, "v"],
    [/x/g, "ks"],
    [/(?<=[^aeiouyæøå])h/g, ""],
];

/** The sound key of a name: its first letter (a vowel as "a"), then its consonants, each run once. */
export function soundKey(name: string): string {
    let s = name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[^a-zæøå]/g, "");
    for (const [re, to] of RULES) s = s.replace(re, to);
    const first = /^[aeiouyæøå]/.test(s) ? "a" : s.charAt(0);
    const rest = s.slice(1).replace(/[aeiouyæøåh]/g, "");
    return (first + rest).replace(/(.)\1+/g, "$1");
}

let index: { names: NamesList; keys: Map<string, string | null> } | undefined;

/** Is the names-list entry `name` with flags `f` a famous foreign place or organisation (see the file's comment)? */
export function isFamousName(name: string, f: number): boolean {
    return (
        !(f & N_VARIANT) &&
        (f & N_NORWEGIAN) !== 0 &&
        (f & (N_PLACE | N_ORG)) !== 0 &&
        (f & N_LEX_COMMON) !== 0 &&
        (f & N_EN) !== 0 &&
        name.length >= MIN_LENGTH - MAX_LENGTH_GAP &&
        /^\p{Lu}\p{Ll}+$/u.test(name)
    );
}

/** Every famous place's and organisation's key, with its name (null when two names share it). */
function keyIndex(names: NamesList): Map<string, string | null> {
    if (index?.names === names) return index.keys;
    const keys = new Map<string, string | null>();
    const add = (name: string): void => {
        const k = soundKey(name);
        keys.set(k, keys.has(k) ? null : name);
    };
    if (names.famous) for (const name of names.famous) add(name);
    // an older names list without the build's choice: walk it all
    else for (const [name, f] of names.dawg.entries()) if (isFamousName(name, f)) add(name);
    index = { names, keys };
    return keys;
}

/**
 * The one famous place or organisation name whose sound key the capitalised `word` (no name
 * of the names list) has, or undefined.
 */
export function soundAlikeName(word: string, names: NamesList | null | undefined = loadNames()): string | undefined {
    if (!names || word.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+$/u.test(word) || names.dawg.flags(word)) return undefined;
    // a capitalised English word ("Dolphin", "License") or a name with an -s ("Debians") is no misspelt name
    if (isEnglishWord(names, word.toLowerCase()) || (word.endsWith("s") && names.dawg.flags(word.slice(0, -1)))) return undefined;
    const key = soundKey(word);
    if (key.length < MIN_KEY) return undefined;
    const name = keyIndex(names).get(key);
    // the first letter as typed, and about the name's length: a word that only shares its
    // consonants is another word ("Konqueror" is no "Conakry", "Southamptonøyane" no "Southampton")
    if (!name || name === word || name[0] !== word[0] || Math.abs(name.length - word.length) > MAX_LENGTH_GAP) return undefined;
    return name;
}
