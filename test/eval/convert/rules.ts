// The rule engine's rows of `npm run eval:convert`, each direction:
//  - "rules, no learnt choices": the lexicon and the rules alone;
//  - "rules, learnt choices (products held out)": for each product (libreoffice, gimp, kig …)
//    the word choices are learnt from the other products' pairs only (learn.ts), so no sentence
//    is scored with choices learnt from its own catalog: the figure to quote;
//  - "rules as shipped": with scripts/convert/learnt.tsv, which was learnt from all these pairs
//    (optimistic here; the held-out set tells the truth).
// `--learn FILE` writes the choices learnt from every pair (the shipped table).
import * as fs from "node:fs";
import type { TableRuleEngine } from "../../../language-server/src/convert/rules/engine";
import { ruleEngine, ruleEngineProblem } from "../../../language-server/src/convert/rules/load";
import { type ConvertPreferences, DEFAULT_PREFERENCES } from "../../../language-server/src/convert/prompts";
import type { Variety } from "../../../language-server/src/protocol/writtenStandard";
import { learn, type Pair, productOf, toChoices, toTsv } from "./learn";
import type { Dir, Row } from "./main";
import { bleu, chrF } from "./metrics";
import { oracle } from "./oracle";
import { differences, printDifferences } from "./differences";

export interface RulesEvalOptions {
    learnFile?: string;
    dump?: string;
    show?: number;
    oracle?: boolean;
    differences?: boolean;
    /** House-style settings to score with (`--possessive after`). */
    preferences?: Partial<ConvertPreferences>;
    /** Apertium's output per direction, for --oracle's "better of the two per sentence". */
    apertium?: Partial<Record<Dir, readonly string[]>>;
}

function words(texts: readonly string[]): number {
    return texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

export function rulesRows(data: { nb: string[]; nn: string[]; domains: string[] }, opts: RulesEvalOptions): Row[] {
    const shipped = ruleEngine();
    if (!shipped) throw new Error(ruleEngineProblem() ?? "no rule engine");
    const bare = shipped.withLearnt(undefined);
    const rows: Row[] = [];
    const learnt: string[] = [];
    for (const direction of ["nb→nn", "nn→nb"] as const) {
        const [from, to]: [Variety, Variety] = direction === "nb→nn" ? ["nb", "nn"] : ["nn", "nb"];
        const source = (from === "nb" ? data.nb : data.nn).map((t) => t.replace(/\s+/g, " ").trim());
        const refs = from === "nb" ? data.nn : data.nb;
        const run = (engine: TableRuleEngine, only?: (i: number) => boolean) =>
            source.map((t, i) =>
                only && !only(i)
                    ? ""
                    : engine.convertText(t, { from, to, preferences: { ...DEFAULT_PREFERENCES, ...opts.preferences } }).text,
            );

        const started = performance.now();
        const plain = run(bare);
        const seconds = (performance.now() - started) / 1000;
        rows.push(row(direction, "rules, no learnt choices", plain, refs, words(source) / seconds));

        // products held out: learn from the others, convert this one
        const products = [...new Set(data.domains.map(productOf))];
        const held = source.map(() => "");
        const pairs: Pair[] = source.map((s, i) => ({ domain: data.domains[i], source: s, reference: refs[i] }));
        for (const product of products) {
            const rowsLearnt = learn(
                bare,
                from,
                pairs.filter((p) => productOf(p.domain) !== product),
            );
            const engine = bare.withLearnt(toChoices(rowsLearnt));
            const out = run(engine, (i) => productOf(data.domains[i]) === product);
            out.forEach((o, i) => {
                if (productOf(data.domains[i]) === product) held[i] = o;
            });
        }
        rows.push(row(direction, `rules, learnt choices (${products.length} products held out in turn)`, held, refs));
        if (opts.differences) printDifferences(direction, differences(source, held, refs));
        if (opts.oracle) {
            console.log(`${direction}: oracle choice among the lexicon's forms: chrF ${oracle(bare, from, source, refs).toFixed(1)}`);
            const other = opts.apertium?.[direction];
            if (other)
                console.log(
                    `${direction}: the better of rules and Apertium, sentence by sentence: chrF ${betterOfTwo(held, other, refs).toFixed(1)}`,
                );
        }
        rows.push(row(direction, "rules as shipped (learnt from these pairs: optimistic)", run(shipped), refs));

        if (opts.learnFile)
            learnt.push(
                ...toTsv(learn(bare, from, pairs))
                    .split("\n")
                    .filter((l) => l && (learnt.length === 0 || !l.startsWith("#"))),
            );
        if (opts.dump)
            fs.writeFileSync(`${opts.dump}.${from}${to}.tsv`, source.map((s, i) => `${s}\t${held[i]}\t${refs[i]}`).join("\n") + "\n");
        for (let i = 0, shown = 0; i < source.length && shown < (opts.show ?? 0); i++) {
            if (held[i] === refs[i]) continue;
            shown++;
            console.log(`${direction}\n  src ${source[i]}\n  out ${held[i]}\n  ref ${refs[i]}`);
        }
    }
    if (opts.learnFile) {
        fs.writeFileSync(opts.learnFile, learnt.join("\n") + "\n");
        console.log(`learnt choices: ${learnt.length - 1} rows → ${opts.learnFile}\n`);
    }
    return rows;
}

/**
 * An upper bound for fixing what Apertium gets right and the rules do not: each sentence takes
 * whichever of the two outputs scores higher against its reference.
 */
function betterOfTwo(ours: readonly string[], other: readonly string[], refs: readonly string[]): number {
    const best = ours.map((o, i) => (chrF([other[i]], [refs[i]]) > chrF([o], [refs[i]]) ? other[i] : o));
    return chrF(best, refs);
}

function row(direction: Dir, system: string, out: string[], refs: string[], wordsPerSecond?: number): Row {
    return { direction, system, chrF: chrF(out, refs), bleu: bleu(out, refs), wordsPerSecond };
}
