// The eval's own simple tokenizer (the product's tokenizer lives in language-server/src/text):
// words of letters (æøåé…) and digits, with inner hyphens, apostrophes and periods kept.
export interface EvalToken {
    text: string;
    start: number;
    /** First word of the sentence (or after . ! ? : or an opening quote/bullet at the start). */
    sentenceStart: boolean;
    /** A period follows directly. */
    abbreviation: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’]|[-.](?=[\p{L}\p{N}]))*/gu;

export function tokenize(sentence: string): EvalToken[] {
    const out: EvalToken[] = [];
    let lastEnd = 0;
    for (const m of sentence.matchAll(WORD)) {
        const start = m.index;
        const between = sentence.slice(lastEnd, start);
        const sentenceStart = out.length === 0 || /[.!?:]\s*["«“'(]*\s*$/.test(between) || /\n/.test(between);
        const after = sentence.charAt(start + m[0].length);
        let text = m[0];
        // a trailing hyphen is part of the word ("dato- og klokkeslett")
        if (after === "-" && /\s/.test(sentence.charAt(start + m[0].length + 1) || " ")) text += "-";
        // a period that does not end the sentence: "f.eks. dette", "bl.a. at"
        const rest = sentence.slice(start + m[0].length + 1);
        const abbreviation = after === "." && rest.trim() !== "" && !/^\s+["«“(]*[\p{Lu}]/u.test(rest);
        out.push({ text, start, sentenceStart, abbreviation });
        lastEnd = start + m[0].length;
    }
    return out;
}
