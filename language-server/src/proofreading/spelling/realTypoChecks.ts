// The checks behind real typos (issue 16) that question a word the lists would let through:
// a known misspelling of the sources, a form of the other standard the målform layer has no
// replacement for, a compound of unlikely parts (and inflections no paradigm makes, an accent
// only the lists write, two consonants swapped across a vowel, two slips from a common word), a
// loanword spelt the foreign way. The checker asks them in checkUncached; each says why in its comment.
import type { Variety } from "../../protocol/writtenStandard";
import { analysedWith, F_COMMON, F_LIST_ONLY, FORM } from "../../lexicon/flags";
import { applyCase, caseShape, type Lexicon } from "../../lexicon/lexicon";
import { misspellingCorrection } from "../../lexicon/misspellings";
import { isEnglishWord, loadNames, type NamesList } from "../../lexicon/namesList";
import type { SpellChecker } from "./checker";
import { doublingShift } from "./doubling";
import { unstressedSlip } from "./likelyTypo";
import { particleSplit } from "./compoundSplit";
import { norwegianSpelling } from "./loanwords";
import {
    analysedNeighbour,
    closedCompound,
    likelierListedWord,
    type LikelierRule,
    linkingSDropped,
    nonexistentInflection,
    swappedAcrossVowel,
} from "./plausibility";
import { splitUnlikeliness } from "./splitPrior";
import { suggestScored } from "./suggest";

/** A loanword spelt the foreign way is questioned from this length, as a compound from the second. */
const LOANWORD_MIN = 6;
const LOANWORD_COMPOUND_MIN = 9;
/** The dearest edit that counts as cheap (a neighbour key, an extra letter: 0.9; see suggest.ts). */
const CHEAP_EDIT = 0.9;
/** The cost of a letter doubled or undoubled, the cheapest edit but æ/ø/å (see suggest.ts). */
const DOUBLED_ONLY = 0.5;

/**
 * A form listed for the other standard only (not a compound guess, not hyphenated), that the
 * målform layer cannot replace and that the text's standard has a cheap correction for.
 */
export function unreplaceableOtherForm(
    sp: SpellChecker,
    word: string,
    v: Variety,
    hasReplacement: (word: string, textVariety: Variety) => boolean,
): boolean {
    // lower case only: a capitalised one is a name, a key ("Shift", "Enter") or an
    // imperative of the other standard opening a sentence; short ones are too near too much
    if (caseShape(word) !== "lower" || word.length < 4) return false;
    if (word.includes("-") || !sp.known(word, v === "nb" ? "nn" : "nb")) return false;
    if (hasReplacement(word, v)) return false;
    // a compound of this standard's likely parts that this list lacks ("tekst|fil" in Nynorsk)
    const parts = sp.fewestParts(word, v);
    if (parts && splitUnlikeliness(sp.lexicon, parts) < 1) return false;
    // a common word of this standard one edit away is what the writer meant; with none, the
    // form is more likely one this standard's list just lacks ("polygonet" in Nynorsk)
    // a form an analyser knows too ("skriptet" in Nynorsk) needs a cheap edit (a key next to
    // the right one, a letter left out or doubled); a form only a word list has, any one edit
    const listOnly = (sp.lexicon.formFlags(word) & F_LIST_ONLY) !== 0;
    // (a four-letter word, only a letter doubled or undoubled: "grun" → "grunn", not "ping" → "pling")
    const maxCost = word.length <= 4 ? DOUBLED_ONLY : listOnly ? 1.0 : CHEAP_EDIT;
    const best = suggestScored(sp.lexicon, word, v, { maxCost, max: 1, compounds: false })[0];
    if (!best) return false;
    // (a form only a word list has, five letters or more, a letter doubled or undoubled from a
    // word an analyser knows: that word, seen in web text or not, "penal" → "pennal")
    const want = FORM[v] | (listOnly && word.length > 4 && best.score <= DOUBLED_ONLY ? 0 : F_COMMON);
    return analysedNeighbour(sp.lexicon, word.toLowerCase(), best.word.toLowerCase(), want);
}

/** Which check found a compound's slip (the web-words eval counts flags by it). */
export type CompoundRule =
    "closed" | "accent" | "inflection" | "linking-s" | "doubling" | "swap-across-vowel" | "unstressed-vowel" | "voicing" | LikelierRule;

/**
 * The listed word a compound is a slip of, or undefined: one of unlikely parts one edit from it
 * ("statestikk" → "statistikk"), or a slip no split hides (an accent only the lists write,
 * "kryssfinér"; two consonants swapped across a vowel, "legimitasjon"; see each check).
 */
export function implausibleCompound(sp: SpellChecker, word: string, v: Variety): string | undefined {
    return compoundSlip(sp, word, v)?.word;
}

/** implausibleCompound's word and the check that found it; `parts` says how the split was had. */
export function compoundSlip(
    sp: SpellChecker,
    word: string,
    v: Variety,
): { word: string; rule: CompoundRule; parts: "split" | "genitive" | "particle" | "none" } | undefined {
    if (word.includes("-")) {
        const closed = closedCompound(sp.lexicon, word, v);
        return closed ? { word: closed, rule: "closed", parts: "none" } : undefined;
    }
    const shape = caseShape(word);
    if (shape !== "lower" && shape !== "capitalized") return undefined;
    const lower = word.toLowerCase();
    // an English word (a lower-case word of SCOWL's list) is an English term, not a Norwegian
    // word's slip: the lists take it for a compound of Norwegian parts, and the checks would
    // make it the nearest Norwegian word ("parking" → "paring", "barrier" → "barriere",
    // "station" → "stadion", "minutes" → "mintes"). An English word with Norwegian slips in it
    // ("parallel" → "parallell", a doubling) is likelyTypo's to ask, before this.
    if (englishWord(lower)) return undefined;
    // (a genitive -s on a compound the lists lack: "forigårs" is judged by the split of "forigår")
    // (a particle before a listed form, no split of three-letter parts: "ut|vekling" is judged as ut + vekling)
    let how: "split" | "genitive" | "particle" | "none" = "split";
    let parts = sp.fewestParts(lower, v);
    if (!parts && lower.endsWith("s")) [parts, how] = [sp.fewestParts(lower.slice(0, -1), v), "genitive"];
    if (!parts && particleSplit(sp.lexicon, lower, v)) [parts, how] = [[lower.slice(0, 2), lower.slice(2)], "particle"];
    if (!parts) how = "none";
    const checks: [CompoundRule, () => string | undefined][] = [
        ["accent", () => parts && plainSpelling(sp.lexicon, lower, v, parts)],
        ["inflection", () => nonexistentInflection(sp.lexicon, lower, v)],
        ["linking-s", () => linkingSDropped(sp.lexicon, lower, v)],
        ["doubling", () => doublingShift(sp.lexicon, lower, v)],
        ["swap-across-vowel", () => swappedAcrossVowel(sp.lexicon, lower, v)],
        ["unstressed-vowel", () => unstressedVowelSlip(sp.lexicon, lower, v)],
        ["voicing", () => letterSlip(sp.lexicon, lower, v, VOICING, VOICING_MIN)],
    ];
    for (const [rule, check] of checks) {
        const best = check();
        if (best) return { word: applyCase(best, word), rule, parts: how };
    }
    const likelier = parts && likelierListedWord(sp.lexicon, lower, v, parts);
    return likelier ? { word: applyCase(likelier.word, word), rule: likelier.rule, parts: how } : undefined;
}

/** Is `lower` a lower-case English word of SCOWL (the names list's N_EN_WORD; false without the list)? */
function englishWord(lower: string, names: NamesList | undefined = loadNames()): boolean {
    return names !== undefined && isEnglishWord(names, lower);
}

/**
 * The common word an analyser knows that a compound is with one unstressed vowel for another
 * ("arkeolog|eske" → "arkeologiske", "diagram|mine" → "diagrammene", "data|brekke" →
 * "databrikke"): speech does not tell them apart, and the slip makes listed parts of a word's
 * last syllables as often as not. As rareSlip (likelyTypo.ts) asks of rare listed forms: not
 * the first syllable's vowel, the last two letters as typed (so in Nynorsk too: its "-ar" is no
 * slip of "-er"). Or undefined.
 */
function unstressedVowelSlip(lex: Lexicon, lower: string, v: Variety): string | undefined {
    const want = FORM[v] | F_COMMON;
    return unstressedSlip(lower, (c) => {
        const f = lex.formFlags(c);
        return analysedWith(f, want);
    });
}

/** Voiced and voiceless consonants, which speech blurs ("forantrer", "flaggstanken"). */
const VOICING = new Map(Object.entries({ b: "p", p: "b", d: "t", t: "d", g: "k", k: "g" }));
/** From this length (shorter words have real neighbours: "bord"/"bort"). */
const VOICING_MIN = 7;

/**
 * The common word an analyser knows that a compound is with one letter for another of
 * `alike` (not the first letter), or undefined: a consonant voiced or unvoiced ("foran|trer" →
 * "forandrer", "flagg|stanken" → "flaggstangen", "dyre|bark" → "dyrepark"). The slip makes
 * listed parts as often as not; no compound of the clean dev text is such a slip of a common
 * word. (Not a neighbour key: real compounds stand a key from common words, "fjellsko" /
 * "fjellski", "fotleddet" / "forleddet", in Tesseract's web word list.) In Nynorsk
 * only with the last two letters as typed: its past tenses and plurals vary there ("valde" /
 * "valte"; "adressar" is no "adressat").
 */
function letterSlip(lex: Lexicon, lower: string, v: Variety, alike: ReadonlyMap<string, string>, min: number): string | undefined {
    if (lower.length < min) return undefined;
    const want = FORM[v] | F_COMMON;
    const end = v === "nb" ? lower.length : lower.length - 2;
    // (a walk of the automaton: the prefix once, each candidate's rest from there, no string per candidate)
    const dawg = lex.dawg;
    let node = dawg.child(dawg.root, lower.charCodeAt(0));
    for (let i = 1; i < end && node >= 0; i++) {
        for (const to of alike.get(lower[i]) ?? "") {
            const f = dawg.finalFlags(dawg.walk(lower, i + 1, lower.length, dawg.child(node, to.charCodeAt(0))));
            if (analysedWith(f, want)) return lower.slice(0, i) + to + lower.slice(i + 1);
        }
        node = dawg.child(node, lower.charCodeAt(i));
    }
    return undefined;
}

/** `lower` without acute, grave and circumflex accents ("kryssfinér" → "kryssfiner"). */
function withoutAccents(lower: string): string {
    return lower
        .normalize("NFD")
        .replace(/[\u0300-\u0302]/g, "")
        .normalize("NFC");
}

/**
 * The listed word a compound is without its accents, when the accented part is a spelling only
 * the word lists have ("kryss|finér" → "kryssfiner": no analyser knows "finér", both know
 * "kryssfiner"): the lists keep an older accented spelling the norm writes plain. A part the
 * analysers know with its accent ("kafé", "idé") is the norm's own: "kafébesøk" is left alone.
 */
export function plainSpelling(lex: Lexicon, lower: string, v: Variety, parts: readonly string[]): string | undefined {
    const plain = withoutAccents(lower);
    if (plain === lower) return undefined;
    if (!parts.some((p) => lex.formFlags(p) & F_LIST_ONLY && withoutAccents(p) !== p)) return undefined;
    const f = lex.formFlags(plain);
    return f & FORM[v] && !(f & F_LIST_ONLY) ? plain : undefined;
}

/** The word with c, x, z, ph, w written the Norwegian way, when that is a word or compound of `v` ("corona" → "korona"). */
export function norwegianised(sp: SpellChecker, word: string, v: Variety): string | undefined {
    // short English words and terms stay English ("quit", "zip", "socket", "mailbox")
    if (caseShape(word) !== "lower" || word.length < LOANWORD_MIN) return undefined;
    const n = norwegianSpelling(word);
    return n && (sp.known(n, v) || (n.length >= LOANWORD_COMPOUND_MIN && sp.isCompound(n, v))) ? n : undefined;
}

/** The correction of a known misspelling (an error-tolerant entry of the sources), or undefined. */
export function knownMisspelling(lex: Lexicon, word: string): string | undefined {
    const s = caseShape(word);
    if (s !== "lower" && s !== "capitalized") return undefined;
    const fix = misspellingCorrection(lex, word.toLowerCase());
    return fix && applyCase(fix, word);
}
