// Repairs listed compounds whose translation Apertium left half done: its bilingual lexicon
// lacks the first part as a compound's first part, or the head, so the source's letters stay
// ("hovedvinduet" → "hovedvindauget", "mellomtjeneren" → "mellomtjeneren", "eigenutvikla" →
// "eigenutviklet"), or it gives no form at all ("gjenopprette" → ""). The proofreader flags such
// words in the converter's output as the other standard's (test/eval/convert/selfCheck.ts).
// Each standard's own compounds show how the other writes a first part: Apertium translates
// "hoved|" "hovud|" in thousands of them; where most of a first part's compounds change it, the
// ones that keep it take the majority's form, and a head written as the source writes it, where
// the head alone converts, takes the head's own forms. And a first part written unlike any
// form of its noun ("hoved|vindu" is hode|vindu in Apertium's analysis) is read back to the noun
// (FirstParts.standalone), so an unlisted "hovedvinduet" becomes "hovudvindauget", not
// "hovedvindauget". Called once by compile.ts on what it read.
import type { CompoundEvidence, FirstPartMaps } from "./firstParts";

/** A reading as compile.ts holds it: tag-set id, flag bits, the other standard's forms. */
export interface BuildReading {
    tags: number;
    bits: number;
    targets: string[];
}

type Side = "nb" | "nn";

const MIN_PART = 3;
/** A first part's majority form is taken when at least this many compounds show it. */
const MIN_SUPPORT = 3;

interface Split {
    reading: BuildReading;
    first: string;
    head: string;
    /** The head's own forms in the other standard, for the reading's tags. */
    headTargets: string[];
}

/** The form read as a first part and its longest head that the lists have, alone, with the reading's tags. */
function splitOf(forms: ReadonlyMap<string, BuildReading[]>, form: string, r: BuildReading, compoundBit: number): Split | undefined {
    for (let i = MIN_PART; i <= form.length - MIN_PART; i++) {
        const head = form.slice(i);
        const own = forms.get(head)?.filter((h) => !(h.bits & compoundBit) && h.tags === r.tags);
        if (!own?.length) continue;
        const headTargets = [...new Set(own.flatMap((h) => h.targets).filter(Boolean))];
        if (headTargets.length === 0) return undefined;
        return { reading: r, first: form.slice(0, i), head, headTargets };
    }
    return undefined;
}

/** The target's letters before the head's own form it ends with, or undefined. */
function before(target: string, s: Split): string | undefined {
    const h = s.headTargets.find((t) => target.length > t.length && target.endsWith(t));
    return h === undefined ? undefined : target.slice(0, -h.length);
}

/** An irregular first part is read back to its noun when this many compounds show it and this share of its own. */
const MIN_IRREGULAR = 3;
const MIN_IRREGULAR_SHARE = 0.8;

/**
 * First parts the lists write unlike any form of the noun Apertium reads them as ("hoved" →
 * "hode", "sjølv"), each compound split before its longest head with the head's tags as
 * firstParts.ts does; added to `standalone` where it has no entry and the part is no word itself.
 */
function irregularFirstParts(
    evidence: CompoundEvidence,
    headTagsOf: (form: string) => readonly string[] | undefined,
    standalone: Map<string, string>,
): number {
    const counts = new Map<string, Map<string, number>>();
    const seen = new Set<string>();
    for (const { form, first, headTags } of evidence.compounds) {
        if (seen.has(form)) continue;
        seen.add(form);
        for (let i = MIN_PART; i < form.length - 1; i++) {
            if (!headTagsOf(form.slice(i))?.includes(headTags)) continue;
            const written = form.slice(0, i);
            const nouns = [...(evidence.nouns.get(first) ?? [])].filter((n) => n === n.toLowerCase());
            if (nouns.length && !nouns.some((n) => written.startsWith(n.slice(0, -1)))) {
                const c = counts.get(written) ?? new Map<string, number>();
                counts.set(written, c.set(nouns[0], (c.get(nouns[0]) ?? 0) + 1));
            }
            break;
        }
    }
    let added = 0;
    for (const [written, c] of counts) {
        const total = [...c.values()].reduce((a, b) => a + b, 0);
        const [noun, n] = [...c.entries()].sort((a, b) => b[1] - a[1])[0];
        if (n < MIN_IRREGULAR || n < MIN_IRREGULAR_SHARE * total || standalone.has(written) || headTagsOf(written)) continue;
        standalone.set(written, noun);
        added++;
    }
    return added;
}

/** Both repairs, on what compile.ts read: the listed compounds' targets, then the irregular first parts. */
export function repairCompounds(
    read: Record<Side, Map<string, BuildReading[]>>,
    compoundBit: number,
    evidence: Record<Side, CompoundEvidence>,
    headTagsOf: (side: Side) => (form: string) => readonly string[] | undefined,
    maps: Record<Side, FirstPartMaps>,
): { targets: Record<Side, number>; firstParts: Record<Side, number> } {
    return {
        targets: repairCompoundTargets(read, compoundBit),
        firstParts: {
            nb: irregularFirstParts(evidence.nb, headTagsOf("nb"), maps.nb.standalone),
            nn: irregularFirstParts(evidence.nn, headTagsOf("nn"), maps.nn.standalone),
        },
    };
}

function repairCompoundTargets(read: Record<Side, Map<string, BuildReading[]>>, compoundBit: number): Record<Side, number> {
    const repaired: Record<Side, number> = { nb: 0, nn: 0 };
    for (const side of ["nb", "nn"] as const) {
        const forms = read[side];
        const splits: Split[] = [];
        for (const [form, rs] of forms) {
            if (form !== form.toLowerCase()) continue;
            for (const r of rs) {
                // a compound, or any word Apertium gave no form ("gjen|opprette")
                if (!(r.bits & compoundBit) && r.targets.some(Boolean)) continue;
                const s = splitOf(forms, form, r, compoundBit);
                if (s) splits.push(s);
            }
        }
        // how the other standard writes each first part, by its compounds that convert the head
        const counts = new Map<string, Map<string, number>>();
        for (const s of splits) {
            const q = s.reading.targets[0] ? before(s.reading.targets[0], s) : undefined;
            if (q === undefined) continue;
            const c = counts.get(s.first) ?? new Map<string, number>();
            counts.set(s.first, c.set(q, (c.get(q) ?? 0) + 1));
        }
        const majority = new Map<string, string>();
        for (const [first, c] of counts) {
            const [best, n] = [...c.entries()].sort((a, b) => b[1] - a[1])[0];
            if (best !== first && n >= MIN_SUPPORT && n > (c.get(first) ?? 0)) majority.set(first, best);
        }
        for (const s of splits) {
            const out: string[] = [];
            let changed = false;
            for (const t of s.reading.targets.length ? s.reading.targets : [""]) {
                let pre = before(t, s);
                let heads = [t.slice(pre?.length ?? 0)];
                if (pre === undefined) {
                    // the head as the source writes it, or nothing at all: the head's own forms
                    if (t !== "" && !t.endsWith(s.head)) {
                        out.push(t);
                        continue;
                    }
                    pre = t === "" ? s.first : t.slice(0, -s.head.length);
                    heads = s.headTargets;
                }
                const first = pre === s.first ? (majority.get(pre) ?? pre) : pre;
                // a head kept as written is repaired only with a first part the other standard writes
                if (heads === s.headTargets && first === s.first && !counts.get(first)?.has(first)) {
                    out.push(t);
                    continue;
                }
                for (const h of heads) out.push(first + h);
                changed ||= out[out.length - 1] !== t || heads.length > 1;
            }
            if (!changed) continue;
            s.reading.targets = [...new Set(out)].slice(0, 4);
            repaired[side]++;
        }
    }
    return repaired;
}
