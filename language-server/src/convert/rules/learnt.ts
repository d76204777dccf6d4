// Learnt word choices: where translators of this kind of text (software, documentation) write
// another word than the lexicon's first choice ("Opprett" → "Lag", "Skjul" → "Gøym", "mappen" →
// "mappa"), the choice they make most often. Learnt from parallel text by
// test/eval/convert/learn.ts into scripts/convert/learnt.tsv (committed; shipped beside the
// tables), and measured with the domains held out. Keyed by the source form and the part of
// speech of its chosen reading, so "vel" the adverb and "vel" the verb learn apart.
import * as fs from "node:fs";
import type { Variety } from "../../protocol/writtenStandard";

/** Per source standard: "form\tpos" → the target form (lower case). */
export type LearntChoices = Record<Variety, Map<string, string>>;

export function learntKey(form: string, pos: string): string {
    return `${form}\t${pos}`;
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
