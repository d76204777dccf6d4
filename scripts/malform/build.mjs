// Builds the målform data into .cache/malform/ (see README.md beside this file).
//
//   node scripts/malform/build.mjs [--force]
//
// Stages (each writes into .cache/malform/work/ and is skipped when its output exists):
//   1. lists     the wnorwegian full-form lists (ISO-8859-1) as UTF-8: nb.txt, nn.txt
//   2. analyse   every Bokmål form through Apertium's nob analyser, every Nynorsk form through
//                the nno analyser (lt-proc -w -e: with compound analysis): nb.ana, nn.ana
//   3. transfer  every distinct analysis (compound parts one by one) through the bilingual
//                lexicon (lt-proc -b) and the other side's generator (lt-proc -b, all
//                variants) plus its generation preferences (cg-proc): nb2nn.units, nn2nb.units
//   4. map       per surface form the other standard's forms, best first: nb2nn.tsv, nn2nb.tsv
//   5. compile   classes, weights and replacements into the binary file malform.bin
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "./compile.mjs";
import { orderByLexicalSelection } from "./lexicalSelection.mjs";
import { escapeStream, parseAnalysis } from "./stream.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "../..");
const OUT = path.join(REPO, ".cache/malform");
// `--work DIR`: stages 2-4 only, over the lists DIR/nb.txt and DIR/nn.txt already there (the rule
// converter's build runs the forms the lists lack this way, scripts/convert/build.sh); no malform.bin
const workArg = process.argv.indexOf("--work");
const WORK = workArg >= 0 ? path.resolve(process.argv[workArg + 1]) : path.join(OUT, "work");
const AP = "/usr/share/apertium/apertium-nno-nob";
const force = process.argv.includes("--force");

const t0 = Date.now();
const log = (msg) => console.error(`[malform ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

function sh(cmd) {
    return new Promise((resolve, reject) => {
        const p = spawn("bash", ["-o", "pipefail", "-c", cmd], { stdio: ["ignore", "ignore", "pipe"] });
        let err = "";
        p.stderr.on("data", (d) => {
            if (err.length < 4000) err += d;
        });
        p.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd}\nexit ${code}: ${err}`))));
    });
}

const w = (f) => path.join(WORK, f);
const done = (...files) => !force && files.every((f) => fs.existsSync(w(f)));

async function stageLists() {
    if (done("nb.txt", "nn.txt")) return;
    log("1 lists: /usr/share/dict/bokmaal, /usr/share/dict/nynorsk (ISO-8859-1) → UTF-8");
    for (const [src, dst] of [
        ["/usr/share/dict/bokmaal", "nb.txt"],
        ["/usr/share/dict/nynorsk", "nn.txt"],
    ]) {
        const text = fs.readFileSync(src, "latin1");
        const words = [
            ...new Set(
                text
                    .split("\n")
                    .map((s) => s.trim())
                    .filter((s) => s && !/[\s^$/<>@\\{}*#+~[\]]/.test(s)),
            ),
        ];
        fs.writeFileSync(w(dst), words.join("\n") + "\n");
    }
}

async function stageAnalyse() {
    if (done("nb.ana", "nn.ana")) return;
    log("2 analyse: lt-proc -w -e (about 2 minutes)");
    await Promise.all([
        sh(`lt-proc -w -e ${AP}/nob-nno.automorf.bin < ${w("nb.txt")} > ${w("nb.ana.tmp")}`),
        sh(`lt-proc -w -e ${AP}/nno-nob.automorf.bin < ${w("nn.txt")} > ${w("nn.ana.tmp")}`),
    ]);
    fs.renameSync(w("nb.ana.tmp"), w("nb.ana"));
    fs.renameSync(w("nn.ana.tmp"), w("nn.ana"));
}

/** The units (compound parts) of a reading, or undefined for readings that are no whole word. */
function readingUnits(r) {
    if (r.includes("<compound-only-L>")) return undefined;
    r = r.replaceAll("<compound-R>", "");
    const units = r.split("+");
    if (units[units.length - 1].endsWith("<cmp>")) return undefined;
    return units;
}

async function stageTransfer() {
    if (done("nb2nn.units", "nn2nb.units", "nb.self", "nn.self")) return;
    log("3 transfer: bilingual lexicon and generation of every distinct analysis");
    await Promise.all(
        [
            ["nb", "nob-nno", "nob-nno"],
            ["nn", "nno-nob", "nno-nob"],
        ].map(async ([v, bil, gen]) => {
            const units = new Set();
            for (const line of fs.readFileSync(w(`${v}.ana`), "utf8").split("\n")) {
                const a = parseAnalysis(line);
                if (!a) continue;
                for (const r of a[1]) for (const u of readingUnits(r) ?? []) units.add(u);
            }
            const list = [...units];
            fs.writeFileSync(w(`${v}.u.in`), list.map((u) => `^${u}$`).join("\n") + "\n");
            await sh(`lt-proc -b ${AP}/${bil}.autobil.bin < ${w(`${v}.u.in`)} > ${w(`${v}.u.bil`)}`);
            const bilLines = fs.readFileSync(w(`${v}.u.bil`), "utf8").split("\n");
            const targets = new Set();
            const bilOf = [];
            for (let i = 0; i < list.length; i++) {
                const a = parseAnalysis(bilLines[i] ?? "");
                const ts = a ? a[1].filter((t) => !t.startsWith("@")) : [];
                bilOf.push(ts);
                for (const t of ts) targets.add(t);
            }
            await orderByLexicalSelection({ sh, file: w, ap: AP }, v, bil, list, bilOf);
            const tlist = [...targets];
            fs.writeFileSync(w(`${v}.t.in`), tlist.map((t) => `^${escapeStream(t)}$`).join("\n") + "\n");
            // Generator: every variant; then the generation preferences (default style) and
            // the e-infinitive preferences, each giving one form per unit.
            await sh(`lt-proc -b ${AP}/${gen}.autogen.bin < ${w(`${v}.t.in`)} > ${w(`${v}.t.gen`)}`);
            if (gen === "nob-nno") {
                await Promise.all([
                    sh(`cg-proc -1 -n -g ${AP}/nob-nno.genprefs.rlx.bin < ${w(`${v}.t.gen`)} > ${w(`${v}.t.pref`)}`),
                    sh(
                        `cg-proc ${AP}/nob-nno.e_vi_genprefs.rlx.bin < ${w(`${v}.t.gen`)} | cg-proc -1 -n -g ${AP}/nob-nno.genprefs.rlx.bin > ${w(`${v}.t.prefe`)}`,
                    ),
                ]);
            } else {
                await sh(`lt-proc -g ${AP}/nno-nob.autogen.bin < ${w(`${v}.t.in`)} > ${w(`${v}.t.pref`)}`);
                fs.copyFileSync(w(`${v}.t.pref`), w(`${v}.t.prefe`));
            }
            const genLines = fs.readFileSync(w(`${v}.t.gen`), "utf8").split("\n");
            const prefLines = fs.readFileSync(w(`${v}.t.pref`), "utf8").split("\n");
            const prefeLines = fs.readFileSync(w(`${v}.t.prefe`), "utf8").split("\n");
            if (prefLines.length < tlist.length || prefeLines.length < tlist.length)
                throw new Error(`${v}: generation preferences lost lines`);
            const genOf = new Map();
            for (let i = 0; i < tlist.length; i++) {
                const a = parseAnalysis(genLines[i] ?? "");
                const forms = [];
                const pref = clean(prefLines[i]);
                const prefe = clean(prefeLines[i]);
                if (pref) forms.push(pref);
                if (prefe && !forms.includes(prefe)) forms.push(prefe);
                for (const f of a ? a[1] : []) {
                    if (f.startsWith("@") || f.startsWith("#")) continue;
                    const form = f.replace(/<[^>]*>/g, "");
                    if (form && !form.includes("<") && !forms.includes(form)) forms.push(form);
                }
                genOf.set(tlist[i], { forms, pref, prefe });
            }
            // Self generation: the unit generated by its own side's generator (which forms the
            // standard itself prefers for this analysis): unit \t preferred \t all forms.
            const selfGen = v === "nb" ? "nno-nob" : "nob-nno";
            await sh(`lt-proc -b ${AP}/${selfGen}.autogen.bin < ${w(`${v}.u.in`)} > ${w(`${v}.s.gen`)}`);
            if (v === "nn") await sh(`cg-proc -1 -n -g ${AP}/nob-nno.genprefs.rlx.bin < ${w(`${v}.s.gen`)} > ${w(`${v}.s.pref`)}`);
            else await sh(`lt-proc -g ${AP}/nno-nob.autogen.bin < ${w(`${v}.u.in`)} > ${w(`${v}.s.pref`)}`);
            {
                const gl = fs.readFileSync(w(`${v}.s.gen`), "utf8").split("\n");
                const pl = fs.readFileSync(w(`${v}.s.pref`), "utf8").split("\n");
                const out = [];
                for (let i = 0; i < list.length; i++) {
                    const a = parseAnalysis(gl[i] ?? "");
                    const forms = [];
                    const pref = clean(pl[i]);
                    if (pref) forms.push(pref);
                    for (const f of a ? a[1] : []) {
                        if (f.startsWith("@") || f.startsWith("#")) continue;
                        const form = f.replace(/<[^>]*>/g, "");
                        if (form && !form.includes("<") && !forms.includes(form)) forms.push(form);
                    }
                    out.push(`${list[i]}\t${forms.join("|")}`);
                }
                fs.writeFileSync(w(`${v}.self`), out.join("\n") + "\n");
            }
            // One line per source unit: unit, then per target "analysis=preferred=e-preferred=forms".
            const out = [];
            for (let i = 0; i < list.length; i++) {
                const cols = [list[i]];
                for (const t of bilOf[i]) {
                    const g = genOf.get(t);
                    if (!g || g.forms.length === 0) continue;
                    cols.push(`${t}=${g.pref ?? ""}=${g.prefe ?? ""}=${g.forms.join("|")}`);
                }
                out.push(cols.join("\t"));
            }
            fs.writeFileSync(w(v === "nb" ? "nb2nn.units" : "nn2nb.units"), out.join("\n") + "\n");
        }),
    );
}

/** A generated surface form, or undefined if generation failed ("#x", "@x") or is no word. */
function clean(s) {
    if (s === undefined) return undefined;
    s = s.trim();
    if (!s || s.startsWith("#") || s.startsWith("@") || s.includes("<") || s.includes("\\")) return undefined;
    return s;
}

async function stageMap() {
    if (done("nb2nn.tsv", "nn2nb.tsv")) return;
    log("4 map: per surface form the other standard's forms");
    for (const [v, unitsFile, outFile] of [
        ["nb", "nb2nn.units", "nb2nn.tsv"],
        ["nn", "nn2nb.units", "nn2nb.tsv"],
    ]) {
        const unitMap = new Map();
        for (const line of fs.readFileSync(w(unitsFile), "utf8").split("\n")) {
            if (!line) continue;
            const [u, ...ts] = line.split("\t");
            unitMap.set(
                u,
                ts.map((t) => {
                    const [analysis, pref, prefe, forms] = t.split("=");
                    return { analysis, pref, prefe, forms: forms ? forms.split("|") : [] };
                }),
            );
        }
        // Pass 1: per reading its translation. Words translated whole ("fortsetting" →
        // "fortsetjing") are remembered, to learn how the lexicon ends compounds.
        const rows = [];
        const whole = [];
        const surfaceOf = new Map();
        for (const line of fs.readFileSync(w(`${v}.ana`), "utf8").split("\n")) {
            const a = parseAnalysis(line);
            if (!a) continue;
            const [form, readings] = a;
            const row = { form, readings: [] };
            for (const r of readings) {
                const units = readingUnits(r);
                if (!units) continue;
                // Per unit its first translation; a compound is the concatenation of its parts'
                // forms (preferred form of every part; the head's variants give the variants).
                const per = units.map((u) => unitMap.get(u)?.[0]);
                if (per.some((p) => !p || p.forms.length === 0)) {
                    row.readings.push({ r });
                    continue;
                }
                const head = per[per.length - 1];
                const headUnit = units[units.length - 1];
                if (units.length === 1) {
                    whole.push([form.toLowerCase(), (head.pref || head.forms[0]).toLowerCase(), headUnit]);
                    if (!surfaceOf.has(headUnit)) surfaceOf.set(headUnit, form.toLowerCase());
                }
                row.readings.push({ r, units, per, head, headUnit });
            }
            rows.push(row);
        }
        const endings = compoundEndings(rows, whole, surfaceOf);

        // Pass 2: per surface form and reading, the other standard's forms.
        const out = [];
        for (const { form, readings } of rows) {
            // columns: form, then per reading "analysis=forms|…=lemma changed (0/1)"
            const cols = [form];
            for (const { r, units, per, head, headUnit } of readings) {
                if (!per) {
                    cols.push(`${r}==0`);
                    continue;
                }
                const prefix = per
                    .slice(0, -1)
                    .map((p) => p.pref || p.forms[0])
                    .join("");
                const heads = [head.pref, head.prefe, ...head.forms].filter((x, i, arr) => x && arr.indexOf(x) === i);
                // A compound whose head the lexicon, in words it translates whole, mostly ends
                // otherwise ("tegnsetting": "-setting" → "-setjing") gets that ending too, first.
                const learned = units.length > 1 ? endings.get(headUnit) : undefined;
                if (learned && !heads.includes(learned)) heads.unshift(learned);
                const forms = heads.map((h) => caseLike(form, prefix + h));
                // did the bilingual lexicon change the head's lemma (tenar → tjener), or only
                // the generator its spelling (oppstod → oppsto)?
                const changed = lemmaAndTags(headUnit)[0] !== lemmaAndTags(head.analysis)[0] ? 1 : 0;
                cols.push(`${r}=${forms.join("|")}=${changed}`);
            }
            out.push(cols.join("\t"));
        }
        fs.writeFileSync(w(outFile), out.join("\n") + "\n");
    }
}

/**
 * Per compound head (an analysis unit) the ending the bilingual lexicon gives it in words it
 * translates whole, when that is not the head's own translation: among the whole words with the
 * head's tags whose lemma ends in the head's lemma and whose form ends in the head's form, and
 * which translate into the same modifier + something, that something by a clear majority (at
 * least ENDING_MIN_VOTES words, ENDING_MIN_SHARE of them).
 */
const ENDING_MIN_VOTES = 3;
const ENDING_MIN_SHARE = 0.6;
function compoundEndings(rows, whole, surfaceOf) {
    const wanted = new Map(); // head surface → head units
    for (const { readings } of rows) {
        for (const { units, headUnit } of readings) {
            if (!units || units.length < 2) continue;
            const s = surfaceOf.get(headUnit);
            if (!s || s.length < 4) continue;
            if (!wanted.has(s)) wanted.set(s, new Set());
            wanted.get(s).add(headUnit);
        }
    }
    const votes = new Map(); // head unit → Map(ending → words)
    for (const [src, tgt, unit] of whole) {
        const [lemma, tags] = lemmaAndTags(unit);
        for (let i = 2; i <= src.length - 4; i++) {
            const heads = wanted.get(src.slice(i));
            if (!heads) continue;
            const modifier = src.slice(0, i);
            if (!tgt.startsWith(modifier)) continue;
            for (const h of heads) {
                const [hLemma, hTags] = lemmaAndTags(h);
                if (hTags !== tags || !lemma.endsWith(hLemma) || lemma === hLemma) continue;
                const e = tgt.slice(i);
                let m = votes.get(h);
                if (!m) votes.set(h, (m = new Map()));
                m.set(e, (m.get(e) ?? 0) + 1);
            }
        }
    }
    const out = new Map();
    for (const [h, m] of votes) {
        let total = 0;
        let best = "";
        let bestN = 0;
        for (const [e, n] of m) {
            total += n;
            if (n > bestN) [best, bestN] = [e, n];
        }
        if (bestN >= ENDING_MIN_VOTES && bestN >= ENDING_MIN_SHARE * total && best !== surfaceOf.get(h)) out.set(h, best);
    }
    return out;
}

/** An analysis unit's lemma (lower case) and its tags: "setting<n><m><sg><ind>" → ["setting", "<n><m><sg><ind>"]. */
function lemmaAndTags(unit) {
    const i = unit.indexOf("<");
    return [unit.slice(0, i).toLowerCase(), unit.slice(i)];
}

/** The generated form written with the source form's capitalisation (first letter). */
function caseLike(src, f) {
    if (src[0] && src[0] !== src[0].toLowerCase() && f[0]) return f[0].toUpperCase() + f.slice(1);
    return f;
}

async function main() {
    fs.mkdirSync(WORK, { recursive: true });
    await stageLists();
    await stageAnalyse();
    await stageTransfer();
    await stageMap();
    if (workArg >= 0) return;
    // the compile step takes ~30 s: skip it when its output is newer than all it reads
    const bin = path.join(OUT, "malform.bin");
    const inputs = ["compile.mjs", "params.mjs", "scoring.mjs", "sources.mjs", "markers.tsv", "../lib/loadTs.mjs"].map((f) =>
        path.join(HERE, f),
    );
    // the format, its writer and the DAWG builder are the server's
    inputs.push(
        ...["lexicon/dawg.ts", "proofreading/malform/format.ts", "proofreading/malform/formatWriter.ts"].map((f) =>
            path.join(REPO, "language-server/src", f),
        ),
    );
    inputs.push(...["nb.txt", "nn.txt", "nb.ana", "nn.ana", "nb.self", "nn.self", "nb2nn.tsv", "nn2nb.tsv"].map(w));
    const built = fs.existsSync(bin) ? fs.statSync(bin).mtimeMs : -Infinity;
    if (!force && inputs.every((f) => fs.statSync(f).mtimeMs <= built)) {
        log("5 compile: malform.bin is up to date");
        return;
    }
    log("5 compile");
    const info = compile({ work: WORK, out: OUT, log });
    log(`done: ${info}`);
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
