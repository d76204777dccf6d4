// Stage 3, lexical transfer and generation: of a reading's target forms (best first, as
// Apertium's bilingual lexicon, generator and generation preferences give them) the one the
// house style asks for: the Nynorsk a- or e-infinitive, "me" or "vi", the user's preferred
// forms (skrivehjelp.convert.houseStyle), Bokmål feminine nouns in -a or -en.
import type { Word } from "./analyse";
import type { RulesOptions } from "./index";
import type { Reading } from "./table";

/** The target form of a reading; `learnt` is the learnt choice for the word, if any (learnt.ts). */
export function chooseTarget(r: Reading, w: Word, opts: RulesOptions, learnt?: string): string {
    const ts = learnt ? [learnt, ...r.targets] : r.targets;
    if (ts.length === 0) return w.lower;
    const p = opts.preferences;
    if (opts.to === "nn") {
        if (w.lower === "vi" && r.tags.pos === "prn") return p.pronoun;
        if (p.houseStyle.length) {
            const preferred = ts.find((t) => p.houseStyle.includes(t));
            if (preferred) return preferred;
        }
        if (learnt) {
            // a learnt infinitive follows the house style's infinitive all the same
            if (r.tags.has("inf") && !r.tags.has("pasv") && p.infinitive === "e" && learnt.endsWith("a")) return learnt.slice(0, -1) + "e";
            return learnt;
        }
        if (r.tags.has("inf") && !r.tags.has("pasv")) {
            const wanted = p.infinitive === "e" ? /e$/ : /a$/;
            const t = ts.find((x) => wanted.test(x));
            if (t) return t;
        }
        return ts[0];
    }
    if (p.houseStyle.length) {
        const preferred = ts.find((t) => p.houseStyle.includes(t));
        if (preferred) return preferred;
    }
    if (r.tags.pos === "n" && opts.preferences.bokmalFeminine && r.tags.has("f") && r.tags.has("sg") && r.tags.has("def")) {
        // the user's Bokmål feminine style wins over a learnt choice
        const wanted = opts.preferences.bokmalFeminine === "a" ? /a$/ : /en$/;
        const t = ts.find((x) => wanted.test(x));
        if (t) return t;
    }
    if (learnt) return learnt;
    if (r.tags.pos === "n" && r.tags.has("f") && r.tags.has("sg") && r.tags.has("def") && ts.length > 1) {
        const wanted = opts.preferences.bokmalFeminine === "a" ? /a$/ : /en$/;
        const t = ts.find((x) => wanted.test(x));
        if (t) return t;
    }
    return ts[0];
}
