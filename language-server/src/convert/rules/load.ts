// Finds and loads the converter's compiled tables once per process: the VSIX ships them as
// dist/convert/convert.bin, a checkout builds them into .cache/convert (scripts/convert/build.sh).
// The grammar layer reads the same table at start-up, the rule engine on the first conversion:
// both get this one copy (11.6 MB read once, not twice).
import * as path from "node:path";
import { findDataDir } from "../../dataDir";
import { TableRuleEngine } from "./engine";
import { readLearnt } from "./learnt";
import { type ConvertTable, readConvertTable } from "./table";

let loaded: { table: ConvertTable; dir: string } | undefined;
let failure: string | undefined;
let engine: TableRuleEngine | undefined;

function load(): { table: ConvertTable; dir: string } | undefined {
    if (loaded || failure) return loaded;
    const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
    if (!dir) {
        failure =
            "The conversion tables (convert/convert.bin) are missing: reinstall Skrivehjelp, or run `bash scripts/convert/build.sh` in a checkout.";
        return undefined;
    }
    try {
        loaded = { table: readConvertTable(path.join(dir, "convert.bin")), dir };
    } catch (e) {
        failure = `The conversion tables in ${dir} cannot be read (${e instanceof Error ? e.message : String(e)}): reinstall Skrivehjelp.`;
    }
    return loaded;
}

/** The compiled tables, loaded on first use; undefined when missing or broken (see ruleEngineProblem). */
export function convertTable(): ConvertTable | undefined {
    return load()?.table;
}

/** The rule engine (the tables and the learnt choices beside them); undefined when the tables are missing or broken. */
export function ruleEngine(): TableRuleEngine | undefined {
    const l = load();
    if (l) engine ??= new TableRuleEngine(l.table, readLearnt(path.join(l.dir, "learnt.tsv")));
    return engine;
}

/** Why convertTable() and ruleEngine() gave nothing, for the user. */
export function ruleEngineProblem(): string | undefined {
    return failure;
}
