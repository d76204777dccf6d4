// Stage 1, analysis: each word of a line with every reading the source standard's lists give it.
// A word the lists lack is tried without its capitals, after its last hyphen ("PDF-fila") and
// as a compound of two known parts ("dagbok|notiser"); what still has no reading is unknown and
// will be kept as written.
import type { Variety } from "../../protocol/writtenStandard";
import { compoundReadings, prefixedReadings, unknownModifierReadings } from "./compounds";
import type { ConvertTable, Reading } from "./table";
import { type CaseShape, caseShape } from "../../lexicon/lexicon";
import { endsSentence, type Token, tokenize } from "./tokens";

export interface Word {
    /** Index of the token in the line. */
    index: number;
    text: string;
    lower: string;
    case: CaseShape;
    /** First word of a sentence (or of the line). */
    initial: boolean;
    readings: Reading[];
    /** Found as written with a capital (a name in the lists: "Noreg", "Linux"). */
    name: boolean;
    /** Kept before the converted part: a word the lists lack is converted after its last hyphen ("PDF-"). */
    prefix: string;
    /** The text between the word before and this one (" ", ", ", "): "), "" first on the line. */
    gap: string;
}

export interface AnalysedLine {
    tokens: Token[];
    words: Word[];
}

export function analyseLine(table: ConvertTable, side: Variety, line: string): AnalysedLine {
    const tokens = tokenize(line);
    const words: Word[] = [];
    let initial = true;
    let gap = "";
    tokens.forEach((t, index) => {
        if (t.kind === "other") {
            if (endsSentence(t.text, words.length === 0)) initial = true;
            gap += t.text;
            return;
        }
        if (t.kind === "placeholder" || !/\p{L}/u.test(t.text)) {
            initial = false;
            gap += t.text;
            return;
        }
        const w = analyseWord(table, side, t.text, index, initial);
        w.gap = gap;
        words.push(w);
        initial = false;
        gap = "";
    });
    return { tokens, words };
}

function analyseWord(table: ConvertTable, side: Variety, text: string, index: number, initial: boolean): Word {
    const lower = text.toLowerCase();
    const c = caseShape(text);
    const w: Word = { index, text, lower, case: c, initial, readings: [], name: false, prefix: "", gap: "" };
    const exact = c === "lower" ? undefined : table.readings(side, text);
    if (exact) {
        // a name in the lists ("Endre", "Linux"); at a sentence start only when no common word is spelt so
        if (exact && exact.some((r) => r.tags.pos === "np") && !(initial && table.readings(side, lower))) {
            w.name = true;
            w.readings = exact;
            return w;
        }
    }
    const found = table.readings(side, lower);
    if (found) {
        w.readings = found;
        return w;
    }
    // a common word the lists write with a capital ("Internett"), or in capitals
    const listed = c === "lower" ? undefined : (exact ?? table.readings(side, text[0] + lower.slice(1)));
    if (listed) {
        w.readings = listed;
        return w;
    }
    const hyphen = text.lastIndexOf("-");
    if (hyphen > 0 && hyphen < text.length - 1) {
        // "PDF-filen": the part after the hyphen is converted, the rest kept as written
        const head = text.slice(hyphen + 1);
        const headLower = head.toLowerCase();
        w.prefix = text.slice(0, hyphen + 1);
        w.lower = headLower;
        w.case = caseShape(head);
        w.readings = table.readings(side, headLower) ?? compound(table, side, headLower) ?? [];
        return w;
    }
    w.readings = unlisted(table, side, lower, c === "lower");
    return w;
}

/** Readings found for words the lists lack, per table: running text repeats them, and each costs many look-ups. */
const UNLISTED = new WeakMap<ConvertTable, Map<string, Reading[]>>();
const UNLISTED_SIZE = 20_000;

/** A word the lists lack: a compound of known parts, else (in lower case) a guess by its parts or spelling. */
function unlisted(table: ConvertTable, side: Variety, lower: string, lowerCase: boolean): Reading[] {
    let memo = UNLISTED.get(table);
    if (!memo) UNLISTED.set(table, (memo = new Map()));
    const key = `${side}${lowerCase ? "l" : "c"}${lower}`;
    let rs = memo.get(key);
    if (rs) return rs;
    rs = compound(table, side, lower) ?? (lowerCase ? guessed(table, side, lower) : undefined) ?? [];
    if (memo.size >= UNLISTED_SIZE) memo.clear();
    memo.set(key, rs);
    return rs;
}

/**
 * Every reading of a lower-case word form in one standard: as the lists have it, else as a
 * compound of two known parts ("dagbok|notiser"), else none. For other layers that need a
 * word's part of speech, gender or inflection (the grammar checks).
 */
export function wordReadings(table: ConvertTable, side: Variety, lower: string): Reading[] {
    return table.readings(side, lower) ?? compound(table, side, lower) ?? [];
}

/** A lower-case word no list has, read by a prefix or a head the lists know ("avmontera", "hyper|lenke"). */
function guessed(table: ConvertTable, side: Variety, lower: string): Reading[] | undefined {
    return (
        variantReadings(table, side, lower) ??
        prefixedReadings(lookup(table), side, lower) ??
        unknownModifierReadings(lookup(table), side, lower)
    );
}

/**
 * Nynorsk spellings the lists have in another form: "kj"/"gj" before e/a written with the j
 * ("merkja", "merkjer" for the lists' "merka", "merker"; not first in the word: "gjen-"), and the -ere verbs in a- forms
 * ("definerar", "fungera" for "definerer", "fungere").
 */
const NYNORSK_VARIANTS: [RegExp, string][] = [
    [/(?<=\p{L})([kg])j(?=[ae])/gu, "$1"],
    [/erar$/, "erer"],
    [/era$/, "ere"],
];

function variantReadings(table: ConvertTable, side: Variety, lower: string): Reading[] | undefined {
    if (side !== "nn") return undefined;
    for (const [pattern, replacement] of NYNORSK_VARIANTS) {
        const form = lower.replace(pattern, replacement);
        if (form !== lower) {
            const rs = table.readings(side, form) ?? compound(table, side, form);
            if (rs) return rs;
        }
    }
    return undefined;
}

const lookup = (table: ConvertTable) => (sd: Variety, f: string) => table.readings(sd, f);

function compound(table: ConvertTable, side: Variety, lower: string): Reading[] | undefined {
    return compoundReadings(lookup(table), side, lower, table);
}
