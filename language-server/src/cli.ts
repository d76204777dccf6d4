// `skrivehjelp`: the language server's engine on the command line.
import * as path from "node:path";
import { EngineError } from "./engine/engine";
import { EngineSelector } from "./engine/engineSelector";
import { Priority } from "./protocol/engine";
import { normalizeSettings } from "./protocol/settingsNormalize";
import { runConvertCli } from "./cliConvert";
import { checkEngine, runCheck } from "./cliCheck";
import { runDownloadCli } from "./cliDownload";
import { modelArgument } from "./models/modelDir";

declare const SERVER_VERSION: string;

const USAGE = `Usage:
  skrivehjelp check [--language auto|nb|nn] [--format json|text] [--model FILE.gguf [--threads N] | --endpoint URL [--openai-model NAME] | --no-model] FILE...
  skrivehjelp generate --model FILE.gguf [--threads N] [--max-tokens N] [--chat] PROMPT
  skrivehjelp generate --endpoint URL [--openai-model NAME] [--max-tokens N] [--chat] PROMPT
      (an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1; API key from $SKRIVEHJELP_OPENAI_API_KEY)
  skrivehjelp convert --to nn|nb [--from nb|nn] [--engine auto|rules|model|hybrid] [--model FILE.gguf | --endpoint URL] [--in-place] FILE...
      (no model needed: the built-in rules convert; with a model it corrects their draft; convert --help for more)
  skrivehjelp download URI [--dir DIR] [--file NAME.gguf]
      (hf:<user>/<repo>/<file>.gguf or an http(s) URL; by default into the folder where --model URI
      and skrivehjelp.model.path look for it; the path is printed; run it again to resume)
  skrivehjelp --version

--model takes a .gguf file or a model URI that was downloaded.

check: exit status 0 no problem found, 1 problems found, 2 usage error, unreadable file or unusable model.
generate, download: exit status 0 success, 1 the engine or the download failed, 2 usage error.`;

function parse(argv: string[]): { command?: string; flags: Map<string, string | true>; rest: string[] } {
    const flags = new Map<string, string | true>();
    const rest: string[] = [];
    const valued = new Set([
        "--model",
        "--threads",
        "--max-tokens",
        "--language",
        "--format",
        "--endpoint",
        "--openai-model",
        "--dir",
        "--file",
    ]);
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (valued.has(a)) flags.set(a, argv[++i] ?? "");
        else if (a.startsWith("--")) flags.set(a, true);
        else rest.push(a);
    }
    return { command: rest.shift(), flags, rest };
}

function usage(message: string): never {
    process.stderr.write(`skrivehjelp: ${message}\n\n${USAGE}\n`);
    process.exit(2);
}

async function generate(flags: Map<string, string | true>, rest: string[]): Promise<number> {
    const model = flags.get("--model");
    const endpoint = flags.get("--endpoint");
    if (typeof endpoint !== "string" && (typeof model !== "string" || !model)) usage("generate needs --model FILE.gguf or --endpoint URL");
    if (rest.length === 0) usage("generate needs a prompt");
    const maxTokens = Number(flags.get("--max-tokens") ?? 128);
    if (!Number.isInteger(maxTokens) || maxTokens < 1) usage("--max-tokens must be a positive whole number");
    const { settings, problems } = normalizeSettings({
        model: { path: typeof model === "string" ? modelArgument(model) : "", threads: flags.get("--threads") },
        ...(typeof endpoint === "string" ? { engine: "openai", openai: { endpoint, model: flags.get("--openai-model") ?? "" } } : {}),
    });
    if (problems.length) usage(problems.map((p) => `${p.key.replace("skrivehjelp.model.", "--")} ${p.message}`).join("\n"));

    const engine = new EngineSelector({
        workerScript: path.join(__dirname, "server.js"),
        log: (level, message) => {
            if (level === "error" || process.env.SKRIVEHJELP_DEBUG) process.stderr.write(`${level}: ${message}\n`);
        },
    });
    engine.setApiKey(process.env.SKRIVEHJELP_OPENAI_API_KEY);
    engine.configure(settings);
    const prompt = rest.join(" ");
    const controller = new AbortController();
    process.once("SIGINT", () => controller.abort());
    try {
        const r = await engine.generate(
            {
                prompt: flags.has("--chat") ? { messages: [{ role: "user", content: prompt }] } : { text: prompt },
                maxTokens,
                temperature: 0,
            },
            Priority.Chat,
            controller.signal,
            (t) => process.stdout.write(t),
        );
        process.stdout.write("\n");
        process.stderr.write(
            `${r.tokens} tokens, ${r.tokensPerSecond.toFixed(1)} tokens/s, first token after ${r.timeToFirstTokenMs} ms\n`,
        );
        return 0;
    } catch (e) {
        process.stderr.write(`skrivehjelp: ${e instanceof EngineError || e instanceof Error ? e.message : String(e)}\n`);
        return 1;
    } finally {
        engine.dispose();
    }
}

async function check(flags: Map<string, string | true>, files: string[]): Promise<number> {
    const language = flags.get("--language") ?? "auto";
    const format = flags.get("--format") ?? "text";
    if (language !== "auto" && language !== "nb" && language !== "nn") usage("--language must be auto, nb or nn");
    if (format !== "json" && format !== "text") usage("--format must be json or text");
    if (files.length === 0) usage("check needs at least one FILE");
    // the model layer runs with --model or --endpoint; --no-model wins (so a script can switch it off)
    const model = flags.get("--model");
    const endpoint = flags.get("--endpoint");
    const openaiModel = flags.get("--openai-model");
    if (model === true || model === "") usage("--model needs a FILE.gguf");
    const debug = process.env.SKRIVEHJELP_DEBUG ? (s: string) => process.stderr.write(s) : undefined;
    const wanted = (typeof model === "string" || typeof endpoint === "string") && !flags.has("--no-model");
    const engine = wanted
        ? checkEngine(
              {
                  model: typeof model === "string" ? model : undefined,
                  endpoint: typeof endpoint === "string" ? endpoint : undefined,
                  openaiModel: typeof openaiModel === "string" ? openaiModel : undefined,
                  threads: flags.get("--threads"),
              },
              path.join(__dirname, "server.js"),
              debug,
          )
        : undefined;
    if (typeof engine === "string") usage(engine);
    try {
        return await runCheck({
            language,
            format,
            files,
            out: (s) => process.stdout.write(s),
            err: (s) => process.stderr.write(s),
            generate: engine?.generate,
            debug,
        });
    } finally {
        engine?.dispose();
    }
}

async function download(flags: Map<string, string | true>, rest: string[]): Promise<number> {
    if (rest.length !== 1) usage("download needs one model URI");
    const dir = flags.get("--dir");
    const file = flags.get("--file");
    if (dir === true || file === true) usage("--dir needs a folder and --file a file name");
    // Ctrl+C stops the transfer cleanly; what arrived stays on disk for a resume
    const controller = new AbortController();
    process.once("SIGINT", () => controller.abort());
    return runDownloadCli({
        uri: rest[0],
        dir,
        fileName: file,
        workerScript: path.join(__dirname, "server.js"),
        out: (s) => process.stdout.write(s),
        err: (s) => process.stderr.write(s),
        tty: process.stderr.isTTY === true,
        signal: controller.signal,
    });
}

async function main(): Promise<number> {
    if (process.argv[2] === "convert") return runConvertCli(process.argv.slice(3));
    const { command, flags, rest } = parse(process.argv.slice(2));
    if (flags.has("--version")) {
        process.stdout.write(`${SERVER_VERSION}\n`);
        return 0;
    }
    if (flags.has("--help") || !command) {
        process.stdout.write(`${USAGE}\n`);
        return command || flags.has("--help") ? 0 : 2;
    }
    if (command === "generate") return generate(flags, rest);
    if (command === "check") return check(flags, rest);
    if (command === "download") return download(flags, rest);
    usage(`unknown command "${command}"`);
}

main().then((code) => process.exit(code));
