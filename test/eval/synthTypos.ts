// More injected spelling errors than typos-dev's 240, made the way its README describes them, so
// a change is judged on the kinds of error rather than on 300 rows: from the clean sentences of
// nbnn-dev.tsv, one lower-case word of 4+ letters per sentence gets one error at a random place
// but the first letter, which typos-dev never touches (two neighbouring letters swapped, one left
// out, one doubled, æ/ø/å written ae/o/aa). Seeded: the same rows every run. Rows have
// typos-dev's columns.
import { tokenize } from "./tokens";

type Row = Record<string, string>;

export const SYNTH_TYPES = ["swap", "drop", "double", "æ->ae", "ø->o", "å->aa"] as const;
type ErrorType = (typeof SYNTH_TYPES)[number];

const LETTERS = /^\p{Ll}+$/u;

/** mulberry32: a small seeded generator, enough to pick rows and places. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The word with one error of `type`, or undefined when the word cannot take it. */
function corrupt(word: string, type: ErrorType, rnd: () => number): string | undefined {
    const at = (n: number) => Math.floor(rnd() * n);
    switch (type) {
        case "swap": {
            const places = Array.from({ length: word.length - 2 }, (_, i) => i + 1).filter((i) => word[i] !== word[i + 1]);
            if (!places.length) return undefined;
            const i = places[at(places.length)];
            return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        }
        case "drop": {
            const i = 1 + at(word.length - 1);
            return word.slice(0, i) + word.slice(i + 1);
        }
        case "double": {
            const i = 1 + at(word.length - 1);
            return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
        }
        default: {
            const [from, to] = type === "æ->ae" ? ["æ", "ae"] : type === "ø->o" ? ["ø", "o"] : ["å", "aa"];
            const places = [...word].map((c, i) => (c === from ? i : -1)).filter((i) => i >= 0);
            if (!places.length) return undefined;
            const i = places[at(places.length)];
            return word.slice(0, i) + to + word.slice(i + 1);
        }
    }
}

/** `perType` rows of each error type from the clean pairs (fewer when too few words can take one). */
export function synthTypos(pairs: readonly Row[], perType: number, seed = 1): Row[] {
    const rnd = random(seed);
    const out: Row[] = [];
    for (const type of SYNTH_TYPES) {
        let made = 0;
        for (let tries = 0; made < perType && tries < perType * 50; tries++) {
            const pair = pairs[Math.floor(rnd() * pairs.length)];
            const variety = rnd() < 0.5 ? "nb" : "nn";
            const clean = pair[variety];
            const words = tokenize(clean).filter(
                (t) => t.text.length >= 4 && LETTERS.test(t.text) && corrupt(t.text, type, () => 0) !== undefined,
            );
            if (!words.length) continue;
            const w = words[Math.floor(rnd() * words.length)];
            const wrong = corrupt(w.text, type, rnd);
            if (!wrong || wrong === w.text) continue;
            const corrupted = clean.slice(0, w.start) + wrong + clean.slice(w.start + w.text.length);
            out.push({
                id: `synth-${type}-${made}`,
                variety,
                clean,
                corrupted,
                error_original: wrong,
                error_expected: w.text,
                error_type: type,
            });
            made++;
        }
    }
    return out;
}
