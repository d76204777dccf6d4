// Stage 4, a check of the generated noun: a definite singular the target's own lists do not have
// as a noun is generated again from its stem with the endings they do have. Apertium's
// generator gives some Bokmål masculine nouns that are feminine in Nynorsk a masculine definite
// Nynorsk has no such noun for ("siden" → "sidan", which is the conjunction, for "sida"); the
// lists say which ending the noun takes. A compound the lists lack is checked by its head.
import type { Variety } from "../../protocol/writtenStandard";
import type { Word } from "./analyse";
import { preferredGender } from "./agreement";
import type { ConvertTable, Reading } from "./table";

/** The definite singular ending by gender: Bokmål and Nynorsk write them alike ("hesten", "boka", "huset"). */
const DEFINITE: Record<"m" | "f" | "nt", string> = { m: "en", f: "a", nt: "et" };
const ENDINGS = ["an", "en", "et", "a", "n", "t"];

function definiteNoun(table: ConvertTable, to: Variety, form: string, gender?: string): boolean {
    return !!table
        .readings(to, form)
        ?.some((r) => r.tags.pos === "n" && r.tags.has("sg") && r.tags.has("def") && (!gender || r.tags.has(gender)));
}

/** The head of a compound the lists lack: its longest ending that the lists have (at least 3 letters, after at least 3). */
function headOf(table: ConvertTable, to: Variety, form: string): number {
    if (table.readings(to, form)) return 0;
    for (let k = 3; k <= form.length - 3; k++) if (table.readings(to, form.slice(k))) return k;
    return -1;
}

/** Rewrites, in `out`, each definite singular noun the target's lists lack as one. */
export function checkDefiniteNouns(
    table: ConvertTable,
    to: Variety,
    words: readonly Word[],
    chosen: readonly (Reading | undefined)[],
    out: string[],
): void {
    chosen.forEach((r, i) => {
        if (!r || r.tags.pos !== "n" || !r.tags.has("sg") || !r.tags.has("def") || words[i].name || out[i].includes(" ")) return;
        const form = out[i];
        const k = headOf(table, to, form);
        // a form the lists lack is no evidence ("skriptet" may just be missing): only a form they
        // have as another word is wrong ("sidan"); a compound's head must be a real part (4+ letters)
        if (k < 0 || (k > 0 && (!r.compound || form.length - k < 4))) return;
        const head = form.slice(k);
        if (definiteNoun(table, to, head)) return;
        // a neuter stays neuter; a masculine or feminine takes the bilingual lexicon's gender first
        const own = preferredGender(r, to);
        const genders = own === "nt" ? ["nt"] : [own ?? "m", "m", "f"];
        for (const ending of ENDINGS) {
            if (!head.endsWith(ending) || head.length - ending.length < 2) continue;
            const stem = head.slice(0, -ending.length);
            for (const g of genders as ("m" | "f" | "nt")[]) {
                const candidate = stem + DEFINITE[g];
                if (candidate !== head && definiteNoun(table, to, candidate, g)) {
                    out[i] = form.slice(0, k) + candidate;
                    return;
                }
            }
        }
    });
}
