// Stage 5 of the målform build: per word form its evidence for Bokmål or Nynorsk, the
// replacements in the other standard and a few grammatical bits, compiled into one binary file.
// The file format, its flags and its writer are the server's (proofreading/malform/format.ts,
// formatWriter.ts), the automaton the one DAWG builder's (lexicon/dawg.ts),
// loaded from TypeScript by scripts/lib/loadTs.mjs. See README.md.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { loadTs } from "../lib/loadTs.mjs";
import { PARAMS } from "./params.mjs";
import { commonPrefix, genderOf, q, rankPrior, rankReplacements, similar, suffixRule, usage } from "./scoring.mjs";
import { loadCross, loadHeads, loadMarkers, loadSelf, readLines } from "./sources.mjs";

const { DawgBuilder } = loadTs("language-server/src/lexicon/dawg.ts");
const { F, F2, TAG } = loadTs("language-server/src/proofreading/malform/format.ts");
const { MAX_RECORD_VALUE, recordValue, writeMalformFile } = loadTs("language-server/src/proofreading/malform/formatWriter.ts");

const HERE = path.dirname(fileURLToPath(import.meta.url));

export { PARAMS };

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
        let flags = (inNb ? F.NB : 0) | (inNn ? F.NN : 0);
        if (inNb && hNb?.some((h) => h.includes("<vblex><inf>"))) flags |= F.INF_NB;
        if (inNn && hNn?.some((h) => h.includes("<vblex><inf>"))) flags |= F.INF_NN;
        let wGen = 0;
        let wInit = 0;
        let sugg = [];
        const marker = markers.get(form);
        if (marker) {
            wGen = wInit = marker.weight;
            flags |= F.MARK;
            if (marker.flag) {
                flags |= marker.variety === "nb" ? F.FLAG_IN_NN : F.FLAG_IN_NB;
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
                flags |= F.FLAG_IN_NN;
                stats.flagNn++;
            }
            stats[strong ? "strong" : "weak"]++;
        } else if (inNn && !inNb) {
            sugg = rankReplacements(form, nn2nb, selfNn, NB);
            const strong = sugg.length > 0;
            wGen = wInit = -(strong ? PARAMS.strong : PARAMS.weak);
            if (strong) {
                flags |= F.FLAG_IN_NB;
                stats.flagNb++;
            }
            stats[strong ? "strong" : "weak"]++;
        } else if (inNb && inNn && !hNn?.length && hNb?.length && (sugg = rankReplacements(form, nb2nn, selfNb, NN)).length) {
            // in both lists, but Apertium's Nynorsk analyser does not know it and translates it
            // into another Nynorsk form ("boken" → "boka"): a Bokmål form in the Nynorsk list
            wGen = wInit = PARAMS.ghost;
            flags |= F.FLAG_IN_NN;
            stats.ghost = (stats.ghost ?? 0) + 1;
        } else if (inNb && inNn && !hNb?.length && hNn?.length && (sugg = rankReplacements(form, nn2nb, selfNn, NB)).length) {
            wGen = wInit = -PARAMS.ghost;
            flags |= F.FLAG_IN_NB;
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
                    const rs = (cross.get(form) ?? []).filter(
                        (r) => r.forms.length && !r.head.includes("<gen>") && !r.head.includes("<np>"),
                    );
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
                if (hNn.every((h) => h.includes("<vblex><inf>") || h.includes("<vblex><imp>"))) flags |= F.EINF;
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
                const rsOV = (crossOV.get(form) ?? []).filter(
                    (r) => !r.head.includes("<gen>") && !r.head.includes("<np>") && r.forms.length,
                );
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
                const reps = rankReplacements(form, impOnly, selfO, list).filter(
                    (r) => commonPrefix(r.form, form) >= Math.min(3, form.length),
                );
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
    const builder = new DawgBuilder(MAX_RECORD_VALUE);
    for (const [form, rec] of entries) builder.add(form, recordValue(rec));
    const stored = records.map((r) => ({
        weight: r.g,
        weightInit: r.i,
        flags: r.f,
        flags2: r.f2,
        genders: r.n,
        replacements: r.s.map((s) => ({ strip: s.strip, tags: s.tag, append: s.append })),
    }));
    const dawg = writeMalformFile(builder.finishEdges(), stored, entries.length, PARAMS.quant);
    const file = path.join(out, "malform.bin");
    fs.writeFileSync(file + ".tmp", dawg.bytes);
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
    fs.writeFileSync(
        path.join(out, "malform.json"),
        JSON.stringify({ built: new Date().toISOString(), params: PARAMS, ...info }, null, 2) + "\n",
    );
    return `${(size / 1e6).toFixed(1)} MB, ${JSON.stringify(info)}`;
}
