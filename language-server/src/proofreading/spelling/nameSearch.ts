// The near-name search: a weighted Damerau-Levenshtein search over the names below one first
// letter of an automaton (the lexicon's capitalised entries, or the names list), with costs for
// how names are misspelt rather than Norwegian words: a foreign name's letters are heard, not
// known, so a doubled letter, an accent, a vowel or a c/k/s/z is the usual slip ("Cincinatti",
// "Würtemberg", "Colloceum", "Schwartzenegger").
//
//   typed a doubled letter single, or a single one doubled ............ 0.3
//   an accent or umlaut left out or changed ("Juvederm", "Juvèderm") .... 0.2
//   one typed where the name has none, ö/ø, ä/æ ("Bergström") .......... 0.5
//   c/k/q, c/s/z for each other; i/j, i/y, v/w, f/v, m/n ................. 0.4
//   a silent h after c, s, k, g or p, a c before h or k, a t before z .... 0.4
//   "sh" for "sj", "zh" for "zj" and back (a transliteration) ............. 0.3
//   b/p, d/t, g/k for each other ........................................ 0.6
//   a vowel for another .................................................. 0.6
//   a vowel with a mark for another vowel ("ü" for "a") ..................... 0.8
//   two neighbouring letters swapped ..................................... 0.6
//   any other letter left out, put in or for another ..................... 1.0
//
// The first letter is kept (a name keeps its capital), so a search walks one subtree.
import { Dawg, LAST_EDGE, TERMINATOR_BASE } from "../../lexicon/dawg";

const COST_DOUBLE = 0.3;
const COST_ACCENT = 0.2;
const COST_OTHER_MARK = 0.5;
const COST_SOUND = 0.4;
const COST_SILENT = 0.4;
const COST_VOICING = 0.6;
/** "sh"/"sj", "zh"/"zj": English and Norwegian transliterations of one sound ("Shtokman", "Sjtokman"). */
const COST_TRANSLITERATION = 0.3;
const COST_VOWEL = 0.6;
const COST_MARKED_VOWEL = 0.8;
const COST_TRANSPOSE = 0.6;
const COST_EDIT = 1.0;
const TARGET_MASK = 0x7fffffff;
const MAX_DEPTH = 48;
/** The rows are float32: 0.6 + 0.3 must still be within 0.9. */
export const EPSILON = 1e-4;

/** A letter's base (ä → a, é → e, ø → ö's base o), for the accent cost. */
const BASE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) BASE[c] = c;
for (let c = 0xc0; c < 0x250; c++) {
    const base = String.fromCharCode(c).normalize("NFD").charCodeAt(0);
    if (base < 0x80) BASE[c] = base;
}
BASE["ø".charCodeAt(0)] = "o".charCodeAt(0);
BASE["æ".charCodeAt(0)] = "a".charCodeAt(0);
/** Letters of their own in Norwegian, Swedish or German (not a mark on another). */
const OWN_LETTER = new Uint8Array(0x10000);
for (const c of "øæöä") OWN_LETTER[c.charCodeAt(0)] = 1;
/** The letter without its mark (é → e, ü → u, ø and ö → o, æ and ä → a); a plain letter itself. */
export function baseLetter(unit: number): number {
    return BASE[unit];
}
const VOWEL = new Uint8Array(0x10000);
for (const c of "aeiouyæøå") VOWEL[c.charCodeAt(0)] = 1;

const code = (s: string): number => s.charCodeAt(0);
// (k and s, k and z are no one sound: "Henkel" is no "Hensel")
const SOUND_GROUPS = ["ckq", "csz", "ij", "iy", "vw", "fv", "mn"];
const VOICING_GROUPS = ["bp", "dt", "gk"];
const VOICING = new Set<number>();
for (const g of VOICING_GROUPS) for (const a of g) for (const b of g) if (a !== b) VOICING.add((code(a) << 16) | code(b));
const SOUND = new Set<number>();
for (const g of SOUND_GROUPS) for (const a of g) for (const b of g) if (a !== b) SOUND.add((code(a) << 16) | code(b));
const H = code("h");
const C = code("c");
const K = code("k");
const T = code("t");
const Z = code("z");
// (not after t: "-seth"/"-set", "Thøgersen"/"Tøgersen" are Norwegian names of their own)
const AFTER_H = new Set([..."cskgp"].map(code));

function subCost(a: number, b: number): number {
    if (a === b) return 0;
    const ba = BASE[a];
    const bb = BASE[b];
    // a mark left out is the usual slip ("Juvederm"); one typed where the name has none, or
    // another language's letter (ö for ø, ä for æ: "Bergström", "Bergstrøm"), is likelier another name
    if (ba === bb) return (a !== ba && b === bb) || OWN_LETTER[a] || OWN_LETTER[b] ? COST_OTHER_MARK : COST_ACCENT;
    if (SOUND.has((ba << 16) | bb)) return COST_SOUND;
    if (VOICING.has((ba << 16) | bb)) return COST_VOICING;
    // an umlaut or accent is heard: "ü" for "a" is a vowel changed and a mark lost
    if (VOWEL[ba] && VOWEL[bb]) return ba === a && bb === b ? COST_VOWEL : COST_MARKED_VOWEL;
    return COST_EDIT;
}

/** The cost of a letter `c` that one spelling has and the other not, after `prev` and before `next` (-1: none). */
function gapCost(c: number, prev: number, next: number): number {
    if (c === prev) return COST_DOUBLE;
    if (c === H && AFTER_H.has(BASE[prev])) return COST_SILENT;
    if (c === C && (next === H || next === K)) return COST_SILENT;
    if (c === T && next === Z) return COST_SILENT;
    return COST_EDIT;
}

const J = code("j");
const S = code("s");
/** h for j or j for h after s or z. */
function transliterated(a: number, b: number, prev: number): boolean {
    return ((a === H && b === J) || (a === J && b === H)) && (prev === S || prev === Z);
}

export interface NameHit {
    /** The name as stored (its first letter is the one searched under). */
    name: string;
    cost: number;
    flags: number;
}

/**
 * Every key below `from` (reached by the first letter) within `budget` of `rest` (the typed
 * word after its first letter, lower case), by the costs above. Keys with a unit below a space
 * (the names list's variant keys) are skipped.
 */
export function searchNames(dawg: Dawg, from: number, first: string, rest: string, budget: number): NameHit[] {
    const n = rest.length;
    const typed = new Int32Array(n + 2);
    typed[0] = first.toLowerCase().charCodeAt(0);
    for (let i = 0; i < n; i++) typed[i + 1] = rest.charCodeAt(i);
    typed[n + 1] = -1;
    // rows[d][i]: the cost of the first d letters of the name (after the first) against rest[0..i)
    const rows: Float32Array[] = [];
    const row0 = new Float32Array(n + 1);
    for (let i = 1; i <= n; i++) row0[i] = row0[i - 1] + gapCost(typed[i], typed[i - 1], typed[i + 1]);
    rows.push(row0);
    const path = new Int32Array(MAX_DEPTH + 2);
    path[0] = typed[0];
    const hits: NameHit[] = [];
    const { labels, targets } = dawg;
    const visit = (node: number, depth: number): void => {
        for (let e = node - 1; ; e++) {
            const unit = labels[e];
            const target = targets[e] & TARGET_MASK;
            if (unit >= TERMINATOR_BASE) {
                const cost = rows[depth][n];
                if (cost <= budget + EPSILON && depth > 0) {
                    let name = first;
                    for (let d = 1; d <= depth; d++) name += String.fromCharCode(path[d]);
                    hits.push({ name, cost, flags: unit - TERMINATOR_BASE });
                }
            } else if (unit >= 0x20 && depth < MAX_DEPTH) {
                const lower = String.fromCharCode(unit).toLowerCase().charCodeAt(0);
                path[depth + 1] = unit;
                const prevName = depth === 0 ? typed[0] : String.fromCharCode(path[depth]).toLowerCase().charCodeAt(0);
                const prev = rows[depth];
                const row = (rows[depth + 1] ??= new Float32Array(n + 1));
                // a letter of the name the writer left out (before the first typed letter)
                row[0] = prev[0] + gapCost(lower, prevName, typed[1]);
                let best = row[0];
                for (let i = 1; i <= n; i++) {
                    const t = typed[i];
                    let c = prev[i - 1] + (transliterated(t, lower, typed[i - 1]) ? COST_TRANSLITERATION : subCost(t, lower));
                    const ins = prev[i] + gapCost(lower, prevName, typed[i + 1]);
                    if (ins < c) c = ins;
                    const del = row[i - 1] + gapCost(t, typed[i - 1], typed[i + 1]);
                    if (del < c) c = del;
                    // two letters swapped: rest[i-2..i) = name[depth..depth+1) reversed
                    if (i > 1 && depth > 0 && t === prevName && typed[i - 1] === lower && t !== lower) {
                        const sw = rows[depth - 1][i - 2] + COST_TRANSPOSE;
                        if (sw < c) c = sw;
                    }
                    row[i] = c;
                    if (c < best) best = c;
                }
                if (best <= budget + EPSILON) visit(target, depth + 1);
            }
            if (targets[e] & LAST_EDGE) return;
        }
    };
    if (from > 0) visit(from, 0);
    return hits;
}
