// Evaluates the målform layer on the development data (/work/shared/data, or $MALFORM_DATA).
//
//   node scripts/malform/eval.mjs [--show N] [--show-synth N] [--nn-infinitive auto|evidence|a|e]
//
// Prints: sentence detection accuracy (per variety, per length bucket, wrong and undecided),
// other-variety detection on the typos-dev rows (flagged / right word first / in the top 5),
// the false-alarm rate on the clean nb and nn text (sentence by sentence, and per catalog as one
// document), timings and memory. Compiles the TypeScript module with esbuild on the fly.
import * as esbuild from "esbuild";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "../..");
const DATA = process.env.MALFORM_DATA || "/work/shared/data";
const DIR = process.env.MALFORM_DIR || path.join(REPO, ".cache/malform");
const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : dflt;
};
const SHOW = Number(arg("--show", "0"));
/** Nynorsk infinitive option for check(): auto (default), evidence, a, e. */
const INF = arg("--nn-infinitive", "auto");

const bundle = path.join(DIR, "eval", "malform.cjs");
fs.mkdirSync(path.dirname(bundle), { recursive: true });
esbuild.buildSync({
    entryPoints: [path.join(REPO, "language-server/src/proofreading/malform/malform.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: bundle,
    logLevel: "warning",
});
const require = createRequire(import.meta.url);
const rssBefore = process.memoryUsage().rss;
let t = performance.now();
const { loadMalform } = require(bundle);
const m = loadMalform(DIR);
const loadMs = performance.now() - t;
const rssAfter = process.memoryUsage().rss;

// ---- text helpers --------------------------------------------------------------------------
const WORD = /[\p{L}\p{N}\u00ad]+(?:[-'’][\p{L}\p{N}\u00ad]+)*/gu;
/** Words of a text with sentence starts (first word, and after . ! ? : or a line break). */
function words(text) {
    const out = [];
    let last = 0;
    for (const mt of text.matchAll(WORD)) {
        const before = text.slice(last, mt.index);
        const start = out.length === 0 || /[.!?:…]\s*$|\n/.test(before) || (/^\s*[-•*]\s*$/.test(before) && out.length === 0);
        out.push({ text: mt[0], sentenceStart: start });
        last = mt.index + mt[0].length;
    }
    return out;
}
const letterWords = (ws) => ws.filter((w) => /\p{L}/u.test(w.text));

function readTsv(file) {
    const [head, ...lines] = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
    const cols = head.split("\t");
    return lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [cols[i], v])));
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");

const pairs = readTsv(path.join(DATA, "nbnn-dev.tsv"));
const typos = readTsv(path.join(DATA, "typos-dev.tsv"));

// ---- 1. sentence detection ----------------------------------------------------------------
const buckets = [
    [6, 9],
    [10, 14],
    [15, 24],
    [25, 1e9],
];
const det = { nb: { right: 0, wrong: 0, undecided: 0 }, nn: { right: 0, wrong: 0, undecided: 0 } };
const byLen = buckets.map(() => ({ right: 0, n: 0 }));
const short = { right: 0, n: 0 };
const detErrors = [];
t = performance.now();
let detWords = 0;
for (const p of pairs) {
    for (const v of ["nb", "nn"]) {
        const ws = words(p[v]);
        const n = letterWords(ws).length;
        const d = m.detectVariety(ws);
        detWords += ws.length;
        if (n < 6) {
            if (n >= 4) {
                short.n++;
                if (d.variety === v) short.right++;
            }
            continue;
        }
        const r = d.variety === v ? "right" : d.variety ? "wrong" : "undecided";
        det[v][r]++;
        const b = buckets.findIndex(([lo, hi]) => n >= lo && n <= hi);
        byLen[b].n++;
        if (r === "right") byLen[b].right++;
        else detErrors.push(`${v} → ${d.variety ?? "?"} (${(d.nbScore - d.nnScore).toFixed(2)}): ${p[v]}`);
    }
}
const detMs = performance.now() - t;
const detTotal = det.nb.right + det.nb.wrong + det.nb.undecided + det.nn.right + det.nn.wrong + det.nn.undecided;
console.log("== Sentence detection (nbnn-dev.tsv, both columns, sentences of 6+ words) ==");
console.log(
    `right ${det.nb.right + det.nn.right}/${detTotal} = ${pct(det.nb.right + det.nn.right, detTotal)}; wrong ${det.nb.wrong + det.nn.wrong}, undecided ${det.nb.undecided + det.nn.undecided}`,
);
for (const v of ["nb", "nn"]) {
    const x = det[v];
    const n = x.right + x.wrong + x.undecided;
    console.log(`  ${v}: right ${x.right}/${n} = ${pct(x.right, n)}, wrong ${x.wrong}, undecided ${x.undecided}`);
}
buckets.forEach(([lo, hi], i) => console.log(`  ${lo}-${hi < 1e9 ? hi : "…"} words: ${pct(byLen[i].right, byLen[i].n)} of ${byLen[i].n}`));
console.log(`  (4-5 words, for information: ${pct(short.right, short.n)} of ${short.n})`);
for (const e of detErrors.slice(0, SHOW)) console.log("    " + e);

// ---- 2. other-variety words in the typos rows ---------------------------------------------
function otherVariety(title, rows, showMisses) {
    console.log(`\n== ${title} ==`);
    for (const mode of ["given", "detected"]) {
        let flagged = 0;
        let first = 0;
        let top5 = 0;
        let wrongVariety = 0;
        let otherFlags = 0;
        let otherWords = 0;
        const misses = [];
        const kinds = {};
        for (const r of rows) {
            const ws = words(r.corrupted);
            let v = r.variety;
            if (mode === "detected") {
                const d = m.detectVariety(ws).variety;
                if (d !== r.variety) wrongVariety++;
                v = d ?? "nb";
            }
            const issues = m.check(ws, v, { nnInfinitive: INF });
            const idx = ws.findIndex((w) => w.text === r.error_original);
            const hit = issues.find((i) => i.index === idx);
            otherFlags += issues.filter((i) => i.index !== idx).length;
            otherWords += ws.length - 1;
            if (hit) {
                flagged++;
                kinds[hit.kind] = (kinds[hit.kind] ?? 0) + 1;
                const s = hit.suggestions.map((x) => x.toLowerCase());
                if (s[0] === r.error_expected.toLowerCase()) first++;
                if (s.slice(0, 5).includes(r.error_expected.toLowerCase())) top5++;
            }
            if (!hit || hit.suggestions[0]?.toLowerCase() !== r.error_expected.toLowerCase())
                misses.push(
                    `${r.variety} ${r.error_original} → ${r.error_expected}: ${hit ? `[${hit.kind}] ${hit.suggestions.slice(0, 5).join(", ")}` : "not flagged"}`,
                );
        }
        console.log(
            `variety ${mode}${mode === "detected" ? ` (wrong/undecided for ${wrongVariety})` : ""}: flagged ${flagged}/${rows.length} = ${pct(flagged, rows.length)}, right word first ${first} (${pct(first, rows.length)}), in top 5 ${top5} (${pct(top5, rows.length)}); ${JSON.stringify(kinds)}; other words flagged in these sentences ${otherFlags}/${otherWords}`,
        );
        if (mode === "given") for (const x of misses.slice(0, showMisses)) console.log("    " + x);
    }
}
otherVariety(
    "Other-variety words (typos-dev.tsv, variety->nn / variety->nb)",
    typos.filter((r) => r.error_type.startsWith("variety")),
    SHOW,
);
const synthFile = path.join(DIR, "synth.tsv");
if (fs.existsSync(synthFile)) {
    otherVariety(
        "Synthetic other-variety words (synth.tsv: Apertium translations put back into dev sentences)",
        readTsv(synthFile),
        Number(arg("--show-synth", "0")),
    );
}

// ---- 3. false alarms on clean text --------------------------------------------------------
console.log("\n== False alarms on clean text (nbnn-dev.tsv nb and nn columns) ==");
const byDomain = new Map();
for (const p of pairs) {
    if (!byDomain.has(p.domain)) byDomain.set(p.domain, []);
    byDomain.get(p.domain).push(p);
}
const alarmExamples = new Map();
for (const mode of ["sentence", "document"]) {
    for (const v of ["nb", "nn"]) {
        let nWords = 0;
        let nFlags = 0;
        let flaggedUnits = 0;
        const kinds = {};
        const units =
            mode === "sentence" ? pairs.map((p) => [words(p[v])]) : [...byDomain.values()].map((ps) => ps.map((p) => words(p[v])));
        for (const sentences of units) {
            // document mode: one check over the whole catalog (its infinitive style decides)
            const all = sentences.flat();
            nWords += all.length;
            const issues = m.check(all, v, { nnInfinitive: INF });
            nFlags += issues.length;
            if (issues.length) flaggedUnits++;
            for (const i of issues) {
                kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
                if (mode === "sentence") {
                    const k = `${v} ${i.word} → ${i.suggestions.slice(0, 2).join("|")} [${i.kind}]`;
                    alarmExamples.set(k, (alarmExamples.get(k) ?? 0) + 1);
                }
            }
        }
        console.log(
            `  ${mode.padEnd(8)} ${v}: ${nFlags} of ${nWords} words = ${((100 * nFlags) / nWords).toFixed(3)}% (${flaggedUnits} of ${units.length} ${mode}s with a flag)  ${JSON.stringify(kinds)}`,
        );
    }
}
if (SHOW) for (const [k, c] of [...alarmExamples].sort((a, b) => b[1] - a[1]).slice(0, SHOW)) console.log(`    ${c}× ${k}`);

// ---- 4. speed and memory ------------------------------------------------------------------
console.log("\n== Speed and memory ==");
const docWords = [];
for (const p of pairs) {
    if (docWords.length >= 10000) break;
    docWords.push(...words(p.nn));
}
docWords.length = 10000;
/** Median and best of `reps` runs (the machine may be shared: the best is the cost). */
const timeIt = (fn, reps = 30) => {
    fn();
    const ts = [];
    for (let i = 0; i < reps; i++) {
        const t0 = performance.now();
        fn();
        ts.push(performance.now() - t0);
    }
    ts.sort((a, b) => a - b);
    return `${ts[0].toFixed(1)} ms best, ${ts[ts.length >> 1].toFixed(1)} ms median`;
};
const detDoc = timeIt(() => m.detectVariety(docWords));
const checkDoc = timeIt(() => m.check(docWords, "nn"));
const both = timeIt(() => {
    const d = m.detectVariety(docWords);
    m.check(docWords, d.variety ?? "nb");
});
console.log(
    `  load ${loadMs.toFixed(1)} ms (data ${(m.data.byteLength / 1e6).toFixed(1)} MB, ${m.data.entries} entries; RSS +${((rssAfter - rssBefore) / 1e6).toFixed(1)} MB)`,
);
console.log(`  10,000-word document: detect ${detDoc}; check ${checkDoc}; detect + check ${both}`);
console.log(`  all ${detWords} dev words detected sentence by sentence in ${detMs.toFixed(0)} ms`);
console.log(
    `  RSS now ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
