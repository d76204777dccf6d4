// Where a word stands, from the words before it: where an infinitive stands (after "å" or a
// modal verb) and where a noun is expected (after a preposition or determiner).
import type { Tok } from "./tokens";

/** Modal and other verbs followed by a bare infinitive. */
const MODALS = new Set("kan kunne skal skulle vil ville må måtte bør burde lèt lot får fekk fikk".split(" "));
/** Words that may stand between a modal and its infinitive. */
export const BETWEEN = new Set(
    "ikkje ikke du eg jeg vi me dei de han ho hun det den ein en også òg berre bare heller aldri alltid då da no nå sjølv selv gjerne snart ofte automatisk ikkje".split(
        " ",
    ),
);

/** The word stands where an infinitive stands: after "å", or after a modal verb. */
export function infinitiveContext(toks: readonly Tok[], i: number): boolean {
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
    "av i på til for med fra frå om under over ved mot etter gjennom hos hjå utan uten mellom ein en eit et ei min mi mitt mine din di ditt dine sin si sitt sine vår vårt våre hennar hennes deira deres kvar hver nokre nye første siste".split(
        " ",
    ),
);

export function nounContext(toks: readonly Tok[], i: number): boolean {
    return i > 0 && !toks[i].start && NOUN_BEFORE.has(toks[i - 1].lower);
}
