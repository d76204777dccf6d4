// How each standard writes a noun first in a compound, learnt from the compounds of its own
// lists as Apertium's analyser splits them: Nynorsk "biletfil", "biletarkiv" … are
// bilete|fil, bilete|arkiv, so "bilete" is written "bilet" first in a compound; "vindaugsramme"
// gives "vindauge" → "vindaugs"; Bokmål "vindusramme" gives "vindu" → "vindus". The converter
// writes a converted compound's first part so (rules/compounds.ts: "bildefil" → "biletfil", not
// "biletefil"), and reads an unlisted compound's first part back to its noun ("vindaugs" → "vindauge").

/** What one standard's analysed lists show (collected by compile.ts's readSide). */
export interface CompoundEvidence {
    /** A noun's analysis ("bilde<n><nt><sg><ind>") → the forms it analyses ("bilete"). */
    nouns: Map<string, Set<string>>;
    /** Two-part compounds with a noun first: the form, the first part's analysis, the head's tag set. */
    compounds: { form: string; first: string; headTags: string }[];
}

export interface FirstPartMaps {
    /** noun → its form first in a compound ("bilete" → "bilet"). */
    firstPart: Map<string, string>;
    /** first part → noun, where stripping a linking -s-/-e- does not find it ("bilet" → "bilete"). */
    standalone: Map<string, string>;
}

/** A first part is taken when at least this many compounds show it and it is this share of the noun's. */
const MIN_COMPOUNDS = 2;
const MIN_SHARE = 0.6;

/** The ways a noun is written first in a compound: as it is, with -s- or -e-, its final -e dropped or made -s-. */
function linkedForms(noun: string): string[] {
    const forms = [noun, noun + "s", noun + "e"];
    if (noun.endsWith("e")) forms.push(noun.slice(0, -1), noun.slice(0, -1) + "s");
    return forms;
}

/**
 * From each two-part compound: its first part as written (what is left before the longest
 * head that the lists have with the head's tag set), counted for each lower-case form of the
 * first part's noun of which it is a linked form.
 */
export function learnFirstParts(evidence: CompoundEvidence, headTagsOf: (form: string) => readonly string[] | undefined): FirstPartMaps {
    const counts = new Map<string, Map<string, number>>();
    const seen = new Set<string>();
    for (const { form, first, headTags } of evidence.compounds) {
        const key = `${form}\t${first}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (let i = 2; i < form.length - 1; i++) {
            if (!headTagsOf(form.slice(i))?.includes(headTags)) continue;
            const written = form.slice(0, i);
            for (const noun of evidence.nouns.get(first) ?? []) {
                if (noun !== noun.toLowerCase() || !linkedForms(noun).includes(written)) continue;
                const c = counts.get(noun) ?? new Map<string, number>();
                counts.set(noun, c.set(written, (c.get(written) ?? 0) + 1));
            }
            break;
        }
    }
    const firstPart = new Map<string, string>();
    const standalone = new Map<string, string>();
    const support = new Map<string, number>();
    for (const [noun, c] of counts) {
        const total = [...c.values()].reduce((a, b) => a + b, 0);
        const [best, n] = [...c.entries()].sort((a, b) => b[1] - a[1])[0];
        if (n < MIN_COMPOUNDS || n < MIN_SHARE * total) continue;
        firstPart.set(noun, best);
        // "vindaugs" cannot be undone by stripping a link; "arbeids", "barne" can
        if ([noun, noun + "s", noun + "e"].includes(best) || (support.get(best) ?? 0) >= n) continue;
        standalone.set(best, noun);
        support.set(best, n);
    }
    return { firstPart, standalone };
}
