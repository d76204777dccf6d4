// The rule-and-lexicon converter, stage by stage like Apertium: analysis (analyse.ts) →
// disambiguation (disambiguate.ts) → lexical transfer and generation (the tables give each
// reading's target forms; choose.ts picks one by the learnt word choices and the house style) →
// agreement (agreement.ts) → the source's case and everything between the words restored. Words
// it does not know are kept as written and counted.
import { agreeAdjectives, agreePredicative } from "./adjectives";
import { agree, genderOf } from "./agreement";
import { genitiveToTil } from "./genitive";
import { postposePossessives } from "./possessive";
import { pronounsToBokmal, pronounsToNynorsk } from "./pronouns";
import { particleVerbsToBokmal, particleVerbsToNynorsk } from "./particleVerbs";
import { analyseLine, type Word } from "./analyse";
import { chooseTarget } from "./choose";
import { disambiguate } from "./disambiguate";
import { checkDefiniteNouns } from "./nouns";
import type { RuleEngine, RulesOptions, RulesResult } from "./index";
import { type LearntChoices, learntFor } from "./learnt";
import type { ConvertTable, Reading } from "./table";
import { withCase } from "../../lexicon/lexicon";
import type { Token } from "./tokens";

/** One word of a converted line, as the stages left it (for the learner and --explain). */
export interface ConvertedWord {
    word: Word;
    reading: Reading | undefined;
    /** The target form in lower case (the source's case is put back later). */
    out: string;
    /** Moved elsewhere (word order), so it goes with the space before or after it. */
    dropped?: "before" | "after";
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
            return chooseTarget(r, w, opts, learntFor(learnt, w.lower, r, w.readings));
        });
        if (opts.to === "nb" && opts.preferences.bokmalFeminine === "a") feminineA(this.table, chosen, out);
        checkDefiniteNouns(this.table, opts.to, words, chosen, out);
        agree(this.table, opts.to, words, chosen, out, opts.preferences.bokmalFeminine === "a");
        agreeAdjectives(words, chosen, out, (i, r) => chooseTarget(r, words[i], opts));
        if (opts.to === "nn") agreePredicative(words, chosen, out, (i, r) => chooseTarget(r, words[i], opts));
        const converted: ConvertedWord[] = words.map((word, i) => ({ word, reading: chosen[i], out: out[i] }));
        if (opts.to === "nn") pronounsToNynorsk(this.table, converted, tokens);
        else pronounsToBokmal(converted, tokens);
        // the last pass over the chosen words before word order ("held fram" ↔ "fortsetter")
        if (opts.to === "nn") particleVerbsToNynorsk(converted);
        else particleVerbsToBokmal(converted);
        if (opts.to === "nn") passiveAdverbs(converted, tokens);
        if (opts.to === "nn")
            genitiveToTil(this.table, converted, tokens, (form, source) => genderOf(this.table, "nn", form, "sg", false, source));
        if (opts.to === "nn" && opts.preferences.possessive === "after") {
            postposePossessives(this.table, converted, (form, source) => genderOf(this.table, "nn", form, "sg", false, source));
        }
        return { tokens, converted };
    }
}

/**
 * Bokmål feminine nouns in -a when the house style asks for it: Apertium's Bokmål generator
 * gives only "boken"; "boka" is taken when the Bokmål lists have it as a feminine definite noun.
 */
function feminineA(table: ConvertTable, chosen: readonly (Reading | undefined)[], out: string[]): void {
    chosen.forEach((r, i) => {
        if (!r || r.tags.pos !== "n" || !r.tags.has("f") || !r.tags.has("sg") || !r.tags.has("def") || !out[i].endsWith("en")) return;
        const a = out[i].slice(0, -2) + "a";
        if (table.readings("nb", a)?.some((t) => t.tags.pos === "n" && t.tags.has("f") && t.tags.has("sg") && t.tags.has("def")))
            out[i] = a;
    });
}

/** Sentence adverbs that stand between the auxiliary and the participle in Nynorsk ("vert ikkje lagra"). */
const SENTENCE_ADVERBS = new Set(
    "ikkje òg også alltid aldri berre ofte sjeldan heller gjerne snart då difor likevel endå automatisk".split(" "),
);

/**
 * A Bokmål s-passive became "vert" + participle (the tables do that); a sentence adverb right
 * after it moves in between: "Filen lagres ikke" → "Fila vert ikkje lagra", not "vert lagra ikkje".
 */
function passiveAdverbs(converted: ConvertedWord[], tokens: readonly Token[]): void {
    for (let i = 0; i + 1 < converted.length; i++) {
        const c = converted[i];
        const next = converted[i + 1];
        if (!c.reading?.tags.has("pasv") || !c.out.startsWith("vert ") || next.word.index !== c.word.index + 2) continue;
        if (!/^\s+$/.test(tokens[c.word.index + 1].text) || !SENTENCE_ADVERBS.has(next.out) || next.word.case !== "lower") continue;
        c.out = `vert ${next.out} ${c.out.slice(5)}`;
        next.dropped = "before";
    }
}

/** A target form as it stands in the text: after the kept prefix, in the source word's case. */
export function written(w: Word, out: string): string {
    return w.prefix + withCase(out, w.case);
}

function render(tokens: readonly Token[], converted: readonly ConvertedWord[], unknown: string[]): string {
    const texts = tokens.map((t) => t.text);
    for (const { word: w, reading, out, dropped } of converted) {
        if (dropped) {
            texts[w.index] = "";
            texts[w.index + (dropped === "before" ? -1 : 1)] = "";
            continue;
        }
        if (!reading) {
            // an unknown word is kept, unless agreement gave it a form ("éi fil" → "én fil")
            if (out !== w.lower) texts[w.index] = written(w, out);
            else unknown.push(w.text);
            continue;
        }
        if (w.name) continue;
        texts[w.index] = written(w, out);
    }
    return texts.join("");
}
