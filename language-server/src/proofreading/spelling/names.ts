// Names: a capitalised word the lists do not know is taken as a name, but one that is a cheap
// edit or two from a name, place or brand the lists do know ("Mississipi", "Storbritania",
// "Closseum") is far likelier that name mistyped than another name. The checker questions it
// gently (information, with the name as the fix); other unknown capitalised words still pass.
import type { Variety } from "../../protocol/writtenStandard";
import { F_COMMON, FORM } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";
import { withinOneEdit } from "./plausibility";
import { search } from "./suggest";

/**
 * Edit budget: two cheap edits (a doubled letter typed single twice, "Missisipi") or one plain
 * one; a word of LONG letters or more one cheap edit more ("Auswitz", "Coleseum"), of VERY_LONG
 * or more a little more again ("Colleseums"): the longer the name, the fewer names lie that near
 * it. A name farther off is as likely another name (1.5 keeps "Trondhjem", the old spelling,
 * apart from "Trondheim").
 */
const NAME_COST = 1.0;
const LONG_NAME_COST = 1.5;
const LONG = 7;
const VERY_LONG_NAME_COST = 1.8;
const VERY_LONG = 10;
/** Shorter words are too close to too many names ("Ola", "Ole", "Oda"). */
const MIN_LENGTH = 5;

/**
 * The listed name (an entry spelled with a capital) of `variety` nearest to the capitalised
 * `word`, within NAME_COST, or undefined. On a tie the name seen in web text wins. With
 * `oneEditOnly`, no wider search (a fallback to the other standard's names).
 */
export function nearName(lex: Lexicon, word: string, variety: Variety, oneEditOnly = false): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    const asName = word.charAt(0) + word.slice(1).toLowerCase();
    // A name keeps its capital: search only what follows it, among lower-case letters (a search
    // open to capitals everywhere costs ~2 ms a word, this a tenth of it). One edit away is a
    // cheap yes/no first; a long word with none is searched for two edits ("Misisippi") after
    // its first two letters, as typed (long names are few, and the search from there is short).
    const oneEdit = withinOneEdit(lex, asName, FORM[variety]);
    if (!oneEdit && (word.length < LONG || oneEditOnly)) return undefined;
    const kept = oneEdit ? 1 : 2;
    const from = lex.dawg.walk(asName.slice(0, kept));
    if (from < 0) return undefined;
    const found = search(
        lex.dawg,
        asName.slice(kept),
        variety,
        oneEdit ? NAME_COST : word.length >= VERY_LONG ? VERY_LONG_NAME_COST : LONG_NAME_COST,
        false,
        false,
        from,
    );
    let best: string | undefined;
    let bestScore = Infinity;
    for (const [rest, { cost, flags }] of found) {
        const cand = asName.slice(0, kept) + rest;
        // a name is an entry stored with a capital; "Huset" for "huset" is no name
        if (cand === cand.toLowerCase() || cand === word || !(flags & FORM[variety])) continue;
        if (cand.toLowerCase() === word.toLowerCase()) continue;
        const score = cost - (flags & F_COMMON ? 0.1 : 0);
        if (score < bestScore || (score === bestScore && best !== undefined && cand < best)) {
            best = cand;
            bestScore = score;
        }
    }
    return best;
}
