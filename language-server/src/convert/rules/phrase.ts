// Stage 2, disambiguation: what the words after a determiner or adjective say about it (for
// disambiguate.ts's context rules): whether a noun follows, and one that agrees with it.
import { OTHER, readingGender } from "./agreement";
import type { Word } from "./analyse";
import { functionWord } from "./priors";
import type { Reading } from "./table";

/**
 * Whether the next word can be a noun, not only by a rare reading beside a common one ("i" the
 * letter: "den gjeldande fila i …" is the noun "fila", no adjective before a noun "i").
 */
export function nounAfter(next: Word): boolean {
    const common = next.readings.some((o) => o.rank > 0);
    // (a function word's indefinite noun reading is seldom meant: "utenfor huset hele natten",
    // "spurde om": no noun "hele", "om"; its definite one may be: "på siden")
    const closed = functionWord(next);
    return next.readings.some((n) => n.tags.pos === "n" && (n.rank > 0 || !common) && (!closed || n.tags.has("def")));
}

/** Whether a noun that agrees with the determiner reading `d` follows it, past at most two words that can be adjectives. */
export function nounAgreesAhead(words: readonly Word[], i: number, d: Reading): boolean {
    const dt = d.tags;
    const gender = readingGender(d);
    const number = dt.has("pl") ? "pl" : dt.has("sg") ? "sg" : undefined;
    for (let j = i + 1; j < words.length && j <= i + 3 && words[j].index === words[j - 1].index + 2; j++) {
        const agrees = words[j].readings.some((n) => {
            const nt = n.tags;
            if (nt.pos !== "n" || (number && !nt.has(number))) return false;
            // Bokmål masculine articles go with feminine nouns too ("en bok")
            if (gender && !nt.has(gender) && !(gender === "m" && nt.has("f"))) return false;
            // a demonstrative wants the definite noun ("dette flagget"), an article the indefinite
            return dt.has("dem") ? nt.has("def") : !(dt.has("qnt") && nt.has("def"));
        });
        if (agrees) return true;
        const modifier = (a: Reading) =>
            a.tags.pos === "adj" || a.tags.pos === "num" || (a.tags.pos === "det" && (a.tags.has("qnt") || OTHER.has(words[j].lower)));
        if (!words[j].readings.some(modifier)) return false;
    }
    return false;
}
