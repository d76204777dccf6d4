// Learnt choices: where translators of this kind of text (software, documentation) write
// another word than the lexicon's first choice ("Opprett" → "Lag", "Skjul" → "Gøym", "mappen" →
// "mappa"), the choice they make most often. Learnt from parallel text by
// test/eval/convert/learn.ts into scripts/convert/learnt.tsv (committed; shipped beside the
// tables), and measured with the domains held out. Two kinds:
//  - word choices, keyed by the source form and the part of speech of its chosen reading, so
//    "vel" the adverb and "vel" the verb learn apart;
//  - variant rules, across words: where a reading's target forms differ only in an ending, which
//    ending to take ("vblex.pres: -er → -ar": "bruker|brukar" → "brukar", "klarer|klarar" →
//    "klarar"), keyed by the first target's ending and the reading's whole tag set. A rule
//    generalises to words the parallel text never had; a word choice wins over it. It leaves a
//    form another reading of the word shares (firstTargetShared).
import * as fs from "node:fs";
import type { Variety } from "../../protocol/writtenStandard";
import type { Reading } from "./table";

/** Per source standard: "form\tpos" → the target form (lower case), and "-ending\ttags" → "-ending". */
export type LearntChoices = Record<Variety, Map<string, string>>;

export function learntKey(form: string, pos: string): string {
    return `${form}\t${pos}`;
}

/** The key of a variant rule: the first target's ending and the tag set ("-er", "vblex.pres"). */
export function variantKey(ending: string, tags: string): string {
    return `-${ending}\t${tags}`;
}

/** Where two target forms part: the length of their common beginning. */
export function commonStart(a: string, b: string): number {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
}

/**
 * The learnt target for a word's chosen reading: the word's own learnt choice, else the first of
 * the reading's other targets a variant rule prefers to its first target, else undefined.
 */
export function learntFor(
    learnt: ReadonlyMap<string, string> | undefined,
    form: string,
    r: Reading,
    readings: readonly Reading[] = [],
): string | undefined {
    if (!learnt) return undefined;
    const own = learnt.get(learntKey(form, r.tags.pos));
    if (own !== undefined || r.targets.length < 2 || firstTargetShared(r, readings)) return own;
    const first = r.targets[0];
    for (let i = 1; i < r.targets.length; i++) {
        const alt = r.targets[i];
        const k = commonStart(first, alt);
        if (learnt.get(variantKey(first.slice(k), r.tags.text)) === `-${alt.slice(k)}`) return alt;
    }
    return undefined;
}

/**
 * Whether another reading of the word, of another part of speech, has the same first target: a
 * variant rule leaves it then, since that form is right whichever reading is meant ("filer",
 * the plural of "fil", is "filer" in Nynorsk too; as the verb "file" it could be "filar").
 */
export function firstTargetShared(r: Reading, readings: readonly Reading[]): boolean {
    return readings.some((o) => o.tags.pos !== r.tags.pos && o.targets[0] === r.targets[0]);
}

/** Parses the TSV: `direction form pos target count total` per line ("nb-nn\tskjul\tvblex\tgøym\t14\t15"). */
export function parseLearnt(text: string): LearntChoices {
    const out: LearntChoices = { nb: new Map(), nn: new Map() };
    for (const line of text.split("\n")) {
        if (!line || line.startsWith("#")) continue;
        const [dir, form, pos, target] = line.split("\t");
        if (!target || (dir !== "nb-nn" && dir !== "nn-nb")) continue;
        out[dir === "nb-nn" ? "nb" : "nn"].set(learntKey(form, pos), target);
    }
    return out;
}

export function readLearnt(file: string): LearntChoices | undefined {
    return fs.existsSync(file) ? parseLearnt(fs.readFileSync(file, "utf8")) : undefined;
}
