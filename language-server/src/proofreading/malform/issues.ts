// What the målform rules report about a word.

export type IssueKind =
    /** A form of the other written standard ("ikke" in Nynorsk, "ikkje" in Bokmål). */
    | "other-variety"
    /** A Nynorsk e-infinitive in a text that writes a-infinitives (both are Nynorsk). */
    | "infinitive"
    /** "denne"/"dette" before a noun of the other gender. */
    | "agreement"
    /** A real word that is almost surely another one here ("skall" before a verb). */
    | "confusion"
    /** A Bokmål feminine noun in the -a or -en form the text does not write ("lista" among "-en"; both are Bokmål). */
    | "feminine";

export interface MalformIssue {
    /** Index of the word in the words given. */
    index: number;
    word: string;
    kind: IssueKind;
    /** Replacements in the text's variety, best first (may be empty). */
    suggestions: string[];
}

export interface OtherVarietyForm {
    kind: IssueKind;
    suggestions: string[];
}
