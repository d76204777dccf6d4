// Names: a capitalised word the lists do not know is taken as a name, but one that is a cheap
// edit or two from a name, place or brand the lists do know ("Mississipi", "Storbritania",
// "Closseum") is far likelier that name mistyped than another name. The checker questions it
// gently (information, with the name as the fix); other unknown capitalised words still pass.
// The names it knows: the lexicon's, and the names list beside it (lexicon/namesList.ts:
// Apertium's proper nouns, SCOWL's English names), searched with the costs of nameSearch.ts; a
// name in that list is taken as spelled, unless it is only SCOWL's English spelling of a place
// Norwegian writes otherwise ("Caucasus" → "Kaukasus"). Two more questions for the checker's listed and
// hyphenated words: placeSpelledWithMarks ("Malmø" → "Malmö") and nearHyphenatedName.
import type { Variety } from "../../protocol/writtenStandard";
import { F_COMMON, F_NB, F_NN, FORM } from "../../lexicon/flags";
import { capitalize, type Lexicon } from "../../lexicon/lexicon";
import {
    loadNames,
    N_EN,
    isEnglishWord,
    N_LEX_COMMON,
    N_LEX_NB,
    N_LEX_NN,
    N_NORWEGIAN,
    N_ORG,
    N_PLACE,
    variantNames,
    type NamesList,
} from "../../lexicon/namesList";
import { baseLetter, EPSILON, searchNames } from "./nameSearch";
import { withinOneEdit } from "./plausibility";
import { norwegianSpelling } from "./loanwords";
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
 * The name the capitalised `word` most likely misspells, or undefined: a listed name (an entry
 * spelled with a capital) of `variety` within NAME_COST by the speller's costs (on a tie the
 * name seen in web text wins), else a name of the names list within namesBudget by the names
 * search's. With `oneEditOnly`, listed names one edit away only (a fallback to the other
 * standard's names). `names`: null for none (the lexicon alone).
 */
export function nearName(
    lex: Lexicon,
    word: string,
    variety: Variety,
    oneEditOnly = false,
    names: NamesList | null | undefined = loadNames(),
): string | undefined {
    if (word.length < MIN_LENGTH) return undefined;
    if (oneEditOnly || !names) return nearListedName(lex, word, variety, oneEditOnly);
    const known = names.dawg.flags(word);
    // a capitalised English word ("Dolphin", "Layer"): a title or a program, not a misspelt name
    if (isEnglishWord(names, word.toLowerCase())) return undefined;
    // a place or an organisation the Norwegian analysers know is spelled as they spell it (a
    // surname may still be a place mistyped: "Dehli" is a name, and far likelier "Delhi")
    if (known & N_NORWEGIAN && known & (N_PLACE | N_ORG)) return undefined;
    // a spelling they read as a name written otherwise ("Lesjofors" for "Lesjöfors")
    const variant = variantNames(names, word)[0];
    if (variant) return variant;
    const listed = nearListedName(lex, word, variety, false);
    // an English name only (SCOWL's) that is a Norwegian place spelt the English way
    if (known & N_EN && !(known & N_NORWEGIAN)) {
        const place = norwegianPlace(lex, names, word, variety);
        if (place) return place;
    }
    // a name the list has otherwise (a person's, an English one) is questioned only for a
    // listed place near it ("Dehli" → "Delhi"; "Sebastian" is no "Sebastians")
    if (known) return listed && names.dawg.flags(listed) & N_PLACE && listed !== word + "s" ? listed : undefined;
    if (listed) return listed;
    return nearAnyName(names, word, variety) ?? genitiveOf(lex, names, word, variety);
}

/** From this length an English name is searched for its Norwegian spelling (shorter ones are people's: "Stacy", "Dawes"). */
const ENGLISH_PLACE_MIN = 8;

/**
 * The place of Apertium's analysers that the English name `word` is with its c, z, x, ph, w
 * written the Norwegian way, as it is or with one letter put in or replaced inside the word
 * ("Caucasus" → "Kaukasus", "Scotland" → "Skottland", "Kazakstan" → "Kasakhstan"): Norwegian
 * writes those places so. Or undefined. Not a letter taken out, nor another ending: an English
 * demonym ("Brazilian", "Micronesian") is no place.
 */
function norwegianPlace(lex: Lexicon, names: NamesList, word: string, variety: Variety): string | undefined {
    if (word.length < ENGLISH_PLACE_MIN || !PLAIN_NAME.test(word)) return undefined;
    const own = norwegianSpelling(word.toLowerCase());
    if (!own) return undefined;
    const spelt = capitalize(own);
    const isPlace = (n: string): boolean => {
        const f = names.dawg.flags(n);
        return (f & N_NORWEGIAN) !== 0 && (f & N_PLACE) !== 0;
    };
    if (isPlace(spelt)) return spelt;
    const near = nearListedName(lex, spelt, variety, true);
    return near && isPlace(near) && near.length >= spelt.length && near.slice(-2) === spelt.slice(-2) ? near : undefined;
}

/** Shorter names spelled without their marks are as often names of their own. */
const MARKED_MIN = 5;
const RING_A = "å".charCodeAt(0);
/** Norwegian letters: a word written without one is a listed variant of a Norwegian name ("Nygard", "Hogset"), no foreign mark left out. */
const NORWEGIAN_LETTER = new Set([..."æøå"].map((c) => c.charCodeAt(0)));

/**
 * For a capitalised word that the lists accept as a name but no analyser or English list knows:
 * the place Apertium's analysers write with the marks it lacks or has otherwise ("Malmø" →
 * "Malmö", "Nurnberg" → "Nürnberg", "Genéve" → "Genève"), or undefined. Only marks: a mark the
 * word has and the place not is kept ("Moçambique"), and an a for å is an old or international
 * spelling of a Norwegian name ("Nygard", "Oppegard"), no slip; nor is å another letter ("Lårdal"). For the checker's question of a
 * listed word (ok "word"), where nearName is not asked.
 */
export function placeSpelledWithMarks(lex: Lexicon, word: string, names: NamesList | null | undefined = loadNames()): string | undefined {
    if (!names || word.length < MARKED_MIN || !PLAIN_NAME.test(word)) return undefined;
    if (names.dawg.flags(word) & (N_NORWEGIAN | N_EN) || lex.formFlags(word.toLowerCase()) & (F_NB | F_NN)) return undefined;
    const dawg = names.dawg;
    let found: string | undefined;
    // a walk along the word that may put a letter of the same base in its place, the place's a marked one
    const walk = (node: number, i: number, prefix: string, changed: boolean): void => {
        if (found !== undefined) return;
        if (i === word.length) {
            const f = dawg.finalFlags(node);
            if (changed && f & N_PLACE && f & N_NORWEGIAN) found = prefix;
            return;
        }
        const typed = word.charCodeAt(i);
        dawg.forEachChild(node, (unit, next) => {
            if (unit === typed) walk(next, i + 1, prefix + word[i], changed);
            else if (i > 0 && unit > 0x7f && !NORWEGIAN_LETTER.has(unit) && typed !== RING_A && baseLetter(unit) === baseLetter(typed))
                walk(next, i + 1, prefix + String.fromCharCode(unit), true);
        });
    };
    walk(dawg.root, 0, "", false);
    return found;
}

/** A name of parts joined by hyphens, each with its capital ("Bosnia-Hercegovina", "Nord-Trøndelag"). */
const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

/**
 * For a name of capitalised parts joined by hyphens that no list has as it is: the listed or
 * known name of that shape near it ("Bosnia-Herzegovina" → "Bosnia-Hercegovina",
 * "Nord-Trønderlag" → "Nord-Trøndelag"), by the names search, Norwegian sources only; or
 * undefined. For the checker's question of a hyphenated word (its case shape is "mixed", so
 * nearName is not asked).
 */
export function nearHyphenatedName(
    lex: Lexicon,
    word: string,
    variety: Variety,
    names: NamesList | null | undefined = loadNames(),
): string | undefined {
    if (!names || word.length > MAX_NAME_LENGTH + 10 || !HYPHENATED_NAME.test(word)) return undefined;
    if (names.dawg.flags(word) & (N_NORWEGIAN | N_EN) || lex.formFlags(word) & FORM[variety]) return undefined;
    const first = word.charAt(0);
    // the budget of its longest part: a slip in one part ("Sørvest-Asia" is no "Søraust-Asia")
    const budget = namesBudget(Math.max(...word.split("-").map((p) => p.length)));
    let best: string | undefined;
    let bestCost = Infinity;
    for (const hit of searchNames(names.dawg, names.dawg.walk(first), first, word.slice(1).toLowerCase(), budget)) {
        const name = hit.name;
        // a place or organisation (people's double names vary: "Sven-Erik", "Svein-Erik"), not the word's own genitive
        if (!HYPHENATED_NAME.test(name) || !(hit.flags & NORWEGIAN_NAME[variety]) || !(hit.flags & (N_PLACE | N_ORG))) continue;
        if (name.toLowerCase() === word.toLowerCase() || word === name + "s") continue;
        if (hit.cost < bestCost || (hit.cost === bestCost && best !== undefined && name < best)) {
            best = name;
            bestCost = hit.cost;
        }
    }
    return best;
}

/**
 * The edit budget of the names search for a word of `length` letters: short words a cheap slip
 * or two (no plain edit), from NAMES_LONG letters one plain edit and a cheap slip, from
 * NAMES_VERY_LONG more: the longer the word, the fewer names lie near it.
 */
function namesBudget(length: number): number {
    return length < LONG
        ? SHORT_NAMES_COST
        : length < NAMES_LONG
          ? NAMES_COST
          : length < NAMES_VERY_LONG
            ? LONG_NAMES_COST
            : VERY_LONG_NAMES_COST;
}
const SHORT_NAMES_COST = 0.5;
const NAMES_COST = 0.9;
const NAMES_LONG = 9;
const LONG_NAMES_COST = 1.3;
const NAMES_VERY_LONG = 12;
const VERY_LONG_NAMES_COST = 1.6;
/**
 * An English name only (SCOWL) is a weaker guess: in Norwegian text a k for its c is the
 * Norwegian spelling ("Euklid"), and it ranks after a Norwegian source's name.
 */
const ENGLISH_ONLY_PENALTY = 0.3;

/** The names of `variety` in the names list: Apertium's, or the lexicon's of that standard. */
const NORWEGIAN_NAME: Record<Variety, number> = { nb: N_NORWEGIAN | N_LEX_NB, nn: N_NORWEGIAN | N_LEX_NN };
/** Longer words are compounds or phrases, not a name to search for (and the search grows with the length). */
const MAX_NAME_LENGTH = 20;
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u;

/** The nearest name of the names list (which holds the lexicon's too) by nameSearch's costs, or undefined. */
function nearAnyName(names: NamesList, word: string, variety: Variety): string | undefined {
    if (word.length > MAX_NAME_LENGTH || !PLAIN_NAME.test(word)) return undefined;
    const first = word.charAt(0);
    const rest = word.slice(1).toLowerCase();
    const budget = namesBudget(word.length);
    // SCOWL's English list has no Norwegian or other non-English letters: a word with one is no English name
    const foreignLetter = /[^\x00-\x7f]/.test(rest);
    const norwegian = NORWEGIAN_NAME[variety];
    let best: string | undefined;
    let bestScore = Infinity;
    for (const hit of searchNames(names.dawg, names.dawg.walk(first), first, rest, budget)) {
        const name = hit.name;
        // (a known name with a genitive -s is that name's genitive: "Facebooks")
        if (name === word || name.toLowerCase() === word.toLowerCase() || word === name + "s") continue;
        const english = !(hit.flags & norwegian);
        if (english && (foreignLetter || !(hit.flags & N_EN))) continue;
        // a mark the name has not ("Björk", "Péter") is another language's spelling of a name,
        // the norm's only for a place ("Brügge" → "Brugge")
        if (!(hit.flags & N_PLACE) && hasMarkNotIn(word, name)) continue;
        const score = hit.cost + (english ? ENGLISH_ONLY_PENALTY : 0) - (hit.flags & N_LEX_COMMON ? COMMON_PRIOR : 0);
        if (score > budget + EPSILON) continue;
        if (score < bestScore || (score === bestScore && best !== undefined && name < best)) {
            best = name;
            bestScore = score;
        }
    }
    return best;
}
/** Does `word` have a marked letter (not æ, ø, å) that `name` has not? */
function hasMarkNotIn(word: string, name: string): boolean {
    for (const ch of word.slice(1)) if (ch > "\u007f" && !"æøå".includes(ch) && !name.includes(ch)) return true;
    return false;
}
/** A name seen in web text ranks first at the same cost. */
const COMMON_PRIOR = 0.05;

/** A genitive -s on a name near a known one ("Asbergers" → "Aspergers"). */
function genitiveOf(lex: Lexicon, names: NamesList, word: string, variety: Variety): string | undefined {
    if (!word.endsWith("s") || word.length - 1 < MIN_LENGTH || /[sxz]s$/.test(word)) return undefined;
    const base = word.slice(0, -1);
    // a known name with its -s ("Debians") or an English plural ("Smileys") is no typo
    if (names.dawg.flags(base) || names.dawg.flags(base.toLowerCase()) || lex.lookupFlags(base) & FORM[variety]) return undefined;
    const name = nearAnyName(names, base, variety);
    return name && !/[sxz]$/.test(name) ? name + "s" : undefined;
}

/** Is `form` the genitive of the name `name` ("Sidneys", "Marx'", "Basicʼ")? */
function isGenitive(form: string, name: string): boolean {
    return form.length === name.length + 1 && form.startsWith(name) && "s'’ʼ".includes(form[name.length]);
}

/** The listed name (lexicon) nearest to `word` by the speller's own costs, within the budgets above. */
function nearListedName(lex: Lexicon, word: string, variety: Variety, oneEditOnly: boolean): string | undefined {
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
        // nor the word's own genitive ("Sidneys", "Basic'" for "Basic"), nor the name it is the genitive of
        if (isGenitive(cand, word) || isGenitive(word, cand)) continue;
        const score = cost - (flags & F_COMMON ? 0.1 : 0);
        if (score < bestScore || (score === bestScore && best !== undefined && cand < best)) {
            best = cand;
            bestScore = score;
        }
    }
    return best;
}
