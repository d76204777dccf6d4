// The characters and patterns the word scanner knows: the abbreviations whose period does not
// end a sentence, the endings of file names and domains, the token pattern (URL, e-mail address,
// mention or hashtag, path, word) and the character tests it runs per token.

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
export const FILE_OR_DOMAIN = new Set(
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
export const TOKEN = new RegExp(
    [
        // 1: URL
        '((?:[A-Za-z][A-Za-z0-9+.-]*:\\/\\/|www\\.|mailto:)[^\\s\\uFFFC<>"«»“”]+)',
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
export const HINT = /[@#/\\:]|www\./giu;
/** Alternative 5 of TOKEN alone, for chunks that cannot hold anything else. */
export const WORD = new RegExp(`[${WORD_CHARS}]+(?:[-\\u2011'’ʼ.][${WORD_CHARS}]+)*`, "gu");

export const LETTER = /\p{L}/u;
export const UPPER = /\p{Lu}|\p{Lt}/u;
export const LOWER = /\p{Ll}/u;
export const DIGIT = /\p{Nd}/u;
export const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, "u");
export const APOSTROPHE = /['’ʼ]/;
export const SYMBOL = /[\p{So}\p{Sk}\p{Mn}\p{Me}\p{Cf}]/u;
/** Punctuation at the end of a URL or path that is the sentence's, not the URL's. */
export const URL_TRAILING = /[.,:;!?'"»”’)\]}*_~]+$/u;

/** Whether `s` has a letter; quick for words that start with one of Latin-1. */
export function hasLetter(s: string): boolean {
    const c = s.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7)) return true;
    return LETTER.test(s);
}

/** Unicode White_Space (and BOM). */
export function isSpace(c: number): boolean {
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
export function isBreak(c: number): boolean {
    return c === 0xfffc || isSpace(c);
}
