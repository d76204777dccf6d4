// Stage 5 of the målform build: per word form its evidence for Bokmål or Nynorsk, the
// replacements in the other standard and a few grammatical bits, compiled into one binary file
// (format: language-server/src/proofreading/malform/format.ts). See README.md.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { DawgBuilder, serialise } from "./dawg.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---- tunables (log units: ln of the ratio of how often a form is written in nb vs nn) ----
export const PARAMS = {
    strong: 3, // form only in one list and the other standard writes the word differently
    // flag forms of both lists that the other side always translates into a similar other form:
    // in Nynorsk text unless Nynorsk's own generator writes them (2), in Bokmål text only where
    // the bilingual lexicon changes the word (3); 0 = off
    compoundTargets: 0, // 1: a replacement may be a compound the target list lacks, if its parts are listed
    ishNn: 2,
    ishNb: 0,
    impInit: 10, // prior of an imperative reading for a capitalised word at a sentence start
    lexical: 1, // Apertium translates a form of both lists into another word in one direction
    ghost: 2, // form in both lists, but only one analyser knows it and translates it away
    weak: 0.3, // form only in one list, but the other standard's form is the same (list gap)
    clip: 3, // cap of the computed evidence of forms in both lists
    restShare: 0.25, // aggregation over readings: max + restShare * (sum - max)
    femDefNb: 0.4, // Bokmål feminine definite "-a": allowed, but most Bokmål writes "-en"
    shareVariant: 0.6, // the standard's generator gives the form only as a variant
    shareNone: 0.15, // the standard's generator never gives the form (lenient analysis)
    quant: 10, // weights are stored as round(w * quant) in an int8
};

// experiments: MALFORM_PARAMS='{"weak":0.2}' node scripts/malform/build.mjs
if (process.env.MALFORM_PARAMS) Object.assign(PARAMS, JSON.parse(process.env.MALFORM_PARAMS));

const FLAG = { NB: 1, NN: 2, INF_NB: 4, INF_NN: 8, EINF: 16, FLAG_IN_NB: 32, FLAG_IN_NN: 64, MARK: 128 };
const TAG = { INF: 1, AINF: 2, NOUN: 4, ISH: 8, IMP: 16 };
/** Bits of the genders byte above the two genders. */
/** Second flags byte (see format.ts F2). */
const F2 = { NOUN_IN_NB: 1, NOUN_IN_NN: 2, ISH_IN_NB: 4, ISH_IN_NN: 8, IMP_IN_NB: 16, IMP_IN_NN: 32 };

function prior(u, init) {
    const m = /^[^<]*<([^>]+)>/.exec(u);
    const pos = m ? m[1] : "x";
    let p =
        {
            det: 20, prn: 20, pr: 20, cnjcoo: 20, cnjsub: 20, cnjadv: 20, ij: 2, adv: 1.5,
            vbmod: 20, vbser: 20, vbhaver: 20, n: 1, np: 0.1, adj: 1, vblex: 1, num: 2, abbr: 0.5,
        }[pos] ?? 0.5;
    if (u.includes("<imp>")) p *= init ? PARAMS.impInit : 0.3;
    if (u.includes("<pasv>")) p *= 0.5;
    if (u.includes("<gen>")) p *= 0.05;
    if (u.includes("<comp>") || u.includes("<sup>")) p *= 0.5;
    return p;
}

function parseAnalysis(line) {
    if (!line.startsWith("^") || !line.endsWith("$")) return undefined;
    const parts = line.slice(1, -1).split("/");
    return [parts[0], parts.slice(1).filter((r) => !r.startsWith("*"))];
}

function readingUnits(r) {
    if (r.includes("<compound-only-L>")) return undefined;
    const units = r.replaceAll("<compound-R>", "").split("+");
    if (units[units.length - 1].endsWith("<cmp>")) return undefined;
    return units;
}

function readLines(file) {
    return fs.readFileSync(file, "utf8").split("\n");
}

function loadSelf(file) {
    const m = new Map();
    for (const line of readLines(file)) {
        const t = line.indexOf("\t");
        if (t < 0) continue;
        const forms = line.slice(t + 1);
        m.set(line.slice(0, t), forms ? forms.split("|") : []);
    }
    return m;
}

/** Heads (last compound unit) of the whole-word readings of every form. */
function loadHeads(file) {
    const m = new Map();
    for (const line of readLines(file)) {
        const a = parseAnalysis(line);
        if (!a) continue;
        const heads = [];
        for (const r of a[1]) {
            const u = readingUnits(r);
            if (u) heads.push(u[u.length - 1]);
        }
        m.set(a[0], heads);
    }
    return m;
}

/** form → [{head, forms}] from the nb2nn/nn2nb tables. */
function loadCross(file) {
    const m = new Map();
    for (const line of readLines(file)) {
        if (!line) continue;
        const cols = line.split("\t");
        const rs = [];
        for (const c of cols.slice(1)) {
            const [r, formsCol, changed] = c.split("=");
            const units = readingUnits(r);
            if (!units) continue;
            const forms = formsCol.split("|").filter(Boolean);
            rs.push({ head: units[units.length - 1], forms, lemmaChanged: changed === "1" });
        }
        m.set(cols[0], rs);
    }
    return m;
}

function loadMarkers(file) {
    const m = new Map();
    for (const line of readLines(file)) {
        if (!line || line.startsWith("#")) continue;
        const [form, variety, weight, flag, repl] = line.split("\t");
        m.set(form, { variety, weight: Number(weight) * (variety === "nb" ? 1 : -1), flag: flag === "y", repl: repl ? repl.split("|") : [] });
    }
    return m;
}

const GENDER = /<(m|f|nt|mf|un)>/g;

/** How much the standard writes `form` (relative, see README): readings × priors × shares. */
function usage(form, heads, self, variety, init) {
    if (!heads || heads.length === 0) return 0.5;
    const lf = form.toLowerCase();
    const cells = new Map();
    for (const head of heads) {
        const tags = head.slice(head.indexOf("<")).replace(GENDER, "");
        const gens = self.get(head);
        let share;
        if (!gens || gens.length === 0 || lf.endsWith(gens[0].toLowerCase())) share = 1;
        else if (gens.slice(1).some((g) => lf.endsWith(g.toLowerCase()))) share = PARAMS.shareVariant;
        else share = PARAMS.shareNone;
        if (variety === "nb" && head.includes("<n><f><sg><def>")) share *= PARAMS.femDefNb;
        const p = prior(head, init) * share;
        cells.set(tags, Math.max(cells.get(tags) ?? 0, p));
    }
    if (cells.size === 0) return 0.5;
    const v = [...cells.values()];
    const max = Math.max(...v);
    const sum = v.reduce((a, b) => a + b, 0);
    return max + PARAMS.restShare * (sum - max);
}

/** Replacements in the other standard for `form`, best first, each with its tags. */
function rankReplacements(form, cross, selfO, targetList) {
    // If a reading of the form translates into the form itself, the other standard writes it
    // the same way (its list just lacks it): nothing to replace.
    const lf0 = form.toLowerCase();
    for (const { head, forms } of cross.get(form) ?? []) {
        if (head.includes("<gen>") || head.includes("<np>")) continue;
        if (forms.some((f) => f.toLowerCase() === lf0)) return [];
    }
    const score = new Map();
    const tags = new Map();
    const lf = form.toLowerCase();
    for (const { head, forms } of cross.get(form) ?? []) {
        if (head.includes("<gen>") || head.includes("<np>") || forms.length === 0) continue;
        let p = rankPrior(head);
        const gens = selfO.get(head);
        if (gens && gens.length && !lf.endsWith(gens[0].toLowerCase())) {
            p *= gens.slice(1).some((g) => lf.endsWith(g.toLowerCase())) ? PARAMS.shareVariant : PARAMS.shareNone;
        }
        forms.forEach((f, i) => {
            if (f.toLowerCase() === lf || !validIn(f, targetList)) return;
            score.set(f, Math.max(score.get(f) ?? 0, p * (i === 0 ? 1 : 0.5)));
            if (head.includes("<vblex><inf>")) tags.set(f, (tags.get(f) ?? 0) | TAG.INF);
            if (/^[^<]*<n>/.test(head)) tags.set(f, (tags.get(f) ?? 0) | TAG.NOUN);
        });
    }
    return [...score.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([f]) => ({ form: f, tag: tags.get(f) ?? 0 }));
}

/** How likely a reading is, for ordering replacements (no corpus: by part of speech). */
function rankPrior(head) {
    const m = /^[^<]*<([^>]+)>/.exec(head);
    const pos = m ? m[1] : "x";
    let p = { det: 3, prn: 3, pr: 3, cnjcoo: 3, cnjsub: 3, cnjadv: 3, adv: 1.2, vbmod: 3, vbser: 3, vbhaver: 3, n: 1, adj: 0.8, vblex: 0.9 }[pos] ?? 0.5;
    if (/<(pp|pret)>/.test(head)) p *= 0.6;
    if (head.includes("<adj><pp>")) p *= 0.6;
    if (head.includes("<imp>")) p *= 0.5;
    if (head.includes("<pasv>")) p *= 0.7;
    return p;
}

/**
 * `f` is in the list, or (a compound the list lacks) splits into a listed last part of 4+
 * letters and a listed first part, possibly with a linking s/e ("standardverdiar").
 */
function validIn(f, list) {
    if (list.has(f)) return true;
    if (!PARAMS.compoundTargets || f.length < 8 || f.includes("-")) return false;
    for (let i = 3; i <= f.length - 4; i++) {
        if (!list.has(f.slice(i))) continue;
        const p = f.slice(0, i);
        if (list.has(p) || (/[se]$/.test(p) && p.length > 4 && list.has(p.slice(0, -1))) || (p.endsWith("s") && p.length > 4 && list.has(p.slice(0, -1) + "e"))) return true;
    }
    return false;
}

function genderOf(heads) {
    if (!heads || heads.length === 0) return 0;
    let g = 0;
    for (const h of heads) {
        const m = /^[^<]*<n><(m|f|nt)><sg><def>/.exec(h);
        if (!m) return 0;
        const x = m[1] === "nt" ? 2 : 1;
        if (g && g !== x) return 0;
        g = x;
    }
    return g;
}

const q = (w) => Math.max(-127, Math.min(127, Math.round(w * PARAMS.quant)));

export function compile({ work, out, log }) {
    const W = (f) => path.join(work, f);
    log("5 compile: loading lists, analyses and tables");
    const NB = new Set(readLines(W("nb.txt")).filter(Boolean));
    const NN = new Set(readLines(W("nn.txt")).filter(Boolean));
    const headsNb = loadHeads(W("nb.ana"));
    const headsNn = loadHeads(W("nn.ana"));
    const selfNb = loadSelf(W("nb.self"));
    const selfNn = loadSelf(W("nn.self"));
    const nb2nn = loadCross(W("nb2nn.tsv"));
    const nn2nb = loadCross(W("nn2nb.tsv"));
    const markers = loadMarkers(path.join(HERE, "markers.tsv"));
    log(`5 compile: ${NB.size} nb forms, ${NN.size} nn forms, ${markers.size} markers`);

    const forms = new Set([...NB, ...NN, ...markers.keys()]);
    const recIndex = new Map();
    const records = [];
    const entries = [];
    const stats = { strong: 0, weak: 0, both: 0, flagNb: 0, flagNn: 0, einf: 0, marker: 0 };

    const recordOf = (r) => {
        const key = JSON.stringify(r);
        let id = recIndex.get(key);
        if (id === undefined) {
            id = records.length;
            records.push(r);
            recIndex.set(key, id);
        }
        return id;
    };

    for (const form of forms) {
        const inNb = NB.has(form);
        const inNn = NN.has(form);
        const proper = form[0] !== form[0].toLowerCase();
        const hNb = headsNb.get(form);
        const hNn = headsNn.get(form);
        let flags = (inNb ? FLAG.NB : 0) | (inNn ? FLAG.NN : 0);
        if (inNb && hNb?.some((h) => h.includes("<vblex><inf>"))) flags |= FLAG.INF_NB;
        if (inNn && hNn?.some((h) => h.includes("<vblex><inf>"))) flags |= FLAG.INF_NN;
        let wGen = 0;
        let wInit = 0;
        let sugg = [];
        const marker = markers.get(form);
        if (marker) {
            wGen = wInit = marker.weight;
            flags |= FLAG.MARK;
            if (marker.flag) {
                flags |= marker.variety === "nb" ? FLAG.FLAG_IN_NN : FLAG.FLAG_IN_NB;
                sugg = marker.repl.map((f) => ({ form: f, tag: 0 }));
            }
            stats.marker++;
        } else if (proper) {
            // names and other capitalised entries: no evidence (the lists cover them unevenly)
        } else if (inNb && !inNn) {
            sugg = rankReplacements(form, nb2nn, selfNb, NN);
            const strong = sugg.length > 0;
            wGen = wInit = strong ? PARAMS.strong : PARAMS.weak;
            if (strong) {
                flags |= FLAG.FLAG_IN_NN;
                stats.flagNn++;
            }
            stats[strong ? "strong" : "weak"]++;
        } else if (inNn && !inNb) {
            sugg = rankReplacements(form, nn2nb, selfNn, NB);
            const strong = sugg.length > 0;
            wGen = wInit = -(strong ? PARAMS.strong : PARAMS.weak);
            if (strong) {
                flags |= FLAG.FLAG_IN_NB;
                stats.flagNb++;
            }
            stats[strong ? "strong" : "weak"]++;
        } else if (inNb && inNn && !hNn?.length && hNb?.length && (sugg = rankReplacements(form, nb2nn, selfNb, NN)).length) {
            // in both lists, but Apertium's Nynorsk analyser does not know it and translates it
            // into another Nynorsk form ("boken" → "boka"): a Bokmål form in the Nynorsk list
            wGen = wInit = PARAMS.ghost;
            flags |= FLAG.FLAG_IN_NN;
            stats.ghost = (stats.ghost ?? 0) + 1;
        } else if (inNb && inNn && !hNb?.length && hNn?.length && (sugg = rankReplacements(form, nn2nb, selfNn, NB)).length) {
            wGen = wInit = -PARAMS.ghost;
            flags |= FLAG.FLAG_IN_NB;
            stats.ghost = (stats.ghost ?? 0) + 1;
        } else if (inNb && inNn) {
            const clip = (x) => Math.max(-PARAMS.clip, Math.min(PARAMS.clip, x));
            wGen = clip(Math.log(usage(form, hNb, selfNb, "nb", false) / usage(form, hNn, selfNn, "nn", false)));
            wInit = clip(Math.log(usage(form, hNb, selfNb, "nb", true) / usage(form, hNn, selfNn, "nn", true)));
            // Apertium's own lexical choice: the other direction would say it with another word
            if (PARAMS.lexical) {
                // every reading's preferred translation is another word (none keeps the form)
                // (weighted share of the readings, by part of speech)
                const changed = (cross) => {
                    const rs = (cross.get(form) ?? []).filter((r) => r.forms.length && !r.head.includes("<gen>") && !r.head.includes("<np>"));
                    let all = 0;
                    let ch = 0;
                    for (const r of rs) {
                        const p = rankPrior(r.head);
                        all += p;
                        if (r.forms[0].toLowerCase() !== form) ch += p;
                    }
                    return all ? ch / all : 0;
                };
                const lex = changed(nb2nn) - changed(nn2nb);
                wGen += PARAMS.lexical * lex;
                wInit += PARAMS.lexical * lex;
            }
            stats.both++;
        }
        // Nynorsk e-infinitive: the a-infinitive of the same verb (for texts that use a-infinitives).
        if (inNn && !proper && form.endsWith("e") && hNn?.some((h) => h.includes("<vblex><inf>"))) {
            const infHead = hNn.find((h) => h.includes("<vblex><inf>") && !h.includes("<pasv>"));
            const variants = (infHead && selfNn.get(infHead)) || [];
            const isInf = (f) => headsNn.get(f)?.some((h) => h.includes("<vblex><inf>"));
            const aForms = variants.filter((f) => f.endsWith("a") && NN.has(f) && f !== form && isInf(f));
            // the generator's preferred a-infinitive, then the one with the same stem
            let a = aForms[0];
            const a2 = aForms.find((f) => f.slice(0, -1) === form.slice(0, -1));
            if (!a && NN.has(form.slice(0, -1) + "a") && isInf(form.slice(0, -1) + "a")) a = form.slice(0, -1) + "a";
            const verbOnly = hNn.every((h) => (/<vblex>/.test(h) && !h.includes("<pasv>")) || /<adj><pp>|^[^<]*<n>/.test(h));
            const modal = hNn.some((h) => /^(kunne|skulle|ville|måtte|burde)</.test(h) || h.includes("<vbmod>"));
            if (a && form.length >= 4 && verbOnly && !modal) {
                if (hNn.every((h) => h.includes("<vblex><inf>") || h.includes("<vblex><imp>"))) flags |= FLAG.EINF;
                const as = [...new Set([a, a2].filter(Boolean))];
                sugg = [...sugg.filter((s) => !as.includes(s.form)), ...as.map((f) => ({ form: f, tag: TAG.AINF | TAG.INF }))];
                stats.einf++;
            }
        }
        const gender = proper ? 0 : genderOf(inNb ? hNb : undefined) | (genderOf(inNn ? hNn : undefined) << 2);
        let flags2 = 0;
        // A form of both lists that one standard translates into a similar, different form of
        // the other for every reading, while the other keeps it: a form of the first standard
        // that the other's list also has ("tenaren", "meining", "betre" in the Bokmål list).
        if (inNb && inNn && !proper && !marker) {
            for (const [hV, selfV, crossOV, crossVO, selfO, list, bit, mode] of [
                [hNb, selfNb, nn2nb, nb2nn, selfNn, NB, F2.ISH_IN_NB, PARAMS.ishNb],
                [hNn, selfNn, nb2nn, nn2nb, selfNb, NN, F2.ISH_IN_NN, PARAMS.ishNn],
            ]) {
                if (!mode) continue;
                // the standard's own generator writes the form for one of its readings: its own
                if (mode === 2 && hV?.some((h) => (selfV.get(h) ?? []).some((g) => g.toLowerCase() === form))) continue;
                const rsOV = (crossOV.get(form) ?? []).filter((r) => !r.head.includes("<gen>") && !r.head.includes("<np>") && r.forms.length);
                if (rsOV.length === 0 || rsOV.some((r) => r.forms.some((f) => f.toLowerCase() === form))) continue;
                // only where the lexicon changes the word, not where a generator prefers another spelling
                if (mode === 3 && !rsOV.every((r) => r.lemmaChanged)) continue;
                const rsVO = (crossVO.get(form) ?? []).filter((r) => r.forms.length);
                if (!rsVO.some((r) => r.forms[0].toLowerCase() === form)) continue;
                const reps = rankReplacements(form, crossOV, selfO, list).filter((r) => similar(form, r.form));
                if (reps.length === 0) continue;
                flags2 |= bit;
                sugg = [...sugg, ...reps.filter((r) => !sugg.some((x) => x.form === r.form)).map((r) => ({ ...r, tag: r.tag | TAG.ISH }))];
                stats.ish = (stats.ish ?? 0) + 1;
            }
        }
        // A form of both lists that the other standard reads as a noun, but this one only as
        // something else ("bruker": Bokmål noun, Nynorsk verb): after a determiner or a
        // preposition it is the other standard's noun.
        if (inNb && inNn && !proper && !marker) {
            const isNoun = (h) => /^[^<]*<n>/.test(h) && !h.includes("<gen>");
            for (const [v, hV, hO, cross, selfO, list, bit] of [
                ["nn", hNn, hNb, nb2nn, selfNb, NN, F2.NOUN_IN_NN],
                ["nb", hNb, hNn, nn2nb, selfNn, NB, F2.NOUN_IN_NB],
            ]) {
                // this standard reads it as a verb only; the other as a noun too
                if (!hO?.some(isNoun) || !hV?.length || !hV.every((h) => h.includes("<vblex>"))) continue;
                const nounOnly = new Map([[form, (cross.get(form) ?? []).filter((r) => isNoun(r.head))]]);
                const cognate = (r) => commonPrefix(r.form, form) >= Math.min(4, form.length - 1);
                const reps = rankReplacements(form, nounOnly, selfO, list)
                    .filter(cognate)
                    .map((r) => ({ ...r, tag: r.tag | TAG.NOUN }));
                if (reps.length === 0) continue;
                flags2 |= bit;
                sugg = [...sugg, ...reps.filter((r) => !sugg.some((x) => x.form === r.form))];
                stats.nounRule = (stats.nounRule ?? 0) + 1;
            }
        }
        // At the start of a sentence the other standard's imperative ("Vel" = Bokmål "Velg"),
        // where this standard has no imperative of that spelling.
        if (!proper) {
            const isImp = (h) => h.includes("<vblex><imp>");
            for (const [hV, hO, cross, selfO, list, bit] of [
                [inNb ? hNb : undefined, inNn ? hNn : undefined, nn2nb, selfNn, NB, F2.IMP_IN_NB],
                [inNn ? hNn : undefined, inNb ? hNb : undefined, nb2nn, selfNb, NN, F2.IMP_IN_NN],
            ]) {
                // (not where the other side's imperative is also its infinitive: e-infinitive mode)
                if (!hO?.some(isImp) || hV?.some(isImp) || hO.some((h) => h.includes("<vblex><inf>"))) continue;
                const impOnly = new Map([[form, (cross.get(form) ?? []).filter((r) => isImp(r.head))]]);
                const reps = rankReplacements(form, impOnly, selfO, list).filter((r) => commonPrefix(r.form, form) >= Math.min(3, form.length));
                if (reps.length === 0) continue;
                flags2 |= bit;
                sugg = [...sugg, ...reps.filter((r) => !sugg.some((x) => x.form === r.form)).map((r) => ({ ...r, tag: r.tag | TAG.IMP }))];
                stats.imp = (stats.imp ?? 0) + 1;
            }
        }
        const rec = recordOf({
            g: q(wGen),
            i: q(wInit),
            f: flags,
            f2: flags2,
            n: gender,
            s: sugg.map((s) => suffixRule(form, s.form, s.tag)),
        });
        entries.push([form, rec]);
    }

    // Endings of forms found in one list only: evidence for words in neither list.
    const endings = new Map();
    for (const [list, other, idx] of [
        [NB, NN, 0],
        [NN, NB, 1],
    ]) {
        for (const f of list) {
            if (other.has(f) || f !== f.toLowerCase()) continue;
            for (let k = 2; k <= 6; k++) {
                if (f.length <= k + 2) break;
                const e = f.slice(-k);
                const c = endings.get(e) ?? [0, 0];
                c[idx]++;
                endings.set(e, c);
            }
        }
    }
    let nEndings = 0;
    for (const [e, [a, b]] of endings) {
        if (a + b < 30) continue;
        const w = Math.max(-2, Math.min(2, Math.log((a + 1) / (b + 1))));
        if (Math.abs(w) < 0.1) continue;
        entries.push(["~" + e, recordOf({ g: q(w), i: q(w), f: 0, f2: 0, n: 0, s: [] })]);
        nEndings++;
    }

    log(`5 compile: ${entries.length} entries (${nEndings} endings), ${records.length} distinct records; building the automaton`);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const builder = new DawgBuilder();
    for (const [form, rec] of entries) builder.add(form, rec);
    const dawg = serialise(builder.finish());

    // records: offsets + bytes
    const recBytes = [];
    const recOffsets = new Uint32Array(records.length + 1);
    let off = 0;
    for (let i = 0; i < records.length; i++) {
        recOffsets[i] = off;
        const r = records[i];
        const b = [r.g & 0xff, r.i & 0xff, r.f, r.f2, r.n, r.s.length];
        for (const s of r.s) {
            const bytes = Buffer.from(s.append, "utf8");
            if (s.strip > 255 || bytes.length > 255) throw new Error("replacement too long");
            b.push(s.strip, s.tag, bytes.length, ...bytes);
        }
        recBytes.push(Buffer.from(b));
        off += b.length;
    }
    recOffsets[records.length] = off;
    const recData = Buffer.concat(recBytes);

    // file: header (16 uint32) | alphabet (256 uint16) | target | info | recOffsets | recData
    const header = new Uint32Array(16);
    const MAGIC = 0x464c414d; // "MALF"
    header[0] = MAGIC;
    header[1] = 2; // version
    header[2] = dawg.transitions;
    header[3] = records.length;
    header[4] = recData.length;
    header[5] = PARAMS.quant;
    header[6] = entries.length;
    const parts = [
        Buffer.from(header.buffer),
        Buffer.from(dawg.alpha.buffer),
        Buffer.from(dawg.target.buffer),
        Buffer.from(dawg.info.buffer),
        Buffer.from(recOffsets.buffer),
        recData,
    ];
    const file = path.join(out, "malform.bin");
    fs.writeFileSync(file + ".tmp", Buffer.concat(parts));
    fs.renameSync(file + ".tmp", file);
    const size = fs.statSync(file).size;
    const info = {
        entries: entries.length,
        records: records.length,
        states: dawg.states,
        transitions: dawg.transitions,
        bytes: size,
        ...stats,
    };
    fs.writeFileSync(path.join(out, "malform.json"), JSON.stringify({ built: new Date().toISOString(), params: PARAMS, ...info }, null, 2) + "\n");
    return `${(size / 1e6).toFixed(1)} MB, ${JSON.stringify(info)}`;
}

/** Similar spelling: edit distance at most a third of the longer word. */
function similar(a, b) {
    const m = a.length;
    const n = b.length;
    let prev = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
        const cur = [i];
        for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[n] <= Math.max(m, n) / 3;
}

function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
}

/** A replacement as a rewrite of the form's end: drop `strip` code units, append `append`. */
function suffixRule(form, repl, tag) {
    let i = 0;
    while (i < form.length && i < repl.length && form[i] === repl[i]) i++;
    return { strip: form.length - i, append: repl.slice(i), tag };
}
