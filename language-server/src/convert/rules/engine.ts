// The rule-and-lexicon converter, stage by stage like Apertium: analysis (analyse.ts) →
// disambiguation (disambiguate.ts) → lexical transfer and generation (the tables give each
// reading's target forms; choose.ts picks one by the learnt word choices and the house style) →
// agreement (agreement.ts) → the source's case and everything between the words restored. Words
// it does not know are kept as written and counted.
import { agree } from "./agreement";
import { analyseLine, type Word } from "./analyse";
import { chooseTarget } from "./choose";
import { disambiguate } from "./disambiguate";
import type { RuleEngine, RulesOptions, RulesResult } from "./index";
import { type LearntChoices, learntKey } from "./learnt";
import type { ConvertTable, Reading } from "./table";
import { type Token, recase } from "./tokens";

/** One word of a converted line, as the stages left it (for the learner and --explain). */
export interface ConvertedWord {
    word: Word;
    reading: Reading | undefined;
    /** The target form in lower case (the source's case is put back later). */
    out: string;
}

export class TableRuleEngine implements RuleEngine {
    constructor(
        private readonly table: ConvertTable,
        private readonly learnt?: LearntChoices,
    ) {}

    /** The same engine with other learnt choices (cross-validation). */
    withLearnt(learnt: LearntChoices | undefined): TableRuleEngine {
        return new TableRuleEngine(this.table, learnt);
    }

    convertText(text: string, opts: RulesOptions): RulesResult {
        const unknown: string[] = [];
        let words = 0;
        const lines = text.split("\n").map((line) => {
            if (!/\p{L}/u.test(line)) return line;
            const { tokens, converted } = this.convertWords(line, opts);
            words += converted.length;
            return render(tokens, converted, unknown);
        });
        return { text: lines.join("\n"), words, unknown };
    }

    convertWords(line: string, opts: RulesOptions): { tokens: Token[]; converted: ConvertedWord[] } {
        const { tokens, words } = analyseLine(this.table, opts.from, line);
        const idx = disambiguate(words);
        const chosen: (Reading | undefined)[] = words.map((w, i) => (idx[i] >= 0 ? w.readings[idx[i]] : undefined));
        const learnt = this.learnt?.[opts.from];
        const out = words.map((w, i) => {
            const r = chosen[i];
            if (!r) return w.lower;
            if (w.name) return w.text;
            return chooseTarget(r, w, opts, learnt?.get(learntKey(w.lower, r.tags.pos)));
        });
        agree(this.table, opts.to, words, chosen, out, opts.bokmalFeminine === "a");
        return { tokens, converted: words.map((word, i) => ({ word, reading: chosen[i], out: out[i] })) };
    }
}

function render(tokens: readonly Token[], converted: readonly ConvertedWord[], unknown: string[]): string {
    const texts = tokens.map((t) => t.text);
    for (const { word: w, reading, out } of converted) {
        if (!reading) {
            unknown.push(w.text);
            continue;
        }
        if (w.name) continue;
        texts[w.index] = w.prefix + (w.case === "mixed" ? out : recase(out, w.case));
    }
    return texts.join("");
}
