// Loanwords spelt the foreign way: Norwegian writes "avokado", "korona", "anoreksi", "silikon",
// "akkordeon", "intervju", where English and the other source languages write c, x, z, ph, w. A word with
// such a letter that nothing in the lists is near is left alone as a foreign word (a program's
// name, an English term), unless writing its letters the Norwegian way makes a listed word or a
// compound the lists allow: then it is that word, misspelt. Nor is a long one a foreign word
// when it is one edit from an English word and none itself: that word misspelt.
import { caseShape } from "../../lexicon/lexicon";
import { isEnglishWord, loadNames, type NamesList } from "../../lexicon/namesList";
import type { SpellChecker, WordContext } from "./checker";

/** c before e, i, y, æ sounds as s; elsewhere as k. */
const C_AS_S = /[eiyæ]/;

/** The spelling with c, x, z, ph, w, qu, iew written as Norwegian writes them (lower case), or undefined when nothing changes. */
export function norwegianSpelling(lower: string): string | undefined {
    let out = "";
    for (let i = 0; i < lower.length; i++) {
        const ch = lower[i];
        const next = lower[i + 1] ?? "";
        if (ch === "c") {
            if (next === "c") {
                // "cc": kk, or ks before e/i ("accent" → "aksent")
                out += C_AS_S.test(lower[i + 2] ?? "") ? "ks" : "kk";
                i++;
            } else if (next === "k")
                out += "k"; // "ck": k ("snack" is "snacks" not Norwegian, but "jacke" → "jakke")
            else if (next === "h") {
                out += "k"; // "ch" in loanwords from Greek: "chaos" → "kaos"
                i++;
            } else out += C_AS_S.test(next) ? "s" : "k";
        } else if (ch === "i" && next === "e" && lower[i + 2] === "w") {
            out += "ju"; // "iew" sounds as ju: "interview" → "intervju"
            i += 2;
        } else if (ch === "x") out += "ks";
        else if (ch === "z") out += "s";
        else if (ch === "w") out += "v";
        else if (ch === "p" && next === "h") {
            out += "f";
            i++;
        } else if (ch === "q" && next === "u") {
            out += "kv";
            i++;
        } else out += ch;
    }
    return out === lower ? undefined : out;
}

/**
 * From this length an unknown foreign-looking word one edit from a lower-case English word is
 * that word misspelt (shorter ones are as often commands and codes near one: "emacs" → "macs",
 * "dselect" → "deselect" in the clean dev text; none from 8 letters).
 */
const MISSPELT_ENGLISH_MIN = 8;
const LATIN = "abcdefghijklmnopqrstuvwxyz";

/**
 * The lower-case English word of SCOWL (the names list's N_EN_WORD) one edit from the lower-case
 * `word` (a letter left out, put in, replaced, or two swapped), when `word` is none itself: a
 * foreign word misspelt ("foccaccia" → "focaccia", "accordeon" → "accordion"), or undefined.
 * The first found in edit order (left out, swapped, replaced, put in), position by position.
 */
export function misspeltEnglish(word: string, names: NamesList | null | undefined = loadNames()): string | undefined {
    if (!names || word.length < MISSPELT_ENGLISH_MIN || caseShape(word) !== "lower") return undefined;
    const isEnglish = (c: string): boolean => isEnglishWord(names, c);
    if (isEnglish(word)) return undefined;
    const letters = [...new Set(LATIN + word)];
    const n = word.length;
    for (let i = 0; i < n; i++) {
        const c = word.slice(0, i) + word.slice(i + 1);
        if (isEnglish(c)) return c;
    }
    for (let i = 0; i + 1 < n; i++) {
        const c = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        if (isEnglish(c)) return c;
    }
    for (let i = 0; i <= n; i++) {
        for (const ch of letters) {
            if (i < n && ch !== word[i] && isEnglish(word.slice(0, i) + ch + word.slice(i + 1)))
                return word.slice(0, i) + ch + word.slice(i + 1);
            if (isEnglish(word.slice(0, i) + ch + word.slice(i))) return word.slice(0, i) + ch + word.slice(i);
        }
    }
    return undefined;
}

/** The shortest English word a coined English compound is read as made of (SCOWL's lower-case words start at 4 letters). */
const ENGLISH_PART_MIN = 4;

/**
 * Is the lower-case `word` a coinage of English words that English itself does not list
 * ("extra|gear", "trans|code": a program's or project's name in a software text), not an English
 * word ("coronavirus", whose Norwegian spelling the norm has) and not a word with a Norwegian part
 * ("silicon|pupper")? Splits into two or more lower-case words of SCOWL, each 4+ letters.
 */
export function englishCoinage(word: string, names: NamesList | null | undefined = loadNames()): boolean {
    if (!names || caseShape(word) !== "lower") return false;
    const isEnglish = (c: string): boolean => isEnglishWord(names, c);
    if (isEnglish(word)) return false;
    // splits[i]: word.slice(i) is one or more English words
    const n = word.length;
    const splits: boolean[] = new Array<boolean>(n + 1).fill(false);
    splits[n] = true;
    for (let i = n - ENGLISH_PART_MIN; i >= 0; i--) {
        for (let j = i + ENGLISH_PART_MIN; j <= n && !splits[i]; j++) splits[i] = splits[j] && isEnglish(word.slice(i, j));
    }
    return splits[0];
}

/**
 * `own`, the Norwegian spelling of the foreign-looking `word`, when it is a listed word, or a
 * compound that the checker accepts without a question and `word` is no coinage of English
 * words: "normalize" is no "nor|malise" (itself a slip of "normaliser"), "extragear" and
 * "transcode" are programs' names, not "ekstra|gear" and "trans|kode" misspelt; "coronavirus" is
 * "koronavirus". Otherwise undefined.
 */
export function acceptedSpelling(sp: SpellChecker, own: string | undefined, word: string, context: WordContext): string | undefined {
    if (!own || sp.known(own, context.language)) return own;
    return sp.checkWord(own, { ...context, sentenceStart: false }).ok && !englishCoinage(word) ? own : undefined;
}

/**
 * Is `word` a capitalised English word inside a sentence (a lower-case word of SCOWL's English
 * list, the names list's N_EN_WORD)? The lists know it only as a compound, but it is a key, a menu
 * or a program's term ("i stedet for Delete", not "Del|ete" for "Delte"), as a capitalised English
 * word is never a misspelt name (names.ts). At a sentence's start the capital tells nothing, and
 * in lower case the word is asked as any other ("parallel" → "parallell").
 */
export function englishTerm(word: string, context: WordContext, names: NamesList | null | undefined = loadNames()): boolean {
    if (!names || context.sentenceStart || caseShape(word) !== "capitalized") return false;
    return isEnglishWord(names, word.toLowerCase());
}

/** Is `b` `a` with one a, o or e written æ, ø or å, letters English has not ("stoper" → "støper")? */
function markedLetterApart(a: string, b: string): boolean {
    if (a.length !== b.length) return false;
    const diffs = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return diffs.length === 1 && /[aoe]/.test(a[diffs[0]]) && /[æøå]/.test(b[diffs[0]]);
}

/** Is `a` `b` with one letter doubled or undoubled? */
function doublingApart(a: string, b: string): boolean {
    const [long, short] = a.length > b.length ? [a, b] : [b, a];
    if (long.length !== short.length + 1) return false;
    for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
}

/**
 * Is the question of the lower-case `word`, which the lists know only as a compound, with `first`
 * as its fix, one to drop because `word` is an English word of SCOWL? Such a word is an English
 * term in a software text ("statuses", not "sta|tuse" for "statusen"), unless the fix is the
 * word with a letter doubled or undoubled, the spelling Norwegian gives the loan ("parallel" →
 * "parallell", "billet" → "billett"), or with an æ, ø or å that English has not ("stoper" →
 * "støper"). A question with no fix is kept.
 */
export function englishWordNotSlip(word: string, first: string | undefined, names: NamesList | null | undefined = loadNames()): boolean {
    if (!names || caseShape(word) !== "lower" || !isEnglishWord(names, word)) return false;
    if (first === undefined) return false;
    const fix = first.toLowerCase();
    return !doublingApart(word, fix) && !markedLetterApart(word, fix);
}
