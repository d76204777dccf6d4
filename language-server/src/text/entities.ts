// HTML character references in Markdown prose (`p&aring;`, `&nbsp;`, `&#229;`, `&#xE5;`).
// Numeric ones are decoded in full; of the 2,000-odd named ones only those that turn up in
// Norwegian text are known. An unknown one is left to the caller (it becomes an ATOM, so it
// never makes up a misspelt word).

const NAMED: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: "\u00a0",
    shy: "\u00ad",
    ensp: "\u2002",
    emsp: "\u2003",
    thinsp: "\u2009",
    zwnj: "\u200c",
    zwj: "\u200d",
    aring: "å",
    Aring: "Å",
    aelig: "æ",
    AElig: "Æ",
    oslash: "ø",
    Oslash: "Ø",
    auml: "ä",
    Auml: "Ä",
    ouml: "ö",
    Ouml: "Ö",
    uuml: "ü",
    Uuml: "Ü",
    eacute: "é",
    Eacute: "É",
    egrave: "è",
    Egrave: "È",
    ecirc: "ê",
    Ecirc: "Ê",
    oacute: "ó",
    Oacute: "Ó",
    ograve: "ò",
    Ograve: "Ò",
    ocirc: "ô",
    Ocirc: "Ô",
    aacute: "á",
    Aacute: "Á",
    agrave: "à",
    Agrave: "À",
    iacute: "í",
    Iacute: "Í",
    uacute: "ú",
    Uacute: "Ú",
    ccedil: "ç",
    Ccedil: "Ç",
    ntilde: "ñ",
    Ntilde: "Ñ",
    szlig: "ß",
    ndash: "\u2013",
    mdash: "\u2014",
    hellip: "\u2026",
    laquo: "\u00ab",
    raquo: "\u00bb",
    lsquo: "\u2018",
    rsquo: "\u2019",
    sbquo: "\u201a",
    ldquo: "\u201c",
    rdquo: "\u201d",
    bdquo: "\u201e",
    copy: "\u00a9",
    reg: "\u00ae",
    trade: "\u2122",
    sect: "\u00a7",
    para: "\u00b6",
    middot: "\u00b7",
    bull: "\u2022",
    deg: "\u00b0",
    plusmn: "\u00b1",
    times: "\u00d7",
    divide: "\u00f7",
    minus: "\u2212",
    euro: "\u20ac",
    pound: "\u00a3",
    cent: "\u00a2",
    half: "\u00bd",
    frac12: "\u00bd",
    frac14: "\u00bc",
    frac34: "\u00be",
    micro: "\u00b5",
};

/**
 * The text of a character reference such as `&aring;` or `&#xE5;` (the whole reference,
 * `&` to `;`), or undefined when it is not one this module knows.
 */
export function decodeEntity(ref: string): string | undefined {
    if (ref.length < 3 || ref.charCodeAt(0) !== 38 /* & */ || ref.charCodeAt(ref.length - 1) !== 59 /* ; */) return undefined;
    const body = ref.slice(1, -1);
    if (body.charCodeAt(0) === 35 /* # */) {
        const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x X
        const digits = body.slice(hex ? 2 : 1);
        if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
        const code = parseInt(digits, hex ? 16 : 10);
        // CommonMark: 0 and invalid code points become U+FFFD
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
        return String.fromCodePoint(code);
    }
    return Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
}
