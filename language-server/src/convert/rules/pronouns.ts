// Pronouns that refer back to a noun take the noun's gender: Bokmål "den" stands for any
// masculine or feminine noun, Nynorsk writes "han" or "ho" by the noun's gender ("Filen finnes.
// Vil du overskrive den?" → "Fila finst. Vil du overskriva ho?"), and back ("ho" → "den" when a
// feminine noun is what it refers to). The noun referred to is taken to be the nearest singular
// noun before the pronoun on the line; a plural one, or a neuter one into Nynorsk, stops the
// search (the pronoun then refers to something else and is kept).
import { type Gender, genderOf, preferredGender } from "./agreement";
import type { ConvertedWord } from "./engine";
import type { ConvertTable } from "./table";
import type { Token } from "./tokens";

/** The nearest noun before `i`, or undefined. */
function antecedent(converted: readonly ConvertedWord[], i: number): ConvertedWord | undefined {
    for (let j = i - 1; j >= 0; j--) {
        const r = converted[j].reading;
        if (r?.tags.pos === "n" && !converted[j].word.name) return converted[j];
    }
    return undefined;
}

/**
 * Whether the word after `i` makes "den" a determiner: a noun, a number, or a form that can be a
 * definite adjective ("den nye fila", "fra den siste", "den valgte pakka") follows.
 * An indefinite adjective is a predicate: "Er den ødelagt?".
 */
function determinerUse(converted: readonly ConvertedWord[], tokens: readonly Token[], i: number): boolean {
    const next = converted[i + 1];
    const w = converted[i].word;
    if (!next || next.word.index !== w.index + 2 || !/^\s+$/.test(tokens[w.index + 1].text)) return false;
    // "som", or a word it does not know ("den projektive rotasjonen"): left as it is
    if (next.word.lower === "som" || next.word.readings.length === 0) return true;
    return next.word.readings.some((r) => {
        const t = r.tags;
        if (t.pos === "n" || t.pos === "num" || t.pos === "np" || (t.pos === "det" && !t.has("qnt"))) return true;
        // (the analyser gives some participles a plural reading in their bare form: "ødelagt")
        return (t.pos === "adj" || t.has("pp")) && (t.has("def") || t.has("sp") || (t.has("pl") && next.word.lower.endsWith("e")));
    });
}

/** Bokmål "den" referring to a noun → Nynorsk "han"/"ho" by the noun's Nynorsk gender. */
export function pronounsToNynorsk(table: ConvertTable, converted: ConvertedWord[], tokens: readonly Token[]): void {
    for (let i = 1; i < converted.length; i++) {
        const c = converted[i];
        if (c.word.lower !== "den" || c.out !== "den" || determinerUse(converted, tokens, i)) continue;
        const noun = antecedent(converted, i);
        if (!noun?.reading || !noun.reading.tags.has("sg")) continue;
        const g = genderOf(table, "nn", noun.out.split(" ")[0], "sg", noun.reading.tags.has("def"), preferredGender(noun.reading, "nn"));
        if (g === "m") c.out = "han";
        else if (g === "f") c.out = "ho";
    }
}

const PERSONAL: Record<string, Gender> = { han: "m", ho: "f", henne: "f" };

/** Nynorsk "han"/"ho" referring to a masculine/feminine noun → Bokmål "den". */
export function pronounsToBokmal(converted: ConvertedWord[]): void {
    for (let i = 1; i < converted.length; i++) {
        const c = converted[i];
        const g = PERSONAL[c.word.lower];
        if (!g || c.reading?.tags.pos !== "prn") continue;
        const noun = antecedent(converted, i);
        if (!noun?.reading || !noun.reading.tags.has("sg") || !noun.reading.tags.has(g)) continue;
        c.out = "den";
    }
}
