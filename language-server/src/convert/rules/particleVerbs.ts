// Particle verbs one standard writes as one verb: Nynorsk "halde fram" is Bokmål "fortsette",
// "kjenne att"/"kjenne igjen" is "gjenkjenne" (software text says "continue" and "recognise"
// often; word by word they come out as "holde frem", "kjenne tilbake", which Bokmål does not
// write, and "fortsette" as "fortsetje", where Nynorsk writes "halde fram"). Runs after the
// words are chosen, on each verb by its reading's inflection.
import type { ConvertedWord } from "./engine";

type Forms = Record<"inf" | "pres" | "pret" | "pp" | "imp" | "pasv", string>;

const FORTSETTE: Forms = { inf: "fortsette", pres: "fortsetter", pret: "fortsatte", pp: "fortsatt", imp: "fortsett", pasv: "fortsettes" };
const GJENKJENNE: Forms = {
    inf: "gjenkjenne",
    pres: "gjenkjenner",
    pret: "gjenkjente",
    pp: "gjenkjent",
    imp: "gjenkjenn",
    pasv: "gjenkjennes",
};
const HALDE_FRAM: Forms = { inf: "halde", pres: "held", pret: "heldt", pp: "halde", imp: "hald", pasv: "haldast" };

/** Nynorsk verb forms → the particles after them that make the Bokmål verb. */
const TO_NB: { forms: Set<string>; particles: Set<string>; nb: Forms }[] = [
    { forms: new Set("halde halda held heldt haldt hald haldast".split(" ")), particles: new Set(["fram"]), nb: FORTSETTE },
    {
        forms: new Set("kjenne kjenna kjenner kjende kjent kjenn kjennast".split(" ")),
        particles: new Set(["att", "igjen"]),
        nb: GJENKJENNE,
    },
];

/** Bokmål forms of "fortsette" (not "fortsatt" the adverb: only where the reading is the verb's). */
const FORTSETTE_FORMS = new Set(Object.values(FORTSETTE));

function inflection(c: ConvertedWord): keyof Forms | undefined {
    const t = c.reading?.tags;
    if (t?.pos === "adj" && t.has("pp")) return "pp";
    if (!t || t.pos !== "vblex") return undefined;
    if (t.has("pasv")) return "pasv";
    return (["inf", "pres", "pret", "pp", "imp"] as const).find((f) => t.has(f));
}

/** Into Bokmål: "held fram" → "fortsetter", "vert kjent att" → "blir gjenkjent" (the particle goes). */
export function particleVerbsToBokmal(converted: ConvertedWord[]): void {
    for (let i = 0; i + 1 < converted.length; i++) {
        const c = converted[i];
        const next = converted[i + 1];
        if (next.word.index !== c.word.index + 2 || !/^\s+$/.test(next.word.gap) || next.word.case !== "lower") continue;
        const entry = TO_NB.find((e) => e.forms.has(c.word.lower) && e.particles.has(next.word.lower));
        const f = entry && inflection(c);
        if (!entry || !f) continue;
        c.out = entry.nb[f];
        next.dropped = "before";
    }
}

/**
 * Into Nynorsk: "fortsetter" → "held fram", and "held fram med" before its object or "å"
 * ("fortsette å skrive" → "halde fram med å skrive").
 */
export function particleVerbsToNynorsk(converted: ConvertedWord[]): void {
    for (let i = 0; i < converted.length; i++) {
        const c = converted[i];
        const f = inflection(c);
        if (!f || !FORTSETTE_FORMS.has(c.word.lower) || FORTSETTE[f] !== c.word.lower) continue;
        // the a- or e-infinitive as the word-by-word target had it ("fortsetja" / "fortsetje")
        const verb = f === "inf" && c.out.endsWith("a") ? "halda" : HALDE_FRAM[f];
        const next = converted[i + 1];
        const adjacent = next && next.word.index === c.word.index + 2 && /^\s+$/.test(next.word.gap);
        const pos = next?.reading?.tags.pos;
        const object = adjacent && (next.word.lower === "å" || pos === "n" || pos === "det" || pos === "np");
        c.out = `${verb} fram${object ? " med" : ""}`;
    }
}
