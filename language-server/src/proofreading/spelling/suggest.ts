// Spelling suggestions: a weighted Damerau-Levenshtein search over the lexicon's automaton.
//
// The search walks the DAWG depth first, keeping one row of edit costs per depth, and prunes a
// branch as soon as every cell of its row is over the budget; so it never generates candidate
// strings that are not in the lexicon. The costs encode the errors Norwegian writers make:
//
//   typed "ae"/"oe"/"aa" for æ/ø/å (a keyboard without them) .......... 0.15
//   typed o for ø, a for å, a/e for æ, o for å ......................... 0.4-0.6
//   an unstressed vowel for another (e/i, a/e) ........................... 0.75
//   a doubled letter typed single, or a single one doubled ............ 0.5
//   two neighbouring letters swapped .................................. 0.6
//   "skj" for "sj" and back, "sj" for "kj", "-erene" for "-erne",
//   "ngs" for "ns" ("sjangse") ............................................ 0.4
//   e for æ and back before r ("fjærne", "værre") ......................... 0.35
//   a silent d typed before t ("blandt") ................................. 0.4
//   a silent first g/h before j, h before v, written or left out ("vem") .. 0.4
//   b/p, d/t, g/k for each other ........................................ 0.8
//   a letter left out ................................................... 0.65
//   a key next to the right one, an extra letter ....................... 0.9
//   any other substitution .............................................. 1.0
//   an unstressed syllable (e or i and a consonant) left out or typed
//   twice, in the fallback search only (`syllables`) ........................ 1.0
//
// A compound ("dialogvindauget") is reached by restarting at the root after a part that may
// begin a compound (F_*_LEFT); its last part must be able to end one (F_*_RIGHT).
// Ranking: edit cost, minus a prior for forms seen in running text (F_COMMON) and one per
// productivity class (F_FREQ), plus penalties for compounds (`compoundPenalty`: problems.ts
// ranks a short word's made-up compounds further down), for a capital the writer did not
// type and for another first letter than the one typed (other than ø for o, å for a), plus what
// the caller knows of the context (`adjust`). The weights were set on the kinds of error in the
// dev set and in the eval's synthetic errors of the same kinds (a handful of global numbers).
import type { Variety } from "../../protocol/writtenStandard";
import { Dawg, LAST_EDGE, TERMINATOR_BASE } from "../../lexicon/dawg";
import { F_COMMON, FORM, freqClass, LEFT, RIGHT } from "../../lexicon/flags";
import { applyCase, capitalize, caseShape, Lexicon } from "../../lexicon/lexicon";
import { LOWER, UPPER } from "./caseTables";
import { likelyPartFlags, splitUnlikeliness } from "./splitPrior";
import type { SubtreeMask } from "./subtreeMask";
import {
    AE,
    COST_CONFUSION,
    COST_DOUBLE,
    COST_NEIGHBOUR,
    COST_SYLLABLE,
    DIGRAPH_CODES,
    E,
    insertionCost,
    J,
    K,
    R,
    S,
    silentFirst,
    SUB_TARGETS,
    subCost,
    syllablePair,
} from "./substitutions";

export { COST_EDIT, DIGRAPH_CODES, SUB_TARGETS, subCost } from "./substitutions";

export interface Suggestion {
    word: string;
    /** Lower is better: edit cost plus priors. */
    score: number;
}

export interface SuggestOptions {
    /** At most this many (default 5). */
    max?: number;
    /** Edit-cost budget of the search (default: 1.0, then 2.0 when nothing was found). */
    maxCost?: number;
    /** Also corrections that are compounds (default true; the slower part of the search). */
    compounds?: boolean;
    /** What the context says of a form (lower case), added to its score: < 0 ranks it higher. */
    adjust?: (form: string) => number;
    /**
     * Leave out compounds of unlikely parts ("inn|viduell" for "inviduell"): a listed word two
     * edits away is the better guess, which a wider search then finds.
     */
    plausibleCompounds?: boolean;
    /**
     * Only candidates that begin with the letter typed first (or its capital): a tenth of the
     * search, for the wide ones (two edits) where a changed first letter seldom ranks anyway.
     */
    keepFirstLetter?: boolean;
    /** Added to a compound's score (default 0.25, the callers that compare scores with a bound). */
    compoundPenalty?: number;
    /** Also a syllable (a vowel and a consonant) left out or typed twice, at one edit's cost: dearer to search, for a fallback. */
    syllables?: boolean;
}

const COST_DIGRAPH = 0.15; // "ae" -> æ, "aa" -> å, "oe" -> ø
const COST_TRANSPOSE = 0.6;
const COST_DELETE = 0.65; // a letter left out: the most frequent typo
/** e and æ before r, one sound in speech ("fjærne", "værre" for "fjerne", "verre"). */
const COST_E_AE_BEFORE_R = 0.35;
const PRIOR_COMMON = 0.2;
const PRIOR_FREQ = 0.03; // per productivity class (0..7)
const PENALTY_COMPOUND = 0.25;
const PENALTY_CAPITAL = 0.8;
const PENALTY_FIRST_LETTER = 0.5;
const MIN_COMPOUND_PART = 3;
const TRIPLE = /(\p{L})\1\1/u;

const TARGET_MASK = 0x7fffffff;

/**
 * The best corrections of `word` in `variety`, best first. Candidates are forms of the
 * variety's lexicon or compounds of them; the case the writer used is applied ("Hsuet" -> "Huset").
 */
export function suggest(lex: Lexicon, word: string, variety: Variety, options: SuggestOptions = {}): string[] {
    return suggestScored(lex, word, variety, options).map((s) => s.word);
}

export function suggestScored(lex: Lexicon, word: string, variety: Variety, options: SuggestOptions = {}): Suggestion[] {
    const max = options.max ?? 5;
    const typed = word.toLowerCase();
    const shape = caseShape(word);
    const capitals = shape !== "lower";
    const compounds = options.compounds ?? true;
    let found =
        options.keepFirstLetter && typed.length > 1
            ? searchAfterFirst(lex.dawg, typed, variety, options.maxCost ?? 1.0, compounds, capitals, options.syllables)
            : search(
                  lex.dawg,
                  typed,
                  variety,
                  options.maxCost ?? 1.0,
                  compounds,
                  capitals,
                  lex.dawg.root,
                  options.plausibleCompounds,
                  options.syllables,
              );
    if (found.size === 0 && options.maxCost === undefined) found = search(lex.dawg, typed, variety, 2.0, compounds, capitals);
    // a name typed in lower case ("oslo" -> "Oslo")
    if (!capitals) {
        const name = capitalize(typed);
        const f = lex.formFlags(name);
        if (f & FORM[variety]) found.set(name, { cost: 0, flags: f, compound: false, split: 0 });
    }
    const scored: Suggestion[] = [];
    for (const [cand, { cost, flags, compound, split }] of found) {
        if (cand === word || TRIPLE.test(cand)) continue;
        if (compound && options.plausibleCompounds && splitUnlikeliness(lex, [cand.slice(0, split), cand.slice(split)]) >= 1) continue;
        let score = cost;
        // the priors describe a listed form; a compound's flags are only its last part's
        if (compound) score += options.compoundPenalty ?? PENALTY_COMPOUND;
        else {
            if (flags & F_COMMON) score -= PRIOR_COMMON;
            score -= PRIOR_FREQ * freqClass(flags);
        }
        // a capital the writer did not type ("oslo" -> "Oslo" is fine, "huset" -> "Huset" is not a fix)
        if (cand !== cand.toLowerCase() && shape === "lower") score += PENALTY_CAPITAL;
        if (changesFirstLetter(typed, cand)) score += PENALTY_FIRST_LETTER;
        if (options.adjust) score += options.adjust(cand.toLowerCase());
        scored.push({ word: cand === cand.toLowerCase() ? applyCase(cand, word) : cand, score });
    }
    scored.sort((a, b) => a.score - b.score || a.word.length - b.word.length || (a.word < b.word ? -1 : 1));
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const s of scored) {
        if (seen.has(s.word) || s.word === word) continue;
        seen.add(s.word);
        out.push(s);
        if (out.length >= max) break;
    }
    return out;
}

/**
 * The candidate begins with another letter than the writer typed, other than a letter of a
 * missing Norwegian key (o for ø, a for å) or sj for kj: typists seldom leave out or swap the first letter.
 */
export function changesFirstLetter(typed: string, cand: string): boolean {
    const a = typed.charCodeAt(0);
    const b = LOWER[cand.charCodeAt(0)];
    if (a === b || subCost(a, b) < COST_NEIGHBOUR) return false;
    // a silent g or h written or left out ("gjevn" → "jevn", "vem" → "hvem")
    if ((silentFirst(a, b) && typed.charCodeAt(1) === b) || (silentFirst(b, a) && LOWER[cand.charCodeAt(1)] === a)) return false;
    // sj for kj and back, one sound ("sjøpe" for "kjøpe")
    return !(typed.charCodeAt(1) === J && LOWER[cand.charCodeAt(1)] === J && ((a === S && b === K) || (a === K && b === S)));
}

export interface Found {
    cost: number;
    flags: number;
    compound: boolean;
    /** Where a compound's second part begins (0: no compound). */
    split: number;
}

/**
 * Every lexicon form (or two-part compound) within `maxCost` of `typed` (lower case), with its cost;
 * from `from`, the forms that continue what leads there; with `only`, only the subtrees its
 * mask marks with its bit are searched (a filter on the results that is cheaper done first).
 * Rows: rows[d][j] = cost of turning typed[0..j) into the candidate's first d letters.
 */
export function search(
    dawg: Dawg,
    typed: string,
    variety: Variety,
    maxCost: number,
    compounds = true,
    capitals = false,
    from = dawg.root,
    likelyFirstPart = false,
    syllables = false,
    only?: { mask: SubtreeMask; bit: number },
): Map<string, Found> {
    const n = typed.length;
    // two zeros after the word: the confusion tests look one or two letters ahead (t[j], t[j + 1]),
    // and a read past a typed array's end is V8's slow path (it made the whole search 2x slower)
    const t = new Uint16Array(n + 2);
    for (let j = 0; j < n; j++) t[j] = typed.charCodeAt(j);
    const maxDepth = n + Math.floor(maxCost / COST_DOUBLE) + 1;
    const rows = rowBuffers(maxDepth + 1, n + 1);
    // the cost of typed letter j-1 too many depends on the typed letters only: once per word
    const insCost = new Float64Array(n + 1);
    for (let j = 1; j <= n; j++) insCost[j] = insertionCost(t, j);
    for (let j = 0; j <= n; j++) rows[0][j] = j === 0 ? 0 : rows[0][j - 1] + insCost[j];
    // typed letters j-2, j-1 a syllable too many
    const extraSyllable = new Uint8Array(n + 1);
    if (syllables) for (let j = 2; j <= n; j++) extraSyllable[j] = syllablePair(t[j - 2], t[j - 1]) ? 1 : 0;
    for (let j = 2; j <= n; j++)
        if (extraSyllable[j] && rows[0][j - 2] + COST_SYLLABLE < rows[0][j]) rows[0][j] = rows[0][j - 2] + COST_SYLLABLE;
    // substitution cost typed[j] -> letter, per typed position: a small table per distinct letter
    const subRow = new Map<number, Float32Array>();
    const subCosts = (c: number): Float32Array => {
        let r = subRow.get(c);
        if (!r) {
            r = new Float32Array(n);
            for (let j = 0; j < n; j++)
                r[j] = t[j + 1] === R && ((t[j] === AE && c === E) || (t[j] === E && c === AE)) ? COST_E_AE_BEFORE_R : subCost(t[j], c);
            subRow.set(c, r);
        }
        return r;
    };
    const firstFixes = n > 0 ? (SUB_TARGETS.get(t[0]) ?? []) : [];
    // (and sj typed for kj or back: "sjøpe" for "kjøpe")
    const firstOk = (c: number): boolean =>
        n === 0 ||
        c === t[0] ||
        (n > 1 && c === t[1]) ||
        firstFixes.includes(c) ||
        (t[1] === J && ((t[0] === S && c === K) || (t[0] === K && c === S)));
    const path = new Uint16Array(maxDepth + 1); // candidate letters as stored (with case)
    const nodes = new Int32Array(maxDepth + 1); // the node each depth reached
    const plow = new Uint16Array(maxDepth + 1); // the same, lower case
    const out = new Map<string, Found>();
    const form = FORM[variety];
    const left = LEFT[variety];
    const right = RIGHT[variety];
    const { labels, targets } = dawg;

    // partStart: depth where the current compound part began (0 = no compound yet)
    const visit = (node: number, depth: number, partStart: number): void => {
        const d = depth + 1;
        if (d > maxDepth || node <= 0) return;
        const prev = rows[d - 1];
        const row = rows[d];
        const prevPrev = d >= 2 ? rows[d - 2] : undefined;
        const before = d >= 2 ? plow[d - 2] : -1;
        for (let e = node - 1; ; e++) {
            const unit = labels[e];
            const last = (targets[e] & LAST_EDGE) !== 0;
            // (a unit below a space begins a known misspelling's correction, misspellings.ts: no
            // candidate lies behind it)
            if (unit >= TERMINATOR_BASE || unit < 0x20) {
                if (last) break;
                continue;
            }
            const c = LOWER[unit];
            // names and other capitalised entries only when the writer typed a capital
            if (c !== unit && !capitals) {
                if (last) break;
                continue;
            }
            const target = targets[e] & TARGET_MASK;
            // (with `only`, a subtree that holds no key of the kinds the caller keeps is not searched)
            if (only !== undefined && !only.mask.has(target, only.bit)) {
                if (last) break;
                continue;
            }
            // writers seldom get the first letter wrong: it is a typed letter, a fix of the first
            // one (o -> ø, a neighbour key), or the writer left it out (then the typed first letter
            // comes next)
            if (
                d === 1 &&
                !firstOk(c) &&
                (n === 0 || (dawg.child(target, t[0]) < 0 && (capitals ? dawg.child(target, UPPER[t[0]]) < 0 : true)))
            ) {
                if (last) break;
                continue;
            }
            path[d - 1] = unit;
            plow[d - 1] = c;
            nodes[d] = target;
            // deletion: the writer left out candidate letter c (cheap when it doubles the letter before)
            const del = before === c ? COST_DOUBLE : d === 1 && silentFirst(c, t[0]) ? COST_CONFUSION : COST_DELETE;
            const subs = subCosts(c);
            let v0 = prev[0] + del;
            row[0] = v0;
            let best = v0;
            const digraph = DIGRAPH_CODES.get(c);
            // the candidate's letters d-1, d a syllable the writer left out
            const lost = syllables && prevPrev !== undefined && syllablePair(before, c) ? prevPrev : undefined;
            if (lost !== undefined && lost[0] + COST_SYLLABLE < v0) {
                v0 = lost[0] + COST_SYLLABLE;
                row[0] = v0;
                best = v0;
            }
            for (let j = 1; j <= n; j++) {
                // "sj" typed for "kj" and back ("sykkelsjede" → "sykkelkjede")
                let v =
                    prev[j - 1] +
                    (t[j] === J && ((c === K && t[j - 1] === S) || (c === S && t[j - 1] === K)) ? COST_CONFUSION : subs[j - 1]);
                const ins = row[j - 1] + insCost[j];
                if (ins < v) v = ins;
                // "sj" typed for "skj" ("sjelden" for "skjelden" is the other way round, below)
                const dl = prev[j] + (c === K && before === S && t[j] === J ? COST_CONFUSION : del);
                if (dl < v) v = dl;
                if (prevPrev !== undefined && j >= 2 && t[j - 1] === before && t[j - 2] === c && c !== before) {
                    const tr = prevPrev[j - 2] + COST_TRANSPOSE;
                    if (tr < v) v = tr;
                }
                if (syllables) {
                    if (lost !== undefined && lost[j] + COST_SYLLABLE < v) v = lost[j] + COST_SYLLABLE;
                    if (extraSyllable[j] === 1 && row[j - 2] + COST_SYLLABLE < v) v = row[j - 2] + COST_SYLLABLE;
                }
                if (digraph !== undefined && j >= 2 && t[j - 2] === digraph[0] && t[j - 1] === digraph[1]) {
                    const dg = prev[j - 2] + COST_DIGRAPH;
                    if (dg < v) v = dg;
                }
                row[j] = v;
                if (v < best) best = v;
            }
            if (best <= maxCost) {
                const f = dawg.finalFlags(target);
                if (f !== 0 && row[n] <= maxCost) {
                    const ok = partStart === 0 ? (f & form) !== 0 : (f & right) !== 0 && d - partStart >= MIN_COMPOUND_PART;
                    if (ok) {
                        const cand = String.fromCharCode(...path.subarray(0, d));
                        const had = out.get(cand);
                        if (!had || row[n] < had.cost)
                            out.set(cand, { cost: row[n], flags: f, compound: partStart !== 0, split: partStart });
                    }
                }
                visit(target, d, partStart);
                // a part that may begin a compound: the next part starts from the root (one split)
                if (compounds && partStart === 0 && f & left && d >= MIN_COMPOUND_PART && d <= n - MIN_COMPOUND_PART + 1) {
                    // (with likelyFirstPart, a rare first part makes every compound after it an
                    // unlikely split, which the caller drops: not searched. A linking -s-/-e-
                    // counts as its stem, as in splitUnlikeliness)
                    if (!likelyFirstPart || likelyPartFlags(f) || ((c === S || c === E) && likelyPartFlags(dawg.finalFlags(nodes[d - 1]))))
                        visit(dawg.root, d, d);
                }
            }
            if (last) break;
        }
    };
    // (`from`: the node after a fixed beginning, such as a name's capital; candidates are then the rest)
    visit(from, 0, 0);
    return out;
}

/** `search` among the candidates that begin with `typed`'s first letter, lower case or (with `capitals`) upper. */
function searchAfterFirst(
    dawg: Dawg,
    typed: string,
    variety: Variety,
    maxCost: number,
    compounds: boolean,
    capitals: boolean,
    syllables = false,
): Map<string, Found> {
    const out = new Map<string, Found>();
    const first = typed.charCodeAt(0);
    for (const unit of capitals && UPPER[first] !== first ? [first, UPPER[first]] : [first]) {
        const from = dawg.child(dawg.root, unit);
        if (from < 0) continue;
        const head = String.fromCharCode(unit);
        for (const [rest, f] of search(dawg, typed.slice(1), variety, maxCost, compounds, capitals, from, false, syllables)) {
            // (a compound's second part begins one letter later in the whole word)
            out.set(head + rest, f.compound ? { ...f, split: f.split + 1 } : f);
        }
    }
    return out;
}

/** Reused DP rows (the search is synchronous, so one set is enough): fewer allocations, less GC. */
let DP_ROWS: Float32Array[] = [];
function rowBuffers(count: number, width: number): Float32Array[] {
    if (DP_ROWS.length < count || DP_ROWS[0].length < width) {
        const w = Math.max(width, DP_ROWS[0]?.length ?? 0, 32);
        DP_ROWS = Array.from({ length: Math.max(count, DP_ROWS.length, 40) }, () => new Float32Array(w));
    }
    return DP_ROWS;
}
