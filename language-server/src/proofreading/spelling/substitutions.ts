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
