// `npm run eval:proofread`: node dist/test-out/test/eval/main.js [--data DIR] [--lexicon DIR]
// [--report FILE] [--examples N]. Run from the repository root. Defaults: ../shared/data,
// the lexicon loadLexicon() finds (.cache/lexicon), .cache/eval/proofread.json.
// `--cold` is the child process the run starts to time a cold start.
import * as path from "node:path";
import { DictionaryLayers } from "../../language-server/src/proofreading/dictionaryLayers";
import { evalLayers, formatLayers, writeLayersReport } from "./layers";
import { coldStart, readTsv, runEval } from "./proofread";

function arg(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

const repo = process.cwd();
const dataDir = arg("--data") ?? process.env.SKRIVEHJELP_DATA ?? path.join(repo, "..", "shared", "data");
if (process.argv.includes("--cold")) {
    // the child of the main run: a fresh process that loads and checks a 10,000-word document
    console.log(JSON.stringify(coldStart(dataDir, arg("--lexicon"))));
} else {
    console.log("== The speller alone: why words are flagged ==\n");
    const reportFile = arg("--report") ?? path.join(repo, ".cache", "eval", "proofread.json");
    runEval({ dataDir, lexiconDir: arg("--lexicon"), reportFile, examples: Number(arg("--examples") ?? 12) });
    const layers = new DictionaryLayers((level, message) => level === "error" && console.error(message)).layers();
    const report = evalLayers(readTsv(path.join(dataDir, "nbnn-dev.tsv")), readTsv(path.join(dataDir, "typos-dev.tsv")), layers);
    console.log("\n" + formatLayers(report));
    writeLayersReport(reportFile.replace(/\.json$/, "") + "-layers.json", report);
}
