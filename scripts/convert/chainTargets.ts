// Targets Apertium left in the source standard: a compound whose head its bilingual lexicon
// lacks or splits wrong comes out with the source's head ("arbeidsgjevaren", read as
// arbeid|gje|vare, → "arbeidsgivaren", a Nynorsk form; "brannstadar" → "brannstader"). Where such
// a first target is a form of the source standard's lists and not of the target's, and that
// form converts, with the same tags, to one the target's lists have ("arbeidsgivaren" →
// "arbeidsgiveren", "brannstader" → "brannsteder"), that form comes first. Only nouns and
// adjectives: a verb form read again may take another verb's reading ("avles" → "avlar").
// Called once by compile.ts on what it read.
import type { BuildReading } from "./compoundTargets";

type Side = "nb" | "nn";

/** Per side: each form's readings. `listed`: the wnorwegian lists' forms per standard. */
export function chainTargets(
    read: Record<Side, Map<string, BuildReading[]>>,
    listed: Record<Side, ReadonlySet<string>>,
    tagTexts: readonly string[],
): Record<Side, number> {
    const chained: Record<Side, number> = { nb: 0, nn: 0 };
    for (const side of ["nb", "nn"] as const) {
        const other: Side = side === "nb" ? "nn" : "nb";
        const forms = read[side];
        const changes: [BuildReading, string][] = [];
        for (const [form, rs] of forms) {
            if (form !== form.toLowerCase()) continue;
            for (const r of rs) {
                const t = r.targets[0];
                if (!t || t === form || !/^(n|adj)\./.test(tagTexts[r.tags]) || listed[other].has(t) || !listed[side].has(t)) continue;
                // the source form itself converts differently: take its target with the same tags
                const again = forms.get(t)?.find((x) => x.tags === r.tags && x.targets[0] && listed[other].has(x.targets[0]));
                if (again && again.targets[0] !== t) changes.push([r, again.targets[0]]);
            }
        }
        // applied after the pass, so one change does not feed another
        for (const [r, t] of changes) {
            r.targets = [t, ...r.targets.filter((x) => x !== t)].slice(0, 4);
            chained[side]++;
        }
    }
    return chained;
}
