// Learns word choices (language-server/src/convert/rules/learnt.ts) from sentence pairs that are
// independent translations of the same text: for each source word (form and part of speech of
// the reading the engine chose) which target word the reference uses, counted over the corpus.
// A word's choice is learnt only when one target clearly wins: at least MIN_COUNT sentences and
// MIN_SHARE of the word's occurrences, and MARGIN more than the engine's own output gets.
//
// Two kinds of evidence per sentence:
//  - a candidate: one of the lexicon's target forms for any reading of the word is in the
//    reference ("mappen" → "mappa", not "mappa"'s rival "mappen");
//  - a substitution: the word's output is not in the reference and, after every explained word
//    is removed from both sides, as many words are left on each side (at most MAX_LEFT); they
//    are paired in order ("Opprett en ny mappe" / "Lag ei ny mappe": opprett → lag).
import type { TableRuleEngine } from "../../../language-server/src/convert/rules/engine";
import { learntKey, type LearntChoices } from "../../../language-server/src/convert/rules/learnt";
import { DEFAULT_PREFERENCES } from "../../../language-server/src/convert/prompts";
import type { Variety } from "../../../language-server/src/protocol/writtenStandard";

const MIN_COUNT = 3;
const MIN_SHARE = 0.5;
const MARGIN = 2;
const MAX_LEFT = 2;

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

export function learn(engine: TableRuleEngine, from: Variety, pairs: readonly Pair[]): LearntRow[] {
    const to: Variety = from === "nb" ? "nn" : "nb";
    const total = new Map<string, number>();
    const own = new Map<string, Map<string, number>>();
    const seen = new Map<string, Map<string, number>>();
    const bump = (m: Map<string, Map<string, number>>, key: string, t: string) => {
        let c = m.get(key);
        if (!c) m.set(key, (c = new Map()));
        c.set(t, (c.get(t) ?? 0) + 1);
    };
    for (const p of pairs) {
        const { converted } = engine.convertWords(p.source, { from, to, preferences: DEFAULT_PREFERENCES });
        const ref = refWords(p.reference);
        const refSet = new Set(ref);
        const explained = new Set<string>();
        const left: { key: string }[] = [];
        for (const c of converted) {
            if (!c.reading || c.word.name || c.word.prefix) continue;
            const key = learntKey(c.word.lower, c.reading.tags.pos);
            total.set(key, (total.get(key) ?? 0) + 1);
            bump(own, key, c.out);
            const candidates = new Set([c.out, ...c.word.readings.flatMap((r) => r.targets.map((t) => t.toLowerCase()))]);
            let hit = false;
            for (const t of candidates) {
                if (!refSet.has(t)) continue;
                bump(seen, key, t);
                explained.add(t);
                hit = true;
            }
            if (!hit) left.push({ key });
        }
        // words the source explains (kept as they are) are not left over either
        for (const c of converted) explained.add(c.word.lower);
        const rest = ref.filter((w) => !explained.has(w));
        if (left.length > 0 && left.length <= MAX_LEFT && rest.length === left.length) left.forEach((l, i) => bump(seen, l.key, rest[i]));
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
        if (best[1] < MIN_COUNT || best[1] < MIN_SHARE * n || best[1] < ownCount + MARGIN) continue;
        rows.push({ from, form, pos, target: best[0], count: best[1], total: n });
    }
    return rows.sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1));
}

export function toChoices(rows: readonly LearntRow[]): LearntChoices {
    const out: LearntChoices = { nb: new Map(), nn: new Map() };
    for (const r of rows) out[r.from].set(learntKey(r.form, r.pos), r.target);
    return out;
}

export function toTsv(rows: readonly LearntRow[]): string {
    const head = "# direction\tform\tpos\ttarget\tsentences with the target\toccurrences (test/eval/convert/learn.ts)\n";
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
