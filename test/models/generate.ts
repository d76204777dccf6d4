// Generates the test and benchmark models into <repo>/.cache/models.
//
//   node dist/test-out/test/models/generate.js [--all|--tiny|--bench|--broken|--answer] [--force]
//
// --tiny    tiny.gguf (default)            --bench   nb-llama-1b-shape.gguf (~700 MB)
// --broken  broken/*.gguf                  --all     all of them
// --answer  answer-nn-nb.gguf and answer-proofread-nn.gguf (weights set to answer one
//           conversion / one proofreading question, answerModel.ts)
// --force   regenerate even files that are up to date

import * as fs from "node:fs";
import * as path from "node:path";
import { ensureAnswerModel, ensureProofreadAnswerModel } from "./answerModel";
import {
    ensureBrokenModels,
    ensureNbLlama1bShapeModel,
    ensureTinyModel,
    modelsDir,
    type EnsureOptions,
    type GeneratedFile,
} from "./models";

const USAGE = "usage: generate.js [--all|--tiny|--bench|--broken|--answer] [--force]";

async function main(argv: readonly string[]): Promise<number> {
    const known = new Set(["--all", "--tiny", "--bench", "--broken", "--answer", "--force", "--help", "-h"]);
    const unknown = argv.filter((a) => !known.has(a));
    if (unknown.length > 0 || argv.includes("--help") || argv.includes("-h")) {
        console.error(unknown.length > 0 ? `unknown argument ${unknown[0]}\n${USAGE}` : USAGE);
        return unknown.length > 0 ? 2 : 0;
    }
    const all = argv.includes("--all");
    let tiny = all || argv.includes("--tiny");
    const bench = all || argv.includes("--bench");
    const broken = all || argv.includes("--broken");
    const answer = all || argv.includes("--answer");
    if (!tiny && !bench && !broken && !answer) tiny = true;

    const generated = new Set<string>();
    const options: EnsureOptions = {
        force: argv.includes("--force"),
        onGenerated: (f: GeneratedFile) => {
            generated.add(f.path);
            report(f.path, f.bytes, `${f.seconds.toFixed(2)} s`);
        },
    };
    const upToDate = (file: string): void => {
        if (!generated.has(file)) report(file, fs.statSync(file).size, "up to date");
    };

    console.log(`models in ${modelsDir()}`);
    if (tiny) upToDate(await ensureTinyModel(options));
    if (answer) {
        upToDate(await ensureAnswerModel(options));
        upToDate(await ensureProofreadAnswerModel(options));
    }
    if (broken) Object.values(await ensureBrokenModels(options)).forEach(upToDate);
    if (bench) upToDate(await ensureNbLlama1bShapeModel(options));
    return 0;
}

function report(file: string, bytes: number, what: string): void {
    const size = bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${bytes} B`;
    console.log(`${path.relative(process.cwd(), file) || file}  ${size}  ${what}`);
}

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (e: unknown) => {
        console.error(e instanceof Error ? (e.stack ?? e.message) : e);
        process.exitCode = 1;
    },
);
