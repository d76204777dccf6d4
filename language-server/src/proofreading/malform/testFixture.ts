// Test helper: writes a small målform data file with the build's own writer (formatWriter.ts)
// and DAWG builder, so the logic can be tested without the generated data. Used by the spec
// files only.
import { DawgBuilder } from "../../lexicon/dawg";
import { MAX_RECORD_VALUE, recordValue, writeMalformFile, type MalformRecord } from "./formatWriter";

export interface FixtureEntry {
    weight?: number;
    weightInit?: number;
    flags?: number;
    flags2?: number;
    genderNb?: number;
    genderNn?: number;
    /** [replacement, tags] */
    replacements?: [string, number][];
}

export function buildFixture(entries: Record<string, FixtureEntry>, scale = 10): Uint8Array {
    const forms = Object.keys(entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const records: MalformRecord[] = forms.map((form) => {
        const e = entries[form];
        return {
            weight: Math.round((e.weight ?? 0) * scale),
            weightInit: Math.round((e.weightInit ?? e.weight ?? 0) * scale),
            flags: e.flags ?? 0,
            flags2: e.flags2 ?? 0,
            genders: (e.genderNb ?? 0) | ((e.genderNn ?? 0) << 2),
            replacements: (e.replacements ?? []).map(([r, tags]) => {
                let i = 0;
                while (i < form.length && i < r.length && form[i] === r[i]) i++;
                return { strip: form.length - i, tags, append: r.slice(i) };
            }),
        };
    });
    const builder = new DawgBuilder(MAX_RECORD_VALUE);
    forms.forEach((form, rec) => builder.add(form, recordValue(rec)));
    return writeMalformFile(builder.finishEdges(), records, forms.length, scale).bytes;
}
