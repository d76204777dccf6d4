// `npm run eval:proofread`: node dist/test-out/test/eval/main.js [--data DIR] [--pairs FILE]
// [--typos FILE] [--lexicon DIR]
// [--report FILE] [--examples N] [--model FILE.gguf | --endpoint URL [--openai-model NAME]]
// [--limit N] [--synth N] [--synth-misses] [--grammar FILE] [--grammar-only] [--real-typos FILE] [--real-typos-only] [--web-words]. Run from the repository root. Defaults: ../shared/data
// (its nbnn-dev.tsv and typos-dev.tsv; --pairs and --typos take held-out files instead), the lexicon
// loadLexicon() finds (.cache/lexicon), .cache/eval/proofread.json. With a model (or a model
// server), the model layer is scored too, on N injected errors and N clean sentences per
// standard, spread over the files (default 300: all of them). `--synth N`: N more injected
// spelling errors per type made from the clean sentences (default 300; 0: none). `--cold` is the child process
// the run starts to time a cold start. `--web-words`: only the compounds of Tesseract's Norwegian
// web word list the speller questions (test/eval/webWords.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { checkEngine } from "../../language-server/src/cliCheck";
import { DictionaryLayers } from "../../language-server/src/proofreading/dictionaryLayers";
import { evalGrammar, formatGrammar } from "./grammar";
import { cleanSlipCounts, evalLayers, formatInjected, formatLayers, writeLayersReport } from "./layers";
import { formatSlips } from "./cleanSlips";
import { synthTypos } from "./synthTypos";
import { evalModelLayer, formatModelLayer } from "./modelLayer";
import { cleanAlarms, evalRealTypos, formatCleanAlarms, formatRealTypos, readRealTypos } from "./realTypos";
import { coldStart, readTsv, runEval } from "./proofread";
import { evalWebWords, formatWebWords, readWebWords } from "./webWords";

function arg(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

const repo = process.cwd();
const dataDir = arg("--data") ?? process.env.SKRIVEHJELP_DATA ?? path.join(repo, "..", "shared", "data");
const pairsFile = arg("--pairs") ?? path.join(dataDir, "nbnn-dev.tsv");
const typosFile = arg("--typos") ?? path.join(dataDir, "typos-dev.tsv");
for (const f of process.argv.includes("--cold") ? [pairsFile] : [pairsFile, typosFile]) {
    if (!fs.existsSync(f)) {
        console.error(`eval:proofread: ${f} does not exist (--data DIR, or --pairs FILE and --typos FILE)`);
        process.exit(2);
    }
}
if (process.argv.includes("--cold")) {
    // the child of the main run: a fresh process that loads and checks a 10,000-word document
    console.log(JSON.stringify(coldStart(pairsFile, arg("--lexicon"))));
} else if (process.argv.includes("--real-typos-only")) {
    // the real typos and what the same build costs on clean text (standard given): a quick
    // before/after of a speller change; every miss and every alarm in the JSON files, to diff
    const layers = new DictionaryLayers((level, message) => level === "error" && console.error(message)).layers();
    scoreRealTypos(layers, path.join(repo, ".cache", "eval", "proofread-real-typos.json"));
    const pairs = readTsv(pairsFile);
    const clean = cleanAlarms(pairs, layers);
    console.log("\n" + formatCleanAlarms(clean));
    console.log(formatSlips(cleanSlipCounts(pairs, layers)));
    const out = path.join(repo, ".cache", "eval", "proofread-clean-alarms.json");
    fs.writeFileSync(out, JSON.stringify(clean, null, 2) + "\n");
    console.log(`(every alarm: ${path.relative(repo, out)})`);
} else if (process.argv.includes("--web-words")) {
    const speller = new DictionaryLayers((level, message) => level === "error" && console.error(message)).layers().speller;
    const words = readWebWords();
    if (typeof words === "string" || !speller) {
        console.error(`eval:proofread --web-words: ${typeof words === "string" ? words : "no lexicon (.cache/lexicon)"}`);
        process.exit(2);
    }
    const report = evalWebWords(words, speller);
    console.log(formatWebWords(report));
    const out = path.join(repo, ".cache", "eval", "web-words.tsv");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, report.flags.join("\n") + "\n");
    console.log(`(every flagged word, its first suggestion and rule: ${path.relative(repo, out)})`);
} else if (process.argv.includes("--grammar-only")) {
    scoreGrammar(new DictionaryLayers((level, message) => level === "error" && console.error(message)).layers(), readTsv(pairsFile));
} else {
    console.log("== The speller alone: why words are flagged ==\n");
    const reportFile = arg("--report") ?? path.join(repo, ".cache", "eval", "proofread.json");
    runEval({ pairsFile, typosFile, lexiconDir: arg("--lexicon"), reportFile, examples: Number(arg("--examples") ?? 12) });
    const layers = new DictionaryLayers((level, message) => level === "error" && console.error(message)).layers();
    const pairs = readTsv(pairsFile);
    const typos = readTsv(typosFile);
    const report = evalLayers(pairs, typos, layers);
    console.log("\n" + formatLayers(report));
    writeLayersReport(reportFile.replace(/\.json$/, "") + "-layers.json", report);
    scoreGrammar(layers, pairs);
    scoreRealTypos(layers, reportFile.replace(/\.json$/, "") + "-real-typos.json");
    // the same kinds of error, many more of them: judge a change by kinds, not by typos-dev's rows
    const perType = Number(arg("--synth") ?? 300);
    if (perType > 0) {
        const synth = evalLayers([], synthTypos(pairs, perType), layers);
        console.log(
            "\n" + formatInjected(`${perType} per type made from nbnn-dev's clean sentences, test/eval/synthTypos.ts`, synth.injected),
        );
        if (process.argv.includes("--synth-misses")) for (const m of synth.misses) console.log(`- ${m}`);
    }
    const model = arg("--model");
    const endpoint = arg("--endpoint");
    if (model || endpoint) void scoreModelLayer(layers, pairs, typos, reportFile.replace(/\.json$/, "") + "-model.json", model, endpoint);
}

type Rows = ReturnType<typeof readTsv>;

/** Real Bokmål typos (real-typos-nb-dev.tsv, or --real-typos FILE) in a carrier sentence: test/eval/realTypos.ts. */
function scoreRealTypos(layers: ReturnType<DictionaryLayers["layers"]>, out: string): void {
    const file = arg("--real-typos") ?? path.join(dataDir, "real-typos-nb-dev.tsv");
    if (!fs.existsSync(file)) {
        console.log(`\n(no ${file}: real typos are not scored)`);
        return;
    }
    const report = evalRealTypos(readRealTypos(file), layers);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    console.log("\n" + formatRealTypos(report, path.basename(file)));
    fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
    console.log(`(every miss: ${path.relative(repo, out)})`);
}

/** The grammar layer on grammar-dev.tsv (or --grammar FILE) and its false alarms on the clean pairs. */
function scoreGrammar(layers: ReturnType<DictionaryLayers["layers"]>, pairs: Rows): void {
    const file = arg("--grammar") ?? path.join(dataDir, "grammar-dev.tsv");
    if (!fs.existsSync(file)) {
        console.log(`\n(no ${file}: the grammar layer is not scored)`);
        return;
    }
    const report = evalGrammar(readTsv(file), pairs, layers);
    console.log("\n" + formatGrammar(report));
    const out = path.join(repo, ".cache", "eval", "proofread-grammar.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
    console.log(`(misses and every false alarm: ${path.relative(repo, out)})`);
}

async function scoreModelLayer(
    layers: ReturnType<DictionaryLayers["layers"]>,
    pairs: Rows,
    typos: Rows,
    reportFile: string,
    model: string | undefined,
    endpoint: string | undefined,
): Promise<void> {
    const engine = checkEngine(
        { model, endpoint, openaiModel: arg("--openai-model"), threads: arg("--threads") },
        path.join(repo, "dist", "server.js"),
    );
    if (typeof engine === "string") {
        console.error(engine);
        process.exit(2);
    }
    try {
        const limit = Number(arg("--limit") ?? 300);
        const report = await evalModelLayer(pairs, typos, layers, engine.generate, limit, (done, total) => {
            if (done % 10 === 0 || done === total) process.stderr.write(`model layer: ${done} of ${total} sentences\r`);
        });
        console.log("\n" + formatModelLayer(report, model ? path.basename(model) : endpoint!));
        fs.writeFileSync(reportFile, JSON.stringify(report, null, 2) + "\n");
    } catch (e) {
        console.error(`the model layer could not run: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 2;
    } finally {
        engine.dispose();
    }
}
