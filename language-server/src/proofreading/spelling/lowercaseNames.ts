// A name written in lower case: Norwegian capitalises names, brands and places, so a lower-case
// word no list has whose only listed spelling is capitalised ("facebook", "botox", "oslo") is
// that name misspelt, the capitalised form its fix. Not when the lower-case spelling is itself
// a word of any list: a Norwegian form (the checker accepted it then) or a lower-case English
// word of SCOWL ("google" the verb, "apple", "bill"), which may stand in a Norwegian text as it is.
// Only names Apertium's Norwegian analysers know: a program's name only SCOWL or the word lists
// have is often its command, typed in lower case in software text ("emacs", "unix"; 8 false
// alarms in the clean dev text when those counted too).
import { capitalize, caseShape } from "../../lexicon/lexicon";
import { isEnglishWord, loadNames, N_NORWEGIAN, type NamesList } from "../../lexicon/namesList";

/** Shorter lower-case words are abbreviations, units and codes as often as names ("ola", "tor"). */
const MIN_LENGTH = 4;

/**
 * The capitalised name the lower-case `word` (not a listed form) is, or undefined: a name of
 * Apertium's Norwegian analysers in the names list, when the lower-case spelling is no English
 * word. `names`: null or undefined for none (then nothing is asked).
 */
export function capitalisedName(word: string, names: NamesList | null | undefined = loadNames()): string | undefined {
    if (!names || word.length < MIN_LENGTH || caseShape(word) !== "lower" || /[^\p{Ll}]/u.test(word)) return undefined;
    if (isEnglishWord(names, word)) return undefined;
    const cap = capitalize(word);
    return names.dawg.flags(cap) & N_NORWEGIAN ? cap : undefined;
}
