// Changes to the target forms Apertium gives, each where the references of software translators
// and the lists agree on another order (compile.ts applies them after reading both standards).
import type { Reading } from "./compile";

/**
 * Into Bokmål a neuter noun's indefinite plural in -er where the Bokmål lists have it, first:
 * Apertium's Bokmål generator gives "punkt", "dokument" for Nynorsk "punkt", "dokument" (plural),
 * where Bokmål mostly writes "punkter", "dokumenter" (the references: 28 and 15 to none); "hus",
 * "år" have no "-er" plural in the lists and stay as they are.
 */
export function bokmalNeuterPlurals(read: Record<"nb" | "nn", Map<string, Reading[]>>, tagTexts: readonly string[]): number {
    let n = 0;
    for (const rs of read.nn.values()) {
        for (const r of rs) {
            if (tagTexts[r.tags] !== "n.nt.pl.ind" || r.targets.length === 0) continue;
            const er = r.targets[0] + "er";
            if (r.targets.includes(er) || !read.nb.get(er)?.some((x) => tagTexts[x.tags] === "n.nt.pl.ind")) continue;
            r.targets = [er, ...r.targets].slice(0, 4);
            n++;
        }
    }
    return n;
}

/**
 * Nynorsk words Bokmål writes the same way in the same use, kept first where the bilingual
 * lexicon gives another word: relative "der" ("mappa der fila ligg" → "mappen der filen ligger",
 * not "hvor": the references keep "der" 56 times to 6).
 */
const KEPT_NN: Record<string, string> = { der: "cnjsub" };

export function preferKept(nn: Map<string, Reading[]>, tagTexts: readonly string[]): number {
    let n = 0;
    for (const [form, tags] of Object.entries(KEPT_NN)) {
        for (const r of nn.get(form) ?? []) {
            if (tagTexts[r.tags] !== tags || r.targets[0] === form) continue;
            r.targets = [form, ...r.targets.filter((t) => t !== form)].slice(0, 4);
            n++;
        }
    }
    return n;
}

/**
 * Into Nynorsk the infinitive as the lemma where Apertium's generator gives a variant of it
 * the Nynorsk analyser reads as that lemma: "oppgi" → "oppgje", "gi" → "gje", "grunngi" →
 * "grunngje" (the references: "oppgje" 46 times to 1, "gje" 35 to 0). Not the a-/e-infinitive,
 * which the house style chooses, nor a lemma shorter than the form ("glida", lemma "gli").
 * `lemmas` gives each Nynorsk form's infinitive lemmas.
 */
export function nynorskLemmaInfinitives(
    nb: Map<string, Reading[]>,
    tagTexts: readonly string[],
    lemmas: ReadonlyMap<string, ReadonlySet<string>>,
): number {
    let n = 0;
    for (const rs of nb.values()) {
        for (const r of rs) {
            if (tagTexts[r.tags] !== "vblex.inf" || r.targets.length === 0) continue;
            const t = r.targets[0];
            const own = lemmas.get(t);
            if (!own || own.has(t)) continue;
            const lemma = [...own].find(
                (l) => l.length > t.length && l.slice(0, -1) !== t.slice(0, -1) && lemmas.get(l)?.has(l) && !r.targets.includes(l),
            );
            if (!lemma) continue;
            r.targets = [lemma, ...r.targets].slice(0, 4);
            n++;
        }
    }
    return n;
}
