// `npm run eval:convert -- [--model FILE.gguf] [--limit N] [--threads N] [--sequences N]
// [--data DIR] [--pairs FILE] [--report FILE]`: Bokmål ↔ Nynorsk conversion of ../shared/data/nbnn-dev.tsv in
// both directions, scored with chrF and BLEU against the human references, beside identity (the
// input unchanged) and Apertium (Debian's apertium-nno-nob, when installed). The model runs
// through the same pieces and guards as the editor (the sentences become one plain-text document,
// a blank line between them), so a sentence whose piece failed the guards counts unconverted.
// Run from the repository root. Without --model only the baselines are scored. `--pairs FILE`
// scores another file of the same columns instead, e.g. test/eval/convert/prose-pairs.tsv, prose
// we wrote ourselves: text unlike the dev pairs' software strings, where "rules as shipped" is the
// figure to read (its learnt choices come from the dev pairs, none of which are in that file).
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { convertDocument } from "../../../language-server/src/convert/converter";
import { convertEngineFor, detectorFor, preferencesFrom } from "../../../language-server/src/convert/engineAdapter";
import { loadOptionsFrom } from "../../../language-server/src/engine/loadOptions";
import { EngineSupervisor } from "../../../language-server/src/engine/supervisor";
import { findDataDir } from "../../../language-server/src/dataDir";
import { loadMalform } from "../../../language-server/src/proofreading/malform/malform";
import { normalizeSettings } from "../../../language-server/src/protocol/settingsNormalize";
import { ruleEngine } from "../../../language-server/src/convert/rules/load";
import { explain } from "./explain";
import { selfCheck } from "./selfCheck";
import { rulesRows } from "./rules";
import { bleu, chrF } from "./metrics";

export type Dir = "nb→nn" | "nn→nb";
export interface Row {
    direction: Dir;
    system: string;
    chrF: number;
    bleu: number;
    wordsPerSecond?: number;
    pieces?: number;
    passed?: number;
}

function arg(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

const repo = process.cwd();
const dataDir = arg("--data") ?? process.env.SKRIVEHJELP_DATA ?? path.join(repo, "..", "shared", "data");
const limit = arg("--limit") ? Number(arg("--limit")) : undefined;
if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    console.error("--limit must be a positive whole number");
    process.exit(2);
}
const model = arg("--model");
const pairsFile = arg("--pairs") ?? path.join(dataDir, "nbnn-dev.tsv");
const reportFile =
    arg("--report") ??
    path.join(repo, ".cache", "eval", arg("--pairs") ? `convert-${path.basename(pairsFile, ".tsv")}.json` : "convert.json");

function readPairs(): { nb: string[]; nn: string[]; domains: string[] } {
    const lines = fs.readFileSync(pairsFile, "utf8").trim().split("\n");
    const header = lines[0].split("\t");
    const nbCol = header.indexOf("nb");
    const nnCol = header.indexOf("nn");
    const domainCol = header.indexOf("domain");
    const rows = lines.slice(1, limit !== undefined ? limit + 1 : undefined).map((l) => l.split("\t"));
    return {
        nb: rows.map((r) => r[nbCol]),
        nn: rows.map((r) => r[nnCol]),
        domains: rows.map((r) => (domainCol >= 0 ? r[domainCol] : "all")),
    };
}

function words(texts: readonly string[]): number {
    return texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}

/**
 * Apertium needs a blank line between segments, or it joins lines into one sentence. Its output
 * is kept in .cache/eval by a hash of the input (a rerun takes a minute less; --fresh-apertium
 * runs it again), with the words/s it measured.
 */
function apertium(pair: "nob-nno" | "nno-nob", texts: readonly string[]): { out: string[]; seconds: number } | undefined {
    const key = createHash("sha256")
        .update(pair + "\0" + texts.join("\n"))
        .digest("hex")
        .slice(0, 16);
    const cacheFile = path.join(repo, ".cache", "eval", `apertium-${pair}-${key}.json`);
    if (!process.argv.includes("--fresh-apertium") && fs.existsSync(cacheFile))
        return JSON.parse(fs.readFileSync(cacheFile, "utf8")) as { out: string[]; seconds: number };
    const r = runApertium(pair, texts);
    if (r) {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        fs.writeFileSync(cacheFile, JSON.stringify(r));
    }
    return r;
}

function runApertium(pair: "nob-nno" | "nno-nob", texts: readonly string[]): { out: string[]; seconds: number } | undefined {
    if (spawnSync("sh", ["-c", "command -v apertium"]).status !== 0) return undefined;
    // through files: fed on stdin from Node, the apertium script's text deformatter gets no input
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-apertium-"));
    const input = path.join(dir, "in.txt");
    const output = path.join(dir, "out.txt");
    fs.writeFileSync(input, texts.map((t) => t.replace(/\s+/g, " ")).join("\n\n") + "\n");
    const started = performance.now();
    execFileSync("apertium", ["-u", pair, input, output]);
    const raw = fs.readFileSync(output, "utf8");
    fs.rmSync(dir, { recursive: true, force: true });
    const out = raw.replace(/\n+$/, "").split(/\n\s*\n/);
    if (out.length !== texts.length) throw new Error(`apertium ${pair}: ${out.length} segments back for ${texts.length}`);
    return { out, seconds: (performance.now() - started) / 1000 };
}

async function withModel(texts: Record<Dir, string[]>): Promise<Row[]> {
    const { settings, problems } = normalizeSettings({
        model: { path: path.resolve(model!), threads: arg("--threads"), sequences: arg("--sequences") },
    });
    if (problems.length) throw new Error(problems.map((p) => `${p.key}: ${p.message}`).join("\n"));
    const engine = new EngineSupervisor({
        workerScript: path.join(repo, "dist", "server.js"),
        log: (level, message) => {
            if (level === "error" || process.env.SKRIVEHJELP_DEBUG) console.error(`${level}: ${message}`);
        },
    });
    engine.configure(loadOptionsFrom(settings));
    const malformDir = findDataDir("malform", "malform.bin", process.env.SKRIVEHJELP_MALFORM_DIR);
    const detect = detectorFor(malformDir ? loadMalform(malformDir) : undefined);
    const rows: Row[] = [];
    try {
        const convertEngine = await convertEngineFor(engine, settings);
        // the model alone, and hybrid: the model post-edits the rules' draft, a failing piece keeps the draft
        for (const mode of ["model", "hybrid"] as const)
            for (const direction of ["nb→nn", "nn→nb"] as const) {
                const [from, to] = direction === "nb→nn" ? (["nb", "nn"] as const) : (["nn", "nb"] as const);
                const source = texts[direction].map((t) => t.replace(/\s+/g, " ").trim() || "-");
                const started = performance.now();
                let lastReport = 0;
                const r = await convertDocument(
                    source.join("\n\n") + "\n",
                    {
                        from,
                        to,
                        languageId: "plaintext",
                        context: { preferences: preferencesFrom(settings), detect },
                        mode,
                        rules: ruleEngine(),
                        onProgress: (done, total) => {
                            if (performance.now() - lastReport > 10_000 || done === total) {
                                lastReport = performance.now();
                                process.stderr.write(`${mode} ${direction}: ${done}/${total} pieces\n`);
                            }
                        },
                    },
                    convertEngine,
                );
                const seconds = (performance.now() - started) / 1000;
                const out = r.text.replace(/\n$/, "").split("\n\n");
                if (out.length !== source.length) throw new Error(`${direction}: ${out.length} sentences back for ${source.length}`);
                const refs = direction === "nb→nn" ? texts["nn→nb"] : texts["nb→nn"];
                rows.push({
                    direction,
                    system: `${mode} (${path.basename(model!)})`,
                    chrF: chrF(out, refs),
                    bleu: bleu(out, refs),
                    wordsPerSecond: words(source) / seconds,
                    pieces: r.pieces,
                    passed: r.passed,
                });
            }
    } finally {
        engine.dispose();
    }
    return rows;
}

async function main(): Promise<void> {
    const ex = process.argv.indexOf("--explain");
    if (ex >= 0) {
        const from = process.argv[ex + 1];
        if ((from !== "nb" && from !== "nn") || !process.argv[ex + 2])
            throw new Error('--explain needs nb|nn and a sentence: --explain nb "Velg en fil"');
        explain(from, process.argv[ex + 2]);
        return;
    }
    // --self-check [--dump PREFIX] [--show N] [--keep DIR]: proofread our own output (selfCheck.ts)
    if (process.argv.includes("--self-check")) return selfCheck();
    const { nb, nn, domains } = readPairs();
    console.log(`${path.basename(pairsFile)}: ${nb.length} sentence pairs${limit !== undefined ? ` (--limit ${limit})` : ""}\n`);
    const rows: Row[] = [
        { direction: "nb→nn", system: "identity", chrF: chrF(nb, nn), bleu: bleu(nb, nn) },
        { direction: "nn→nb", system: "identity", chrF: chrF(nn, nb), bleu: bleu(nn, nb) },
    ];
    const toNn = apertium("nob-nno", nb);
    const toNb = apertium("nno-nob", nn);
    if (toNn && toNb) {
        rows.push({
            direction: "nb→nn",
            system: "Apertium nob-nno",
            chrF: chrF(toNn.out, nn),
            bleu: bleu(toNn.out, nn),
            wordsPerSecond: words(nb) / toNn.seconds,
        });
        rows.push({
            direction: "nn→nb",
            system: "Apertium nno-nob",
            chrF: chrF(toNb.out, nb),
            bleu: bleu(toNb.out, nb),
            wordsPerSecond: words(nn) / toNb.seconds,
        });
    } else console.log("(apertium is not installed: apt-get install apertium apertium-nno-nob for its baseline)\n");
    rows.push(
        ...rulesRows(
            { nb, nn, domains },
            {
                learnFile: arg("--learn"),
                dump: arg("--dump"),
                show: Number(arg("--show") ?? 0),
                oracle: process.argv.includes("--oracle"),
                differences: process.argv.includes("--differences"),
                preferences: arg("--possessive") === "after" ? { possessive: "after" } : {},
                apertium: toNn && toNb ? { "nb→nn": toNn.out, "nn→nb": toNb.out } : undefined,
            },
        ),
    );
    if (model) rows.push(...(await withModel({ "nb→nn": nb, "nn→nb": nn })));
    else console.log("(no --model: only the baselines)\n");

    const sorted = [...rows].sort((a, b) => a.direction.localeCompare(b.direction));
    console.log("| direction | system | chrF | BLEU | words/s | pieces passing the guards |");
    console.log("|---|---|---|---|---|---|");
    for (const r of sorted) {
        const passed =
            r.pieces !== undefined ? `${r.passed}/${r.pieces} (${r.pieces ? ((100 * r.passed!) / r.pieces).toFixed(0) : "–"} %)` : "";
        console.log(
            `| ${r.direction} | ${r.system} | ${r.chrF.toFixed(1)} | ${r.bleu.toFixed(1)} | ${r.wordsPerSecond !== undefined ? r.wordsPerSecond.toFixed(0) : ""} | ${passed} |`,
        );
    }
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.writeFileSync(reportFile, JSON.stringify({ pairs: nb.length, limit, model, rows }, null, 2) + "\n");
    console.log(`\nreport: ${path.relative(repo, reportFile)}`);
}

main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
});
