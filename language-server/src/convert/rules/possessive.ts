// House style "possessive after the noun" (skrivehjelp.convert.nynorsk.possessive: "after"):
// Nynorsk puts the possessive after the definite noun far more often than Bokmål does:
// "min bok" → "boka mi", "ditt nye passord" → "det nye passordet ditt". The definite form is
// made by the regular endings and taken only when the Nynorsk lists have it with the noun's
// gender and number; otherwise the phrase keeps its Bokmål order.
import { type Gender, genderIndex, POSTPOSED, preferredGender } from "./agreement";
import type { ConvertedWord } from "./engine";
import { NN_BARE } from "./kinship";
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

/** "Each" before a possessive ("hver sin", "hvert sitt"). */
const EACH = new Set(["hver", "hvert"]);

/** Bokmål possessives that are genitives of a pronoun and do not agree ("hans", "hennar", "deira"). */
const INVARIANT = new Set(["hans", "hennes", "deres"]);
const invariant = (out: string) => [out, out, out, out] as const;

/** Rewrites "poss (adj…) noun" as "(den adj…) noun-def poss" in the converted words of one line. */
export function postposePossessives(
    table: ConvertTable,
    converted: ConvertedWord[],
    genderOf: (form: string, source: Gender | undefined) => Gender | undefined,
): void {
    for (let i = 0; i < converted.length - 1; i++) {
        const poss = converted[i];
        // "hans", "hennes", "deres" do not agree: "hans kone" → "kona hans"
        const forms = POSTPOSED.nn[poss.word.lower] ?? (INVARIANT.has(poss.word.lower) ? invariant(poss.out) : undefined);
        if (!forms || poss.reading?.tags.pos !== "det" || !poss.reading.tags.has("pos") || poss.word.name) continue;
        // right after a definite noun of its number it is already after its noun ("oppgåva si før
        // fredag"); after a name or a pronoun it is a genitive ("Per sin bil", "Kven si jakke"): it stays
        const before = converted[i - 1];
        const bt = before?.reading?.tags;
        const invariable = !POSTPOSED.nn[poss.word.lower];
        const sameNumber = !!bt && (invariable || bt.has("pl") === poss.reading.tags.has("pl"));
        const ownNoun = bt?.pos === "n" && bt.has("def") && sameNumber;
        // ("hver sin is" → "kvar sin is": a fixed phrase)
        const adjacent = before && before.word.index === poss.word.index - 2;
        if (adjacent && (ownNoun || bt?.pos === "np" || bt?.pos === "prn" || before.word.name || EACH.has(before.word.lower))) continue;
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
        // the number: an agreeing possessive says it ("dine registrerte fingeravtrykk" is plural,
        // where the noun's forms are alike); after "hans", "deira" the noun must have only one
        // ("farger" is also a singular noun: "dyer")
        const nouns = noun.word.readings.filter((r) => r.tags.pos === "n");
        const plural = invariable ? noun.reading.tags.has("pl") : poss.reading.tags.has("pl");
        if (
            invariable
                ? nouns.some((r) => r.tags.has("pl") !== plural)
                : !nouns.some((r) => r.tags.has("pl") === plural && r.targets.includes(noun.out))
        )
            continue;
        const gender = genderOf(noun.out, preferredGender(noun.reading, "nn"));
        if (!gender) continue;
        let def = definite(table, noun.out, gender, plural);
        if (!def) continue;
        // a kinship noun stays bare before its possessive (kinship.ts): "min bror" → "bror min"
        if (!plural && NN_BARE[def]) def = NN_BARE[def];
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
