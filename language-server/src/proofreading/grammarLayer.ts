// The grammar layer's part of a block's problems (grammar/): the block's words with what stands
// between them go to the rules; their findings become problems beside spelling and målform.
import { DiagnosticSeverity } from "vscode-languageserver-types";
import type { GrammarChecks } from "../protocol/settings";
import type { Word } from "../text";
import type { Variety } from "../protocol/writtenStandard";
import { checkGrammar, type GrammarData, type GrammarRule } from "./grammar";
import { texts } from "./messages";
import type { BlockProblem } from "./proofreader";

export interface GrammarBlock {
    doc: string;
    /** How far the block has moved since its words were taken. */
    shift: number;
    /** The block's start when its words were taken: problems are relative to it. */
    at: number;
    words: readonly Word[];
}

/** What the rules run with: the block's standard and infinitive, the rule families on, their data. */
export interface GrammarRun {
    variety: Variety;
    infinitive: "a" | "e";
    checks: GrammarChecks;
    data: GrammarData;
    /** Texts ignored in the document: no problem is made over them. */
    ignored: ReadonlySet<string>;
}

/** Whether any rule family is on. */
export function grammarOn(checks: GrammarChecks): boolean {
    return checks.saerskriving || checks.ogAa || checks.verbForm || checks.gender || checks.deDem;
}

/**
 * `found` (the block's spelling and målform problems) merged with the grammar layer's, in order.
 * A misspelt word is the speller's (and a word of the other standard the målform layer's), except
 * where two words make a compound the lexicon knows ("gjen opprettes", "klokke slettet"): then the
 * one særskriving problem replaces theirs over either part, since the joined word is the fix.
 */
export function withGrammar(block: GrammarBlock, run: GrammarRun, found: BlockProblem[]): BlockProblem[] {
    const { doc, shift, at, words } = block;
    const { variety, infinitive, checks, data, ignored } = run;
    const gaps = words.map((w, i) => (i === 0 ? "" : doc.slice(words[i - 1].end + shift, w.start + shift)));
    const problems = checkGrammar({ words, gaps, variety, infinitive, data }, checks);
    if (!problems.length) return found;
    const t = texts(variety);
    let out = found;
    const added: BlockProblem[] = [];
    for (const p of problems) {
        const first = words[p.first];
        const last = words[p.last];
        const text = doc.slice(first.start + shift, last.end + shift);
        // markup inside ("**fil** navn") would be lost by the replacement: leave such text alone
        let plain = first.text;
        for (let k = p.first + 1; k <= p.last; k++) plain += gaps[k] + words[k].text;
        if (text !== plain || ignored.has(text)) continue;
        const start = first.start - at;
        const end = last.end - at;
        const overlapping = out.filter((o) => o.start < end && start < o.end);
        if (overlapping.length) {
            if (p.rule !== "saerskriving") continue;
            out = out.filter((o) => !overlapping.includes(o));
        }
        const suggestions = p.suggestions;
        added.push({
            start,
            end,
            text,
            code: "grammar",
            rule: p.rule satisfies GrammarRule,
            severity: p.sure ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
            message: t.grammar[p.reason](p),
            suggestions,
            suggest: () => suggestions,
        });
    }
    if (!added.length) return out;
    return [...out, ...added].sort((a, b) => a.start - b.start);
}
