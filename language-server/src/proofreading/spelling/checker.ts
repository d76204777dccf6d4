// The dictionary spelling check (no model): is a word spelled right for Bokmål or Nynorsk, and
// if not, what are the likely corrections.
//
//   const speller = new SpellChecker(loadLexicon());
//   speller.checkWord("dialogvindauget", { language: "nn" })  // { ok: true, reason: "compound" }
//   speller.checkWord("vaere", { language: "nb" })            // { ok: false, problem: "misspelling", suggestions: ["være", …] }
//   speller.checkWord("Evolution", { language: "nb" })        // { ok: true, reason: "name" } (a capital, not first in the sentence)
//   speller.suggest("hoyre", "nb")                            // ["høyre", …]
//
// What a careful proofreader leaves alone, and so does this: words with digits, single letters,
// known abbreviations before a period, words in capitals no list has (acronyms, codes), names
// (a capitalised word the lists do not know, not first in a sentence; inner capitals as in
// "digiKam"), and forms of the other written standard (ok with reason "other-variety": the
// målform layer's call). A compound is accepted when it splits into parts the lexicon allows at
// those places ("dialog|vindauget", "arbeids|miljø", "lys|bilet|framvising"), a hyphenated word
// when each part is ("PDF-fila", "e-postadresse"), a genitive -s on a known noun form.
// Some accepted words are still questioned as likely typos (questions.ts, which asks likelyTypo.ts
// and realTypoChecks.ts); a flagged word's suggestions are searched for on first read (problems.ts).
// An unknown word with nothing near may still be a name in lower case ("facebook":
// lowercaseNames.ts) or a misspelt foreign word ("foccaccia": loanwords.ts).
//
// Cost: a word that passes is a few automaton walks (µs); an unknown word one more walk with one
// edit to spend (hasNearWord). Suggestions are searched for only when a result's `suggestions`
// is first read (≈1 ms a word), so a document's first diagnostics do not wait for them.
// Results are remembered per checker: treat them as read-only.
import { withoutBreakHints } from "../../text/words";
import type { Variety } from "../../protocol/writtenStandard";
import { F_COMMON, F_LIST_ONLY, F_NB, F_NN, FORM, freqClass, LEFT } from "../../lexicon/flags";
import { applyCase, caseShape, Lexicon } from "../../lexicon/lexicon";
import { knownMisspelling, norwegianised } from "./realTypoChecks";
import { fewestCompoundParts, particleSplit, splitsIntoParts } from "./compoundSplit";
import { digraphFix, lazyProblem } from "./problems";
import { questionAccepted } from "./questions";
import { changesFirstLetter, suggest, suggestScored } from "./suggest";
import { hasNearWord } from "./near";
import { isGenitive } from "./genitive";
import { acceptedSpelling, englishWordNotSlip, englishTerm, misspeltEnglish } from "./loanwords";
import { capitalisedName } from "./lowercaseNames";
import { cheapNeighbour, lettersRestored } from "./variants";

export interface WordContext {
    language: Variety;
    /** The word begins a sentence (or a heading, list item, table cell): a capital tells nothing. */
    sentenceStart?: boolean;
    /** A period follows the word directly ("f.eks.", "bl.a.", "nr."). */
    abbreviation?: boolean;
}

export type OkReason =
    | "word"
    | "compound"
    | "other-variety"
    | "name"
    | "acronym"
    | "abbreviation"
    | "digits"
    | "single-letter"
    | "not-a-word"
    /** Unknown, nothing near, with a letter only loanwords have (c, q, w, x, z): not Norwegian. */
    | "foreign";

export type CheckResult =
    | { ok: true; reason: OkReason }
    | {
          ok: false;
          /** Up to 5 corrections, best first; searched for on first read (≈1 ms), then kept. */
          readonly suggestions: string[];
          /** The same search, with what the context says of each form added to its score (not kept). */
          suggestionsAdjusted(adjust: (form: string) => number): string[];
          /**
           * "misspelling": a close correction exists (show as a warning with quick fixes);
           * "possible-typo": a common word that is also a far more frequent one typed without
           * its ø ("mote" → "møte"; show gently, as information, with the fix);
           * "unknown": nothing in the lists is close (a product name, a foreign word, a rare
           * compound: show as a hint).
           */
          problem: "misspelling" | "possible-typo" | "unknown";
          /** The lists know the word (or allow it as a compound): a likelier typo of another, not an unknown word ("mote" → "møte"). */
          listed: boolean;
      };

/** Accepted after a hyphen behind an acronym or a number: "PDF-en", "CD-er", "URL-ane". */
const ACRONYM_ENDINGS = new Set(["a", "e", "en", "ene", "ens", "er", "ers", "et", "ets", "ar", "ane", "i", "n", "ne", "s"]);
/**
 * Abbreviations written with a period (the period itself is not part of the word): accepted when
 * the tokenizer says a period follows. Bokmål and Nynorsk; lower case.
 */
export const ABBREVIATIONS = new Set(
    (
        "adm ang avd bl.a ca d.d d.e d.m d.s d.v.s des dr dvs e.kr e.l ekskl el etc ev evt f.eks f.kr f.o.m fig fhv fr " +
        "forts gl hhv hr ib ifb iflg ift inkl jan jf jr kap kl kr m.a m.a.o m.fl m.h.t m.m maks mfl mht mill min mrd mv " +
        "nedenf nr o.a o.fl o.l o.s.b o.s.v obs okt osb osv pga pkt pr red ref resp s s.d s.k sek sept sk st stk såk " +
        "t.d t.o.m tab tlf tilsv u.a vedk vedr vha vol ø.l aug feb nov"
    ).split(" "),
);

/** Letters Norwegian spelling has only in loanwords and names. */
const FOREIGN_LETTER = /[cqwxzCQWXZ]/;
/** Frequency class from which a word is among the most frequent: adverbs (5), function words (7). */
const FREQUENT = 5;
/** A capitalised unknown word this near a compound is a typo, not a name. */
const COMPOUND_MISS_COST = 0.8;
const isQuote = (c: number): boolean => c === 0x27 || c === 0x2019;

/** Results remembered per checker (cleared when full). */
const CACHE_SIZE = 100_000;

export class SpellChecker {
    constructor(readonly lexicon: Lexicon) {}

    /**
     * Checks one word (as the tokenizer cut it: no surrounding punctuation; inner hyphens,
     * apostrophes and periods kept). The result's `suggestions` (≤ 5, best first, within one
     * edit) are computed when first read. `suggest()` searches further (two edits).
     */
    checkWord(word: string, context: WordContext): CheckResult {
        // documents repeat their words (and are checked again on every edit): remember results
        const key = `${context.language}${context.sentenceStart ? 1 : 0}${context.abbreviation ? 1 : 0}${word}`;
        const known = this.cache.get(key);
        if (known) return known;
        const result = this.checkUncached(word, context);
        if (this.cache.size >= CACHE_SIZE) this.cache.clear();
        this.cache.set(key, result);
        return result;
    }

    private readonly cache = new Map<string, CheckResult>();

    /** Does the målform layer have a form of the text's standard for this word? Unset: every other-standard form passes. */
    otherStandardForm: ((word: string, textVariety: Variety) => boolean) | undefined;

    /**
     * Lets the checker ask the målform layer whether an other-standard form has a replacement
     * there (the layer reports it then); results cached before are dropped.
     */
    useOtherStandardForms(hasReplacement: (word: string, textVariety: Variety) => boolean): void {
        this.otherStandardForm = hasReplacement;
        this.cache.clear();
    }

    private checkUncached(word: string, context: WordContext): CheckResult {
        // "bilet\u00adkanalen" is spelt "biletkanalen"; a correction drops the hint
        const plain = withoutBreakHints(word);
        if (plain !== word) return plain ? this.checkWord(plain, context) : { ok: true, reason: "not-a-word" };
        const v = context.language;
        const ok = this.accept(word, context);
        // a known misspelling is no listed form, so a listed word needs no look-up
        const misspelt = ok === "word" ? undefined : knownMisspelling(this.lexicon, word);
        if (misspelt) return this.problem("misspelling", word, v, misspelt, ok !== undefined);
        if (ok) {
            // (an English word the lists know only as a compound is a term, not a compound misspelt,
            // capitalised inside a sentence, or in lower case but for a doubling: loanwords.ts)
            let q = ok === "compound" && englishTerm(word, context) ? undefined : questionAccepted(this, word, context, ok);
            if (q && ok === "compound" && englishWordNotSlip(word, q.first)) q = undefined;
            return q ? this.problem(q.problem, word, v, q.first, q.listed) : { ok: true, reason: ok };
        }
        // a near plain word makes it a misspelling; a near compound is no evidence of a typo,
        // except for a capitalised word, which is otherwise a name ("Kalenderhendlelse")
        const shape = caseShape(word);
        let close = hasNearWord(this.lexicon.dawg, word, v);
        // nothing near, and a name in lower case ("facebook", "trondheim"): that name (with a
        // word one edit away, the word is the likelier fix: "for å agra" is "angra", not "Agra")
        const named = close ? undefined : capitalisedName(word);
        if (named) return this.problem("misspelling", word, v, named);
        if (!close) {
            // a compound with ae/oe/aa for æ/ø/å is two edits from any listed word
            const fix = digraphFix(this, word, v);
            if (fix) return this.problem("misspelling", word, v, fix);
        }
        if (!close && shape === "capitalized" && word.length >= 8) {
            close = suggestScored(this.lexicon, word, v, { maxCost: COMPOUND_MISS_COST }).some((s) => s.score <= COMPOUND_MISS_COST);
        }
        if (!close && (shape === "capitalized" || shape === "upper")) return { ok: true, reason: "name" };
        // nothing near, and letters Norwegian spelling leaves to loanwords: a foreign word or a
        // program's name ("cdrecord", "socket", "emacs"), not a Norwegian word to question
        if (!close && FOREIGN_LETTER.test(word)) {
            // unless it is a Norwegian word spelt the foreign way ("avocado" → "avokado"), or a
            // foreign word misspelt ("foccaccia" → "focaccia"; its Norwegian spelling first when
            // listed: "accordeon" → "akkordion")
            const own = acceptedSpelling(this, norwegianised(this, word, v), word, context);
            const en = own ? undefined : misspeltEnglish(word);
            const fix = own ?? (en && norwegianised(this, en, v)) ?? en;
            return fix ? this.problem("misspelling", word, v, fix) : { ok: true, reason: "foreign" };
        }
        return this.problem(close ? "misspelling" : "unknown", word, v);
    }

    /** A problem whose suggestions are searched for when first read (diagnostics need none). */
    private problem(
        problem: "misspelling" | "possible-typo" | "unknown",
        word: string,
        v: Variety,
        first?: string,
        listed = false,
    ): CheckResult {
        return lazyProblem(this, problem, word, v, first, listed);
    }

    /**
     * A word of `variety`, listed or a compound the lists allow, one cheap edit from `word` (æ/ø/å
     * restored, a letter undoubled or doubled, two swapped, one put back), or undefined.
     */
    compoundNeighbour(word: string, variety: Variety): string | undefined {
        const shape = caseShape(word);
        if (shape !== "lower" && shape !== "capitalized") return undefined;
        const best = cheapNeighbour(word.toLowerCase(), (c) => this.known(c, variety) || this.isCompound(c, variety), true, true);
        return best && applyCase(best, word);
    }

    /**
     * The most frequent common words of `variety` (frequency class 5 or more) one cheap edit from
     * `word` (æ/ø/å restored, a letter doubled or undoubled, two swapped, one put back inside;
     * the first letter kept), most frequent first, at most `max` (one when `word` is itself a
     * frequent word: then a typo is the less likely reading), other than those `besides`: what a
     * typo of a frequent word most likely meant ("sit" → "sist", "sitt").
     */
    commonNeighbours(word: string, variety: Variety, besides: readonly string[] = [], max = 2): readonly string[] {
        return this.remembered(`c${variety}${max}${word}\u0000${besides.join("\u0000")}`, () =>
            this.commonNeighboursUncached(word, variety, besides, max),
        );
    }

    private commonNeighboursUncached(word: string, variety: Variety, besides: readonly string[], max: number): string[] {
        const shape = caseShape(word);
        if (shape !== "lower" && shape !== "capitalized") return [];
        const form = FORM[variety];
        const lex = this.lexicon;
        const lower = word.toLowerCase();
        const taken = new Set(besides.map((b) => b.toLowerCase()));
        const found = new Map<string, number>();
        cheapNeighbour(
            lower,
            (c) => {
                const f = lex.formFlags(c);
                if (
                    (f & (form | F_COMMON | F_LIST_ONLY)) !== (form | F_COMMON) ||
                    taken.has(c) ||
                    freqClass(f) < FREQUENT ||
                    changesFirstLetter(lower, c)
                )
                    return false;
                found.set(c, freqClass(f));
                return false;
            },
            true,
            true,
        );
        const room = freqClass(lex.formFlags(lower)) >= FREQUENT ? Math.min(max, 1) : max;
        return [...found]
            .sort((x, y) => y[1] - x[1])
            .slice(0, room)
            .map(([c]) => applyCase(c, word));
    }

    /** Is `word` (lower-cased) a form seen in running text (F_COMMON)? */
    seenInText(word: string): boolean {
        return (this.lexicon.formFlags(word.toLowerCase()) & F_COMMON) !== 0;
    }

    /** `word` with one æ/ø/å put back (typed ae/oe/aa, or o/a) that is a common form of `variety`, or undefined. */
    commonRestored(word: string, variety: Variety): string | undefined {
        const lower = word.toLowerCase();
        const want = FORM[variety] | F_COMMON;
        const best = lettersRestored(lower, (c) => (this.lexicon.formFlags(c) & want) === want, false);
        return best && applyCase(best, word);
    }

    /** Up to `max` corrections, best first, within one edit, else within two (≈1-3 ms). */
    suggest(word: string, language: Variety, max = 5): string[] {
        return suggest(this.lexicon, word, language, { max });
    }

    /** The corrections within one cheap edit (what a problem's `suggestions` search), best first. */
    near(word: string, language: Variety): readonly string[] {
        return this.remembered(`n${language}${word}`, () => suggest(this.lexicon, word, language, { maxCost: 1.0 }));
    }

    /** Searches a document asks for again on every full check (~1 ms each), kept like check results. */
    private remembered(key: string, search: () => string[]): readonly string[] {
        let found = this.searches.get(key);
        if (!found) {
            if (this.searches.size >= CACHE_SIZE) this.searches.clear();
            this.searches.set(key, (found = search()));
        }
        return found;
    }

    private readonly searches = new Map<string, readonly string[]>();

    /** Why the word is fine, or undefined when it is not (no likely-typo questioning here). */
    accept(word: string, context: WordContext): OkReason | undefined {
        if (/\d/.test(word)) return "digits";
        // a quote mark or a genitive apostrophe stuck to the word ('Vis', Hans')
        if (isQuote(word.charCodeAt(0)) || isQuote(word.charCodeAt(word.length - 1))) {
            const bare = word.replace(/^['’]+|['’]+$/g, "");
            return bare ? this.accept(bare, context) : "not-a-word";
        }
        // "f.eks", "bl.a", "t.d": an abbreviation with an inner period is one whatever follows
        if (word.includes(".") && ABBREVIATIONS.has(word.toLowerCase())) return "abbreviation";
        const shape = caseShape(word);
        if (shape === "none") return "not-a-word";
        // one letter over and over is a placeholder or a format code ("yyyy", "xxx"), not a word
        if (word.length >= 3 && /^(\p{L})\1+$/iu.test(word)) return "not-a-word";
        if (word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) return "single-letter";
        const v = context.language;
        if (this.known(word, v)) return "word";
        if (word.includes("-")) return this.hyphenated(word, context);
        if (shape === "mixed") return "name";
        const other = v === "nb" ? "nn" : "nb";
        // a listed form of the other standard: the lists know better than a compound guess
        // ("gjeldande" is Nynorsk, not a Bokmål compound gjel|dande); but a rare one (not seen in
        // web text) that is a genitive -s on a noun form of this standard is that genitive ("Et
        // objekts forskyvning"; a common one is a word of its own there: "vises" in Nynorsk)
        const lower = word.toLowerCase();
        if (this.known(word, other))
            return !(this.lexicon.formFlags(lower) & F_COMMON) && isGenitive(this.lexicon, lower, v) ? "word" : "other-variety";
        if (context.abbreviation && (ABBREVIATIONS.has(word.toLowerCase()) || this.lexicon.lookupFlags(word + ".") & (F_NB | F_NN)))
            return "abbreviation";
        // three equal letters never stand together in a Norwegian word ("trykkkjer")
        if (shape !== "upper" && /(\p{L})\1\1/u.test(lower)) return undefined;
        if (this.isCompound(lower, v)) return "compound";
        if (this.particleCompound(lower, v)) return "compound";
        // a genitive -s on a noun form the lists have without it ("histogrammets", "dialogvinduets")
        if (isGenitive(this.lexicon, lower, v)) return "word";
        if (lower.length > 4 && lower.endsWith("s") && !/[sxz]$/.test(lower.slice(0, -1)) && this.isCompound(lower.slice(0, -1), v))
            return "compound";
        if (this.isCompound(lower, other)) return "other-variety";
        // "éin", "fór", "lét": an accent for stress on a known word
        const plain = lower
            .normalize("NFD")
            .replace(/[\u0301\u0300\u0302]/g, "")
            .normalize("NFC");
        if (plain !== lower && (this.known(plain, v) || this.known(plain, other))) return "word";
        // capitals are acronyms, codes and function names ("PDF", "VLOOKUP", "DAG.ETTER")
        if (shape === "upper") return "acronym";
        if (context.abbreviation && shape === "lower" && word.length <= 4) return "abbreviation";
        if (shape === "capitalized" && !context.sentenceStart) return "name";
        return undefined;
    }

    /** Is `word` (case-folded) a listed form of `v`? */
    known(word: string, v: Variety): boolean {
        return (this.lexicon.lookupFlags(word) & FORM[v]) !== 0;
    }

    private hyphenated(word: string, context: WordContext): OkReason | undefined {
        const parts = word.split("-");
        const v = context.language;
        let sawOther = false;
        for (let i = 0; i < parts.length; i++) {
            const p = parts[i];
            if (p === "") continue; // "dato- og klokkeslett", "-fila"
            const prev = parts[i - 1];
            if (i > 0 && ACRONYM_ENDINGS.has(p) && prev !== undefined && /^[\p{Lu}\d]+$/u.test(prev)) continue;
            // a first part before the hyphen may be a compound-only form ("arbeids-")
            if (i < parts.length - 1 && this.lexicon.lookupFlags(p) & LEFT[v]) continue;
            const r = this.accept(p, { ...context, sentenceStart: i === 0 && context.sentenceStart, abbreviation: false });
            if (!r) return undefined;
            if (r === "other-variety") sawOther = true;
        }
        return sawOther ? "other-variety" : "compound";
    }

    /**
     * Does `lower` split into compound parts of variety `v` (each of 3 letters or more)? Stops at
     * the first split it finds; `fewestParts` gives the one a reader would take.
     */
    isCompound(lower: string, v: Variety): boolean {
        return splitsIntoParts(this.lexicon, lower, v);
    }

    /**
     * "på|logget", "av|logging", "ut|intensitetar": a two-letter particle before a word that may
     * end a compound (the lists have "pålogging", not every such form, and compound parts are
     * otherwise three letters or more). Not when an æ/ø/å put back makes a listed word
     * ("omdoping" is "omdøping", not om|doping).
     */
    particleCompound(lower: string, v: Variety): boolean {
        return particleSplit(this.lexicon, lower, v) && !lettersRestored(lower, (c) => this.known(c, v));
    }

    /**
     * The split of `lower` into the fewest compound parts of variety `v` (on a tie, the shortest
     * first part), or undefined. A reader splits "lysbiletovergangen" as lysbilet|overgangen,
     * not lys|bile|tov|erg|angen.
     */
    fewestParts(lower: string, v: Variety): string[] | undefined {
        // asked twice in a row for the same word (likelyTypo, then the plausibility check)
        const key = v + lower;
        if (key === this.lastSplit.key) return this.lastSplit.parts;
        const parts = fewestCompoundParts(this.lexicon, lower, v);
        this.lastSplit = { key, parts };
        return parts;
    }

    private lastSplit: { key: string; parts: string[] | undefined } = { key: "", parts: undefined };
}
