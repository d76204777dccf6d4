// Compounds by plausibility, not possibility. Nearly any typo of a long word can be cut into
// listed pieces ("statestikk" = state|stikk, "resturang" = rest|urang); a reader does not take
// such a word for a new compound when a listed word is one edit away and the pieces are unlikely
// ones. The prior of a split comes from the lexicon's own flags: a part seen in web text
// (F_COMMON) or heading many listed compounds (productivity class) is a likely part; a rare part,
// a three-letter part, or a third part make the split unlikely. Real new compounds are made of
// likely parts ("dialog|vinduet", "lysbilde|framvisning") and stay accepted.
import type { Variety } from "../../protocol/writtenStandard";
import { analysedWith, F_COMMON, F_LIST_ONLY, F_NB, F_NN, FORM, freqClass } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";
import { particleSplit } from "./compoundSplit";
import { norwegianSpelling } from "./loanwords";
import { splitUnlikeliness } from "./splitPrior";
import { subtreeMask } from "./subtreeMask";
import { twoSlips } from "./twoSlips";
import { changesFirstLetter, search, suggestScored } from "./suggest";

/** Unlikeliness of a split from which a listed word one edit away is the likelier reading. */
const IMPLAUSIBLE = 1;

/**
 * The listed word one edit from the compound `lower` that a reader would take it for, or
 * undefined: only when the split is unlikely, and only a common word of `variety` that Apertium
 * knows too (not a list-only rarity), with the first letter as typed.
 */
export function likelierListedWord(
    lex: Lexicon,
    lower: string,
    variety: Variety,
    parts: readonly string[],
): { word: string; rule: LikelierRule } | undefined {
    const unlikeliness = splitUnlikeliness(lex, parts) + weakHead(lex, parts);
    const found = (rule: LikelierRule, word: string | undefined) => (word ? { word, rule } : undefined);
    // a split only somewhat unlikely (a short part: "opp|rasjon") loses only to one of the most
    // frequent words one edit away ("operasjon"), or to a common word two slips of the cheapest
    // kinds away, the ending as typed: two letters left out, a doubling and a vowel or a voiced
    // consonant ("metro|log" → "meteorolog")
    if (unlikeliness < IMPLAUSIBLE) {
        if (unlikeliness < SOMEWHAT_UNLIKELY) return undefined;
        const v = veryFrequentNeighbour(lex, lower, variety);
        if (v || lower.length < TWO_EDITS_MIN) return found("very-frequent", v);
        return found("two-slips", twoSlipNeighbour(lex, lower, variety));
    }
    const common = FORM[variety] | F_COMMON;
    // a split this unlikely (three parts, or rare ones) loses to any word an analyser knows
    // ("tak|sta|meter" → "taksameter")
    // ("om|skaleres" is a particle before a verb, not "oms|kale|res")
    const want = unlikeliness >= VERY_IMPLAUSIBLE && !particleSplit(lex, lower, variety, true) ? FORM[variety] : common;
    const fits = (w: string): boolean => analysedNeighbour(lex, lower, w, want);
    // a cheap yes/no first (µs): most compounds have no such word one edit away
    if (withinOneEdit(lex, lower, want)) {
        for (const s of suggestScored(lex, lower, variety, { maxCost: 1.0, max: 3, compounds: false }))
            if (fits(s.word)) return found("one-edit", s.word);
    }
    // two edits, one of them cheap, to a common word: a vowel and a doubled letter, a letter
    // left out and another changed ("res|tur|ang" → "restaurant", "par|ang|tes" → "parentes");
    // a split less unlikely (one rare part, or a short one: "stat|tes|tikk") loses only to a
    // frequent word ("statistikk", "reglement": the word heads many compounds, the split's
    // parts are rare or short), which a reader takes it for
    if (lower.length < TWO_EDITS_MIN || unlikeliness < IMPLAUSIBLE) return undefined;
    const minFreq = unlikeliness < TWO_EDITS_UNLIKELINESS ? TWO_EDITS_FREQUENT : 0;
    // (one rare part: or a common word of any frequency two slips of the cheapest kinds away,
    // the ending as typed, "hyll|pass" → "hylleplass", as for a split with a short part)
    return (
        found("two-edits", twoEditNeighbour(lex, lower, variety, TWO_CHEAP_EDITS, minFreq, fits)) ??
        (minFreq > 0 ? found("two-slips", twoSlipNeighbour(lex, lower, variety)) : undefined)
    );
}

/** Which of likelierListedWord's searches found the word. */
export type LikelierRule = "very-frequent" | "two-slips" | "one-edit" | "two-edits";

/**
 * The common word of `variety` (of productivity class `minFreq` or more) within `maxCost` of
 * `lower` (the first letter as typed) that `fits`, the nearest, the more frequent on a near tie;
 * or undefined.
 */
function twoEditNeighbour(
    lex: Lexicon,
    lower: string,
    variety: Variety,
    maxCost: number,
    minFreq: number,
    fits: (w: string) => boolean,
): string | undefined {
    const common = FORM[variety] | F_COMMON;
    // (searched after the first letter, as typed: a tenth of a whole search)
    const from = lex.dawg.child(lex.dawg.root, lower.charCodeAt(0));
    if (from < 0) return undefined;
    let best: string | undefined;
    let bestCost = Infinity;
    // (only the subtrees that hold such a word: most of the automaton holds none)
    const only = { mask: subtreeMask(lex.dawg, commonKinds), bit: commonBit(variety, minFreq > 0) };
    for (const [rest, { cost, flags }] of search(lex.dawg, lower.slice(1), variety, maxCost, false, false, from, false, false, only)) {
        const w = lower[0] + rest;
        if ((flags & common) !== common || freqClass(flags) < minFreq || !fits(w)) continue;
        const c = cost - PRIOR_FREQ * freqClass(flags);
        if (c < bestCost || (c === bestCost && best !== undefined && w < best)) [best, bestCost] = [w, c];
    }
    return best;
}

/**
 * Is `w` a word the writer of `lower` may have meant: it has every flag of `want`, an analyser
 * knows it (not only a word list) and it begins with the letter `lower` begins with.
 */
export function analysedNeighbour(lex: Lexicon, lower: string, w: string, want: number): boolean {
    const f = lex.formFlags(w);
    return analysedWith(f, want) && !changesFirstLetter(lower, w);
}

/**
 * The kinds of key the two-edit search looks for, one bit each: a common word of Bokmål, of
 * Nynorsk, and each of TWO_EDITS_FREQUENT's class or more. (Module-level: one mask per automaton.)
 */
function commonKinds(flags: number): number {
    if (!(flags & F_COMMON)) return 0;
    const frequent = freqClass(flags) >= TWO_EDITS_FREQUENT;
    return (flags & F_NB ? (frequent ? 5 : 1) : 0) | (flags & F_NN ? (frequent ? 10 : 2) : 0);
}
/** The bit of commonKinds for a common word of `variety`, frequent or any. */
function commonBit(variety: Variety, frequent: boolean): number {
    return (variety === "nb" ? 1 : 2) << (frequent ? 2 : 0);
}

/** Per productivity class, as in the suggestion ranking (suggest.ts). */
const PRIOR_FREQ = 0.03;

/** From this unlikeliness a split loses to a listed word one edit away even if it is no common one. */
const VERY_IMPLAUSIBLE = 1.5;
/** Two edits, one of them cheap (see suggest.ts: a doubled letter 0.5, a letter left out 0.65, a vowel 0.75, any letter 1.0). */
const TWO_CHEAP_EDITS = 1.7;
/** Two slips of the cheapest kinds: two letters left out (0.65 each), a doubling (0.5) and a vowel (0.75) or a voiced consonant (0.8). */
const TWO_SLIPS = 1.3;
/** From this unlikeliness (a rare part and a short or third one) two edits away to any common word beat the split. */
const TWO_EDITS_UNLIKELINESS = 1.5;
/** Below it (but IMPLAUSIBLE), two edits away to a common word of this productivity class or more. */
const TWO_EDITS_FREQUENT = 5;
/** From this length a word two edits from a common one is still more likely that word than another. */
const TWO_EDITS_MIN = 8;

/**
 * The listed word a compound becomes with one more s where it has one ("lønnslipp" →
 * "lønnsslipp", "arbeidsituasjon" → "arbeidssituasjon"): a linking -s- before a head that begins
 * with s is the letter writers drop, and the lists hold the compound with both. Or undefined.
 */
export function linkingSDropped(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    for (let i = lower.indexOf("s", 1); i > 0 && i < lower.length - 2; i = lower.indexOf("s", i + 1)) {
        if (lower[i - 1] === "s" || lower[i + 1] === "s") continue;
        const c = lower.slice(0, i) + "s" + lower.slice(i);
        if (lex.formFlags(c) & FORM[variety]) return c;
    }
    return undefined;
}

/**
 * An inflection no paradigm makes, read as a compound: "-erene" for "-erne" ("vinnerene" =
 * vinne|rene, "innbyggerene"), the definite plural of an agent noun in -er; "-igeste" for
 * "-igste" ("viktigeste" = viktig|este). Returns the listed form it stands for, or undefined.
 */
export function nonexistentInflection(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    let right: string | undefined;
    if (variety === "nb" && lower.endsWith("erene") && lower.length >= 8) right = lower.slice(0, -5) + "erne";
    // adjectives in -ig, -lig, -som make their superlative with -st(e), not -est(e): "viktigste", "morsomste"
    else if (/(ig|som)este?$/.test(lower)) right = lower.replace(/este?$/, (e) => e.slice(1));
    return right && lex.formFlags(right) & FORM[variety] ? right : undefined;
}

/**
 * A hyphenated word the lists have written closed, as the norm writes compounds ("Midt-Østen" →
 * "Midtøsten", "front-kollisjon" → "frontkollisjon", "jo-jo" → "jojo"), or undefined. A word the
 * lists have hyphenated ("e-post") is never asked. The closed form must be a common listed word,
 * or, after a name, any listed word ("Waldorf-salat" → "waldorfsalat").
 */
export function closedCompound(lex: Lexicon, word: string, variety: Variety): string | undefined {
    const parts = word.split("-");
    // (parts of three letters or more, or all lower case and none empty: "jo-jo", "får-i-kål"
    // are one word, "CD-en" and "dato-" in "dato- og klokkeslett" are not)
    if (parts.length < 2 || parts.some((p) => p.length < 3 && (p === "" || /\p{Lu}/u.test(word)))) return undefined;
    const joined = parts[0] + parts.slice(1).join("").toLowerCase();
    const want = FORM[variety] | F_COMMON;
    for (const cand of [joined, joined.toLowerCase()]) if ((lex.formFlags(cand) & want) === want) return cand;
    // a name before a common noun, the whole a common noun the lists write closed in lower case
    // ("Waldorf-salat" → "waldorfsalat", "Canada-gås" → "kanadagås", the name spelt the
    // Norwegian way): listed so, common in web text or not
    // (not a word capitalised at the start of a sentence: "Format-listen")
    if (
        parts.length === 2 &&
        /^\p{Lu}\p{Ll}+$/u.test(parts[0]) &&
        /^\p{Ll}+$/u.test(parts[1]) &&
        !(lex.formFlags(parts[0].toLowerCase()) & FORM[variety])
    ) {
        const lower = joined.toLowerCase();
        const norwegian = norwegianSpelling(lower);
        if (norwegian && analysedWith(lex.formFlags(norwegian), FORM[variety])) return norwegian;
        if (lex.formFlags(lower) & FORM[variety]) return lower;
    }
    return undefined;
}

/**
 * Is a form whose flags include `want` one edit of any kind from `lower` (a letter changed, left
 * out, too many, two swapped; the first letter kept as typed, so "Mississipi" finds names only)? A walk of the automaton with one edit to
 * spend, like hasNearWord but with every substitution (hasNearWord knows only the cheap ones,
 * and "statestikk" is e for i).
 */
export function withinOneEdit(lex: Lexicon, lower: string, want: number): boolean {
    const dawg = lex.dawg;
    const n = lower.length;
    const rest = (node: number, i: number): boolean => {
        for (let j = i; j < n && node >= 0; j++) node = dawg.child(node, lower.charCodeAt(j));
        return node >= 0 && (dawg.finalFlags(node) & want) === want;
    };
    let node = dawg.child(dawg.root, lower.charCodeAt(0));
    for (let i = 1; i <= n && node >= 0; i++) {
        let hit = false;
        dawg.forEachChild(node, (_unit, next) => {
            // a letter left out before lower[i], or lower[i] typed for another letter
            if (!hit && (rest(next, i) || (i < n && rest(next, i + 1)))) hit = true;
        });
        if (hit) return true;
        if (i === n) break;
        // a letter too many
        if (rest(node, i + 1)) return true;
        // two letters swapped
        if (i + 1 < n && lower[i] !== lower[i + 1]) {
            const a = dawg.child(node, lower.charCodeAt(i + 1));
            if (a >= 0 && rest(dawg.child(a, lower.charCodeAt(i)), i + 2)) return true;
        }
        node = dawg.child(node, lower.charCodeAt(i));
    }
    return false;
}

/** A list-only form this long or longer may be a dropped or added syllable's letter ("inneforstått"). */
const SLIP_MIN = 7;

/**
 * A form only the word lists have (no analyser knows it) that is one slip from a common word an
 * analyser knows: a letter left out, a vowel put in ("inneforstått" → "innforstått") or one for
 * another, inside the word (the ending kept). The lists hold such
 * misspellings as entries; a rare real word beside a common one is the lesser risk. Long words
 * only (short ones have real neighbours), and not a compound of likely parts.
 */
export function listOnlySlip(lex: Lexicon, lower: string, variety: Variety, parts: readonly string[] | undefined): string | undefined {
    if (lower.length < SLIP_MIN) return undefined;
    // a compound of likely parts the list happens to hold is what it looks like ("tekst|fil")
    if (parts && splitUnlikeliness(lex, parts) < IMPLAUSIBLE) return undefined;
    const want = FORM[variety] | F_COMMON;
    if (!withinOneEdit(lex, lower, want)) return undefined;
    for (const s of suggestScored(lex, lower, variety, { maxCost: 0.9, max: 3, compounds: false })) {
        // the slip lies inside the word: another ending is another inflection ("polygonet"/"polygoner")
        if (analysedNeighbour(lex, lower, s.word, want) && s.word.slice(-2) === lower.slice(-2) && isSlip(lower, s.word)) return s.word;
    }
    return undefined;
}

const VOWELS = "aeiouyæøå";

/**
 * Is `intended` what `typed` becomes by a slip of the pen over a syllable: a letter the writer
 * left out ("påvirking" → "påvirkning"), a vowel put in ("inneforstått") or one for another
 * ("priviligert")? A consonant too many or changed is more often another word.
 */
function isSlip(typed: string, intended: string): boolean {
    let i = 0;
    while (i < typed.length && typed[i] === intended[i]) i++;
    if (intended.length === typed.length + 1) return typed.slice(i) === intended.slice(i + 1);
    if (intended.length === typed.length - 1) return VOWELS.includes(typed[i]) && typed.slice(i + 1) === intended.slice(i);
    return (
        intended.length === typed.length &&
        VOWELS.includes(typed[i]) &&
        VOWELS.includes(intended[i]) &&
        typed.slice(i + 1) === intended.slice(i + 1)
    );
}

/** Unlikeliness of a split with one short part (or a third part): a very frequent word one edit away still beats it. */
const SOMEWHAT_UNLIKELY = 0.5;
/** Productivity class of the most frequent words (a few hundred compounds end in them: "operasjon", "system"). */
const VERY_FREQUENT = 6;
/** From this length (shorter words have too many neighbours). */
const VERY_FREQUENT_MIN = 7;

/** A common word an analyser knows, of productivity class VERY_FREQUENT or more, one edit from `lower` (first letter kept), or undefined. */
function veryFrequentNeighbour(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    const want = FORM[variety] | F_COMMON;
    if (lower.length < VERY_FREQUENT_MIN || !withinOneEdit(lex, lower, want)) return undefined;
    for (const s of suggestScored(lex, lower, variety, { maxCost: 1.0, max: 3, compounds: false })) {
        if (analysedNeighbour(lex, lower, s.word, want) && freqClass(lex.formFlags(s.word)) >= VERY_FREQUENT) return s.word;
    }
    return undefined;
}

/** A head this short that only a word list has (no analyser knows it) is a weak one. */
const WEAK_HEAD_MAX = 4;
const WEAK_HEAD = 0.5;

/**
 * What a weak head adds to a split's unlikeliness: a short last part only the word lists have
 * ("hit|tils": the lists' "tils" heads words that end so, it is no word of its own) decides the
 * compound's word class on the evidence of one source alone. Seen in web text or not: there a
 * short list-only form is mostly an English word or a common misspelling ("belt", "igår",
 * "idag"), no evidence of a Norwegian head ("bilbelt" is "bilbelte").
 */
function weakHead(lex: Lexicon, parts: readonly string[]): number {
    const head = parts[parts.length - 1];
    return head.length <= WEAK_HEAD_MAX && (lex.formFlags(head) & F_LIST_ONLY) !== 0 ? WEAK_HEAD : 0;
}

/** From this length a compound may be a word with two consonants swapped across a vowel. */
const SWAP_ACROSS_MIN = 7;
const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

/**
 * The common word (one an analyser knows) that `lower` becomes with two consonants swapped
 * across the vowel between them ("legi|mi|tasjon" → "legitimasjon", "revelant" → "relevant"):
 * a slip of the order of syllables that the suggestion search prices as two substitutions, and
 * that a long word survives as a compound of listed parts ("leg|imitasjon"). The first letter
 * stays. Or undefined.
 */
export function swappedAcrossVowel(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    if (lower.length < SWAP_ACROSS_MIN) return undefined;
    const want = FORM[variety] | F_COMMON;
    for (let i = 1; i + 2 < lower.length; i++) {
        const [a, vowel, b] = [lower[i], lower[i + 1], lower[i + 2]];
        if (a === b || !CONSONANT.test(a) || !CONSONANT.test(b) || !VOWELS.includes(vowel)) continue;
        const c = lower.slice(0, i) + b + vowel + a + lower.slice(i + 3);
        const f = lex.formFlags(c);
        if (analysedWith(f, want)) return c;
    }
    return undefined;
}

/**
 * The common word an analyser knows that `lower` is with two slips of the cheapest kinds (see
 * twoSlips.ts; the first letter and the last two as typed: another ending is another
 * inflection), the nearest, the more frequent on a tie; or undefined.
 */
function twoSlipNeighbour(lex: Lexicon, lower: string, variety: Variety): string | undefined {
    const want = FORM[variety] | F_COMMON;
    const from = lex.dawg.child(lex.dawg.root, lower.charCodeAt(0));
    if (from < 0) return undefined;
    let best: string | undefined;
    let bestCost = Infinity;
    const only = { mask: subtreeMask(lex.dawg, commonKinds), bit: commonBit(variety, false) };
    for (const [rest, { cost, flags }] of twoSlips(lex.dawg, lower.slice(1), from, TWO_SLIPS, (f) => (f & want) === want, only)) {
        const w = lower[0] + rest;
        if (w.slice(-2) !== lower.slice(-2) || !analysedNeighbour(lex, lower, w, want)) continue;
        const c = cost - PRIOR_FREQ * freqClass(flags);
        if (c < bestCost || (c === bestCost && best !== undefined && w < best)) [best, bestCost] = [w, c];
    }
    return best;
}
