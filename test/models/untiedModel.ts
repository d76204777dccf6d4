// A random-weight Llama model with its own output layer (not tied to the token embedding, so a
// greedy answer is visible text rather than the last prompt token repeated), written on first
// use and kept while its spec is unchanged. The chat test models are made with it.
import * as fs from "node:fs";
import * as path from "node:path";
import { GgmlType } from "./gguf-format";
import { loadLlama3Tokenizer } from "./llama3-tokenizer";
import { llamaModelWriter } from "./llamaModel";
import { modelsDir } from "./models";

type Spec = Parameters<typeof llamaModelWriter>[0];

/** `<models>/<fileName>`, written again only when `spec` or `version` changed. */
export async function ensureUntiedModel(fileName: string, spec: Spec, version: string): Promise<string> {
    const file = path.join(modelsDir(), fileName);
    const stamp = `${file}.json`;
    const fingerprint = JSON.stringify({ VERSION: version, SPEC: spec });
    if (fs.existsSync(file) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint) return file;
    const writer = llamaModelWriter(spec);
    const vocab = loadLlama3Tokenizer().tokens.length;
    writer.addTensor({ name: "output.weight", dims: [spec.embeddingLength, vocab], type: GgmlType.Q8_0, init: { kind: "normal", std: 1 } });
    const tmp = `${file}.${process.pid}.tmp`;
    await writer.write(tmp);
    fs.renameSync(tmp, file);
    fs.writeFileSync(stamp, fingerprint);
    return file;
}
