// A genitive -s on a noun form the lists have without it ("histogrammets", "dialogvinduets",
// "Et objekts forskyvning"): the lists do not hold every genitive, the checker accepts them.
import type { Variety } from "../../protocol/writtenStandard";
import { FORM, RIGHT } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";

/** The shortest genitive: a noun of four letters with its -s. */
const GENITIVE_MIN = 5;

/** Is the lower-case `lower` a genitive -s on a form of `v` that may end a compound (a noun), not after s, x or z? */
export function isGenitive(lex: Lexicon, lower: string, v: Variety): boolean {
    if (lower.length < GENITIVE_MIN || !lower.endsWith("s")) return false;
    const base = lower.slice(0, -1);
    const f = lex.lookupFlags(base);
    return !/[sxz]$/.test(base) && (f & RIGHT[v]) !== 0 && (f & FORM[v]) !== 0;
}
