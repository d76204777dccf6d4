// Word order into Nynorsk: the Bokmål s-genitive of a common noun becomes the "til"-construction
// Nynorsk style guides prefer (Apertium's transfer does the same): "vinkelens første ben" → "det
// første beinet til vinkelen", "Kontoens brukernavn" → "Brukarnamnet til kontoen". The head noun
// takes its definite form, made as possessive.ts makes it and confirmed by the Nynorsk lists;
// adjectives before it (already definite after a genitive, adjectives.ts) get "den"/"det"/"dei".
// Only a bare definite genitive moves: names ("Olas"), indefinite genitives in fixed phrases
// ("til sjøs", "for sikkerhets skyld") and a genitive with its own determiner ("denne filens")
// keep their order, as do the genitives Nynorsk writes too ("dagens", "årets").
import { type Gender, preferredGender } from "./agreement";
import type { ConvertedWord } from "./engine";
import { definite } from "./possessive";
import type { ConvertTable, Reading } from "./table";
import type { Token } from "./tokens";

/** Genitives of time and "the world" that Nynorsk keeps as genitives ("dagens dato", "verdas beste"). */
const IDIOMATIC = new Set(
    "dagens årets ukens månedens kveldens nattens morgenens tidens verdens gårsdagens morgendagens øyeblikkets livets".split(" "),
);

/** Heads that make a fixed phrase with the genitive ("for programmets skyld"). */
const FIXED_HEADS = new Set(["skyld"]);

/**
 * The Nynorsk definite form of the possessor: a genitive's target without its -s, taken only
 * where the Nynorsk lists have it as a definite noun of that number, the bilingual lexicon's
 * gender first ("rammens" → "ramma", not "ramen").
 */
function possessor(table: ConvertTable, word: ConvertedWord): string | undefined {
    const r = word.reading as Reading;
    const plural = r.tags.has("pl");
    const gender = plural ? undefined : preferredGender(r, "nn");
    const readings = [r, ...word.word.readings.filter((a) => a !== r && a.tags.has("gen") && a.tags.has("def"))];
    const candidates = [word.out, ...readings.flatMap((a) => a.targets)].filter((f) => f.endsWith("s")).map((f) => f.slice(0, -1));
    const isDef = (form: string, g?: Gender) =>
        table
            .readings("nn", form)
            ?.some(
                (a) =>
                    a.tags.pos === "n" &&
                    a.tags.has("def") &&
                    !a.tags.has("gen") &&
                    a.tags.has(plural ? "pl" : "sg") &&
                    (!g || a.tags.has(g)),
            );
    return candidates.find((c) => isDef(c, gender)) ?? candidates.find((c) => isDef(c));
}

/** Rewrites "gen (adj…) noun" as "(den adj…) noun-def til possessor" in the converted words of one line. */
export function genitiveToTil(
    table: ConvertTable,
    converted: ConvertedWord[],
    tokens: readonly Token[],
    genderOf: (form: string, source: Gender | undefined) => Gender | undefined,
): void {
    // words with nothing but a space between them
    const joined = (a: ConvertedWord, b: ConvertedWord) => b.word.index === a.word.index + 2 && /^ +$/.test(tokens[a.word.index + 1].text);
    for (let i = 0; i < converted.length - 1; i++) {
        const gen = converted[i];
        const t = gen.reading?.tags;
        if (!t || t.pos !== "n" || !t.has("gen") || !t.has("def") || gen.word.name || gen.word.prefix || gen.dropped) continue;
        if (IDIOMATIC.has(gen.word.lower)) continue;
        // a genitive with its own determiner or adjective ("denne filens", "den nye brukerens") keeps its order
        const before = converted[i - 1];
        if (before && joined(before, gen) && ["det", "adj", "num", "n"].includes(before.reading?.tags.pos ?? "")) continue;
        let j = i + 1;
        while (j < converted.length && converted[j].reading?.tags.pos === "adj" && joined(converted[j - 1], converted[j])) j++;
        const noun = converted[j];
        const nt = noun?.reading?.tags;
        if (
            !nt ||
            nt.pos !== "n" ||
            nt.has("def") ||
            nt.has("gen") ||
            noun.word.name ||
            noun.word.prefix ||
            !joined(converted[j - 1], noun)
        )
            continue;
        if (FIXED_HEADS.has(noun.out) || noun.out.includes(" ")) continue;
        // the head is the genitive's own noun, not the first of a longer phrase ("programmets meny valg")
        const after = converted[j + 1];
        if (after && joined(noun, after) && after.reading?.tags.pos === "n") continue;
        const owner = possessor(table, gen);
        if (!owner) continue;
        const plural = nt.has("pl");
        const gender = genderOf(noun.out, preferredGender(noun.reading!, "nn"));
        if (!gender) continue;
        const def = definite(table, noun.out, gender, plural);
        if (!def) continue;
        noun.out = `${def} til ${owner}`;
        if (j > i + 1) gen.out = plural ? "dei" : gender === "nt" ? "det" : "den";
        else {
            // "Kontoens brukernavn" → "Brukarnamnet til kontoen": the noun takes the capital of the word it now opens with
            if (gen.word.case !== "lower" && noun.word.case === "lower")
                noun.word = { ...noun.word, case: gen.word.case === "upper" ? "upper" : "capitalized" };
            gen.dropped = "after";
        }
        i = j;
    }
}
