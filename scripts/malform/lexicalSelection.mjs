// Stage 3's choice among a unit's translations (see build.mjs).
import * as fs from "node:fs";
import { escapeStream, parseAnalysis } from "./stream.mjs";

/**
 * Where the bilingual lexicon gives a unit several translations, Apertium's lexical selection
 * rules (apertium-lex-tools, `<pair>.autolex.bin`) decide which one it writes: the bilingual
 * lexicon's first is only the fallback ("melding" → "beskjed", but the rules choose "melding").
 * Each such unit goes through lrx-proc on its own, between sentence ends, so only the rules that
 * need no context apply; the translations they keep move to the front, in their order.
 */
export async function orderByLexicalSelection({ sh, file, ap }, v, pair, list, bilOf) {
    const multi = [];
    for (let i = 0; i < bilOf.length; i++) if (bilOf[i].length > 1) multi.push(i);
    if (multi.length === 0) return;
    const SEP = "^./.<sent>$";
    const src = (i) => `^${list[i]}/${bilOf[i].map(escapeStream).join("/")}$`;
    fs.writeFileSync(file(`${v}.u.lrx.in`), multi.map((i) => `${src(i)}\n${SEP}`).join("\n") + "\n");
    await sh(`lrx-proc -m ${ap}/${pair}.autolex.bin < ${file(`${v}.u.lrx.in`)} > ${file(`${v}.u.lrx`)}`);
    const kept = fs
        .readFileSync(file(`${v}.u.lrx`), "utf8")
        .split("\n")
        .filter((l) => l.startsWith("^") && !l.startsWith("^./"));
    if (kept.length !== multi.length) throw new Error(`${v}: lexical selection gave ${kept.length} lines for ${multi.length}`);
    multi.forEach((i, k) => {
        const a = parseAnalysis(kept[k]);
        const chosen = a ? a[1].filter((t) => bilOf[i].includes(t)) : [];
        if (chosen.length === 0 || chosen.length === bilOf[i].length) return;
        bilOf[i] = [...chosen, ...bilOf[i].filter((t) => !chosen.includes(t))];
    });
}
