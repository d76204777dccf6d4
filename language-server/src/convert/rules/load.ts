// Finds and loads the converter's compiled tables once, on the first conversion: the VSIX ships
// them as dist/convert/convert.bin, a checkout builds them into .cache/convert
// (scripts/convert/build.sh).
import * as path from "node:path";
import { findDataDir } from "../../proofreading/dataDir";
import { TableRuleEngine } from "./engine";
import { readLearnt } from "./learnt";
import { readConvertTable } from "./table";

let cached: TableRuleEngine | undefined;
let failure: string | undefined;

/** The rule engine, loaded on first use; undefined when its data is missing or broken (see ruleEngineProblem). */
export function ruleEngine(): TableRuleEngine | undefined {
    if (cached || failure) return cached;
    const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
    if (!dir) {
        failure = "The conversion tables (convert/convert.bin) are missing: reinstall Skrivehjelp, or run `bash scripts/convert/build.sh` in a checkout.";
        return undefined;
    }
    try {
        cached = new TableRuleEngine(readConvertTable(path.join(dir, "convert.bin")), readLearnt(path.join(dir, "learnt.tsv")));
    } catch (e) {
        failure = `The conversion tables in ${dir} cannot be read (${e instanceof Error ? e.message : String(e)}): reinstall Skrivehjelp.`;
    }
    return cached;
}

/** Why ruleEngine() gave nothing, for the user. */
export function ruleEngineProblem(): string | undefined {
    return failure;
}
