// How the compile step scores a form: how much each standard writes it, which of the other
// standard's forms replace it (best first), a definite noun's gender, and a replacement as a
// rewrite of the form's end.
import { loadTs } from "../lib/loadTs.mjs";
import { PARAMS } from "./params.mjs";

const { TAG } = loadTs("language-server/src/proofreading/malform/format.ts");

function prior(u, init) {
    const m = /^[^<]*<([^>]+)>/.exec(u);
    const pos = m ? m[1] : "x";
    let p =
        {
            det: 20,
            prn: 20,
            pr: 20,
            cnjcoo: 20,
            cnjsub: 20,
            cnjadv: 20,
            ij: 2,
            adv: 1.5,
            vbmod: 20,
            vbser: 20,
            vbhaver: 20,
            n: 1,
            np: 0.1,
            adj: 1,
            vblex: 1,
            num: 2,
            abbr: 0.5,
        }[pos] ?? 0.5;
    if (u.includes("<imp>")) p *= init ? PARAMS.impInit : 0.3;
    if (u.includes("<pasv>")) p *= 0.5;
    if (u.includes("<gen>")) p *= 0.05;
    if (u.includes("<comp>") || u.includes("<sup>")) p *= 0.5;
    return p;
}

const GENDER = /<(m|f|nt|mf|un)>/g;

/** How much the standard writes `form` (relative, see README): readings × priors × shares. */
export function usage(form, heads, self, variety, init) {
    if (!heads || heads.length === 0) return 0.5;
    const lf = form.toLowerCase();
    const cells = new Map();
    for (const head of heads) {
        const tags = head.slice(head.indexOf("<")).replace(GENDER, "");
        const gens = self.get(head);
        let share;
        if (!gens || gens.length === 0 || lf.endsWith(gens[0].toLowerCase())) share = 1;
        else if (gens.slice(1).some((g) => lf.endsWith(g.toLowerCase()))) share = PARAMS.shareVariant;
        else share = PARAMS.shareNone;
        if (variety === "nb" && head.includes("<n><f><sg><def>")) share *= PARAMS.femDefNb;
        const p = prior(head, init) * share;
        cells.set(tags, Math.max(cells.get(tags) ?? 0, p));
    }
    if (cells.size === 0) return 0.5;
    const v = [...cells.values()];
    const max = Math.max(...v);
    const sum = v.reduce((a, b) => a + b, 0);
    return max + PARAMS.restShare * (sum - max);
}

/** Replacements in the other standard for `form`, best first, each with its tags. */
export function rankReplacements(form, cross, selfO, targetList) {
    // If a reading of the form translates into the form itself, the other standard writes it
    // the same way (its list just lacks it): nothing to replace.
    const lf0 = form.toLowerCase();
    for (const { head, forms } of cross.get(form) ?? []) {
        if (head.includes("<gen>") || head.includes("<np>")) continue;
        if (forms.some((f) => f.toLowerCase() === lf0)) return [];
    }
    const score = new Map();
    const tags = new Map();
    const lf = form.toLowerCase();
    for (const { head, forms } of cross.get(form) ?? []) {
        if (head.includes("<gen>") || head.includes("<np>") || forms.length === 0) continue;
        let p = rankPrior(head);
        const gens = selfO.get(head);
        if (gens && gens.length && !lf.endsWith(gens[0].toLowerCase())) {
            p *= gens.slice(1).some((g) => lf.endsWith(g.toLowerCase())) ? PARAMS.shareVariant : PARAMS.shareNone;
        }
        forms.forEach((f, i) => {
            if (f.toLowerCase() === lf || !validIn(f, targetList)) return;
            score.set(f, Math.max(score.get(f) ?? 0, p * (i === 0 ? 1 : 0.5)));
            if (head.includes("<vblex><inf>")) tags.set(f, (tags.get(f) ?? 0) | TAG.INF);
            if (/^[^<]*<n>/.test(head)) tags.set(f, (tags.get(f) ?? 0) | TAG.NOUN);
        });
    }
    return [...score.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([f]) => ({ form: f, tag: tags.get(f) ?? 0 }));
}

/** How likely a reading is, for ordering replacements (no corpus: by part of speech). */
export function rankPrior(head) {
    const m = /^[^<]*<([^>]+)>/.exec(head);
    const pos = m ? m[1] : "x";
    let p =
        { det: 3, prn: 3, pr: 3, cnjcoo: 3, cnjsub: 3, cnjadv: 3, adv: 1.2, vbmod: 3, vbser: 3, vbhaver: 3, n: 1, adj: 0.8, vblex: 0.9 }[
            pos
        ] ?? 0.5;
    if (/<(pp|pret)>/.test(head)) p *= 0.6;
    if (head.includes("<adj><pp>")) p *= 0.6;
    if (head.includes("<imp>")) p *= 0.5;
    if (head.includes("<pasv>")) p *= 0.7;
    return p;
}

/**
 * `f` is in the list, or (a compound the list lacks) splits into a listed last part of 4+
 * letters and a listed first part, possibly with a linking s/e ("standardverdiar").
 */
function validIn(f, list) {
    if (list.has(f)) return true;
    if (!PARAMS.compoundTargets || f.length < 8 || f.includes("-")) return false;
    for (let i = 3; i <= f.length - 4; i++) {
        if (!list.has(f.slice(i))) continue;
        const p = f.slice(0, i);
        if (
            list.has(p) ||
            (/[se]$/.test(p) && p.length > 4 && list.has(p.slice(0, -1))) ||
            (p.endsWith("s") && p.length > 4 && list.has(p.slice(0, -1) + "e"))
        )
            return true;
    }
    return false;
}

export function genderOf(heads) {
    if (!heads || heads.length === 0) return 0;
    let g = 0;
    for (const h of heads) {
        const m = /^[^<]*<n><(m|f|nt)><sg><def>/.exec(h);
        if (!m) return 0;
        const x = m[1] === "nt" ? 2 : 1;
        if (g && g !== x) return 0;
        g = x;
    }
    return g;
}

/** A weight as stored: round(w × quant) in an int8. */
export const q = (w) => Math.max(-127, Math.min(127, Math.round(w * PARAMS.quant)));

/** Similar spelling: edit distance at most a third of the longer word. */
export function similar(a, b) {
    const m = a.length;
    const n = b.length;
    let prev = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
        const cur = [i];
        for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[n] <= Math.max(m, n) / 3;
}

export function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
}

/** A replacement as a rewrite of the form's end: drop `strip` code units, append `append`. */
export function suffixRule(form, repl, tag) {
    let i = 0;
    while (i < form.length && i < repl.length && form[i] === repl[i]) i++;
    return { strip: form.length - i, append: repl.slice(i), tag };
}
