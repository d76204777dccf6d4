// Stage 3, lexical transfer and generation: of a reading's target forms (best first, as
// Apertium's bilingual lexicon, generator and generation preferences give them) the one the
// house style asks for: the Nynorsk a- or e-infinitive, "me" or "vi", the user's preferred
// forms (skrivehjelp.convert.houseStyle), Bokmål feminine nouns in -a or -en.
import type { Word } from "./analyse";
import type { ConvertPreferences } from "../prompts";
import type { RulesOptions } from "./index";
import type { Reading } from "./table";

/** The target form of a reading; `learnt` is the learnt choice for the word, if any (learnt.ts). */
export function chooseTarget(r: Reading, w: Word, opts: RulesOptions, learnt?: string): string {
    const ts = learnt ? [learnt, ...r.targets] : r.targets;
    if (ts.length === 0) return w.lower;
    const p = opts.preferences;
    if (opts.to === "nn" && w.lower === "vi" && r.tags.pos === "prn") return p.pronoun;
    const preferred = ts.find((t) => p.houseStyle.includes(t));
    if (preferred) return preferred;
    return opts.to === "nn" ? nynorskTarget(r, ts, p, learnt) : bokmalTarget(r, ts, p, learnt);
}

function nynorskTarget(r: Reading, ts: readonly string[], p: ConvertPreferences, learnt: string | undefined): string {
    const infinitive = r.tags.has("inf") && !r.tags.has("pasv");
    if (learnt) {
        // a learnt infinitive follows the house style's infinitive all the same
        return infinitive && p.infinitive === "e" && learnt.endsWith("a") ? learnt.slice(0, -1) + "e" : learnt;
    }
    const wanted = p.infinitive === "e" ? /e$/ : /a$/;
    return (infinitive && ts.find((x) => wanted.test(x))) || ts[0];
}

function bokmalTarget(r: Reading, ts: readonly string[], p: ConvertPreferences, learnt: string | undefined): string {
    const feminine = r.tags.pos === "n" && r.tags.has("f") && r.tags.has("sg") && r.tags.has("def");
    if (!feminine) return learnt ?? ts[0];
    // The definite feminine follows one style through the text, as the determiners and
    // possessives do (agreement.ts): "-a" only when the user asks for it; "auto" (no setting)
    // is "-en", as most Bokmål text writes it (and the references: 650 of 903 such nouns; "-a"
    // throughout scores 0.75 chrF lower). A learnt choice that is only the other ending
    // ("mappa" for "mappen", one product's translators' style) gives way to it; a learnt other word
    // stays.
    const wanted = p.bokmalFeminine === "a" ? /a$/ : /en$/;
    const styled = ts.find((x) => wanted.test(x));
    if (learnt && !(styled && sameNounOtherEnding(learnt, styled))) return learnt;
    return styled ?? ts[0];
}

/** "mappa" and "mappen": one noun, the feminine definite's two endings. */
function sameNounOtherEnding(a: string, b: string): boolean {
    const stem = (x: string) => (x.endsWith("en") ? x.slice(0, -2) : x.endsWith("a") ? x.slice(0, -1) : undefined);
    const sa = stem(a);
    return sa !== undefined && sa === stem(b);
}
