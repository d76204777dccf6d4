// Words of prose, the way a careful proofreader sees them: the scanner (`scanWords`).
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

//
// The scan is one pass over the text: the gap before each token sets the boundary of the next
// word (sentence punctuation, a list marker at a line start), and each token is a non-word
// (skipped), a dotted run (an abbreviation, a file name, else a word and a period) or a word.
import { ATOM } from "./proseBlock";
import {
    ABBREVIATIONS,
    APOSTROPHE,
    DIGIT,
    FILE_OR_DOMAIN,
    hasLetter,
    HINT,
    isBreak,
    isSpace,
    LETTER,
    SYMBOL,
    TOKEN,
    UPPER,
    URL_TRAILING,
    WORD,
    WORD_CHAR,
} from "./wordPatterns";
import { splitParts, wordShape, type WordPart, type WordShape } from "./wordShape";

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
 * The words of a plain string (a block's text, a model's answer …). Offsets are offsets in `text`
 * (`start`/`end` equal `textStart`/`textEnd`). {@link ATOM} characters are non-words.
 */
export function scanWords(text: string): Word[] {
    const scanner = new WordScanner(text);
    const n = text.length;
    const wordRe = new RegExp(WORD.source, WORD.flags);
    const tokenRe = new RegExp(TOKEN.source, TOKEN.flags);
    // Chunks that may hold a URL, address, mention, hashtag or path are scanned with the full
    // pattern, the rest of the text with the word pattern alone (several times faster).
    const specials = specialChunks(text);
    for (let p = 0, k = 0; p < n;) {
        const special = k < specials.length && p >= specials[k];
        const stop = special ? specials[k + 1] : k < specials.length ? specials[k] : n;
        const re = special ? tokenRe : wordRe;
        re.lastIndex = Math.max(p, scanner.pos);
        for (let m = re.exec(text); m && m.index < stop; m = re.exec(text)) re.lastIndex = scanner.pos = scanner.token(m, special);
        if (special) k += 2;
        p = stop;
    }
    return scanner.words;
}

/**
 * Start and end offsets, in pairs, of the chunks (runs without spaces and atoms) with one of
 * @ # / \ : or "www.": only those can hold a URL, address, mention, hashtag or path.
 */
export function specialChunks(text: string): number[] {
    const n = text.length;
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
    return specials;
}

/** Sentence punctuation seen in a gap, waiting for a space to become the next word's boundary. */
type Pending = null | "terminal" | "colon" | "ambiguous" | "list";

/** What the previous token was: a period right after a number or abbreviation is ambiguous. */
type Previous = "none" | "word" | "abbr" | "number" | "skip";

/** The state of one scan between its tokens, and the words found so far. */
class WordScanner {
    readonly words: Word[] = [];
    /** the end of the last token: the gap before the next one starts here */
    pos = 0;
    /** the boundary established for the next word */
    private state: SentenceBoundary | null = "block";
    private pending: Pending = null;
    private prev: Previous = "none";
    /** only spaces since the last line start (or the block start) */
    private lineStart = true;

    constructor(private readonly text: string) {}

    /** Handles the token `m` (of TOKEN when `special`, else of WORD); returns where scanning goes on. */
    token(m: RegExpExecArray, special: boolean): number {
        const start = m.index;
        const end = start + m[0].length;
        this.gap(this.pos, start);
        const core = special ? m[5] : m[0];
        if (core === undefined) return this.nonWord(m, start, end);
        if (!hasLetter(core)) return this.skip("number", end);
        if (core.includes(".")) return this.dotted(core, start, end);
        return this.word(core, start, end);
    }

    /** The spaces and punctuation between two tokens: they decide the next word's boundary. */
    private gap(from: number, to: number): void {
        const text = this.text;
        for (let i = from; i < to; i++) {
            const code = text.charCodeAt(i);
            if (isSpace(code)) {
                if (this.pending) {
                    this.state = this.pending === "terminal" ? "sentence" : this.pending;
                    this.pending = null;
                }
                if (code === 10) this.lineStart = true;
                continue;
            }
            const atLineStart = this.lineStart;
            this.lineStart = false;
            this.punctuation(text[i], code, i, from, to, atLineStart);
        }
    }

    /** One character of a gap at `i` that is not a space. */
    private punctuation(ch: string, code: number, i: number, from: number, to: number, atLineStart: boolean): void {
        switch (ch) {
            case ".":
            case "!":
            case "?":
            case "…":
                // "17. mai", "osv. Så": the period may or may not end the sentence
                if (ch === "." && i === from && (this.prev === "number" || this.prev === "abbr")) this.pending = "ambiguous";
                else this.pending = "terminal";
                break;
            case ":":
                if (this.pending !== "terminal") this.pending = "colon";
                break;
            case ")":
                if (this.prev === "number" && i === from && isListNumber(this.text, from)) this.pending = "list";
                else if (this.pending === "terminal") this.pending = "ambiguous";
                break;
            case "»":
            case "”":
            case "’":
            case '"':
            case "'":
            case "]":
            case "}":
                if (this.pending === "terminal") this.pending = "ambiguous";
                break;
            case "-":
            case "*":
            case "+":
            case "•":
            case "–":
            case "—":
            case "‣":
            case "◦":
                if (atLineStart && i + 1 < to && isSpace(this.text.charCodeAt(i + 1))) {
                    // a list bullet; an en or em dash there is rather a dialogue dash
                    this.state = ch === "–" || ch === "—" ? (this.state ?? "list") : "list";
                }
                this.pending = null; // a dash elsewhere keeps the boundary
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
                this.state = null;
                this.pending = null;
                this.prev = "skip";
                break;
            default:
                // symbols and emoji keep the boundary; other punctuation (, ; / & …) ends it
                if ((code >= 0xd800 && code <= 0xdfff) || SYMBOL.test(ch)) break;
                this.state = null;
                this.pending = null;
        }
    }

    /** A URL, e-mail address, mention, hashtag or path (`m` from `start` to `end`): no word. */
    private nonWord(m: RegExpExecArray, start: number, end: number): number {
        // the sentence's punctuation at the end of a URL or path is not part of it
        if (m[2] === undefined) end = Math.max(start + 1, end - trailingPunctuation(m[0]));
        return this.skip("skip", end);
    }

    /** A token with periods: an abbreviation, a file name or domain, else a word (or number) and the period after it. */
    private dotted(core: string, start: number, end: number): number {
        const pieces = core.split(".");
        const abbr = ABBREVIATIONS.has(core.toLowerCase() + ".");
        if (!abbr && pieces[0].length >= 2 && FILE_OR_DOMAIN.has(pieces[pieces.length - 1].toLowerCase())) {
            return this.skip("skip", end); // README.md, vg.no
        }
        if (abbr || pieces.every((p) => p.length <= 2 && LETTER.test(p) && !DIGIT.test(p))) {
            if (this.text.charCodeAt(end) === 46) end++;
            this.emit(start, end, true, APOSTROPHE.test(core), false);
            return end;
        }
        // not an abbreviation: the first piece is a word (or number), the period after it punctuation
        const first = pieces[0];
        if (!LETTER.test(first)) return this.skip("number", start + first.length);
        return this.word(first, start, start + first.length);
    }

    /** A single word, maybe hyphenated; a period, hyphen or apostrophe right after it may be its own. */
    private word(core: string, start: number, end: number): number {
        const text = this.text;
        const n = text.length;
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
        } else if (
            (after === 45 || after === 0x2011) &&
            (end + 1 >= n || isSpace(text.charCodeAt(end + 1)) || text[end + 1] === "," || text[end + 1] === "/")
        ) {
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
        this.emit(start, end, abbreviation, apostrophe, trailingHyphen);
        return end;
    }

    private emit(start: number, end: number, abbreviation: boolean, apostrophe: boolean, trailingHyphen: boolean): void {
        const t = this.text.slice(start, end);
        const shape = wordShape(t);
        const boundary = this.state;
        this.words.push({
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
        this.state = null;
        this.pending = abbreviation && this.text.charCodeAt(end - 1) === 46 ? "ambiguous" : null;
        this.prev = abbreviation ? "abbr" : "word";
        this.lineStart = false;
    }

    private skip(kind: "number" | "skip", end: number): number {
        this.state = null;
        this.pending = null;
        this.prev = kind;
        this.lineStart = false;
        return end;
    }
}

/**
 * How many characters at the end of a URL or path are the sentence's punctuation ("https://x.no/a."
 * → 1), less a closing bracket that closes one inside it (Wikipedia links: "…/Oslo_(by))" → 1).
 */
export function trailingPunctuation(url: string): number {
    const trail = URL_TRAILING.exec(url);
    if (!trail) return 0;
    let cut = trail[0].length;
    while (cut > 0 && url[url.length - cut] === ")" && count(url, "(") > count(url.slice(0, url.length - cut), ")")) cut--;
    return cut;
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
