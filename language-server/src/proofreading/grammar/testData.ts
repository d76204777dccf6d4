// For the rules' unit tests: the real word data (the rules are about Norwegian, not about a
// fixture), and a one-call check of a sentence.
import * as path from "node:path";
import { readConvertTable } from "../../convert/rules/table";
import { extractProse, words } from "../../text";
import { findDataDir } from "../../dataDir";
import type { Variety } from "../../protocol/writtenStandard";
import { loadLexicon } from "../../lexicon/lexicon";
import { loadMalform } from "../malform/malform";
import { checkGrammar, GrammarData, type GrammarProblem, type GrammarRule } from "./index";

let data: GrammarData | undefined;

export function grammarData(): GrammarData {
    if (data) return data;
    const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
    if (!dir) throw new Error("no compiled word readings: run `bash scripts/convert/build.sh` (writes .cache/convert/)");
    const malformDir = findDataDir("malform", "malform.bin", process.env.SKRIVEHJELP_MALFORM_DIR);
    if (!malformDir) throw new Error("no compiled målform data: run `bash scripts/malform/build.sh` (writes .cache/malform/)");
    const malform = loadMalform(malformDir);
    data = new GrammarData(readConvertTable(path.join(dir, "convert.bin")), loadLexicon(), (form, variety) =>
        malform.isInfinitive(form, variety),
    );
    return data;
}

const ALL: Record<GrammarRule, boolean> = { saerskriving: true, ogAa: true, verbForm: true, gender: true, deDem: true };

/** The problems of one sentence (plain text), as "covered text → first suggestion". */
export function problems(text: string, variety: Variety, only?: GrammarRule, infinitive: "a" | "e" = "a"): string[] {
    return found(text, variety, only, infinitive).map((p) => p.text + " → " + p.problem.suggestions[0]);
}

export function found(
    text: string,
    variety: Variety,
    only?: GrammarRule,
    infinitive: "a" | "e" = "a",
): { text: string; problem: GrammarProblem }[] {
    const out: { text: string; problem: GrammarProblem }[] = [];
    for (const block of extractProse(text, "plaintext")) {
        const ws = words(block);
        const gaps = ws.map((w, i) => (i === 0 ? "" : text.slice(ws[i - 1].end, w.start)));
        const enabled: Record<GrammarRule, boolean> = only
            ? { saerskriving: false, ogAa: false, verbForm: false, gender: false, deDem: false, [only]: true }
            : ALL;
        for (const p of checkGrammar({ words: ws, gaps, variety, infinitive, data: grammarData() }, enabled))
            out.push({ text: text.slice(ws[p.first].start, ws[p.last].end), problem: p });
    }
    return out;
}
