// The rule-and-lexicon converter, stage by stage like Apertium: analysis (analyse.ts) →
// disambiguation (disambiguate.ts) → lexical transfer and generation (the tables give each
// reading's target forms; choose.ts picks one by the house style) → agreement (agreement.ts) →
// the source's case and everything between the words restored. Words it does not know are kept
// as written and counted.
import { agree } from "./agreement";
import { analyseLine } from "./analyse";
import { chooseTarget } from "./choose";
import { disambiguate } from "./disambiguate";
import type { RuleEngine, RulesOptions, RulesResult } from "./index";
import type { ConvertTable, Reading } from "./table";
import { recase } from "./tokens";

export class TableRuleEngine implements RuleEngine {
    constructor(private readonly table: ConvertTable) {}

    convertText(text: string, opts: RulesOptions): RulesResult {
        const unknown: string[] = [];
        let words = 0;
        const lines = text.split("\n").map((line) => {
            if (!/\p{L}/u.test(line)) return line;
            const r = this.convertLine(line, opts, unknown);
            words += r.words;
            return r.text;
        });
        return { text: lines.join("\n"), words, unknown };
    }

    private convertLine(line: string, opts: RulesOptions, unknown: string[]): { text: string; words: number } {
        const { tokens, words } = analyseLine(this.table, opts.from, line);
        const idx = disambiguate(words);
        const chosen: (Reading | undefined)[] = words.map((w, i) => (idx[i] >= 0 ? w.readings[idx[i]] : undefined));
        const out = words.map((w, i) => {
            const r = chosen[i];
            if (!r) return w.lower;
            if (w.name) return w.text;
            return chooseTarget(r, w, opts);
        });
        agree(this.table, opts.to, words, chosen, out, opts.bokmalFeminine === "a");
        const texts = tokens.map((t) => t.text);
        words.forEach((w, i) => {
            if (!chosen[i]) {
                unknown.push(w.text);
                return;
            }
            if (w.name) return;
            texts[w.index] = w.prefix + recaseLike(out[i], w);
        });
        return { text: texts.join(""), words: words.length };
    }
}

/** A target form in the source word's case; a target of several words gets it on its first. */
function recaseLike(target: string, w: { case: ReturnType<typeof import("./tokens").caseOf>; text: string }): string {
    if (w.case === "mixed") return target;
    return recase(target, w.case);
}
