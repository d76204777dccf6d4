// `skrivehjelp convert`: Bokmål ↔ Nynorsk conversion of files on the command line, with the
// same engine, pieces and guards as the editor. Prints the result, or writes it back with
// --in-place. Pieces that fail their checks stay as they were and are listed on stderr as
// FILE:LINE: message.
//
// Exit status: 0 every piece converted, 1 some piece left unconverted or the engine failed,
// 2 usage error or unreadable file.
import * as fs from "node:fs";
import * as path from "node:path";
import { ConvertCancelled, convertDocument } from "./convert/converter";
import { convertEngineFor, detectorFor, preferencesFrom, styleCheckerFor } from "./convert/engineAdapter";
import { EngineSupervisor } from "./engine/supervisor";
import { loadOptionsFrom } from "./engine/loadOptions";
import { findDataDir } from "./proofreading/dataDir";
import { loadMalform, type Malform } from "./proofreading/malform/malform";
import { normalizeSettings } from "./protocol/settingsNormalize";
import { scanWords } from "./text/words";
import { modelArgument } from "./models/modelDir";

export const CONVERT_USAGE = `Usage: skrivehjelp convert --to nn|nb [--from nb|nn] [--model FILE.gguf] [--threads N] [--sequences N]
                           [--infinitive a|e] [--pronoun me|vi] [--in-place] FILE...
  --from      the files' written standard (default: detected per file)
  --infinitive, --pronoun  Nynorsk house style (as skrivehjelp.nynorsk.infinitive, skrivehjelp.convert.nynorsk.pronoun)
  --model     the GGUF model (default: $SKRIVEHJELP_MODEL)
  --in-place  write the result back to each file instead of printing it
Exit status: 0 every piece converted, 1 some piece left unconverted or the engine failed, 2 usage error.`;

class UsageError extends Error {}

interface Args {
    to: "nb" | "nn";
    from?: "nb" | "nn";
    model: string;
    threads?: string;
    sequences?: string;
    infinitive?: string;
    pronoun?: string;
    inPlace: boolean;
    files: string[];
}

function parseArgs(argv: string[]): Args {
    const valued = new Set(["--to", "--from", "--model", "--threads", "--sequences", "--infinitive", "--pronoun"]);
    const flags = new Map<string, string>();
    const files: string[] = [];
    let inPlace = false;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (valued.has(a)) {
            const v = argv[++i];
            if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
            flags.set(a, v);
        } else if (a === "--in-place") inPlace = true;
        else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
        else files.push(a);
    }
    const to = flags.get("--to");
    if (to !== "nb" && to !== "nn") throw new UsageError("--to must be nn or nb");
    const from = flags.get("--from");
    if (from !== undefined && from !== "nb" && from !== "nn") throw new UsageError("--from must be nb or nn");
    if (from === to) throw new UsageError("--from and --to are the same written standard");
    const model = flags.get("--model") ?? process.env.SKRIVEHJELP_MODEL ?? "";
    if (!model) throw new UsageError("convert needs --model FILE.gguf (or $SKRIVEHJELP_MODEL)");
    if (files.length === 0) throw new UsageError("convert needs at least one FILE");
    return { to, from, model, threads: flags.get("--threads"), sequences: flags.get("--sequences"), infinitive: flags.get("--infinitive"), pronoun: flags.get("--pronoun"), inPlace, files };
}

export async function runConvertCli(argv: string[], out = (s: string) => void process.stdout.write(s), err = (s: string) => void process.stderr.write(s)): Promise<number> {
    if (argv.includes("--help")) {
        out(`${CONVERT_USAGE}\n`);
        return 0;
    }
    let args: Args;
    try {
        args = parseArgs(argv);
    } catch (e) {
        if (e instanceof UsageError) {
            err(`skrivehjelp convert: ${e.message}\n\n${CONVERT_USAGE}\n`);
            return 2;
        }
        throw e;
    }
    const texts: string[] = [];
    for (const f of args.files) {
        try {
            texts.push(fs.readFileSync(f, "utf8"));
        } catch (e) {
            err(`skrivehjelp convert: cannot read ${f}: ${e instanceof Error ? e.message : String(e)}\n`);
            return 2;
        }
    }
    const { settings, problems } = normalizeSettings({
        model: { path: modelArgument(args.model), threads: args.threads, sequences: args.sequences },
        nynorsk: { infinitive: args.infinitive },
        convert: { nynorsk: { pronoun: args.pronoun } },
    });
    if (problems.length) {
        err(`skrivehjelp convert: ${problems.map((p) => `${p.key.replace(/^skrivehjelp\.(model|nynorsk|convert\.nynorsk)\./, "--")} ${p.message}`).join("\n")}\n`);
        return 2;
    }
    const malformDir = findDataDir("malform", "malform.bin", process.env.SKRIVEHJELP_MALFORM_DIR);
    const malform: Malform | undefined = malformDir ? loadMalform(malformDir) : undefined;
    if (!malform) err("skrivehjelp convert: no compiled målform data; answers are not checked for the written standard\n");

    const engine = new EngineSupervisor({
        workerScript: path.join(__dirname, "server.js"),
        log: (level, message) => {
            if (level === "error" || process.env.SKRIVEHJELP_DEBUG) err(`${level}: ${message}\n`);
        },
    });
    engine.configure(loadOptionsFrom(settings));
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once("SIGINT", onSigint);
    let status = 0;
    try {
        const convertEngine = await convertEngineFor(engine, settings);
        for (let i = 0; i < args.files.length; i++) {
            const file = args.files[i];
            const text = texts[i];
            const from = args.from ?? detectFrom(text, malform, args.to);
            if (from === args.to) {
                err(`${file}: already in ${args.to === "nn" ? "Nynorsk" : "Bokmål"}; left as it is\n`);
                if (!args.inPlace) out(text);
                continue;
            }
            const r = await convertDocument(
                text,
                {
                    from,
                    to: args.to,
                    languageId: /\.(md|markdown|mdown|mkd)$/i.test(file) ? "markdown" : "plaintext",
                    preferences: preferencesFrom(settings),
                    detect: detectorFor(malform),
                    checkStyle: styleCheckerFor(malform, args.to, preferencesFrom(settings)),
                    signal: controller.signal,
                },
                convertEngine,
            );
            for (const w of r.warnings) err(`${file}:${w.startLine + 1}: ${w.message}\n`);
            err(`${file}: ${r.passed} of ${r.pieces} pieces converted\n`);
            if (r.warnings.some((w) => w.kind === "unconverted")) status = 1;
            if (args.inPlace) {
                if (r.text !== text) fs.writeFileSync(file, r.text);
            } else out(r.text);
        }
        return status;
    } catch (e) {
        if (e instanceof ConvertCancelled) err("skrivehjelp convert: cancelled\n");
        else err(`skrivehjelp convert: ${e instanceof Error ? e.message : String(e)}\n`);
        return 1;
    } finally {
        process.off("SIGINT", onSigint);
        engine.dispose();
    }
}

/** The file's own standard when the målform layer can tell; else the other one than `to`. */
function detectFrom(text: string, malform: Malform | undefined, to: "nb" | "nn"): "nb" | "nn" {
    const d = malform?.detectVariety(scanWords(text));
    if (d?.variety && d.confidence >= 0.9) return d.variety;
    return to === "nn" ? "nb" : "nn";
}
