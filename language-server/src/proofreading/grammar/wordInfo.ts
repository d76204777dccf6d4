// What the grammar rules need to know of a word form, in one standard: its parts of speech and
// inflection, summed up from the converter's Apertium readings into a few bits. Looked up once
// per form and kept, so a keystroke's re-check costs a map look-up per word.
import { wordReadings } from "../../convert/rules/analyse";
import type { ConvertTable, Reading } from "../../convert/rules/table";
import type { Variety } from "../../protocol/writtenStandard";
import { F_COMMON } from "../../lexicon/flags";
import type { Lexicon } from "../../lexicon/lexicon";

/** The highest rank of the readings with any of `bits`, or -1 when there is none. */
export function rankOf(info: WordInfo, bits: number): number {
    let best = -1;
    for (let b = bits & info.pos; b; b &= b - 1) best = Math.max(best, info.rank[31 - Math.clz32(b & -b)]);
    return best;
}

/** Bits of {@link WordInfo.pos}. */
export const P = {
    NOUN: 1 << 0,
    ADJ: 1 << 1,
    /** vblex (and vbmod, vbaux) infinitive */
    INF: 1 << 2,
    PRES: 1 << 3,
    PRET: 1 << 4,
    /** past participle (as a verb form or an adjective) */
    PP: 1 << 5,
    IMP: 1 << 6,
    PREP: 1 << 7,
    DET: 1 << 8,
    PRON: 1 << 9,
    ADV: 1 << 10,
    CONJ: 1 << 11,
    /** the infinitive marker "å" */
    PART: 1 << 12,
    PROPER: 1 << 13,
    NUM: 1 << 14,
    INTERJ: 1 << 15,
    /** present participle ("gjeldende") */
    PPRS: 1 << 16,
    /** passive verb forms ("lagres", "lagrast") */
    PASSIVE: 1 << 17,
} as const;

/** Closed word classes: a word with one of these readings is a grammatical word, not a content word. */
export const FUNCTION = P.PREP | P.DET | P.PRON | P.CONJ | P.PART | P.INTERJ | P.NUM;
export const VERB = P.INF | P.PRES | P.PRET | P.PP | P.IMP;
export const FINITE = P.PRES | P.PRET | P.IMP;

/** Genders of the noun's indefinite singular readings: bits of {@link WordInfo.genders}. */
export const G = { M: 1, F: 2, NT: 4 } as const;

export interface WordInfo {
    /** The form is a word of this standard (the speller's lists or Apertium's analyser). */
    known: boolean;
    /** Seen in running text (the speller's web word list): a rare form next to a common compound is likelier a split. */
    common: boolean;
    /** Readings found only through the compound fallback (a head noun with a modifier). */
    compound: boolean;
    pos: number;
    /** Highest lemma rank (0..3) of any reading with that part of speech, by P bit index. */
    rank: Uint8Array;
    /** Genders of the indefinite singular noun readings. */
    genders: number;
    /** Genders of any noun reading (definite and plural too). */
    anyGender: number;
    /** The noun readings include a definite one / an indefinite singular one. */
    nounDef: boolean;
    nounIndefSg: boolean;
    nounPl: boolean;
    /** Adjective readings: indefinite singular masculine/feminine, neuter, definite or plural. */
    adjMf: boolean;
    adjNt: boolean;
    adjDefOrPl: boolean;
    /** An adjective that does not inflect for gender ("moderne", "bra"). */
    adjInvariable: boolean;
    /** An ordinal ("første") or a superlative: these stand before a definite noun without a determiner. */
    adjOrdinal: boolean;
}

const POS_BIT: Record<string, number> = {
    n: P.NOUN,
    adj: P.ADJ,
    pr: P.PREP,
    det: P.DET,
    prn: P.PRON,
    adv: P.ADV,
    cnjcoo: P.CONJ,
    cnjsub: P.CONJ,
    cnjadv: P.CONJ,
    part: P.PART,
    np: P.PROPER,
    num: P.NUM,
    ij: P.INTERJ,
};

/** The bit of a verb reading, by form. */
function verbBits(r: Reading): number {
    const t = r.tags;
    let bits = 0;
    if (t.has("inf")) bits |= P.INF;
    if (t.has("pres")) bits |= P.PRES;
    if (t.has("pret")) bits |= P.PRET;
    if (t.has("pp")) bits |= P.PP;
    if (t.has("imp")) bits |= P.IMP;
    if (t.has("pasv") || t.has("pstv")) bits |= P.PASSIVE;
    return bits;
}

function bitIndex(bit: number): number {
    return 31 - Math.clz32(bit);
}

function summarize(readings: readonly Reading[], known: boolean, common: boolean): WordInfo {
    const info: WordInfo = {
        known,
        common,
        compound: readings.length > 0 && readings.every((r) => r.compound),
        pos: 0,
        rank: new Uint8Array(18),
        genders: 0,
        anyGender: 0,
        nounDef: false,
        nounIndefSg: false,
        nounPl: false,
        adjMf: false,
        adjNt: false,
        adjDefOrPl: false,
        adjInvariable: false,
        adjOrdinal: false,
    };
    for (const r of readings) {
        const t = r.tags;
        let bits: number;
        if (t.pos === "vblex" || t.pos === "vbmod" || t.pos === "vbaux" || t.pos === "vbser" || t.pos === "vbhaver") bits = verbBits(r);
        else if (t.pos === "adj" && t.has("pp")) bits = P.PP | P.ADJ;
        else if (t.pos === "adj" && t.has("pprs")) bits = P.PPRS | P.ADJ;
        else bits = POS_BIT[t.pos] ?? 0;
        info.pos |= bits;
        for (let b = bits; b; b &= b - 1) {
            const i = bitIndex(b & -b);
            info.rank[i] = Math.max(info.rank[i], r.rank);
        }
        if (t.pos === "n") {
            const g = (t.has("m") ? G.M : 0) | (t.has("f") ? G.F : 0) | (t.has("nt") ? G.NT : 0) | (t.has("mf") ? G.M | G.F : 0);
            info.anyGender |= g;
            if (t.has("def")) info.nounDef = true;
            if (t.has("pl")) info.nounPl = true;
            if (t.has("sg") && t.has("ind")) {
                info.genders |= g;
                info.nounIndefSg = true;
            }
        } else if (t.pos === "adj") {
            if (t.has("ord") || t.has("sup")) info.adjOrdinal = true;
            if (t.has("def") || t.has("pl")) info.adjDefOrPl = true;
            if (t.has("sg") && t.has("ind")) {
                if (t.has("mf") || t.has("m") || t.has("f")) info.adjMf = true;
                if (t.has("nt")) info.adjNt = true;
            }
            if (t.has("un") && t.has("sg")) info.adjInvariable = true;
        }
    }
    return info;
}

/** How many forms are kept per standard before the cache starts afresh (a few MB at most). */
const CACHE_LIMIT = 200_000;

export class GrammarData {
    private readonly cache: Record<Variety, Map<string, WordInfo>> = { nb: new Map(), nn: new Map() };
    /** {@link listed} of the strings asked about (two neighbours joined), kept like the readings. */
    private readonly listedCache: Record<Variety, Map<string, boolean>> = { nb: new Map(), nn: new Map() };

    /**
     * @param isInfinitive the målform layer's infinitives: forms the word lists have and the
     * analyser lacks ("merkja") are infinitives too
     */
    constructor(
        private readonly table: ConvertTable,
        private readonly lexicon?: Lexicon,
        private readonly isInfinitive?: (form: string, variety: Variety) => boolean,
    ) {}

    /** What is known of the lower-case form `lower` in `variety`. */
    info(variety: Variety, lower: string): WordInfo {
        const cache = this.cache[variety];
        let info = cache.get(lower);
        if (info) return info;
        const direct = this.table.readings(variety, lower);
        const known = direct !== undefined || (this.lexicon?.has(lower, variety) ?? false);
        const common = this.lexicon ? (this.lexicon.formFlags(lower) & F_COMMON) !== 0 : true;
        // an unlisted compound still has its head's readings ("kontaktliste": a feminine noun)
        info = summarize(direct ?? wordReadings(this.table, variety, lower), known, common);
        if (known && !(info.pos & P.INF) && this.isInfinitive?.(lower, variety)) {
            info.pos |= P.INF;
            info.rank[bitIndex(P.INF)] = Math.max(...info.rank);
        }
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(lower, info);
        return info;
    }

    /**
     * Whether `lower` is a listed word of `variety` (the analyser or the speller's lists), without
     * the compound analysis {@link info} does: two walks of the automata, for the many strings
     * that are no word (every pair of neighbours joined, looked up as the user types).
     */
    listed(variety: Variety, lower: string): boolean {
        const cache = this.listedCache[variety];
        let found = cache.get(lower);
        if (found !== undefined) return found;
        // the speller's lexicon holds the analyser's forms too, and answers without decoding readings
        found = this.lexicon ? this.lexicon.has(lower, variety) : this.table.readings(variety, lower) !== undefined;
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(lower, found);
        return found;
    }

    /** The raw readings, for rules that need more than the summary. */
    readings(variety: Variety, lower: string): Reading[] {
        return this.table.readings(variety, lower) ?? [];
    }
}
