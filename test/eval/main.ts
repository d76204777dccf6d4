// `npm run eval:proofread`: node dist/test-out/test/eval/main.js [--data DIR] [--lexicon DIR]
// [--report FILE] [--examples N]. Run from the repository root. Defaults: ../shared/data,
// the lexicon loadLexicon() finds (.cache/lexicon), .cache/eval/proofread.json.
// `--cold` is the child process the run starts to time a cold start.
import * as path from "node:path";
import { coldStart, runEval } from "./proofread";

function arg(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

const repo = process.cwd();
const dataDir = arg("--data") ?? process.env.SKRIVEHJELP_DATA ?? path.join(repo, "..", "shared", "data");
if (process.argv.includes("--cold")) {
    // the child of the main run: a fresh process that loads and checks a 10,000-word document
    console.log(JSON.stringify(coldStart(dataDir, arg("--lexicon"))));
} else runEval({
    dataDir,
    lexiconDir: arg("--lexicon"),
    reportFile: arg("--report") ?? path.join(repo, ".cache", "eval", "proofread.json"),
    examples: Number(arg("--examples") ?? 12),
});
