// The rule-and-lexicon converter's public face: what the rest of the server uses. Everything
// behind it (data, analysis, disambiguation, transfer, agreement, generation) lives beside it.
import type { ConvertPreferences } from "../prompts";
import type { Variety } from "../../protocol/writtenStandard";

export interface RulesOptions {
    from: Variety;
    to: Variety;
    preferences: ConvertPreferences;
}

export interface RulesResult {
    /** The converted text: as many lines as the input, placeholders `{n}` and spacing kept. */
    text: string;
    /** Words of prose seen. */
    words: number;
    /** Words the converter did not know and kept as written (each occurrence). */
    unknown: string[];
}

export interface RuleEngine {
    /** Converts a text line by line; `{n}` placeholders and everything between words stay as they are. */
    convertText(text: string, opts: RulesOptions): RulesResult;
}
