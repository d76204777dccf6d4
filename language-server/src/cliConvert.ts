// `skrivehjelp convert`: Bokmål ↔ Nynorsk conversion of files on the command line, with the
// same engines, pieces and guards as the editor. Without a model the rule converter does it
// (instant); with --model or --endpoint the model post-edits the rules' draft (hybrid), or
// converts alone with --engine model. Prints the result, or writes it back with --in-place.
// Pieces that fail their checks stay as they were and are listed on stderr as FILE:LINE: message.
//
// Exit status: 0 every piece converted, 1 some piece left unconverted or the engine failed,
// 2 usage error or unreadable file.
import * as fs from "node:fs";
import * as path from "node:path";
import { ConvertCancelled, convertDocument } from "./convert/converter";
import { convertContextFor, convertSetupFor } from "./convert/engineAdapter";
import { EngineSelector } from "./engine/engineSelector";
import { DictionaryLayers } from "./proofreading/dictionaryLayers";
import type { ConvertEngineSetting } from "./protocol/convert";
import { normalizeSettings } from "./protocol/settingsNormalize";
import { otherVariety, type Variety } from "./protocol/writtenStandard";
import { proseVariety } from "./proofreading/malform/proseVariety";
import { modelArgument } from "./models/modelDir";

export const CONVERT_USAGE = `Usage: skrivehjelp convert --to nn|nb [--from nb|nn] [--engine auto|rules|model|hybrid]
                           [--model FILE.gguf | --endpoint URL [--openai-model NAME]] [--threads N] [--sequences N]
                           [--infinitive a|e] [--pronoun me|vi] [--in-place] FILE...
  --from      the files' written standard (default: detected per file)
  --engine    rules: the built-in rule converter, no model; model: the model alone; hybrid: the model
              corrects the rules' draft; auto (default): hybrid with a model, else rules
  --model     the GGUF model (default: $SKRIVEHJELP_MODEL); --endpoint an OpenAI-compatible server
              (API key from $SKRIVEHJELP_OPENAI_API_KEY)
  --infinitive, --pronoun  Nynorsk house style (as skrivehjelp.nynorsk.infinitive, skrivehjelp.convert.nynorsk.pronoun)
  --in-place  write the result back to each file instead of printing it
Exit status: 0 every piece converted, 1 some piece left unconverted or the engine failed, 2 usage error.`;

class UsageError extends Error {}

interface Args {
    to: Variety;
    from?: Variety;
    engine: ConvertEngineSetting;
    model: string;
    endpoint?: string;
    openaiModel?: string;
    threads?: string;
    sequences?: string;
    infinitive?: string;
    pronoun?: string;
    inPlace: boolean;
    files: string[];
}

function parseArgs(argv: string[]): Args {
    const valued = new Set([
        "--to",
        "--from",
        "--engine",
        "--model",
        "--endpoint",
        "--openai-model",
        "--threads",
        "--sequences",
        "--infinitive",
        "--pronoun",
    ]);
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
    const engine = (flags.get("--engine") ?? "auto") as ConvertEngineSetting;
    if (!["auto", "rules", "model", "hybrid"].includes(engine)) throw new UsageError("--engine must be auto, rules, model or hybrid");
    const endpoint = flags.get("--endpoint");
    const model = flags.get("--model") ?? process.env.SKRIVEHJELP_MODEL ?? "";
    if (model && endpoint !== undefined) throw new UsageError("give --model or --endpoint, not both");
    if ((engine === "model" || engine === "hybrid") && !model && !endpoint)
        throw new UsageError(`--engine ${engine} needs --model FILE.gguf (or $SKRIVEHJELP_MODEL) or --endpoint URL`);
    if (files.length === 0) throw new UsageError("convert needs at least one FILE");
    return {
        to,
        from,
        engine,
        model: engine === "rules" ? "" : model,
        endpoint: engine === "rules" ? undefined : endpoint,
        openaiModel: flags.get("--openai-model"),
        threads: flags.get("--threads"),
        sequences: flags.get("--sequences"),
        infinitive: flags.get("--infinitive"),
        pronoun: flags.get("--pronoun"),
        inPlace,
        files,
    };
}

export async function runConvertCli(
    argv: string[],
    out = (s: string) => void process.stdout.write(s),
    err = (s: string) => void process.stderr.write(s),
): Promise<number> {
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
        model: { path: args.model ? modelArgument(args.model) : "", threads: args.threads, sequences: args.sequences },
        ...(args.endpoint !== undefined ? { engine: "openai", openai: { endpoint: args.endpoint, model: args.openaiModel ?? "" } } : {}),
        nynorsk: { infinitive: args.infinitive },
        convert: { engine: args.engine, nynorsk: { pronoun: args.pronoun } },
    });
    if (problems.length) {
        err(
            `skrivehjelp convert: ${problems.map((p) => `${p.key.replace(/^skrivehjelp\.(model|nynorsk|convert\.nynorsk|openai)\./, "--")} ${p.message}`).join("\n")}\n`,
        );
        return 2;
    }
    const debug = (level: string, message: string) => {
        if (level === "error" || process.env.SKRIVEHJELP_DEBUG) err(`${level}: ${message}\n`);
    };
    const layers = new DictionaryLayers((level, message) => debug(level, message)).layers();
    const malform = layers.malform;
    if (!malform) err("skrivehjelp convert: no compiled målform data; answers are not checked for the written standard\n");

    const engine = new EngineSelector({ workerScript: path.join(__dirname, "server.js"), log: debug });
    engine.setApiKey(process.env.SKRIVEHJELP_OPENAI_API_KEY);
    engine.configure(settings);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once("SIGINT", onSigint);
    let status = 0;
    try {
        // auto with a model that cannot load falls back to the rules and says why
        const setup = await convertSetupFor(settings.convert.engine, engine, settings, (_, message) => err(`skrivehjelp ${message}\n`));
        for (let i = 0; i < args.files.length; i++) {
            const file = args.files[i];
            const text = texts[i];
            const from = args.from ?? (malform && proseVariety(malform, text, languageIdOf(file))) ?? otherVariety(args.to);
            if (from === args.to) {
                err(`${file}: already in ${args.to === "nn" ? "Nynorsk" : "Bokmål"}; left as it is\n`);
                if (!args.inPlace) out(text);
                continue;
            }
            const r = await convertDocument(
                text,
                {
                    mode: setup.mode,
                    rules: setup.rules,
                    from,
                    to: args.to,
                    languageId: languageIdOf(file),
                    context: convertContextFor(settings, layers, args.to),
                    signal: controller.signal,
                },
                setup.engine,
            );
            for (const w of r.warnings) err(`${file}:${w.startLine + 1}: ${w.message}\n`);
            err(`${file}: ${summary(r)}\n`);
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

/** One line on what happened to a file: pieces, engine, words kept as written, blocks left alone. */
function summary(r: Awaited<ReturnType<typeof convertDocument>>): string {
    if (r.nothing === "noProse") return "nothing to convert (no prose)";
    if (r.nothing === "alreadyTarget") return "already in the target standard; left as it is";
    if (r.nothing === "notSource") return "not in the source standard; left as it is";
    const parts = [`${r.passed} of ${r.pieces} pieces converted (${r.mode})`];
    if (r.unknown.length)
        parts.push(`${r.unknown.length} words not recognised, kept as written: ${[...new Set(r.unknown)].slice(0, 20).join(", ")}`);
    const skipped = r.skippedBlocks.target + r.skippedBlocks.foreign;
    if (skipped)
        parts.push(
            skipped === 1
                ? "1 paragraph not in the source standard left as it is"
                : `${skipped} paragraphs not in the source standard left as they are`,
        );
    return parts.join("; ");
}

function languageIdOf(file: string): string {
    return /\.(md|markdown|mdown|mkd)$/i.test(file) ? "markdown" : "plaintext";
}
