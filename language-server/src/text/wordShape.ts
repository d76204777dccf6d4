// The letter case and digits of a word (`wordShape`) and its hyphen parts (`splitParts`).
import { DIGIT, LETTER, LOWER, UPPER } from "./wordPatterns";

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

/** The hyphen-separated parts of word `t` starting at text offset `start`. */
export function splitParts(t: string, start: number, trailingHyphen: boolean, shape: WordShape): WordPart[] {
    const body = trailingHyphen ? t.slice(0, -1) : t;
    if (body.indexOf("-") < 0 && body.indexOf("\u2011") < 0) {
        const end = start + body.length;
        const s = trailingHyphen ? wordShape(body) : shape;
        return [
            {
                text: body,
                textStart: start,
                textEnd: end,
                start,
                end,
                allCaps: s.allCaps,
                capitalized: s.capitalized,
                mixedCase: s.mixedCase,
                hasDigit: s.hasDigit,
            },
        ];
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
