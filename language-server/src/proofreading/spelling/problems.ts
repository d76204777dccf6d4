// A flagged word's result: the problem, with its suggestions searched for only when first read
// (a document's first diagnostics need none), and the ae/oe/aa repair that comes first.
// The suggestions, in the order they are sought: listed words and compounds one edit away (a
// made-up compound of a short word ranked down); when none scores well, a syllable left out or
// typed twice; a listed word with only other doublings; for long words, listed words two edits
// away when nothing (or nothing common) is near; a correction the checker already knows first.
// The dearer searches run only where the cheap one found nothing good, so a document's
// suggestions cost about what one search per flagged word costs.
import type { Variety } from "../../protocol/writtenStandard";
import { F_COMMON, FORM, RIGHT } from "../../lexicon/flags";
import { applyCase, caseShape } from "../../lexicon/lexicon";
import type { CheckResult, SpellChecker } from "./checker";
import { MIN_PART } from "./compoundSplit";
import { suggestScored, type Suggestion } from "./suggest";
import { digraphRestored } from "./variants";
import { doublingShift } from "./doubling";

/** From this length a word with no likely correction one edit away is searched two edits deep. */
const WIDER_SEARCH_MIN = 7;
/**
 * How far a common listed word may be that beats a compound suggestion one edit away (two cheap
 * edits, or a cheap one and a plain one: "sjersant" → "sersjant" before "skjer|sant").
 */
const LISTED_OVER_COMPOUND = 1.7;
/** From this length (a long word has few listed words that near; the search is dear). */
const LISTED_OVER_COMPOUND_MIN = 7;

/**
 * A compound's penalty when the suggestions are ranked for the writer (suggest.ts has 0.25 for
 * the callers that compare a score with a bound): a made-up compound one edit away ("ven|binde"
 * for "veninde", "rap|delere" for "rapelere") is seldom what a writer meant when a listed word
 * is about as near. Below COMPOUND_WORD_MIN letters only.
 */
const RANK_COMPOUND = 0.5;
/** From this length a word is most often a compound, and the ordinary penalty stands ("pakenavnene" → "pakke|navnene"). */
const COMPOUND_WORD_MIN = 10;

/** Above this best score the cheap search found nothing good: a syllable left out or typed twice is searched for. */
const SYLLABLE_WHEN = 0.6;

/** The score of a word with only other doublings (doubling.ts): that of one cheap edit to a common word. */
const DOUBLING_SHIFT_SCORE = 0.6;

/** The best five of `list`, each word once. */
function byScore(list: Suggestion[]): Suggestion[] {
    const seen = new Set<string>();
    return list
        .sort((a, b) => a.score - b.score)
        .filter((s) => !seen.has(s.word) && (seen.add(s.word), true))
        .slice(0, 5);
}

/** A problem whose suggestions are searched for when first read (diagnostics need none). */
export function lazyProblem(
    sp: SpellChecker,
    problem: "misspelling" | "possible-typo" | "unknown",
    word: string,
    v: Variety,
    first?: string,
    listed = false,
): CheckResult {
    let suggestions: string[] | undefined;
    const lexicon = sp.lexicon;
    const compoundFix = () => sp.compoundNeighbour(word, v);
    const commonListed = (w: string): boolean => (lexicon.formFlags(w.toLowerCase()) & (FORM[v] | F_COMMON)) === (FORM[v] | F_COMMON);
    // ae/oe/aa for æ/ø/å is a keyboard's doing, not a typo: a word of two listed parts it
    // makes comes first ("imaginaerdel" → "imaginærdel", "paalogget" → "pålogget"); tried
    // once, not again for every search in another context
    let digraphTried = first !== undefined;
    const search = (adjust?: (form: string) => number): string[] => {
        if (!digraphTried) {
            digraphTried = true;
            first = digraphFix(sp, word, v);
        }
        let near = suggestScored(lexicon, word, v, {
            maxCost: 1.0,
            adjust,
            plausibleCompounds: true,
            compoundPenalty: word.length < COMPOUND_WORD_MIN ? RANK_COMPOUND : undefined,
        });
        // nothing cheap one edit away: a syllable left out or typed twice ("bynte" → "begynte",
        // "imidlertidig" → "imidlertid"), listed words only, the first letter as typed
        if (near.length === 0 || near[0].score > SYLLABLE_WHEN) {
            const more = suggestScored(lexicon, word, v, {
                maxCost: 1.0,
                adjust,
                compounds: false,
                keepFirstLetter: true,
                syllables: true,
            });
            near = byScore([...near, ...more]);
        }
        // the same letters with other doublings, a listed word: the likeliest reading of a long
        // word ("grafitti" → "graffiti", "rapelere" → "rappellere"), though two edits away
        const doubled = doublingShift(lexicon, word.toLowerCase(), v);
        if (doubled) near = byScore([...near, { word: applyCase(doubled, word), score: DOUBLING_SHIFT_SCORE }]);
        let found = near.map((s) => s.word);
        const long = word.length >= WIDER_SEARCH_MIN;
        // listed words up to two cheap edits away (searched after the first letter as typed: a tenth of a whole search)
        let listedNear: Suggestion[] | undefined;
        const listedSearch = (max: number): Suggestion[] =>
            (listedNear ??= suggestScored(lexicon, word, v, {
                maxCost: LISTED_OVER_COMPOUND,
                max,
                adjust,
                compounds: false,
                keepFirstLetter: true,
            }));
        // nothing likely one edit away: a listed word two edits away ("inviduell" → "individuell");
        // long words only, where two edits still leave few candidates (and the search is dear)
        if (found.length === 0 && long)
            found = suggestScored(lexicon, word, v, { maxCost: 2.0, adjust, compounds: false, keepFirstLetter: true }).map((s) => s.word);
        // only made-up compounds and rare forms one edit away: the common listed words two cheap
        // edits away join them by score ("uvedkomne": "uvelkomne", "usedkomne" < "uvedkommende")
        else if (long && !near.some((s) => commonListed(s.word))) {
            const common = listedSearch(5).filter((s) => commonListed(s.word));
            found = byScore([...near, ...common]).map((s) => s.word);
        }
        // a compound made up one edit away loses to a common listed word two cheap edits away
        // ("takknemmelig": "takk|hemmelig" < "takknemlig")
        if (found.length > 0 && word.length >= LISTED_OVER_COMPOUND_MIN && !lexicon.has(found[0], v)) {
            const listed = listedSearch(1)[0];
            if (listed && lexicon.formFlags(listed.word.toLowerCase()) & F_COMMON)
                found = [listed.word, ...found.filter((w) => w !== listed.word)].slice(0, 5);
        }
        // the search finds listed words and short compounds; a long compound one cheap
        // edit away ("imaginaerdel" → "imaginærdel") is found by trying the edits
        if (first === undefined && found.length === 0) first = compoundFix();
        if (first !== undefined && found[0] !== first) found = [first, ...found.filter((s) => s !== first)].slice(0, 5);
        return found;
    };
    return {
        ok: false,
        problem,
        listed,
        get suggestions(): string[] {
            return (suggestions ??= search());
        },
        suggestionsAdjusted: search,
    };
}

/** `word` with æ/ø/å put back for ae/oe/aa, when that makes a word or a compound of `v`, or undefined. */
export function digraphFix(sp: SpellChecker, word: string, v: Variety): string | undefined {
    const shape = caseShape(word);
    const lower = word.toLowerCase();
    if ((shape !== "lower" && shape !== "capitalized") || !/ae|oe|aa/.test(lower)) return undefined;
    let best = digraphRestored(lower, (c) => sp.known(c, v));
    // "aa" may be a doubled a: a listed word without it beats a compound with å ("brukaarar"
    // is "brukarar", not "bruk|årar")
    if (!best && !sp.known(lower.replace("aa", "a"), v))
        best = digraphRestored(lower, (c) => sp.isCompound(c, v) || sp.particleCompound(c, v) || listedParts(sp, c, v));
    return best && applyCase(best, word);
}

/**
 * Two listed forms of `v` (the first with a linking -s-/-e- or not, the second one that may
 * end a compound or of 4+ letters), 3+ letters each: lenient, since Apertium marks few
 * adjectives as compound beginnings ("imaginær|del"); only for words that need no other edit.
 */
function listedParts(sp: SpellChecker, lower: string, v: Variety): boolean {
    const form = FORM[v];
    const flags = (s: string) => sp.lexicon.lookupFlags(s);
    for (let i = MIN_PART; i <= lower.length - MIN_PART; i++) {
        const left = lower.slice(0, i);
        const linked = i > MIN_PART && /[se]$/.test(left) && flags(left.slice(0, -1)) & form;
        if (!(flags(left) & form) && !linked) continue;
        const right = lower.slice(i);
        const f = flags(right);
        if (f & form && (f & RIGHT[v] || right.length >= 4)) return true;
    }
    return false;
}
