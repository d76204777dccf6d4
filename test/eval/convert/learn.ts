// Learns word choices (language-server/src/convert/rules/learnt.ts) from sentence pairs that are
// independent translations of the same text: for each source word (form and part of speech of
// the reading the engine chose) which target word the reference uses, counted over the corpus.
// A word's choice is learnt only when one target clearly wins: at least MIN_COUNT sentences,
// MIN_SHARE of the sentences that say which target they use and MIN_OCCURRENCE_SHARE of all the
// word's occurrences (many are reworded and say nothing), and MARGIN more than the engine's own
// output gets, in the references of at least MIN_PRODUCTS products: one product's choice is
// its house style ("Gir" → "Returnerer" in a spreadsheet's function help), not the language's.
// The shares were set with the products held out (test/eval/convert/rules.ts).
//
// Two kinds of evidence per sentence:
//  - a candidate: one of the lexicon's target forms for any reading of the word is in the
//    reference ("mappen" → "mappa", not "mappa"'s rival "mappen");
//  - a substitution: the word's output is not in the reference and, after every explained word
//    is removed from both sides, as many words are left on each side (at most MAX_LEFT); they
//    are paired in order ("Opprett en ny mappe" / "Lag ei ny mappe": opprett → lag); with more
//    left over, when source and reference have as many words, by place.
//
// Variant rules (learnt.ts) are learnt the same way across words: where the chosen reading's
// target forms differ in an ending ("bruker|brukar"), each sentence whose reference has one of
// them and not the other is a vote for that ending, counted per tag set and pair of endings over
// every word. A rule is learnt when its ending wins RULE_SHARE of the votes, at least
// RULE_MIN_COUNT of them, from at least RULE_MIN_WORDS different words: a preference of the
// translators, not one word's.
import type { ConvertedWord, TableRuleEngine } from "../../../language-server/src/convert/rules/engine";
import {
    commonStart,
    firstTargetShared,
    learntKey,
    type LearntChoices,
    variantKey,
} from "../../../language-server/src/convert/rules/learnt";
import { DEFAULT_PREFERENCES } from "../../../language-server/src/convert/prompts";
import type { Variety } from "../../../language-server/src/protocol/writtenStandard";

const MIN_COUNT = 3;
const MIN_SHARE = 0.6;
const MIN_OCCURRENCE_SHARE = 0.2;
const MARGIN = 2;
const MIN_PRODUCTS = 2;
const MAX_LEFT = 2;
const RULE_MIN_COUNT = 5;
const RULE_MIN_WORDS = 3;
const RULE_SHARE = 0.7;

export interface Pair {
    domain: string;
    source: string;
    reference: string;
}

export interface LearntRow {
    from: Variety;
    form: string;
    pos: string;
    target: string;
    count: number;
    total: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function refWords(s: string): string[] {
    return (s.match(WORD) ?? []).map((w) => w.toLowerCase());
}

interface RuleVotes {
    alt: number;
    first: number;
    words: Set<string>;
}

export function learn(engine: TableRuleEngine, from: Variety, pairs: readonly Pair[]): LearntRow[] {
    const to: Variety = from === "nb" ? "nn" : "nb";
    const total = new Map<string, number>();
    const own = new Map<string, Map<string, number>>();
    const seen = new Map<string, Map<string, number>>();
    /** Per word and target, the products whose references use the target. */
    const products = new Map<string, Set<string>>();
    let product = "";
    const bump = (m: Map<string, Map<string, number>>, key: string, t: string) => {
        let c = m.get(key);
        if (!c) m.set(key, (c = new Map()));
        c.set(t, (c.get(t) ?? 0) + 1);
        if (m !== seen) return;
        const k = `${key}\t${t}`;
        let ps = products.get(k);
        if (!ps) products.set(k, (ps = new Set()));
        ps.add(product);
    };
    const votes = new Map<string, RuleVotes>();
    const vote = (c: ConvertedWord, refSet: ReadonlySet<string>) => {
        const r = c.reading!;
        const first = r.targets[0].toLowerCase();
        // only where the engine wrote the first target (not a house-style or marker form), and
        // where a rule would apply (learnt.ts)
        if (c.out !== first || firstTargetShared(r, c.word.readings)) return;
        for (const t of r.targets.slice(1)) {
            const alt = t.toLowerCase();
            const k = commonStart(first, alt);
            const key = `${variantKey(first.slice(k), r.tags.text)}\t-${alt.slice(k)}`;
            let v = votes.get(key);
            if (!v) votes.set(key, (v = { alt: 0, first: 0, words: new Set() }));
            const hasFirst = refSet.has(first);
            const hasAlt = refSet.has(alt);
            if (hasAlt && !hasFirst) {
                v.alt++;
                v.words.add(alt);
            } else if (hasFirst && !hasAlt) v.first++;
        }
    };
    for (const p of pairs) {
        product = productOf(p.domain);
        const { converted } = engine.convertWords(p.source, { from, to, preferences: DEFAULT_PREFERENCES });
        const ref = refWords(p.reference);
        const refSet = new Set(ref);
        const explained = new Set<string>();
        const left: { key: string; at: number }[] = [];
        for (const [at, c] of converted.entries()) {
            if (!c.reading || c.word.name || c.word.prefix) continue;
            const key = learntKey(c.word.lower, c.reading.tags.pos);
            total.set(key, (total.get(key) ?? 0) + 1);
            bump(own, key, c.out);
            if (c.reading.targets.length > 1) vote(c, refSet);
            const candidates = new Set([c.out, ...c.word.readings.flatMap((r) => r.targets.map((t) => t.toLowerCase()))]);
            let hit = false;
            for (const t of candidates) {
                if (!refSet.has(t)) continue;
                bump(seen, key, t);
                explained.add(t);
                hit = true;
            }
            if (!hit) left.push({ key, at });
        }
        // words the source explains (kept as they are) are not left over either
        for (const c of converted) explained.add(c.word.lower);
        const rest = ref.filter((w) => !explained.has(w));
        if (left.length > 0 && left.length <= MAX_LEFT && rest.length === left.length) left.forEach((l, i) => bump(seen, l.key, rest[i]));
        else if (converted.length === ref.length) {
            // as many words on both sides: a word the reference does not explain is paired with
            // the reference's word in its place, when that one is left over too
            for (const l of left) if (!explained.has(ref[l.at])) bump(seen, l.key, ref[l.at]);
        }
    }
    const rows: LearntRow[] = [];
    for (const [key, n] of total) {
        if (n < MIN_COUNT) continue;
        const counts = seen.get(key);
        if (!counts) continue;
        const [form, pos] = key.split("\t");
        const mine = [...(own.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
        const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
        if (!best || best[0] === mine) continue;
        const ownCount = mine ? (counts.get(mine) ?? 0) : 0;
        const evidence = [...counts.values()].reduce((a, b) => a + b, 0);
        if (best[1] < MIN_COUNT || best[1] < MIN_SHARE * evidence || best[1] < MIN_OCCURRENCE_SHARE * n || best[1] < ownCount + MARGIN)
            continue;
        if ((products.get(`${key}\t${best[0]}`)?.size ?? 0) < MIN_PRODUCTS) continue;
        rows.push({ from, form, pos, target: best[0], count: best[1], total: n });
    }
    for (const [key, v] of votes) {
        if (v.alt < RULE_MIN_COUNT || v.words.size < RULE_MIN_WORDS || v.alt < RULE_SHARE * (v.alt + v.first)) continue;
        const [form, tags, target] = key.split("\t");
        rows.push({ from, form, pos: tags, target, count: v.alt, total: v.alt + v.first });
    }
    return rows.sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1));
}

export function toChoices(rows: readonly LearntRow[]): LearntChoices {
    const out: LearntChoices = { nb: new Map(), nn: new Map() };
    for (const r of rows) out[r.from].set(learntKey(r.form, r.pos), r.target);
    return out;
}

export function toTsv(rows: readonly LearntRow[]): string {
    const head =
        "# direction\tform\tpos\ttarget\tsentences with the target\toccurrences (test/eval/convert/learn.ts; a variant rule: -ending\ttag set\t-ending\tvotes for it\tall votes)\n";
    return (
        head +
        rows.map((r) => `${r.from === "nb" ? "nb-nn" : "nn-nb"}\t${r.form}\t${r.pos}\t${r.target}\t${r.count}\t${r.total}`).join("\n") +
        "\n"
    );
}

/** The product a domain belongs to ("libreoffice/cui" → "libreoffice"): folds hold out whole products. */
export function productOf(domain: string): string {
    return domain.split("/")[0];
}
