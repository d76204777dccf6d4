// The questions of a word the checker accepts: a listed word, a compound, a name or a form of
// the other standard that is still most likely a typo of another word. The checker asks
// questionAccepted for every word it would let through; each rule says why in its comment.
import type { Variety } from "../../protocol/writtenStandard";
import { analysedWith, F_COMMON, F_LIST_ONLY, FORM, freqClass } from "../../lexicon/flags";
import { applyCase, caseShape } from "../../lexicon/lexicon";
import type { OkReason, SpellChecker, WordContext } from "./checker";
import { inflectionOfCommon, likelyTypo } from "./likelyTypo";
import { nearHyphenatedName, nearName, placeSpelledWithMarks } from "./names";
import { withinOneEdit } from "./plausibility";
import { implausibleCompound, unreplaceableOtherForm } from "./realTypoChecks";
import { listOnlyCheapSlip, listOnlyClosedPhrase, listOnlyEligForIg, listOnlyLetterSlip } from "./rareForms";
import { soundAlikeName } from "./soundAlike";
import { suggestScored } from "./suggest";
import { doubledOrSingle } from "./variants";

/** From this length a compound only of the other standard's parts loses to any analysed word one edit away. */
const LONG_OTHER_COMPOUND = 12;

/** From this length a compound only of the other standard's parts loses to a common word two cheap edits away. */
const OTHER_COMPOUND_TWO_EDITS_MIN = 7;
/** Two edits, one of them cheap (as in plausibility.ts). */
const TWO_CHEAP_EDITS = 1.7;

/** What a question of an accepted word found: the problem to report, its first correction, and whether the lists know the word. */
export interface Question {
    problem: "misspelling" | "possible-typo";
    first: string | undefined;
    listed: boolean;
}

/** A word with an ø for an o whose frequency class is at least FREQUENT_WITH_O and FREQUENCY_GAP_O above the typed word's. */
const FREQUENT_WITH_O = 6;
const FREQUENCY_GAP_O = 2;
function frequentWithO(lower: string, flags: number, commonFlags: (candidate: string) => number): string | undefined {
    for (let i = lower.indexOf("o"); i >= 0; i = lower.indexOf("o", i + 1)) {
        const c = lower.slice(0, i) + "ø" + lower.slice(i + 1);
        const cls = freqClass(commonFlags(c));
        if (cls >= FREQUENT_WITH_O && cls - freqClass(flags) >= FREQUENCY_GAP_O) return c;
    }
    return undefined;
}

/** From this length a name of the other standard's lists one edit away is the name mistyped (shorter: "Layer" is no "Lager"). */
const OTHER_NAME_MIN = 9;

/** From this length a capitalised word a doubled letter from a listed word is that word, not a name. */
const DOUBLED_NAME_MIN = 7;

/**
 * The listed word (lower case in the lists, written with the capital as typed) that the
 * capitalised `word` becomes with a letter doubled or undoubled ("Cadilac", "Caddillac" →
 * "Cadillac"): a brand or loanword whose double letters the writer missed, not another name.
 */
function doubledLetterWord(sp: SpellChecker, word: string, v: Variety): string | undefined {
    if (word.length < DOUBLED_NAME_MIN) return undefined;
    const best = doubledOrSingle(word.toLowerCase(), (c) => sp.known(c, v));
    return best && applyCase(best, word);
}

/** The shortest first part of a name written with a hyphen ("Sør-", "Øst-"). */
const HYPHEN_PART_MIN = 3;

/** The listed name `word` is with a hyphen put in and the next letter capitalised ("Nordnorge" → "Nord-Norge"), or undefined. */
function hyphenatedName(sp: SpellChecker, word: string, v: Variety): string | undefined {
    for (let i = HYPHEN_PART_MIN; i <= word.length - HYPHEN_PART_MIN; i++) {
        const c = word.slice(0, i) + "-" + word[i].toUpperCase() + word.slice(i + 1);
        if (sp.lexicon.formFlags(c) & FORM[v]) return c;
    }
    return undefined;
}

/**
 * The name a capitalised word inside a sentence most likely misspells when only its lower-case
 * form is listed, and that form is rare (not seen in web text), no verb's stem (a capitalised
 * imperative opens a menu item or a button: "Erstatt", "Handsam") and no common word with an
 * ending ("Makroer", a heading's plural of "makro"): a rare common noun written with a capital
 * is likelier a name mistyped ("Trønderlag" → "Trøndelag", "Asurene" → "Asorene") than that
 * noun. Or undefined.
 */
function capitalisedRareWord(sp: SpellChecker, word: string, v: Variety): string | undefined {
    if (sp.lexicon.formFlags(word) & FORM[v]) return undefined;
    const lower = word.toLowerCase();
    if (sp.lexicon.formFlags(lower) & F_COMMON || sp.known(lower + "e", v)) return undefined;
    // nor a common word inflected: its forms are rare in web text, the word is not ("Makroer")
    const want = FORM[v] | F_COMMON;
    if (inflectionOfCommon(lower, (c) => (sp.lexicon.formFlags(c) & want) === want)) return undefined;
    return nearName(sp.lexicon, word, v);
}

/** Is `name` the hyphenated `word` written closed, or with a linking -s- for the hyphen ("Oslo-området", "Trondheim-regionen")? */
function sameCompound(word: string, name: string): boolean {
    const cut = word.indexOf("-");
    if (cut <= 0) return false;
    const lower = name.toLowerCase();
    const w = word.toLowerCase();
    return lower === w.replace(/-/g, "") || lower === w.slice(0, cut) + "s" + w.slice(cut + 1).replace(/-/g, "");
}

/** Why the accepted `word` (accepted for `ok`) is still questioned, or undefined when it is not. */
export function questionAccepted(sp: SpellChecker, word: string, context: WordContext, ok: OkReason): Question | undefined {
    const v = context.language;
    // a name the lists write with a hyphen and a second capital, written closed: the norm's
    // "Midt-Norge", "Nord-Irland", "Sør-Afrika" (a quarter of the world before a name)
    if (ok !== "acronym" && ok !== "abbreviation" && caseShape(word) === "capitalized" && !(sp.lexicon.formFlags(word) & FORM[v])) {
        const named = hyphenatedName(sp, word, v);
        if (named) return { problem: "misspelling", first: named, listed: ok !== "name" };
    }
    // a capitalised word inside a sentence a cheap edit from a listed name is that name
    // mistyped, not another name ("Mississipi", "Finnland"): asked gently, the name as the fix
    // (or only a compound of the other standard's parts: "Brumundal", "Transylvania")
    const otherCompound = ok === "other-variety" && !sp.known(word, v === "nb" ? "nn" : "nb");
    if ((ok === "name" || ok === "compound" || otherCompound) && caseShape(word) === "capitalized" && !context.sentenceStart) {
        // (a long name only the other standard's lists have is a name all the same: "Menighetsfakultetet", one edit only)
        // A name before a hyphen that stands for a compound's head ("Basic- og Kate-tillegget",
        // "Linux- eller Windows-brukere") is asked as the name alone, the fix with its hyphen.
        const elided = word.endsWith("-");
        const name =
            nearName(sp.lexicon, elided ? word.slice(0, -1) : word, v) ??
            (ok === "name" && word.length >= OTHER_NAME_MIN ? nearName(sp.lexicon, word, v === "nb" ? "nn" : "nb", true) : undefined) ??
            (ok === "name" ? (doubledLetterWord(sp, word, v) ?? soundAlikeName(word)) : undefined);
        // (a name and a word joined by the norm's hyphen is no misspelling of the same compound
        // written closed, which the lists hold too: "Oslo-området" beside "Osloområdet", "Trondheimsregionen")
        if (name && !(elided ? false : sameCompound(word, name)))
            return { problem: "possible-typo", first: elided ? name + "-" : name, listed: ok === "compound" };
    }
    // a place the lists write without the marks of its own language, which Apertium's analysers
    // write with them and know no other way ("Malmø" → "Malmö", "Nurnberg" → "Nürnberg"): asked gently
    if (ok === "word" && caseShape(word) === "capitalized" && !context.sentenceStart) {
        const place = placeSpelledWithMarks(sp.lexicon, word);
        if (place) return { problem: "possible-typo", first: place, listed: true };
        // (only the lower-case form listed, a rare one: a name mistyped, "Trønderlag")
        const name = capitalisedRareWord(sp, word, v);
        if (name) return { problem: "possible-typo", first: name, listed: true };
    }
    // a name of capitalised parts joined by hyphens that no list has, near a listed place or
    // organisation of that shape ("Bosnia-Herzegovina", "Nord-Trønderlag"): its case shape is
    // mixed, so the question above does not ask; the inner capitals say it is a name wherever it stands
    if ((ok === "compound" || ok === "name") && word.includes("-")) {
        const name = nearHyphenatedName(sp.lexicon, word, v);
        if (name) return { problem: "possible-typo", first: name, listed: ok === "compound" };
    }
    // a form only the other standard's lists have is a målform matter only where the
    // målform layer has this standard's form for it; otherwise it is a misspelling that
    // both lists let through ("sannsynelig", "parantes" in Bokmål)
    if (ok === "other-variety" && sp.otherStandardForm && unreplaceableOtherForm(sp, word, v, sp.otherStandardForm)) {
        return { problem: "misspelling", first: undefined, listed: true };
    }
    const likely = likelyTypo(sp, word, v, ok) ?? (ok === "compound" ? implausibleCompound(sp, word, v) : undefined);
    if (likely) return { problem: "misspelling", first: likely, listed: true };
    // a form only the word lists have, a letter put in or left out from a common word, a
    // doubling or æ/ø/å from a form an analyser knows, or an -ig adjective written -elig: asked gently
    const slip =
        ok === "word"
            ? (listOnlyLetterSlip(sp.lexicon, word, v) ?? listOnlyCheapSlip(sp.lexicon, word, v) ?? listOnlyEligForIg(sp.lexicon, word, v))
            : undefined;
    if (slip) return { problem: "possible-typo", first: slip, listed: true };
    // a form only the word lists have that they also list with hyphens, the norm's spelling
    // ("ikkevoldelig" → "ikke-voldelig", "frontmotfrontkollisjon"): asked gently
    const phrase = ok === "word" ? listOnlyClosedPhrase(sp.lexicon, word, v) : undefined;
    if (phrase) return { problem: "possible-typo", first: phrase, listed: true };
    // an o where an ø makes a far more frequent word: a keyboard without ø ("mote" →
    // "møte", "hove" → "høve"). No such word stands in the 130,000 words of clean dev
    // text, but "fort" (→ "ført") and "motet" are common words too: a gentle question
    if (ok === "word" && caseShape(word) === "lower") {
        const want = FORM[v] | F_COMMON;
        const commonFlags = (c: string): number => {
            const f = sp.lexicon.formFlags(c);
            return (f & want) === want ? f : 0;
        };
        const best = frequentWithO(word, sp.lexicon.lookupFlags(word), commonFlags);
        if (best) return { problem: "possible-typo", first: best, listed: true };
    }
    // only a compound of the other standard's parts, and one typo from a listed word of
    // this one: the typo is the likelier reading ("oppførig" in Bokmål is "oppføring",
    // not an unknown Nynorsk compound "opp|førig")
    if (
        ok === "other-variety" &&
        !sp.known(word, v === "nb" ? "nn" : "nb") &&
        !/[-'’]/.test(word) &&
        withinOneEdit(sp.lexicon, word.toLowerCase(), FORM[v])
    ) {
        // (a listed word seen in web text: a near rare one may be a form the lists lack, "utformat";
        // a long one an analyser knows is the likelier reading, "blomster|dekrasjon")
        const best = suggestScored(sp.lexicon, word, v, { maxCost: 1.0, max: 1, compounds: false })[0];
        const f = best ? sp.lexicon.formFlags(best.word.toLowerCase()) : 0;
        if (best && f & FORM[v] && (f & F_COMMON || (word.length >= LONG_OTHER_COMPOUND && !(f & F_LIST_ONLY))))
            return { problem: "misspelling", first: best.word, listed: true };
    }
    // only a compound of the other standard's parts, and two cheap edits (a letter left out and
    // a vowel, ...) from a common word of this standard with the first letter and the ending as
    // typed: that word misspelt ("ansenitet" in Bokmål is "ansiennitet", no Nynorsk "anse|nitet")
    if (otherCompound && caseShape(word) === "lower" && word.length >= OTHER_COMPOUND_TWO_EDITS_MIN && !/[-'’]/.test(word)) {
        const want = FORM[v] | F_COMMON;
        const best = suggestScored(sp.lexicon, word, v, { maxCost: TWO_CHEAP_EDITS, max: 3, compounds: false }).find((s) => {
            const f = sp.lexicon.formFlags(s.word);
            return analysedWith(f, want) && s.word[0] === word[0] && s.word.slice(-2) === word.slice(-2);
        });
        if (best) return { problem: "misspelling", first: best.word, listed: true };
    }
    return undefined;
}
