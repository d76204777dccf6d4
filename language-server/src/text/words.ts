// Words of prose, the way a careful proofreader sees them.
//
// A word is a run of letters (any script: æøå, é, ü, non-BMP letters), combining marks, digits
// and soft hyphens (U+00AD, kept inside the word's text), joined by single hyphens ("e-post",
// "IT-avdelinga", "1990-tallet": one word, `parts` gives the pieces), apostrophes ("Ola's",
// "rock'n'roll") or periods (abbreviations "bl.a.", "f.eks.", "t.d.").
//
// Never words: URLs (scheme://…, www.…, mailto:…), e-mail addresses, @mentions, #hashtags, file
// paths (/abs, ./rel, ~/…, C:\…, dir/name.ext), file names and domains (README.md, vg.no), pure
// numbers (2024, 1.000, 3,5), anything in an ATOM (inline code, math … in Markdown), emoji.
//
// A period is part of a word only for an abbreviation: a known one ("osv.", "mr.", "kl.",
// "bl.a.", "t.d." …, see ABBREVIATIONS), any run of one- and two-letter pieces joined by
// periods ("m.a.o.", "p.t."), or a single letter (an initial: "Ola K. Nordmann"). Otherwise it
// ends the sentence. A hyphen at the end belongs to the word when a space or comma follows
// ("ord- og setningsbygning": `trailingHyphen`); an apostrophe at the end belongs to a
// capitalized word ending in s, x or z (the genitive "Hans' bil").

import { ATOM, type ProseBlock } from "./proseBlock";

/**
 * What comes before a word, for sentence-start rules:
 * - "block": nothing (the first word of a paragraph, heading, list item, table cell …);
 * - "sentence": `.`, `!`, `?` or `…` and a space (quotes and brackets in between allowed before
 *   the punctuation: `. «Hei`);
 * - "colon": `:` and a space;
 * - "list": a list marker at a line start in plain text (`- `, `* `, `• `, `1) `);
 * - "ambiguous": a period that may not end a sentence (after an abbreviation or a number, as in
 *   "17. mai" or "osv. Så"), or `.`/`!`/`?` inside closing quotes or brackets (`«Hei!» sa han`).
 */
export type SentenceBoundary = "block" | "sentence" | "colon" | "list" | "ambiguous";

/** Letter case and digits of a word or part. Letters are Unicode letters (\p{L}). */
export interface WordShape {
    /** two or more letters, none lower-case: "NRK", "IT-AVDELINGA" */
    allCaps: boolean;
    /** the first letter is upper-case: "Oslo", "IT-avdelinga", "NRK" */
    capitalized: boolean;
    /**
     * some hyphen part is neither lower-case, capitalized ("Oslo") nor all caps: "iPhone",
     * "McDonald", "NRKs" (names, products, acronyms with an ending: not dictionary words)
     */
    mixedCase: boolean;
    /** contains a decimal digit: "MP3", "3D", "1990-tallet" */
    hasDigit: boolean;
}

/** A piece of a hyphenated compound ("IT" and "avdelinga" of "IT-avdelinga"). */
export interface WordPart extends WordShape {
    text: string;
    /** offsets in the block's text */
    textStart: number;
    textEnd: number;
    /** document offsets (markup inside included) */
    start: number;
    end: number;
}

/** A word of a block, found by {@link words} or (text offsets only) by {@link scanWords}. */
export interface Word extends WordShape {
    /** as in the block's text: markup removed, entities decoded, soft hyphens kept */
    text: string;
    /** offsets in the block's text */
    textStart: number;
    textEnd: number;
    /**
     * document offsets: the range covering the word, with any markup inside it (`**hel**t`),
     * without markup around it. For a replacement use `block.toDocEdit(textStart, textEnd, new)`.
     */
    start: number;
    end: number;
    /** the hyphen-separated parts; one part (the whole word, less a trailing "-") when none */
    parts: readonly WordPart[];
    /** `text` is an abbreviation (includes its final period when the text has one) */
    abbreviation: boolean;
    /** a capital letter here is explained by the position: boundary block, sentence, colon or list */
    sentenceStart: boolean;
    /** what comes before the word; null: nothing special (the middle of a sentence) */
    boundary: SentenceBoundary | null;
    /** contains an apostrophe or ends with one ("Ola's", "Hans'") */
    apostrophe: boolean;
    /** ends with a hyphen: the first half of "ord- og setningsbygning" */
    trailingHyphen: boolean;
}

/**
 * Abbreviations (lower-case, with their final period) whose period does not end a sentence.
 * Bokmål and nynorsk. Words that are also ordinary words at a sentence end are left out
 * ("man.", "jul.", "red.", "ha.", "no.", "da.", "lat.").
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
    (
        "adm. ang. avd. bd. bl.a. bl. ca. cand.mag. cand.philol. cand.real. co. d.d. d.e. d.s. d.v.s. div. dl. dr. " +
        "dr.philos. dr.med. dvs. e.kr. e.l. eks. ekskl. el. etc. ev. evt. f.eks. f.kr. f.o.m. feb. fhv. fig. forts. " +
        "gl. hhv. h.h.v. ibid. ifm. i.f.m. iflg. ihht. iht. i.h.t. inkl. inc. i.st.f. istf. jan. jf. jfr. jmf. jr. " +
        "kap. kl. kr. ltd. m.a. m.a.o. m.fl. m.h.t. m.m. m.v. mag.art. mfl. mht. mill. ml. mr. mrd. mrs. ms. mv. nr. " +
        "nov. o.a. o.fl. o.l. o.s.v. okt. osv. ovf. p.g.a. p.t. pga. ph.d. pkt. pr. prof. pst. ref. resp. s.k. sep. " +
        "sept. sk. sml. sr. sst. st. stk. såk. t.d. t.o.m. tab. tils. tlf. u.a. utg. v.h.a. vedk. vedr. vha. vol. vs. " +
        "årg. aug. apr. des. jun. mar. nyn. bm. nn."
    ).split(" "),
);
// "mar." (mareritt) is kept, a rare sentence-final word; "eg." is not ("eg" is nynorsk "I").

/** Last pieces of "name.ext" and "site.tld" that make a dotted token a file name or a domain. */
const FILE_OR_DOMAIN = new Set(
    (
        "no com org net se dk fi is de uk eu io info gov edu nu app dev fr nl " +
        "md markdown txt ts tsx js jsx mjs cjs json jsonc yaml yml toml html htm css scss less pdf doc docx odt " +
        "xls xlsx ods ppt pptx odp csv tsv png jpg jpeg gif svg webp ico zip gz tgz tar rar 7z py rs go java kt " +
        "c h cc cpp hpp cs rb php sh bash zsh ps1 bat exe dll so dylib xml sql log ini cfg conf lock gguf bin " +
        "mp3 mp4 wav ogg flac mov avi mkv webm ipynb tex bib rtf epub vue svelte lua pl r swift"
    ).split(" "),
);

/** Soft hyphens and zero-width characters: breaking hints inside a word, not part of its spelling. */
const BREAK_HINTS = /[\u00ad\u200b\u200c\u200d\u2060]/g;

/** A word as it is spelt, without breaking hints ("bilet\u00adkanalen" → "biletkanalen"). */
export function withoutBreakHints(text: string): string {
    return text.replace(BREAK_HINTS, "");
}

const WORD_CHARS = "\\p{L}\\p{M}\\p{Nd}\\u00AD";
// Alternatives in priority order; the first that matches at the leftmost position wins.
const TOKEN = new RegExp(
    [
        // 1: URL
        "((?:[A-Za-z][A-Za-z0-9+.-]*:\\/\\/|www\\.|mailto:)[^\\s\\uFFFC<>\"«»“”]+)",
        // 2: e-mail address
        "([\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)",
        // 3: @mention, #hashtag, only at a token start
        "((?<![\\p{L}\\p{N}_&])[@#][\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*)",
        // 4: path: /abs, ./rel, ../rel, ~/home, C:\, \\unc, dir/…/name.ext
        "((?<![\\p{L}\\p{N}_./\\\\-])(?:~|\\.{1,2})?\\/[^\\s\\uFFFC]+" +
            "|(?<![\\p{L}\\p{N}])[A-Za-z]:\\\\[^\\s\\uFFFC]*" +
            "|\\\\\\\\[^\\s\\uFFFC]+" +
            "|(?:[\\p{L}\\p{N}_.-]+\\/)+[\\p{L}\\p{N}_-]+\\.[A-Za-z][A-Za-z0-9]{0,7}(?![\\p{L}\\p{N}]))",
        // 5: word-like: word characters joined by single hyphens, apostrophes, periods
        `([${WORD_CHARS}]+(?:[-\\u2011'’ʼ.][${WORD_CHARS}]+)*)`,
    ].join("|"),
    "gu",
);
/** Characters that may make a chunk a URL, e-mail address, mention, hashtag or path. */
const HINT = /[@#/\\:]|www\./giu;
/** Alternative 5 of TOKEN alone, for chunks that cannot hold anything else. */
const WORD = new RegExp(`[${WORD_CHARS}]+(?:[-\\u2011'’ʼ.][${WORD_CHARS}]+)*`, "gu");

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, "u");
const APOSTROPHE = /['’ʼ]/;
const SYMBOL = /[\p{So}\p{Sk}\p{Mn}\p{Me}\p{Cf}]/u;
/** Punctuation at the end of a URL or path that is the sentence's, not the URL's. */
const URL_TRAILING = /[.,:;!?'"»”’)\]}*_~]+$/u;

const cache = new WeakMap<ProseBlock, readonly Word[]>();

/**
 * The words of `block`, with document offsets. Cached per block; a block that ProseExtractor
 * re-used at a new position re-uses the scan of the original and only moves the offsets.
 */
export function words(block: ProseBlock): readonly Word[] {
    let out = cache.get(block);
    if (out) return out;
    const base = block.base ?? block;
    let original = cache.get(base);
    if (!original) {
        original = scanWords(base.text).map((w) => toDoc(base, w));
        cache.set(base, original);
    }
    if (base === block) return original;
    const delta = block.range.start - base.range.start;
    out = original.map((w) => moved(w, delta));
    cache.set(block, out);
    return out;
}

/** `w` (text offsets of `block`) with its document offsets. */
function toDoc(block: ProseBlock, w: Word): Word {
    const start = block.toDocOffset(w.textStart, "start");
    const end = block.toDocOffset(w.textEnd, "end");
    const p = w.parts;
    if (p.length === 1 && p[0].textStart === w.textStart && p[0].textEnd === w.textEnd) {
        p[0].start = start;
        p[0].end = end;
    } else {
        for (const part of p) {
            part.start = block.toDocOffset(part.textStart, "start");
            part.end = block.toDocOffset(part.textEnd, "end");
        }
    }
    w.start = start;
    w.end = end;
    return w;
}

function moved(w: Word, d: number): Word {
    const parts: WordPart[] = [];
    for (const p of w.parts) {
        parts.push({
            text: p.text,
            textStart: p.textStart,
            textEnd: p.textEnd,
            start: p.start + d,
            end: p.end + d,
            allCaps: p.allCaps,
            capitalized: p.capitalized,
            mixedCase: p.mixedCase,
            hasDigit: p.hasDigit,
        });
    }
    return {
        text: w.text,
        textStart: w.textStart,
        textEnd: w.textEnd,
        start: w.start + d,
        end: w.end + d,
        parts,
        allCaps: w.allCaps,
        capitalized: w.capitalized,
        mixedCase: w.mixedCase,
        hasDigit: w.hasDigit,
        abbreviation: w.abbreviation,
        sentenceStart: w.sentenceStart,
        boundary: w.boundary,
        apostrophe: w.apostrophe,
        trailingHyphen: w.trailingHyphen,
    };
}

/** Letter case and digits of `s` (see {@link WordShape}); `mixedCase` per hyphen part. */
export function wordShape(s: string): WordShape {
    let letters = 0;
    let uppers = 0;
    let lowers = 0;
    let firstLetterUpper: boolean | undefined;
    let hasDigit = false;
    let mixed = false;
    // per hyphen part: letters so far, a lower-case letter, an upper-case one after the first
    let partLetters = 0;
    let partLower = false;
    let partLaterUpper = false;
    for (let i = 0; i <= s.length; i++) {
        const code = i < s.length ? s.charCodeAt(i) : 45;
        if (code === 45 /* - */ || code === 0x2011) {
            if (partLaterUpper && partLower) mixed = true;
            partLetters = 0;
            partLower = false;
            partLaterUpper = false;
            continue;
        }
        let kind: CharKind;
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
            kind = charKind(s.slice(i, i + 2), -1);
            i++;
        } else kind = charKind(s[i], code);
        if (kind === CharKind.Digit) hasDigit = true;
        else if (kind !== CharKind.Other) {
            letters++;
            const up = kind === CharKind.Upper;
            if (up) uppers++;
            else if (kind === CharKind.Lower) {
                lowers++;
                partLower = true;
            }
            if (firstLetterUpper === undefined) firstLetterUpper = up;
            if (partLetters > 0 && up) partLaterUpper = true;
            partLetters++;
        }
    }
    const allCaps = letters >= 2 && lowers === 0 && uppers > 0;
    return { allCaps, capitalized: firstLetterUpper === true, mixedCase: !allCaps && mixed, hasDigit };
}

const enum CharKind {
    Other,
    Lower,
    Upper,
    /** a letter without case (CJK …) */
    Caseless,
    Digit,
}

/** The kind of one character (`code` its UTF-16 code, or -1 for a surrogate pair). */
function charKind(ch: string, code: number): CharKind {
    if (code >= 97 && code <= 122) return CharKind.Lower;
    if (code >= 65 && code <= 90) return CharKind.Upper;
    if (code >= 48 && code <= 57) return CharKind.Digit;
    if (code >= 0 && code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba ? CharKind.Lower : CharKind.Other;
    if (code >= 0xc0 && code <= 0xde) return code === 0xd7 ? CharKind.Other : CharKind.Upper;
    if (code >= 0xdf && code <= 0xff) return code === 0xf7 ? CharKind.Other : CharKind.Lower;
    if (UPPER.test(ch)) return CharKind.Upper;
    if (LOWER.test(ch)) return CharKind.Lower;
    if (LETTER.test(ch)) return CharKind.Caseless;
    if (DIGIT.test(ch)) return CharKind.Digit;
    return CharKind.Other;
}

type Pending = null | "terminal" | "colon" | "ambiguous" | "list";

/**
 * The words of a plain string (a block's text, a model's answer …). Offsets are offsets in `text`
 * (`start`/`end` equal `textStart`/`textEnd`). {@link ATOM} characters are non-words.
 */
export function scanWords(text: string): Word[] {
    const out: Word[] = [];
    const n = text.length;
    const wordRe = new RegExp(WORD.source, WORD.flags);
    const tokenRe = new RegExp(TOKEN.source, TOKEN.flags);
    // the boundary established for the next word, and punctuation waiting for a space
    let state: SentenceBoundary | null = "block";
    let pending: Pending = null;
    /** what the previous token was: a period right after a number or abbreviation is ambiguous */
    let prev: "none" | "word" | "abbr" | "number" | "skip" = "none";
    /** only spaces since the last line start (or the block start) */
    let lineStart = true;
    /** the end of the last token: the gap between tokens starts here */
    let pos = 0;

    const gap = (from: number, to: number): void => {
        for (let i = from; i < to; i++) {
            const code = text.charCodeAt(i);
            if (isSpace(code)) {
                if (pending) {
                    state = pending === "terminal" ? "sentence" : pending;
                    pending = null;
                }
                if (code === 10) lineStart = true;
                continue;
            }
            const atLineStart = lineStart;
            lineStart = false;
            const ch = text[i];
            switch (ch) {
                case ".":
                case "!":
                case "?":
                case "…":
                    // "17. mai", "osv. Så": the period may or may not end the sentence
                    if (ch === "." && i === from && (prev === "number" || prev === "abbr")) pending = "ambiguous";
                    else pending = "terminal";
                    break;
                case ":":
                    if (pending !== "terminal") pending = "colon";
                    break;
                case ")":
                    if (prev === "number" && i === from && isListNumber(text, from)) pending = "list";
                    else if (pending === "terminal") pending = "ambiguous";
                    break;
                case "»":
                case "”":
                case "’":
                case '"':
                case "'":
                case "]":
                case "}":
                    if (pending === "terminal") pending = "ambiguous";
                    break;
                case "-":
                case "*":
                case "+":
                case "•":
                case "–":
                case "—":
                case "‣":
                case "◦":
                    if (atLineStart && i + 1 < to && isSpace(text.charCodeAt(i + 1))) {
                        // a list bullet; an en or em dash there is rather a dialogue dash
                        state = ch === "–" || ch === "—" ? (state ?? "list") : "list";
                    }
                    pending = null; // a dash elsewhere keeps the boundary
                    break;
                case "«":
                case "“":
                case "„":
                case "‘":
                case "(":
                case "[":
                case "{":
                case "¡":
                case "¿":
                    break; // opening punctuation: the boundary stays
                case ATOM:
                    state = null;
                    pending = null;
                    prev = "skip";
                    break;
                default:
                    // symbols and emoji keep the boundary; other punctuation (, ; / & …) ends it
                    if ((code >= 0xd800 && code <= 0xdfff) || SYMBOL.test(ch)) break;
                    state = null;
                    pending = null;
            }
        }
    };

    const emit = (start: number, end: number, abbreviation: boolean, apostrophe: boolean, trailingHyphen: boolean): void => {
        const t = text.slice(start, end);
        const shape = wordShape(t);
        const boundary = state;
        out.push({
            text: t,
            textStart: start,
            textEnd: end,
            start,
            end,
            parts: splitParts(t, start, trailingHyphen, shape),
            allCaps: shape.allCaps,
            capitalized: shape.capitalized,
            mixedCase: shape.mixedCase,
            hasDigit: shape.hasDigit,
            abbreviation,
            sentenceStart: boundary !== null && boundary !== "ambiguous",
            boundary,
            apostrophe,
            trailingHyphen,
        });
        state = null;
        pending = abbreviation && text.charCodeAt(end - 1) === 46 ? "ambiguous" : null;
        prev = abbreviation ? "abbr" : "word";
        lineStart = false;
    };

    const skip = (kind: "number" | "skip"): void => {
        state = null;
        pending = null;
        prev = kind;
        lineStart = false;
    };

    /** Handles the token `m` found at `start`; returns where scanning goes on. */
    const token = (m: RegExpExecArray, special: boolean): number => {
        const start = m.index;
        let end = start + m[0].length;
        gap(pos, start);
        let core = special ? m[5] : m[0];
        if (core === undefined) {
            // URL, e-mail, mention, hashtag, path: the sentence's punctuation is not part of it
            if (m[2] === undefined) {
                const trail = URL_TRAILING.exec(m[0]);
                if (trail) {
                    let cut = trail[0].length;
                    // keep a closing bracket that closes one inside the URL (Wikipedia links)
                    while (cut > 0 && m[0][m[0].length - cut] === ")" && count(m[0], "(") > count(m[0].slice(0, m[0].length - cut), ")")) cut--;
                    end = Math.max(start + 1, end - cut);
                }
            }
            skip("skip");
            return end;
        }
        if (!hasLetter(core)) {
            skip("number");
            return end;
        }
        if (core.includes(".")) {
            const pieces = core.split(".");
            const abbr = ABBREVIATIONS.has(core.toLowerCase() + ".");
            if (!abbr && pieces[0].length >= 2 && FILE_OR_DOMAIN.has(pieces[pieces.length - 1].toLowerCase())) {
                skip("skip"); // README.md, vg.no
                return end;
            }
            if (abbr || pieces.every((p) => p.length <= 2 && LETTER.test(p) && !DIGIT.test(p))) {
                if (text.charCodeAt(end) === 46) end++;
                emit(start, end, true, APOSTROPHE.test(core), false);
                return end;
            }
            // not an abbreviation: the first piece is a word (or number), the period after it punctuation
            core = pieces[0];
            end = start + core.length;
            if (!LETTER.test(core)) {
                skip("number");
                return end;
            }
        }
        // a single word, maybe hyphenated
        const after = text.charCodeAt(end);
        let abbreviation = false;
        let apostrophe = APOSTROPHE.test(core);
        let trailingHyphen = false;
        if (after === 46 /* . */) {
            const l = core.toLowerCase();
            const singleLetter = core.length === 1 || (core.length === 2 && core.codePointAt(0)! > 0xffff);
            if (ABBREVIATIONS.has(l + ".") || (singleLetter && l !== "i" && l !== "å")) {
                abbreviation = true;
                end++;
            }
        } else if ((after === 45 || after === 0x2011) && (end + 1 >= n || isSpace(text.charCodeAt(end + 1)) || text[end + 1] === "," || text[end + 1] === "/")) {
            trailingHyphen = true;
            end++;
        } else if (
            (after === 39 || after === 0x2019 || after === 0x2bc) &&
            /[sxz]$/i.test(core) &&
            UPPER.test(String.fromCodePoint(core.codePointAt(0)!)) &&
            !(end + 1 < n && WORD_CHAR.test(text[end + 1])) &&
            !(start > 0 && /['‘’ʼ]/.test(text[start - 1]))
        ) {
            apostrophe = true;
            end++;
        }
        emit(start, end, abbreviation, apostrophe, trailingHyphen);
        return end;
    };

    // Only a chunk (a run without spaces and atoms) with one of @ # / \ : or "www." can hold a
    // URL, address, mention, hashtag or path: those chunks are scanned with the full pattern,
    // the rest of the text with the word pattern alone (several times faster).
    const specials: number[] = [];
    const hint = new RegExp(HINT.source, HINT.flags);
    for (let h = hint.exec(text); h; h = hint.exec(text)) {
        let s = h.index;
        while (s > 0 && !isBreak(text.charCodeAt(s - 1))) s--;
        let e = h.index + 1;
        while (e < n && !isBreak(text.charCodeAt(e))) e++;
        specials.push(s, e);
        hint.lastIndex = e;
    }
    for (let p = 0, k = 0; p < n; ) {
        const special = k < specials.length && p >= specials[k];
        const stop = special ? specials[k + 1] : k < specials.length ? specials[k] : n;
        const re = special ? tokenRe : wordRe;
        re.lastIndex = Math.max(p, pos);
        for (let m = re.exec(text); m && m.index < stop; m = re.exec(text)) re.lastIndex = pos = token(m, special);
        if (special) k += 2;
        p = stop;
    }
    return out;
}

/** A number at a line start followed by "." or ")" and a space: an ordered list marker. */
function isListNumber(text: string, numberEnd: number): boolean {
    let i = numberEnd - 1;
    while (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--;
    let j = i;
    while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
    return (j < 0 || text[j] === "\n") && numberEnd + 1 < text.length && isSpace(text.charCodeAt(numberEnd + 1)) && text[numberEnd] === ")";
}

function count(s: string, ch: string): number {
    let n = 0;
    for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
    return n;
}

/** The hyphen-separated parts of word `t` starting at text offset `start`. */
function splitParts(t: string, start: number, trailingHyphen: boolean, shape: WordShape): WordPart[] {
    const body = trailingHyphen ? t.slice(0, -1) : t;
    if (body.indexOf("-") < 0 && body.indexOf("\u2011") < 0) {
        const end = start + body.length;
        const s = trailingHyphen ? wordShape(body) : shape;
        return [{ text: body, textStart: start, textEnd: end, start, end, allCaps: s.allCaps, capitalized: s.capitalized, mixedCase: s.mixedCase, hasDigit: s.hasDigit }];
    }
    const parts: WordPart[] = [];
    let from = 0;
    for (let i = 0; i <= body.length; i++) {
        const c = i < body.length ? body.charCodeAt(i) : -1;
        if (c === 45 || c === 0x2011 || c === -1) {
            if (i > from) {
                const p = body.slice(from, i);
                const s = wordShape(p);
                parts.push({
                    text: p,
                    textStart: start + from,
                    textEnd: start + i,
                    start: start + from,
                    end: start + i,
                    allCaps: s.allCaps,
                    capitalized: s.capitalized,
                    mixedCase: s.mixedCase,
                    hasDigit: s.hasDigit,
                });
            }
            from = i + 1;
        }
    }
    return parts;
}

/** Whether `s` has a letter; quick for words that start with one of Latin-1. */
function hasLetter(s: string): boolean {
    const c = s.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) return true;
    return LETTER.test(s);
}

/** Unicode White_Space (and BOM). */
function isSpace(c: number): boolean {
    return (
        c === 32 ||
        (c >= 9 && c <= 13) ||
        c === 0xa0 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0x1680 ||
        c === 0x85 ||
        c === 0xfeff
    );
}

/** A space or an ATOM: what separates chunks. */
function isBreak(c: number): boolean {
    return c === 0xfffc || isSpace(c);
}
