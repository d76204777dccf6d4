// Nynorsk words whose Bokmål cognate the bilingual lexicon keeps, though Bokmål writes another
// word: "syne" (Bokmål "syne" is old and rare; it writes "vise": "Tabellen syner at" →
// "Tabellen viser at"), "syte for" ("sørge for"). Apertium's nno-nob lexicon maps these lemmas to
// themselves and the Bokmål lists have the old forms, so no data here tells them from a word
// both standards write; they are listed by hand, by lemma and part of speech. Each reading of
// such a lemma takes the Bokmål lemma's forms with the same tags, from the Bokmål side as
// compile.ts read it: the inflection is Bokmål's own ("sytte" → "sørget", not "sørga"). Only
// lemmas with one common sense in prose: "røyne" (try / experience) stays with the lexicon. A
// compound whose head is such a word takes it too ("planframlegget" → "planforslaget").

/** Nynorsk lemma with its Apertium part of speech → the Bokmål lemma prose writes. */
export const BOKMAL_WORD: Record<string, string> = {
    // "Tabellen syner at …", "Det synte seg at …" → "viser", "viste seg"
    "syne<vblex>": "vise",
    // its participle, read as an adjective ("det synte seg" read so all the same → "viste")
    "syne<adj>": "vise",
    // "syte for at …" → "sørge for at …" (its other sense, "sutre", is as rare in Bokmål)
    "syte<vblex>": "sørge",
    "syte<adj>": "sørge",
    // "tevle" → "konkurrere"
    "tevle<vblex>": "konkurrere",
    "tevle<adj>": "konkurrere",
    // "ein granne" → "en nabo"
    "granne<n>": "nabo",
    // "eit framlegg" → "et forslag" (Bokmål "fremlegg" is the act of presenting)
    "framlegg<n>": "forslag",
    // "handsaming" → "behandling" (the verb "handsame" Apertium already makes "behandle")
    "handsaming<n>": "behandling",
    // "fråsegna" → "uttalelsen" (Apertium: "utsagnet", a saying)
    "fråsegn<n>": "uttalelse",
    // "heimel i lova" → "hjemmel i loven" (Apertium's neuter reading: "innbo", household goods)
    "heimel<n>": "hjemmel",
    // the modal "lyt", "laut" → "må", "måtte" (Apertium: "lyter", "lytte")
    "lyte<vblex>": "måtte",
    // "ingen tvil" → "ingen tvil" (Apertium: "anfektelse", a temptation)
    "tvil<n>": "tvil",
    // "grunngje vedtaket" → "begrunne vedtaket" (Apertium: "grunngi")
    "grunngje<vblex>": "begrunne",
    "grunngje<adj>": "begrunne",
    // "tilrådinga" → "anbefalingen" (Apertium: "tilrådning"; its verb "tilrå" it makes "anbefale")
    "tilråding<n>": "anbefaling",
};

/** The Bokmål lemmas BOKMAL_WORD gives, whose forms compile.ts collects while reading Bokmål. */
export const WANTED_BOKMAL = new Set(Object.values(BOKMAL_WORD));

/** The key of an analysis's lemma and part of speech ("syne<vblex><pres>" → "syne<vblex>"), or undefined. */
export function lemmaKey(analysis: string): string | undefined {
    const m = /^([^<]+<[^>]+>)/.exec(analysis);
    return m?.[1];
}

/** A noun's tags without the gender ("n.f.sg.def" → "n.sg.def"), so a noun of another gender is found. */
function genderless(tags: string): { key: string; gender?: string } {
    const m = /^n\.(m|f|nt)\.(.*)$/.exec(tags);
    return m ? { key: `n.${m[2]}`, gender: m[1] } : { key: tags };
}

/** A Bokmål form of a wanted lemma, with the gender of a noun's. */
export interface BokmalForm {
    form: string;
    gender?: string;
}

/**
 * The Bokmål forms for a Nynorsk reading of a listed lemma: the Bokmål lemma's forms with the
 * same tags (a noun: of the same gender where Bokmål has it, "handsaminga" → "behandlingen" /
 * "behandlinga"; else of its own, "fråsegna" → "uttalelsen"), Bokmål's own form first (one the
 * Nynorsk lists lack: "sørget" before "sørga"), and a noun's Bokmål gender; or undefined.
 */
export function bokmalForms(
    analysis: string,
    tags: string,
    formsOf: ReadonlyMap<string, BokmalForm[]>,
    nynorsk: ReadonlySet<string>,
): { forms: string[]; gender?: string } | undefined {
    const key = lemmaKey(analysis);
    const lemma = key && BOKMAL_WORD[key];
    if (!lemma) return undefined;
    const { key: k, gender } = genderless(tags);
    const all = formsOf.get(`${lemma}\t${k}`);
    if (!all?.length) return undefined;
    const same = all.filter((f) => f.gender === gender);
    const chosen = same.length ? same : all.filter((f) => f.gender === all[0].gender);
    const forms = [...new Set(chosen.map((f) => f.form))];
    forms.sort((a, b) => Number(nynorsk.has(a)) - Number(nynorsk.has(b)));
    // a feminine's masculine forms too, which Bokmål writes as often ("behandlinga" and
    // "behandlingen": choose.ts takes the one the house style asks for)
    const common = chosen[0].gender === "f" ? all.filter((f) => f.gender === "m").map((f) => f.form) : [];
    return { forms: [...new Set([...forms, ...common])].slice(0, 4), gender: chosen[0].gender };
}

/** What compile.ts's reading holds: the target forms and the flag bits (a noun's target gender among them). */
interface Held {
    targets: string[];
    bits: number;
}

/**
 * The pass over what compile.ts reads: Bokmål forms collected first, then each Nynorsk reading of
 * a listed lemma replaced as it is read, and its compounds at the end (`finish`), when the head's
 * own Apertium targets are known: "planfremlegget" → "plan" + "forslaget".
 */
export class CommonWords {
    readonly formsOf = new Map<string, BokmalForm[]>();
    private readonly apertium = new Map<string, string[]>();
    private readonly pending: { r: Held; head: string; tags: string }[] = [];
    replaced = 0;

    constructor(
        private readonly nynorsk: ReadonlySet<string>,
        /** a reading's bits with its target gender set */
        private readonly withGender: (bits: number, gender: string) => number,
    ) {}

    /** A Nynorsk reading: replaced now (one word) or at `finish` (a compound, `head` its last unit). */
    nynorskReading(r: Held, head: string, tags: string, compound: boolean): void {
        if (!BOKMAL_WORD[lemmaKey(head) ?? ""]) return;
        if (compound) {
            this.pending.push({ r, head, tags });
            return;
        }
        const b = bokmalForms(head, tags, this.formsOf, this.nynorsk);
        if (!b) return;
        const k = `${lemmaKey(head)}\t${tags}`;
        this.apertium.set(k, [...new Set([...(this.apertium.get(k) ?? []), ...r.targets])]);
        this.set(r, b);
    }

    private set(r: Held, b: { forms: string[]; gender?: string }): void {
        r.targets = b.forms;
        if (b.gender) r.bits = this.withGender(r.bits, b.gender);
        this.replaced++;
    }

    /** The compounds: the head's Apertium form at the end of a target becomes the Bokmål word's. */
    finish(): number {
        for (const { r, head, tags } of this.pending) {
            const b = bokmalForms(head, tags, this.formsOf, this.nynorsk);
            const heads = this.apertium.get(`${lemmaKey(head)}\t${tags}`);
            const t = r.targets[0];
            const h = t && heads?.find((x) => t.length > x.length && t.endsWith(x));
            if (!b || !h) continue;
            this.set(r, { forms: b.forms.map((f) => t.slice(0, -h.length) + f), gender: b.gender });
        }
        return this.replaced;
    }
}

/** While reading Bokmål: a form of a wanted lemma under "lemma\ttags" (a noun's without its gender). */
export function collectBokmal(formsOf: Map<string, BokmalForm[]>, form: string, lemma: string, tags: string): void {
    if (!WANTED_BOKMAL.has(lemma) || form !== form.toLowerCase()) return;
    const { key, gender } = genderless(tags);
    const k = `${lemma}\t${key}`;
    const forms = formsOf.get(k) ?? [];
    if (!forms.some((f) => f.form === form && f.gender === gender)) formsOf.set(k, [...forms, { form, gender }]);
}
