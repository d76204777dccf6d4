// The letter-for-letter costs of the suggestion search (suggest.ts): which letters Norwegian
// writers type for which, cheaper than an arbitrary substitution.

export const COST_NEIGHBOUR = 0.9;
export const COST_EDIT = 1.0;

/** Substitution costs below 1 for typed -> intended letters (lower case). */
const SUBSTITUTION = new Map<string, number>();
function sub(typed: string, intended: string, cost: number): void {
    SUBSTITUTION.set(typed + intended, Math.min(cost, SUBSTITUTION.get(typed + intended) ?? 1));
}
sub("o", "ø", 0.4);
sub("a", "å", 0.55);
sub("a", "æ", 0.5);
sub("e", "æ", 0.5);
sub("ø", "o", 0.6);
sub("å", "a", 0.6);
sub("æ", "e", 0.6);
sub("æ", "a", 0.6);
// vowels of unstressed syllables, which speech does not tell apart ("statestikk", "parantes",
// "sterelisering"), and o for å ("politelig")
const COST_VOWEL = 0.75;
for (const [x, y] of [
    ["e", "i"],
    ["i", "e"],
    ["a", "e"],
    ["e", "a"],
])
    sub(x, y, COST_VOWEL);
sub("o", "å", 0.6);
// voiced for voiceless and back, which speech blurs next to other consonants ("kompinere", "Bokstad")
const COST_VOICING = 0.8;
for (const [x, y] of [
    ["b", "p"],
    ["d", "t"],
    ["g", "k"],
]) {
    sub(x, y, COST_VOICING);
    sub(y, x, COST_VOICING);
}
sub("ø", "ö", 0.3);
sub("o", "ö", 0.4);
sub("u", "ü", 0.4);
sub("a", "ä", 0.4);
sub("e", "é", 0.3);
// Norwegian keyboard rows: neighbours on a row and diagonally
const KEY_ROWS = ["qwertyuiopå", "asdfghjkløæ", "zxcvbnm"];
for (let r = 0; r < KEY_ROWS.length; r++) {
    for (let i = 0; i < KEY_ROWS[r].length; i++) {
        const k = KEY_ROWS[r][i];
        const near = [
            KEY_ROWS[r][i - 1],
            KEY_ROWS[r][i + 1],
            KEY_ROWS[r - 1]?.[i],
            KEY_ROWS[r - 1]?.[i + 1],
            KEY_ROWS[r + 1]?.[i],
            KEY_ROWS[r + 1]?.[i - 1],
        ];
        for (const n of near) if (n) sub(k, n, COST_NEIGHBOUR);
    }
}
/** Candidate letter -> the two letters typed for it without a Norwegian keyboard. */
export const DIGRAPH_CODES = new Map<number, [number, number]>(
    [
        ["æ", "ae"],
        ["ø", "oe"],
        ["å", "aa"],
    ].map(([c, d]) => [c.charCodeAt(0), [d.charCodeAt(0), d.charCodeAt(1)]]),
);

/** The letters with a substitution cost below COST_EDIT from some typed letter. */
export const SUB_TARGETS = new Map<number, number[]>();
for (const key of SUBSTITUTION.keys()) {
    const [typed, intended] = [key.charCodeAt(0), key.charCodeAt(1)];
    const list = SUB_TARGETS.get(typed) ?? [];
    list.push(intended);
    SUB_TARGETS.set(typed, list);
}

export function subCost(typed: number, intended: number): number {
    if (typed === intended) return 0;
    return SUBSTITUTION.get(String.fromCharCode(typed, intended)) ?? COST_EDIT;
}

// Costs that depend on the letters around: the search (suggest.ts) asks them per typed position.

export const COST_DOUBLE = 0.5; // a doubled letter typed single or the other way round
export const COST_INSERT = 0.9;
/** Norwegian sound spellings confused in writing: "skj"/"sj" ("skjekke", "sjelden" → "skjelden"), "-erene" for "-erne". */
export const COST_CONFUSION = 0.4;
export const [K, S, J, E, R, N, AE, D, T, G, H, V] = ["k", "s", "j", "e", "r", "n", "æ", "d", "t", "g", "h", "v"].map((c) =>
    c.charCodeAt(0),
);
/** A silent first letter, written or left out: g and h before j, h before v ("gjevn" for "jevn", "vem" for "hvem", "jem" for "hjem"). */
export function silentFirst(first: number, second: number): boolean {
    return (first === G && second === J) || (first === H && (second === J || second === V));
}
/** An unstressed syllable left out or typed twice ("bynte" for "begynte", "imidlertidig" for "imidlertid"). */
export const COST_SYLLABLE = 1.0;
/** Per lower-case letter: 3 for e and i, 1 for another vowel, 2 for a consonant (0: not a letter). */
const LETTER_KIND = new Uint8Array(0x10000);
for (let c = 0x61; c <= 0x7a; c++) LETTER_KIND[c] = 2;
for (let c = 0xdf; c <= 0x24f; c++) LETTER_KIND[c] = 2;
for (const c of "aeiouyæøåéèêóòôàáâäöü") LETTER_KIND[c.charCodeAt(0)] = 1;
// the vowels of unstressed syllables, the ones speech swallows ("-ig", "-el", "be-")
for (const c of "ei") LETTER_KIND[c.charCodeAt(0)] = 3;
/** Two letters that make an unstressed syllable's core: an e or i and a consonant (either order). */
export function syllablePair(a: number, b: number): boolean {
    return a >= 0 && LETTER_KIND[a] + LETTER_KIND[b] === 5;
}

/**
 * Cost of an extra typed letter t[j-1]: cheap when it doubles the letter before it, or when it
 * is a k in "skj" where "sj" belongs ("skjekke"), an e in "-erene" where "-erne" belongs, a g
 * in "ngs" where "ns" belongs.
 */
export function insertionCost(t: Uint16Array, j: number): number {
    if (j === 1 && silentFirst(t[0], t[1])) return COST_CONFUSION;
    if (j < 2) return COST_INSERT;
    const x = t[j - 1];
    if (x === t[j - 2]) return COST_DOUBLE;
    if (x === K && t[j - 2] === S && t[j] === J) return COST_CONFUSION;
    // "ngs" for "ns", as loanwords in -anse, -ense, -onse are spoken ("sjangse", "brongse" for "sjanse", "bronse")
    if (x === G && t[j - 2] === N && t[j] === S) return COST_CONFUSION;
    if (x === E && t[j - 2] === R && t[j] === N && t[j + 1] === E) return COST_CONFUSION;
    // a silent d before t, as older spelling wrote it ("blandt", "sjeldent" for "blant", "sjelden")
    if (x === D && t[j] === T) return COST_CONFUSION;
    return COST_INSERT;
}
