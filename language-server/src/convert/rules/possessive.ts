// House style "possessive after the noun" (skrivehjelp.convert.nynorsk.possessive: "after"):
// Nynorsk puts the possessive after the definite noun far more often than Bokmål does:
// "min bok" → "boka mi", "ditt nye passord" → "det nye passordet ditt". The definite form is
// made by the regular endings and taken only when the Nynorsk lists have it with the noun's
// gender and number; otherwise the phrase keeps its Bokmål order.
import { type Gender, genderIndex, POSTPOSED, preferredGender } from "./agreement";
import type { ConvertedWord } from "./engine";
import type { ConvertTable } from "./table";

/**
 * The definite form of a Nynorsk indefinite noun, when the lists confirm it (genitive.ts too). A
 * compound the lists lack is made on its longest listed head ("servicetorg" → "servicetorget").
 */
export function definite(table: ConvertTable, ind: string, gender: Gender, plural: boolean): string | undefined {
    const own = listedDefinite(table, ind, gender, plural);
    if (own || table.readings("nn", ind)) return own;
    for (let k = 3; k <= ind.length - 3; k++) {
        if (!table.readings("nn", ind.slice(k))) continue;
        const head = listedDefinite(table, ind.slice(k), gender, plural);
        return head && ind.slice(0, k) + head;
    }
    return undefined;
}

function listedDefinite(table: ConvertTable, ind: string, gender: Gender, plural: boolean): string | undefined {
    const stem = ind.endsWith("e") ? ind.slice(0, -1) : ind;
    const candidates = plural
        ? ind.endsWith("ar")
            ? [ind.slice(0, -2) + "ane"]
            : ind.endsWith("er")
              ? [ind.slice(0, -2) + "ene"]
              : [stem + "a"]
        : gender === "m"
          ? [stem + "en", ind + "en"]
          : gender === "f"
            ? [stem + "a"]
            : [stem + "et", ind + "et"];
    return candidates.find((c) =>
        table
            .readings("nn", c)
            ?.some((r) => r.tags.pos === "n" && r.tags.has("def") && r.tags.has(plural ? "pl" : "sg") && (plural || r.tags.has(gender))),
    );
}

/** Rewrites "poss (adj…) noun" as "(den adj…) noun-def poss" in the converted words of one line. */
export function postposePossessives(
    table: ConvertTable,
    converted: ConvertedWord[],
    genderOf: (form: string, source: Gender | undefined) => Gender | undefined,
): void {
    for (let i = 0; i < converted.length - 1; i++) {
        const poss = converted[i];
        const forms = POSTPOSED.nn[poss.word.lower];
        if (!forms || poss.reading?.tags.pos !== "det" || !poss.reading.tags.has("pos")) continue;
        let j = i + 1;
        while (
            j < converted.length &&
            converted[j].reading?.tags.pos === "adj" &&
            converted[j].word.index === converted[j - 1].word.index + 2
        )
            j++;
        const noun = converted[j];
        if (
            !noun?.reading ||
            noun.reading.tags.pos !== "n" ||
            noun.word.index !== converted[j - 1].word.index + 2 ||
            noun.reading.tags.has("def") ||
            noun.word.prefix
        )
            continue;
        const plural = noun.reading.tags.has("pl");
        const gender = genderOf(noun.out, preferredGender(noun.reading, "nn"));
        if (!gender) continue;
        const def = definite(table, noun.out, gender, plural);
        if (!def) continue;
        const after = forms[plural ? 3 : genderIndex(gender)];
        noun.out = `${def} ${after}`;
        if (j > i + 1) poss.out = plural ? "dei" : gender === "nt" ? "det" : "den";
        else {
            // "Min bok" → "Boka mi": the noun takes the capital of the word it now opens with
            if (poss.word.case !== "lower" && noun.word.case === "lower")
                noun.word = { ...noun.word, case: poss.word.case === "upper" ? "upper" : "capitalized" };
            poss.dropped = "after";
        }
    }
}
