// The målform layer of the proofreader (no model): which written standard a text is in, and
// which of its words belong to the other one.
//
//   const m = loadMalform(dir);                      // dir holds malform.bin (one file read)
//   m.detectVariety(words)                           // → { variety: "nb" | "nn" | undefined, … }
//   m.otherVarietyForm("ikke", "nn")                 // → { suggestions: ["ikkje"], … }
//   m.check(words, "nn")                             // → issues with their word index
//
// Words are the text's words in order (strings, or objects with `sentenceStart`). Punctuation
// and numbers may be left out; a sentence boundary should then be marked with `sentenceStart`.
//
// How it decides: every known form carries a weight, the natural log of how much more often
// Bokmål than Nynorsk writes it (negative: Nynorsk), computed at build time from the
// wnorwegian full-form lists, Apertium's analysers and generators and a hand-written table of
// function words (scripts/malform/). A text's score is the sum over its words; unknown words
// (compounds) weigh by their parts or their ending. A word is flagged when it is not standard
// in the text's variety and the other standard has a word for it (the replacements come from
// Apertium's bilingual lexicon, checked against the target's word list), plus rules that use
// the neighbours: the other standard's noun after a determiner or preposition ("ein bruker"),
// its imperative at a sentence start ("Vel" in Bokmål), unknown compounds and hyphenated words
// by their parts, an a-infinitive in Bokmål, an e-infinitive in a Nynorsk text written with
// a-infinitives, "denne"/"dette" before a noun of the other gender, "skall" before a verb, and
// a Bokmål feminine noun in the -a or -en form the text does not write ("lista" among "listen").
// Details and measurements: scripts/malform/README.md.
import * as fs from "node:fs";
import * as path from "node:path";
import { withoutBreakHints } from "../../text/words";
import type { Variety } from "../documentLanguage";
import { lettersRestored } from "../spelling/variants";
import { F, F2, MalformData, TAG } from "./format";

export type { Variety };

export interface MalformWord {
    text: string;
    /** The word starts a sentence (or heading, list item, table cell). */
    sentenceStart?: boolean;
}

export type WordInput = string | MalformWord;

export interface Detection {
    /** undefined when the words carry no evidence either way. */
    variety: Variety | undefined;
    /** 0.5 (a toss-up) to 1 (certain): logistic of the score difference. */
    confidence: number;
    /** Summed evidence for Bokmål and for Nynorsk (both >= 0, natural-log units). */
    nbScore: number;
    nnScore: number;
    /** How many words carried evidence. */
    evidenceWords: number;
}

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

export interface InfinitiveCounts {
    a: number;
    e: number;
}

/**
 * The infinitive a Nynorsk text is held to, from what it writes: "auto" takes "a" unless the text
 * writes at least two e-infinitives and more of them than a-infinitives; "evidence" takes "a"
 * only if it writes a-infinitives and more of them.
 */
export function infinitiveStyleOf(counts: InfinitiveCounts, mode: "auto" | "evidence"): "a" | "e" {
    if (mode === "evidence") return counts.a > counts.e ? "a" : "e";
    return counts.e >= 2 && counts.e > counts.a ? "e" : "a";
}

/** How many definite forms of Bokmål feminine nouns a text writes with -a ("lista") and with -en ("listen"). */
export interface FeminineCounts {
    a: number;
    en: number;
}

/** Which form of feminine nouns a Bokmål text is held to; "off": both may stand. */
export type FeminineStyle = "a" | "en" | "off";

/**
 * The feminine form a Bokmål text is held to, from what it writes: the form it writes more
 * often; "off" when it writes both equally often or neither (both forms are correct Bokmål, so
 * without evidence nothing is marked).
 */
export function feminineStyleOf(counts: FeminineCounts): FeminineStyle {
    return counts.a > counts.en ? "a" : counts.en > counts.a ? "en" : "off";
}

export interface CheckOptions {
    /**
     * Which Nynorsk infinitive the text writes, for the `infinitive` issues: "a" or "e" (a house
     * style), "auto" (default: the text's own majority; "a" when it shows none), "evidence"
     * (the text's majority; no issues when it shows none).
     */
    nnInfinitive?: "a" | "e" | "auto" | "evidence";
    /** Which form of feminine nouns a Bokmål text writes, for the `feminine` issues (default "off"). */
    nbFeminine?: FeminineStyle;
}

/** Modal and other verbs followed by a bare infinitive. */
const MODALS = new Set("kan kunne skal skulle vil ville må måtte bør burde lèt lot får fekk fikk".split(" "));
/** Words that may stand between a modal and its infinitive. */
const BETWEEN = new Set(
    "ikkje ikke du eg jeg vi me dei de han ho hun det den ein en også òg berre bare heller aldri alltid då da no nå sjølv selv gjerne snart ofte automatisk ikkje".split(" "),
);
/** Real words that are another word when a verb follows. */
const CONFUSIONS: Record<string, string> = { skall: "skal", ska: "skal" };
/** Words before "å" that make it the noun (a small river). */
const RIVER_BEFORE = new Set("ei ein en den denne dette kvar hver ny nye lita lille stor store".split(" "));

const COMBINING = /[\u0300-\u036f]/;
/** Longer words (URLs, identifiers) are not split into compound parts. */
const MAX_SPLIT = 60;

type Case = "lower" | "cap" | "upper" | "other";

function caseOf(w: string): Case {
    const lower = w.toLowerCase();
    if (/\d/.test(w)) return "other";
    if (w === lower) return /\p{L}/u.test(w) ? "lower" : "other";
    const upper = w.toUpperCase();
    if (w === upper) return "upper";
    if (w[0] !== lower[0] && w.slice(1) === lower.slice(1)) return "cap";
    return "other";
}

function recase(s: string, c: Case): string {
    if (c === "upper") return s.toUpperCase();
    if (c === "cap") return s.charAt(0).toUpperCase() + s.slice(1);
    return s;
}

interface Tok {
    text: string;
    lower: string;
    case: Case;
    start: boolean;
}

export class Malform {
    constructor(readonly data: MalformData) {}

    // ---- detection -------------------------------------------------------------------------

    /**
     * Which standard the words are written in. Works on a sentence or a whole document (the
     * evidence adds up; 10,000 words take a few milliseconds).
     */
    detectVariety(words: readonly WordInput[]): Detection {
        const toks = tokens(words);
        let nb = 0;
        let nn = 0;
        let evidenceWords = 0;
        const cache = new Map<string, number>();
        for (const t of toks) {
            const key = (t.start && t.case === "cap" ? "^" : "") + t.text;
            let w = cache.get(key);
            if (w === undefined) {
                w = this.wordWeight(t);
                cache.set(key, w);
            }
            if (w > 0) nb += w;
            else if (w < 0) nn -= w;
            if (w !== 0) evidenceWords++;
        }
        const d = nb - nn;
        const variety: Variety | undefined = Math.abs(d) < 1e-9 ? undefined : d > 0 ? "nb" : "nn";
        return { variety, confidence: 1 / (1 + Math.exp(-Math.abs(d))), nbScore: nb, nnScore: nn, evidenceWords };
    }

    /** Evidence of one word (> 0 Bokmål, < 0 Nynorsk, natural-log units). */
    wordWeight(t: Tok): number {
        const rec = this.entry(t);
        if (rec >= 0) return this.data.weight(rec, t.start && t.case === "cap");
        if (t.case === "other" || (t.case === "cap" && !t.start) || (t.case === "upper" && t.text.length < 4)) return 0;
        return this.unknownWeight(t.lower);
    }

    private entryCache: Map<string, number> | undefined;
    private compoundCache: Map<string, OtherVarietyForm | undefined> | undefined;

    /** Record of a word as written, or -1. Names (capitalised inside a sentence) and short
     * all-capital acronyms only count when the hand-written table knows them. */
    private entry(t: Tok): number {
        const cache = this.entryCache;
        if (!cache) return this.entryUncached(t);
        const key = (t.start ? "^" : "") + t.text;
        let r = cache.get(key);
        if (r === undefined) {
            r = this.entryUncached(t);
            cache.set(key, r);
        }
        return r;
    }

    private entryUncached(t: Tok): number {
        const d = this.data;
        switch (t.case) {
            case "lower":
                return d.lookup(t.text);
            case "cap": {
                if (t.start) {
                    const r = d.lookup(t.lower);
                    return r >= 0 ? r : d.lookup(t.text);
                }
                const r = d.lookup(t.lower);
                if (r >= 0 && d.flags(r) & F.MARK) return r;
                return d.lookup(t.text);
            }
            case "upper": {
                const r = d.lookup(t.lower);
                if (r >= 0 && (t.text.length >= 4 || d.flags(r) & F.MARK)) return r;
                return -1;
            }
            default:
                return -1;
        }
    }

    /** Evidence of a word in neither list: its compound parts, else its ending. */
    private unknownWeight(lower: string): number {
        const d = this.data;
        const hy = lower.lastIndexOf("-");
        const w = hy >= 0 ? lower.slice(hy + 1) : lower;
        if (w.length >= 6 && w.length <= MAX_SPLIT) {
            let best: number | undefined;
            for (let i = 3; i <= w.length - 3; i++) {
                const s = w.slice(i);
                const rs = d.lookup(s);
                if (rs < 0) continue;
                const rp = this.prefixEntry(w.slice(0, i));
                if (rp >= 0) return 0.7 * d.weight(rs, false) + 0.5 * d.weight(rp, false);
                if (best === undefined && s.length >= 4) best = 0.7 * d.weight(rs, false);
            }
            if (best !== undefined) return best;
        }
        for (let k = Math.min(6, w.length - 3); k >= 2; k--) {
            const r = d.lookup("~" + w.slice(-k));
            if (r >= 0) return 0.3 * d.weight(r, false);
        }
        return 0;
    }

    /** The first part of a compound: a word, or a word plus the linking "s" or "e". */
    private prefixEntry(p: string): number {
        const r = this.data.lookup(p);
        if (r >= 0) return r;
        if (p.length > 3 && (p.endsWith("s") || p.endsWith("e"))) return this.data.lookup(p.slice(0, -1));
        return -1;
    }

    // ---- other-variety forms ------------------------------------------------------------------

    /**
     * Is `word`, standing alone, a form of the other standard in a `textVariety` text?
     * No context: see `check` for the rules that need the neighbouring words.
     */
    otherVarietyForm(word: string | MalformWord, textVariety: Variety): OtherVarietyForm | undefined {
        const toks = tokens([typeof word === "string" ? { text: word, sentenceStart: false } : word]);
        // alone, a word shows no infinitive style: e-infinitives are Nynorsk too
        return this.checkToken(toks, 0, textVariety, "e");
    }

    /** `words[i]` stands where an infinitive stands: after "å", or after a modal verb. */
    infinitiveAt(words: readonly WordInput[], i: number): boolean {
        const from = Math.max(0, i - 4);
        return infinitiveContext(tokens(words.slice(from, i + 1)), i - from);
    }

    /** `form` (lower case) is an infinitive of `variety`. */
    isInfinitive(form: string, variety: Variety): boolean {
        const r = this.data.lookup(form);
        const want = variety === "nb" ? F.NB | F.INF_NB : F.NN | F.INF_NN;
        return r >= 0 && (this.data.flags(r) & want) === want;
    }

    /** Every word of `words` that does not belong in a `variety` text. */
    check(words: readonly WordInput[], variety: Variety, options: CheckOptions = {}): MalformIssue[] {
        const toks = tokens(words);
        this.entryCache = new Map();
        this.compoundCache = new Map();
        const opt = options.nnInfinitive ?? "auto";
        const style = variety !== "nn" ? "a" : opt === "a" || opt === "e" ? opt : this.infinitiveStyle(toks, opt === "evidence");
        const issues: MalformIssue[] = [];
        try {
            const feminine = variety === "nb" ? (options.nbFeminine ?? "off") : "off";
            for (let i = 0; i < toks.length; i++) {
                const r = this.checkToken(toks, i, variety, style) ?? (feminine !== "off" ? this.otherFeminine(toks[i], feminine) : undefined);
                if (r) issues.push({ index: i, word: toks[i].text, kind: r.kind, suggestions: r.suggestions });
            }
        } finally {
            this.entryCache = undefined;
            this.compoundCache = undefined;
        }
        return issues;
    }

    /**
     * "a" unless the Nynorsk text writes at least two e-infinitives and more of them than
     * a-infinitives; with `needEvidence`, "a" only if it writes a-infinitives and more of them.
     */
    infinitiveStyle(toks: readonly Tok[], needEvidence = false): "a" | "e" {
        return infinitiveStyleOf(this.countInfinitives(toks), needEvidence ? "evidence" : "auto");
    }

    /** How many a- and e-infinitives the words write: adds up over the blocks of a document. */
    infinitiveCounts(words: readonly WordInput[]): InfinitiveCounts {
        return this.countInfinitives(tokens(words));
    }

    private countInfinitives(toks: readonly Tok[]): InfinitiveCounts {
        let a = 0;
        let e = 0;
        for (let i = 0; i < toks.length; i++) {
            const t = toks[i];
            if (t.case !== "lower" || !infinitiveContext(toks, i)) continue;
            const r = this.data.lookup(t.lower);
            if (r < 0 || !(this.data.flags(r) & F.INF_NN)) continue;
            if (t.lower.endsWith("a")) a++;
            else if (t.lower.endsWith("e") && this.data.record(r, t.lower).replacements.some((x) => x.tags & TAG.AINF)) e++;
        }
        return { a, e };
    }

    /** How many a- and en-forms of feminine nouns the words write: adds up over the blocks of a document. */
    feminineCounts(words: readonly WordInput[]): FeminineCounts {
        let a = 0;
        let en = 0;
        for (const w of words) {
            // lower-case words only, and most end in neither "a" nor "en": no tokens to build
            const text = typeof w === "string" ? w : w.text;
            const last = text.charCodeAt(text.length - 1);
            if (last !== 0x61 && last !== 0x6e) continue;
            const plain = withoutBreakHints(text);
            if (plain !== plain.toLowerCase()) continue;
            if (this.enFormOf(plain)) a++;
            else if (this.aFormOf(plain)) en++;
        }
        return { a, en };
    }

    /** The feminine form a Bokmål text held to `style` writes instead of `t`, if it writes another. */
    private otherFeminine(t: Tok, style: "a" | "en"): OtherVarietyForm | undefined {
        if (t.case !== "lower" && t.case !== "cap") return undefined;
        const other = style === "en" ? this.enFormOf(t.lower) : this.aFormOf(t.lower);
        return other ? { kind: "feminine", suggestions: [recase(other, t.case)] } : undefined;
    }

    /**
     * "listen" for "lista": the definite -en form of a Bokmål feminine noun, known by the
     * Nynorsk replacement of the en-form being the a-form (neuter plurals, "husa", have none).
     */
    private enFormOf(lower: string): string | undefined {
        if (lower.length < 4 || !lower.endsWith("a")) return undefined;
        const en = lower.slice(0, -1) + "en";
        return this.aFormOf(en) === lower ? en : undefined;
    }

    /** "lista" for "listen" (see enFormOf). */
    private aFormOf(lower: string): string | undefined {
        if (lower.length < 5 || !lower.endsWith("en")) return undefined;
        const d = this.data;
        const r = d.lookup(lower);
        if (r < 0 || !(d.flags(r) & F.NB)) return undefined;
        const a = lower.slice(0, -2) + "a";
        const ra = d.lookup(a);
        if (ra < 0 || !(d.flags(ra) & F.NB)) return undefined;
        return d.record(r, lower).replacements.some((x) => x.text === a) ? a : undefined;
    }

    private checkToken(toks: readonly Tok[], i: number, variety: Variety, style: "a" | "e"): OtherVarietyForm | undefined {
        const t = toks[i];
        if (t.case === "other") {
            // "GIF-bilete": an acronym and a word of the other standard
            const hy = t.text.lastIndexOf("-");
            if (hy <= 0 || caseOf(t.text.slice(hy + 1)) !== "lower" || this.entry(t) >= 0) return undefined;
            return this.checkCompound({ ...t, case: "lower" }, variety);
        }
        const d = this.data;
        const rec = this.entry(t);
        const flagBit = variety === "nb" ? F.FLAG_IN_NB : F.FLAG_IN_NN;
        const form = t.lower;
        // a word in neither list: judged by its parts
        if (rec < 0) {
            const cache = this.compoundCache;
            if (!cache) return this.checkCompound(t, variety);
            const key = (t.start ? "^" : "") + t.text;
            if (cache.has(key)) return cache.get(key);
            const r = this.checkCompound(t, variety);
            cache.set(key, r);
            return r;
        }
        if (t.case === "cap" && !t.start && !(d.flags(rec) & F.MARK)) return undefined; // a name
        const flags = d.flags(rec);
        if (flags & flagBit) {
            const reps = d.record(rec, form).replacements.filter((r) => !(r.tags & TAG.AINF));
            const want = infinitiveContext(toks, i) ? TAG.INF : nounContext(toks, i) ? TAG.NOUN : 0;
            const ordered = want ? [...reps.filter((r) => r.tags & want), ...reps.filter((r) => !(r.tags & want))] : reps;
            return { kind: "other-variety", suggestions: ordered.map((r) => recase(r.text, t.case)) };
        }
        const f2 = d.flags2(rec);
        const pick = (tag: number): OtherVarietyForm | undefined => {
            const reps = d.record(rec, form).replacements.filter((x) => x.tags & tag && !(x.tags & TAG.AINF));
            return reps.length ? { kind: "other-variety", suggestions: reps.map((x) => recase(x.text, t.case)) } : undefined;
        };
        if (f2 & (variety === "nb" ? F2.IMP_IN_NB : F2.IMP_IN_NN) && t.start && t.case === "cap") {
            const r = pick(TAG.IMP);
            if (r) return r;
        }
        if (f2 & (variety === "nb" ? F2.ISH_IN_NB : F2.ISH_IN_NN)) {
            const r = pick(TAG.ISH);
            if (r) return r;
        }
        if (f2 & (variety === "nb" ? F2.NOUN_IN_NB : F2.NOUN_IN_NN) && nounContext(toks, i)) {
            const reps = d.record(rec, form).replacements.filter((x) => x.tags & TAG.NOUN && !(x.tags & TAG.AINF));
            if (reps.length) return { kind: "other-variety", suggestions: reps.map((x) => recase(x.text, t.case)) };
        }
        const own = variety === "nb" ? F.NB : F.NN;
        if (variety === "nb" && flags & own && !(flags & F.INF_NB) && form.endsWith("a") && form.length >= 4 && infinitiveContext(toks, i)) {
            const e = form.slice(0, -1) + "e";
            const re = d.lookup(e);
            if (re >= 0 && d.flags(re) & F.INF_NB) return { kind: "other-variety", suggestions: [recase(e, t.case)] };
        }
        if (variety === "nn" && style === "a" && flags & own && form.endsWith("e") && (flags & F.EINF || (flags & F.INF_NN && infinitiveContext(toks, i)))) {
            const a = d.record(rec, form).replacements.filter((r) => r.tags & TAG.AINF);
            if (a.length) return { kind: "infinitive", suggestions: a.map((r) => recase(r.text, t.case)) };
        }
        if ((form === "denne" || form === "dette") && i + 1 < toks.length && toks[i + 1].case === "lower") {
            const rn = this.entry(toks[i + 1]);
            if (rn >= 0) {
                const g = variety === "nb" ? d.genders(rn) & 3 : (d.genders(rn) >> 2) & 3;
                if (form === "denne" && g === 2) return { kind: "agreement", suggestions: [recase("dette", t.case)] };
                if (form === "dette" && g === 1) return { kind: "agreement", suggestions: [recase("denne", t.case)] };
            }
        }
        const lost = this.lostInfinitive(toks, i, variety, style);
        if (lost) return { kind: "confusion", suggestions: [recase(lost, t.case)] };
        const conf = CONFUSIONS[form];
        if (conf && i + 1 < toks.length) {
            const rn = d.lookup(toks[i + 1].lower);
            if (rn >= 0 && d.flags(rn) & (variety === "nb" ? F.INF_NB : F.INF_NN)) return { kind: "confusion", suggestions: [recase(conf, t.case)] };
        }
        return undefined;
    }

    /**
     * Right after "å" an infinitive stands. A listed word there that cannot be one while a word
     * one typo away is: the infinitive lost its last letter ("å godt" → "godta", "å fortsett" →
     * "fortsette") or its æ/ø/å ("å mote" → "møte"). Only a word ending in a consonant is read
     * as a cut-off infinitive (no infinitive ends in one; the flags miss many Nynorsk
     * a-infinitives, so a vowel ending proves nothing), and adverbs that may stand there
     * ("å alltid", "å raskt") do not become an infinitive by adding a vowel.
     */
    private lostInfinitive(toks: readonly Tok[], i: number, variety: Variety, style: "a" | "e"): string | undefined {
        const t = toks[i];
        if (i === 0 || toks[i - 1].lower !== "å" || t.start || t.case !== "lower" || t.lower.length < 3) return undefined;
        // "ei å renn gjennom dalen": the noun å (a small river), not the infinitive marker
        if (i >= 2 && RIVER_BEFORE.has(toks[i - 2].lower)) return undefined;
        const d = this.data;
        const own = variety === "nb" ? F.NB : F.NN;
        const inf = variety === "nb" ? F.INF_NB : F.INF_NN;
        const isInfinitive = (w: string): boolean => this.isInfinitive(w, variety);
        const rec = d.lookup(t.lower);
        if (rec < 0 || !(d.flags(rec) & own) || d.flags(rec) & inf || BETWEEN.has(t.lower)) return undefined;
        if (!/[aeiouyæøå]$/.test(t.lower)) {
            for (const end of variety === "nb" || style === "e" ? ["e", "a"] : ["a", "e"]) if (isInfinitive(t.lower + end)) return t.lower + end;
        }
        return lettersRestored(t.lower, isInfinitive);
    }

    /**
     * An unknown compound whose last or first part is of the other standard. A word that can be
     * split into two parts that both belong to the text's standard is left alone. A hyphenated
     * word is judged by its last part ("SQL-kjelder" → "SQL-kilder").
     */
    private checkCompound(t: Tok, variety: Variety): OtherVarietyForm | undefined {
        if ((t.case === "cap" && !t.start) || t.case === "upper") return undefined;
        const w = t.lower;
        const hy = w.lastIndexOf("-");
        if (hy > 0) {
            const head = w.slice(hy + 1);
            if (head.length < 3) return undefined;
            const r = this.data.lookup(head) >= 0 ? this.partForm(head, variety) : this.splitCompound(head, variety);
            const before = t.text.slice(0, hy + 1);
            return r && { kind: r.kind, suggestions: r.suggestions.map((s) => before + (t.case === "upper" ? s.toUpperCase() : s)) };
        }
        const r = this.splitCompound(w, variety);
        return r && { kind: r.kind, suggestions: r.suggestions.map((s) => recase(s, t.case)) };
    }

    /** The last part of a hyphenated word, when it is a known form to flag. */
    private partForm(part: string, variety: Variety): OtherVarietyForm | undefined {
        const d = this.data;
        const rec = d.lookup(part);
        if (rec < 0 || !(d.flags(rec) & (variety === "nb" ? F.FLAG_IN_NB : F.FLAG_IN_NN))) return undefined;
        const reps = d.record(rec, part).replacements.filter((r) => !(r.tags & TAG.AINF));
        return reps.length ? { kind: "other-variety", suggestions: reps.map((r) => r.text) } : undefined;
    }

    /** A short form whose first replacement is spelt almost the same ("namn" → "navn"). */
    private closeReplacement(rec: number, form: string): boolean {
        const r = this.data.record(rec, form).replacements[0]?.text;
        return !!r && editDistance(r, form) <= (form.length >= 5 ? 2 : 1);
    }

    private splitCompound(w: string, variety: Variety): OtherVarietyForm | undefined {
        const d = this.data;
        if (w.length < 7 || w.length > MAX_SPLIT) return undefined;
        const flagBit = variety === "nb" ? F.FLAG_IN_NB : F.FLAG_IN_NN;
        const own = variety === "nb" ? F.NB : F.NN;
        let bad: { p: string; link: string; rp: number; s: string; rs: number; pBad: boolean; sBad: boolean } | undefined;
        for (let i = 3; i <= w.length - 3; i++) {
            const s = w.slice(i);
            const rs = d.lookup(s);
            if (rs < 0) continue;
            const p = w.slice(0, i);
            // the first part as written, without a linking s/e, or with the e the s replaces
            const firsts: [string, string][] = [[p, ""]];
            if (p.length > 4 && (p.endsWith("s") || p.endsWith("e"))) firsts.push([p.slice(0, -1), p.slice(-1)]);
            if (p.length > 4 && p.endsWith("s")) firsts.push([p.slice(0, -1) + "e", "s-e"]);
            for (const [base, link] of firsts) {
                const rp = d.lookup(base);
                if (rp < 0) continue;
                const fs_ = d.flags(rs);
                const fp = d.flags(rp);
                // a first part is a noun: the other standard's noun ("bruker-") is bad too
                const pNounBad =
                    base.length >= 5 &&
                    (d.flags2(rp) & (variety === "nb" ? F2.NOUN_IN_NB | F2.ISH_IN_NB : F2.NOUN_IN_NN | F2.ISH_IN_NN)) !== 0 &&
                    this.closeReplacement(rp, base);
                const sIshBad = (d.flags2(rs) & (variety === "nb" ? F2.ISH_IN_NB : F2.ISH_IN_NN)) !== 0;
                const sOk = (fs_ & own) !== 0 && !(fs_ & flagBit) && !sIshBad;
                const pOk = (fp & own) !== 0 && !(fp & flagBit) && !pNounBad;
                if (sOk && pOk) return undefined;
                const sBad = ((fs_ & flagBit) !== 0 || sIshBad) && s.length >= 4;
                const pBad = ((fp & flagBit) !== 0 || pNounBad) && (base.length >= 5 || (base.length === 4 && this.closeReplacement(rp, base)));
                if (!bad && (sBad || pBad) && (sBad || sOk) && (pBad || pOk)) bad = { p: base, link, rp, s, rs, pBad, sBad };
            }
        }
        if (!bad) return undefined;
        const alts = (rec: number, form: string) =>
            d
                .record(rec, form)
                .replacements.filter((r) => !(r.tags & TAG.AINF))
                .map((r) => r.text);
        const sAlts = bad.sBad ? alts(bad.rs, bad.s) : [bad.s];
        const pAlts = bad.pBad ? alts(bad.rp, bad.p) : [bad.p];
        if (sAlts.length === 0 || pAlts.length === 0) return undefined;
        const join = (pa: string) => (bad!.link === "s-e" ? (pa.endsWith("e") ? pa.slice(0, -1) + "s" : pa + "s") : pa + bad!.link);
        const out: string[] = [];
        for (const pa of pAlts.slice(0, 2)) for (const sa of sAlts.slice(0, 3)) out.push(join(pa) + sa);
        return { kind: "other-variety", suggestions: [...new Set(out)].slice(0, 5) };
    }
}

function editDistance(a: string, b: string): number {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}

function tokens(words: readonly WordInput[]): Tok[] {
    return words.map((w, i) => {
        let text = withoutBreakHints(typeof w === "string" ? w : w.text);
        if (COMBINING.test(text)) text = text.normalize("NFC"); // "å" typed as a + ring
        const start = typeof w === "string" ? i === 0 : w.sentenceStart ?? i === 0;
        return { text, lower: text.toLowerCase(), case: caseOf(text), start };
    });
}

/** The word stands where an infinitive stands: after "å", or after a modal verb. */
function infinitiveContext(toks: readonly Tok[], i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const p = toks[j].lower;
        if (p === "å" || MODALS.has(p)) return true;
        if (!BETWEEN.has(p)) return false;
        if (toks[j].start) return false;
    }
    return false;
}

/** Words after which a noun is expected rather than a verb. */
const NOUN_BEFORE = new Set(
    "av i på til for med fra frå om under over ved mot etter gjennom hos hjå utan uten mellom ein en eit et ei min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre hennar hennes deira deres kvar hver nokre nye første siste".split(" "),
);

function nounContext(toks: readonly Tok[], i: number): boolean {
    return i > 0 && !toks[i].start && NOUN_BEFORE.has(toks[i - 1].lower);
}

/** Loads `dir`/malform.bin: one read, no parsing (the arrays are views of the file). */
export function loadMalform(dir: string): Malform {
    const buf = fs.readFileSync(path.join(dir, "malform.bin"));
    return new Malform(new MalformData(buf));
}

/** The data folder of a development checkout: <repo>/.cache/malform. */
export function defaultMalformDir(repoRoot: string): string {
    return path.join(repoRoot, ".cache", "malform");
}
