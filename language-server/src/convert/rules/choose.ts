// Stage 3, lexical transfer and generation: of a reading's target forms (best first, as
// Apertium's bilingual lexicon, generator and generation preferences give them) the one the
// house style asks for: the Nynorsk a- or e-infinitive, "me" or "vi", the user's preferred
// forms (skrivehjelp.convert.houseStyle), Bokmål feminine nouns in -a or -en.
import type { Word } from "./analyse";
import type { RulesOptions } from "./index";
import type { Reading } from "./table";

export function chooseTarget(r: Reading, w: Word, opts: RulesOptions): string {
    const ts = r.targets;
    if (ts.length === 0) return w.lower;
    const p = opts.preferences;
    if (opts.to === "nn") {
        if (w.lower === "vi" && r.tags.pos === "prn") return p.pronoun;
        if (p.houseStyle.length) {
            const preferred = ts.find((t) => p.houseStyle.includes(t));
            if (preferred) return preferred;
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
    if (r.tags.pos === "n" && r.tags.has("f") && r.tags.has("sg") && r.tags.has("def") && ts.length > 1) {
        const wanted = opts.bokmalFeminine === "a" ? /a$/ : /en$/;
        const t = ts.find((x) => wanted.test(x));
        if (t) return t;
    }
    return ts[0];
}
