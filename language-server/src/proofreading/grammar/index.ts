// The grammar layer: real-word errors a speller cannot see, found with no model from the
// readings the dictionaries know (the rules with examples: README.md, "Grammar without a
// model"). One call per prose block; the proofreader keeps the result while the block is unchanged.
import { type GrammarInput, type GrammarProblem, type GrammarRule, Sentence } from "./context";
import { deDem } from "./deDem";
import { gender } from "./gender";
import { ogAa } from "./ogAa";
import { saerskriving } from "./saerskriving";
import { verbForm } from "./verbForm";

export { type GrammarInput, type GrammarProblem, type GrammarReason, type GrammarRule, GRAMMAR_RULES } from "./context";
export { GrammarData } from "./wordInfo";

/** In this order: where two rules claim one word, the earlier one reports it. */
const RULES: readonly [GrammarRule, (s: Sentence) => GrammarProblem[]][] = [
    ["saerskriving", saerskriving],
    ["verbForm", verbForm],
    ["ogAa", ogAa],
    ["gender", gender],
    ["deDem", deDem],
];

/** The problems of one block's words, in word order, no two over the same word. */
export function checkGrammar(input: GrammarInput, enabled: Readonly<Record<GrammarRule, boolean>>): GrammarProblem[] {
    if (input.words.length < 2) return [];
    const s = new Sentence(input);
    const taken = new Uint8Array(input.words.length);
    const out: GrammarProblem[] = [];
    for (const [name, rule] of RULES) {
        if (!enabled[name]) continue;
        for (const p of rule(s)) {
            let free = true;
            for (let k = p.first; k <= p.last; k++) if (taken[k]) free = false;
            if (!free) continue;
            for (let k = p.first; k <= p.last; k++) taken[k] = 1;
            out.push(p);
        }
    }
    return out.sort((a, b) => a.first - b.first);
}
