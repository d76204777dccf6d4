// Makes a larger set of "word of the other standard" errors for evaluation, the way such errors
// arise: a clean sentence is translated by Apertium (nob-nno / nno-nob) in context, and one word
// the translation changed (word-for-word aligned translations only) is put back into the
// original sentence. Writes .cache/malform/synth.tsv (columns as typos-dev.tsv), which eval.mjs
// then reports on.
//
//   node scripts/malform/synth.mjs [--rows N] [--seed S]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "../..");
const DATA = process.env.MALFORM_DATA || "/work/shared/data";
const OUT = path.join(REPO, ".cache/malform/synth.tsv");
const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : dflt;
};
const ROWS = Number(arg("--rows", "600"));
let seed = Number(arg("--seed", "7"));
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const [head, ...lines] = fs.readFileSync(path.join(DATA, "nbnn-dev.tsv"), "utf8").split("\n").filter(Boolean);
const cols = head.split("\t");
const pairs = lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [cols[i], v])));

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const toks = (s) => [...s.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index }));

function translate(mode, texts) {
    const dir = fs.mkdtempSync(path.join(REPO, ".cache/malform/synth-"));
    const inFile = path.join(dir, "in.txt");
    const outFile = path.join(dir, "out.txt");
    fs.writeFileSync(inFile, texts.join("\n\n") + "\n");
    // a blank line between segments, or Apertium joins them into one sentence
    const r = spawnSync("apertium", ["-u", mode, inFile, outFile], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    const result = fs
        .readFileSync(outFile, "utf8")
        .split(/\n\n/)
        .map((s) => s.trim());
    fs.rmSync(dir, { recursive: true });
    return result;
}

const out = [];
for (const [v, mode] of [
    ["nb", "nob-nno"],
    ["nn", "nno-nob"],
]) {
    const sample = pairs.filter(() => rand() < 0.5).slice(0, ROWS * 2);
    const translated = translate(
        mode,
        sample.map((p) => p[v].replace(/\n/g, " ")),
    );
    let n = 0;
    for (let i = 0; i < sample.length && n < ROWS / 2; i++) {
        const src = toks(sample[i][v]);
        const tgt = toks(translated[i] ?? "");
        if (src.length < 4 || src.length !== tgt.length) continue;
        const diffs = src
            .map((t, k) => k)
            .filter((k) => src[k].text.toLowerCase() !== tgt[k].text.toLowerCase() && !/[#@*]/.test(tgt[k].text));
        if (diffs.length === 0) continue;
        const k = diffs[Math.floor(rand() * diffs.length)];
        const wrong = tgt[k].text;
        const s = sample[i][v];
        const corrupted = s.slice(0, src[k].index) + wrong + s.slice(src[k].index + src[k].text.length);
        out.push([`synth-${v}-${n}`, v, s, corrupted, wrong, src[k].text, `variety->${v === "nb" ? "nn" : "nb"}`].join("\t"));
        n++;
    }
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, ["id\tvariety\tclean\tcorrupted\terror_original\terror_expected\terror_type", ...out].join("\n") + "\n");
console.log(`${out.length} rows → ${OUT}`);
