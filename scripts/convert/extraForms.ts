// The forms the speller's lexicon has (Apertium's own dictionaries, expanded by
// scripts/lexicon/build.sh) and the wnorwegian lists lack, one list per standard:
// "pikslar", "avmontera", "gjenopprettast", "nedlastinger", "førehandsvis". build.sh runs them
// through the målform build's stages 2-4 (Apertium's analyser, bilingual lexicon and
// generator) into a work folder of their own, and compile.ts adds them to the tables; the
// målform layer's own data is built from the lists alone and stays as it is.
//
//   node extraForms.js --lexicon .cache/lexicon --lists .cache/malform/work --out DIR
import * as fs from "node:fs";
import * as path from "node:path";
import { F_NB, F_NN } from "../../language-server/src/lexicon/flags";
import { loadLexicon } from "../../language-server/src/lexicon/lexicon";
import { requiredArg } from "../lib/args";

const lexicon = loadLexicon(requiredArg("--lexicon"));
const lists = requiredArg("--lists");
const out = requiredArg("--out");
const sides = [
    ["nb", F_NB],
    ["nn", F_NN],
] as const;
const listed = Object.fromEntries(
    sides.map(([v]) => [v, new Set(fs.readFileSync(path.join(lists, `${v}.txt`), "utf8").split("\n"))]),
) as Record<"nb" | "nn", Set<string>>;
const forms: Record<"nb" | "nn", string[]> = { nb: [], nn: [] };
for (const [form, flags] of lexicon.entries()) {
    for (const [v, bit] of sides) if (flags & bit && !listed[v].has(form)) forms[v].push(form);
}
fs.mkdirSync(out, { recursive: true });
for (const [v] of sides) fs.writeFileSync(path.join(out, `${v}.txt`), forms[v].join("\n") + "\n");
console.error(`convert: forms the lists lack, from the lexicon: nb ${forms.nb.length}, nn ${forms.nn.length}`);
