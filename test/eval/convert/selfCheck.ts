// Proofreads the rule converter's own output: a check that needs no reference translation, so
// it finds what the converter leaves in the source standard or writes wrongly in outside text
// too ("hovedvindauget", "bånntekst", "eigendefinert"). Converts the dev sources (as shipped, or
// the held-out outputs of `main.js --dump`), runs the product's checker in the target standard
// over our output and over the human references, and prints the spelling and målform flags of
// each, then the flagged words of ours that the references do not have, commonest first.
//
//   node dist/test-out/test/eval/convert/main.js --self-check [--dump PREFIX] [--show N] [--keep DIR]
// (run from the repository root, after `node esbuild.js`; --dump reads PREFIX.nbnn.tsv and
// PREFIX.nnnb.tsv: source \t output \t reference)
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ruleEngine, ruleEngineProblem } from "../../../language-server/src/convert/rules/load";
import { DEFAULT_PREFERENCES } from "../../../language-server/src/convert/prompts";

function arg(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

const repo = process.cwd();
const dataDir = process.env.SKRIVEHJELP_DATA ?? path.join(repo, "..", "shared", "data");

/** Our output and the references, one sentence a line, per target standard. */
function outputs(dump: string | undefined): Record<"nn" | "nb", { ours: string[]; refs: string[] }> {
    if (dump) {
        const read = (file: string) => {
            const rows = fs
                .readFileSync(file, "utf8")
                .trimEnd()
                .split("\n")
                .map((l) => l.split("\t"));
            return { ours: rows.map((r) => r[1]), refs: rows.map((r) => r[2]) };
        };
        return { nn: read(`${dump}.nbnn.tsv`), nb: read(`${dump}.nnnb.tsv`) };
    }
    const engine = ruleEngine();
    if (!engine) throw new Error(ruleEngineProblem() ?? "no rule engine");
    const lines = fs.readFileSync(path.join(dataDir, "nbnn-dev.tsv"), "utf8").trim().split("\n");
    const header = lines[0].split("\t");
    const rows = lines.slice(1).map((l) => l.split("\t"));
    const col = (v: string) => rows.map((r) => r[header.indexOf(v)].replace(/\s+/g, " ").trim());
    const nb = col("nb");
    const nn = col("nn");
    const run = (src: string[], from: "nb" | "nn", to: "nb" | "nn") =>
        src.map((t) => engine.convertText(t, { from, to, preferences: DEFAULT_PREFERENCES }).text);
    return { nn: { ours: run(nb, "nb", "nn"), refs: nn }, nb: { ours: run(nn, "nn", "nb"), refs: nb } };
}

interface Diagnostic {
    code: string;
    data?: { text?: string };
}

/** The checker's spelling and målform flags on a file of sentences, by flagged text. */
function flags(dir: string, language: string, name: string, lines: readonly string[]): string[] {
    const file = path.join(dir, `${name}-${language}.txt`);
    fs.writeFileSync(file, lines.join("\n") + "\n");
    // the checker exits 1 when it finds problems: its output is what counts
    const out = spawnSync(
        process.execPath,
        [path.join(repo, "dist", "cli.js"), "check", "--language", language, "--no-model", "--format", "json", file],
        { maxBuffer: 1 << 28, encoding: "utf8" },
    ).stdout;
    fs.writeFileSync(file.replace(/\.txt$/, ".json"), out);
    const diagnostics = (JSON.parse(out) as { diagnostics: Diagnostic[] }).diagnostics;
    return diagnostics.filter((d) => d.code === "spelling" || d.code === "malform").map((d) => d.data?.text ?? "");
}

export function selfCheck(): void {
    const show = Number(arg("--show") ?? 40);
    const dir = arg("--keep") ?? fs.mkdtempSync(path.join(os.tmpdir(), "selfcheck-"));
    fs.mkdirSync(dir, { recursive: true });
    const all = outputs(arg("--dump"));
    for (const language of ["nn", "nb"] as const) {
        const ours = flags(dir, language, "ours", all[language].ours);
        const refs = flags(dir, language, "ref", all[language].refs);
        const inRefs = new Set(refs.map((t) => t.toLowerCase()));
        const extra = new Map<string, number>();
        for (const t of ours) if (!inRefs.has(t.toLowerCase())) extra.set(t, (extra.get(t) ?? 0) + 1);
        const extraCount = [...extra.values()].reduce((a, b) => a + b, 0);
        console.log(
            `into ${language}: spelling+målform flags on our output ${ours.length}, on the references ${refs.length}; ours not in the references ${extraCount}`,
        );
        const top = [...extra.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, show);
        console.log("  " + top.map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", "));
    }
    console.log(`(files in ${dir})`);
}
