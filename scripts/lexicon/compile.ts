// Compiles the word lists prepared by build.sh into one DAWG file, .cache/lexicon/lexicon.bin.
// Bundled and run by build.sh: node compile.js --work DIR --out DIR
//
// Inputs in the work folder (UTF-8, one entry a line):
//   nb.words, nn.words      wnorwegian's full-form lists (/usr/share/dict/bokmaal, nynorsk)
//   nob.forms, nno.forms    Apertium nno-nob analysers expanded by lt-paradigm, as "K<TAB>form":
//                           F = a full form, L = may begin a compound, R = may end a compound,
//                           C = a function word's form, A = an adverb's (full forms too);
//                           a third column has the lemma (for the error-tolerant entries)
//   common.words            optional: Tesseract's Norwegian word list (words seen in web text)
import * as fs from "node:fs";
import * as path from "node:path";
import { DawgBuilder } from "../../language-server/src/lexicon/dawg";
import { LEXICON_FILE, serializeDawg } from "../../language-server/src/lexicon/format";
import { misspellingKey } from "../../language-server/src/lexicon/misspellings";
import {
    F_COMMON,
    F_FREQ_MASK,
    F_FREQ_SHIFT,
    F_LIST_ONLY,
    F_MISSPELLING,
    F_NB,
    F_NB_LEFT,
    F_NB_RIGHT,
    F_NN,
    F_NN_LEFT,
    F_NN_RIGHT,
} from "../../language-server/src/lexicon/flags";
import { requiredArg } from "../lib/args";

const work = requiredArg("--work");
const out = requiredArg("--out");
const started = Date.now();

/** A written form we keep: letters, with inner hyphens, apostrophes or periods (abbreviations). */
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

function lines(file: string): string[] {
    return fs
        .readFileSync(path.join(work, file), "utf8")
        .split("\n")
        .filter((l) => l.length > 0);
}

const flags = new Map<string, number>();
const counts: Record<string, number> = {};
function mark(form: string, f: number): void {
    if (!WORD.test(form) || form.length > 60) return;
    flags.set(form, (flags.get(form) ?? 0) | f);
}

// wnorwegian: the reference for which standard a form belongs to
const wordLists = { nb: new Set(lines("nb.words")), nn: new Set(lines("nn.words")) };
counts["nb.words"] = wordLists.nb.size;
counts["nn.words"] = wordLists.nn.size;

// Apertium: full forms and compound parts. Its analysers are lenient (the Nynorsk one reads
// "ikke" as ikkje): a form the other standard's word list has and this one's lacks is left out.
// (Asking Apertium's generators instead lets through "vises" and "størrelsen" as Nynorsk; the
// price of leaving them out is a few right forms the old Nynorsk list lacks, like "heiltal".)
// Compound parts are lower-case forms only (a name in a compound takes a hyphen: "Oslo-området").
const apertiumForms = new Set<string>();
/** Per analyser, each lemma's lower-case full forms (for the error-tolerant entries, misspellings.ts). */
const paradigms = { "nob.forms": new Map<string, string[]>(), "nno.forms": new Map<string, string[]>() };
/** Forms of function words (class 7) and adverbs (class 5): the frequency prior for them. */
const functionWords = new Map<string, number>();
for (const [file, full, left, right, own, other] of [
    ["nob.forms", F_NB, F_NB_LEFT, F_NB_RIGHT, wordLists.nb, wordLists.nn],
    ["nno.forms", F_NN, F_NN_LEFT, F_NN_RIGHT, wordLists.nn, wordLists.nb],
] as const) {
    let n = 0;
    let skipped = 0;
    for (const line of lines(file)) {
        const [kind, form, lemma] = line.split("\t");
        const lower = form === form.toLowerCase();
        if (kind === "F" && lower && lemma) {
            const forms = paradigms[file].get(lemma);
            if (forms) forms.push(form);
            else paradigms[file].set(lemma, [form]);
        }
        if (kind === "C" || kind === "A") functionWords.set(form, Math.max(functionWords.get(form) ?? 0, kind === "C" ? 7 : 5));
        if (kind === "F" || kind === "C" || kind === "A") {
            apertiumForms.add(form);
            if (other.has(form) && !own.has(form)) skipped++;
            else {
                mark(form, full);
                n++;
            }
        } else if (kind === "L" && lower) mark(form, left);
        else if (kind === "R" && lower) mark(form, right);
    }
    counts[file] = n;
    counts[file + " (other standard's spelling, left out)"] = skipped;
}

// wnorwegian full forms. A form Apertium does not know is mostly an open-class word (a noun, a
// compound): it may end a compound when it is lower case and not tiny.
for (const [v, full, right] of [
    ["nb", F_NB, F_NB_RIGHT],
    ["nn", F_NN, F_NN_RIGHT],
] as const) {
    for (const form of wordLists[v]) {
        const known = apertiumForms.has(form);
        mark(form, full | (known ? 0 : F_LIST_ONLY) | (!known && form.length >= 4 && form === form.toLowerCase() ? right : 0));
    }
}

// Error-tolerant entries: Apertium's analysers accept common misspellings on purpose, as
// forms of the rightly spelt lemma ("orginal", "orginalen" … under "original"; "statestikk"
// under "statistikk"). Such a form is told from a real variant by its spelling: it differs from
// the lemma inside the word, by one or two letters (a variant differs at the end: "boka"/"boken";
// "mjølk" under "melk" is in the word list, which no misspelling is). It is no form of either
// standard then, and its correction (the same form of the lemma's own spelling) is stored.
const misspellings = new Map<string, string>();
{
    const tolerant = { "nob.forms": new Map<string, string>(), "nno.forms": new Map<string, string>() };
    const surfaces = { "nob.forms": new Set<string>(), "nno.forms": new Set<string>() };
    /** Forms some lemma of the analyser has as its own spelling (not as an error-tolerant one). */
    const rightlySpelt = { "nob.forms": new Set<string>(), "nno.forms": new Set<string>() };
    for (const file of ["nob.forms", "nno.forms"] as const) {
        for (const [lemma, forms] of paradigms[file]) {
            const own = new Set(forms);
            for (const f of forms) surfaces[file].add(f);
            const wrongs = new Set<string>();
            for (const [wrong, right] of tolerantForms(lemma.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, ""), own)) {
                tolerant[file].set(wrong, right);
                wrongs.add(wrong);
            }
            for (const f of forms) if (!wrongs.has(f)) rightlySpelt[file].add(f);
        }
    }
    for (const file of ["nob.forms", "nno.forms"] as const) {
        const otherFile = file === "nob.forms" ? "nno.forms" : "nob.forms";
        const ownList = file === "nob.forms" ? wordLists.nb : wordLists.nn;
        for (const [wrong, right] of tolerant[file]) {
            // the standard's own word list has it, or the other analyser reads it as a form of
            // its own spelling. (The other standard's list alone is no proof: the Nynorsk list
            // has "orginal", which no Nynorsk analysis knows.)
            // The word list carries one kind of such error too, which it then cannot vouch for: a
            // Bokmål adjective in -elig written -lig ("vitenskaplig", "hovedsaklig"), unless the
            // analyser also has a lemma spelt so ("forenlig" beside "forenelig").
            if (ownList.has(wrong) && !(file === "nob.forms" && droppedEOfElig(wrong, right) && !rightlySpelt[file].has(wrong))) continue;
            if (surfaces[otherFile].has(wrong) && !tolerant[otherFile].has(wrong)) continue;
            misspellings.set(wrong, right);
        }
    }
    for (const wrong of misspellings.keys()) flags.delete(wrong);
    counts["known misspellings (error-tolerant analyses)"] = misspellings.size;
}

/** Is `wrong` the form `right` of an adjective in -elig with that e left out ("vitenskaplige" for "vitenskapelige")? */
function droppedEOfElig(wrong: string, right: string): boolean {
    const i = right.lastIndexOf("elig");
    return i > 0 && right.length === wrong.length + 1 && wrong === right.slice(0, i) + right.slice(i + 1);
}

/**
 * The forms of one lemma's paradigm that spell its stem otherwise than the lemma, each with the
 * same form rightly spelt. A citation form `wrong` = p + a + q beside the lemma p + b + q (a, b
 * of at most two letters, q of three or more: the difference lies inside the word) gives the
 * rewrite p+a → p+b for every form beginning so whose rewrite is in the paradigm too.
 */
function tolerantForms(lemma: string, forms: ReadonlySet<string>): [string, string][] {
    const out: [string, string][] = [];
    if (lemma.length < 4 || lemma !== lemma.toLowerCase() || !forms.has(lemma)) return out;
    const rules = new Map<string, string>();
    for (const f of forms) {
        if (f === lemma || f.length < 4) continue;
        let p = 0;
        while (p < f.length && p < lemma.length && f[p] === lemma[p]) p++;
        let q = 0;
        while (q < f.length - p && q < lemma.length - p && f[f.length - 1 - q] === lemma[lemma.length - 1 - q]) q++;
        const a = f.slice(p, f.length - q);
        const b = lemma.slice(p, lemma.length - q);
        if (q < 3 || a.length > 2 || b.length > 2 || a === b || p === 0) continue;
        rules.set(f.slice(0, p) + a, lemma.slice(0, p) + b);
    }
    for (const [from, to] of rules) {
        for (const f of forms) {
            if (!f.startsWith(from) || f.startsWith(to)) continue;
            const right = to + f.slice(from.length);
            if (right !== f && forms.has(right)) out.push([f, right]);
        }
    }
    return out;
}

/** Gives `bit` to every form seen at least `min` times; returns how many did not have it. */
function grantAttested(seen: ReadonlyMap<string, number>, min: number, bit: number): number {
    let added = 0;
    for (const [form, n] of seen) {
        const f = flags.get(form) ?? 0;
        if (n >= min && !(f & bit)) {
            flags.set(form, f | bit);
            added++;
        }
    }
    return added;
}

// Compound parts attested by the word lists themselves: a listed form (or one with a linking
// -s-/-e-) that begins at least MIN_ATTESTED listed compounds whose rest may end a compound
// ("binær" in binærfil, binærkode, binærsystem, ...) may begin a compound too. Apertium marks
// nouns and verbs, seldom adjectives and prefixes.
const MIN_ATTESTED = 3;
{
    const attested = { nb: new Map<string, number>(), nn: new Map<string, number>() };
    for (const [v, full, right] of [
        ["nb", F_NB, F_NB_RIGHT],
        ["nn", F_NN, F_NN_RIGHT],
    ] as const) {
        const seen = attested[v];
        for (const form of wordLists[v]) {
            if (form.length < 7 || form !== form.toLowerCase() || form.includes("-")) continue;
            for (let i = 3; i <= form.length - 4; i++) {
                const head = form.slice(0, i);
                const hf = flags.get(head) ?? 0;
                const linked = (head.endsWith("s") || head.endsWith("e")) && (flags.get(head.slice(0, -1)) ?? 0) & full;
                if (!(hf & full) && !linked) continue;
                if (!((flags.get(form.slice(i)) ?? 0) & right)) continue;
                seen.set(head, (seen.get(head) ?? 0) + 1);
            }
        }
    }
    counts["compound-left parts attested by the lists"] =
        grantAttested(attested.nb, MIN_ATTESTED, F_NB_LEFT) + grantAttested(attested.nn, MIN_ATTESTED, F_NN_LEFT);
}

// The same for the end of a compound: a listed form of 3+ letters that ends at least
// MIN_ATTESTED_RIGHT listed compounds whose first part may begin one ("tal" in heiltal, desimaltal,
// ...) may end a compound. Apertium leaves short heads unmarked.
const MIN_ATTESTED_RIGHT = 5;
{
    let added = 0;
    for (const [v, full, left, right] of [
        ["nb", F_NB, F_NB_LEFT, F_NB_RIGHT],
        ["nn", F_NN, F_NN_LEFT, F_NN_RIGHT],
    ] as const) {
        const seen = new Map<string, number>();
        for (const form of wordLists[v]) {
            if (form.length < 7 || form !== form.toLowerCase() || form.includes("-")) continue;
            for (let i = 4; i <= form.length - 3; i++) {
                const tail = form.slice(i);
                if (!((flags.get(tail) ?? 0) & full) || !((flags.get(form.slice(0, i)) ?? 0) & left)) continue;
                seen.set(tail, (seen.get(tail) ?? 0) + 1);
            }
        }
        // a function word or an adverb ends no compound ("musepeikar|enn" is a typo)
        for (const w of functionWords.keys()) seen.delete(w);
        added += grantAttested(seen, MIN_ATTESTED_RIGHT, right);
    }
    counts["compound-right parts attested by the lists"] = added;
}

// the ranking prior
let common = 0;
if (fs.existsSync(path.join(work, "common.words"))) {
    // the spelling as seen; a word in capitals also counts for its lower-case form. A word seen
    // only with a capital is a name or stood first in a sentence: it says nothing about the
    // lower-case form ("Forst" is a name, "forst" a typo of "først").
    const seen = new Set(lines("common.words").flatMap((w) => (w === w.toUpperCase() ? [w, w.toLowerCase()] : [w])));
    for (const [form, f] of flags) {
        if (f & (F_NB | F_NN) && seen.has(form)) {
            flags.set(form, f | F_COMMON);
            common++;
        }
    }
}

// the second ranking prior: how many listed words end in this form (as the head of a compound:
// "bruk" ends "jordbruk", "forbruk", ...; "bork" ends none): a word's productivity follows its
// frequency. log2 of the count, 0..7, in bits 7-9.
const reversed = [...flags.keys()]
    .filter((k) => k === k.toLowerCase())
    .map((k) => [...k].reverse().join(""))
    .sort();
function countWithPrefix(sorted: string[], prefix: string): number {
    const lo = lowerBound(sorted, prefix);
    const hi = lowerBound(sorted, prefix + "\uffff");
    return hi - lo;
}
function lowerBound(sorted: string[], key: string): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}
const productive: number[] = new Array(8).fill(0);
for (const [form, f] of flags) {
    if (!(f & (F_NB | F_NN)) || form !== form.toLowerCase() || form.length < 2) continue;
    const rev = [...form].reverse().join("");
    // entries ending in the form, less the form itself and those only 1-2 letters longer (inflections)
    const n = countWithPrefix(reversed, rev) - 1 - Math.max(0, countShort(rev));
    const cls = Math.min(7, Math.floor(Math.log2(1 + Math.max(0, n))));
    if (cls > 0) {
        flags.set(form, f | (cls << F_FREQ_SHIFT));
        productive[cls]++;
    }
}
/** Entries that are the reversed form plus one or two letters (inflections, not compounds). */
function countShort(rev: string): number {
    let n = 0;
    const lo = lowerBound(reversed, rev);
    const hi = lowerBound(reversed, rev + "\uffff");
    for (let i = lo; i < hi && n < 1000; i++) if (reversed[i].length > rev.length && reversed[i].length <= rev.length + 2) n++;
    return n;
}
counts["productivity classes 1..7"] = productive.slice(1).reduce((a, b) => a + b, 0);
for (const [form, cls] of functionWords) {
    const f = flags.get(form);
    if (f === undefined || !(f & (F_NB | F_NN))) continue;
    if ((f & F_FREQ_MASK) >> F_FREQ_SHIFT < cls) flags.set(form, (f & ~F_FREQ_MASK) | (cls << F_FREQ_SHIFT));
}
counts["function words and adverbs"] = functionWords.size;

// the corrections, stored as keys of their own (misspellings.ts)
for (const [wrong, right] of misspellings) flags.set(misspellingKey(wrong, right), F_MISSPELLING);

const keys = [...flags.keys()].sort();
const builder = new DawgBuilder();
for (const k of keys) builder.add(k, flags.get(k)!);
const dawg = builder.finish();

const stats = {
    entries: keys.length,
    nb: 0,
    nn: 0,
    both: 0,
    nbLeft: 0,
    nnLeft: 0,
    common,
};
for (const f of flags.values()) {
    if (f & F_NB) stats.nb++;
    if (f & F_NN) stats.nn++;
    if (f & F_NB && f & F_NN) stats.both++;
    if (f & F_NB_LEFT) stats.nbLeft++;
    if (f & F_NN_LEFT) stats.nnLeft++;
}
const meta = {
    built: new Date().toISOString(),
    licence:
        "GPL-2.0-or-later (wnorwegian, apertium-nno-nob); the F_COMMON bit is derived from tesseract-ocr-nor (Apache-2.0); see scripts/lexicon/README.md",
    sources: JSON.parse(fs.readFileSync(path.join(work, "sources.json"), "utf8")) as unknown,
    inputs: counts,
    stats,
};
fs.mkdirSync(out, { recursive: true });
const buf = serializeDawg(dawg, keys.length, meta);
fs.writeFileSync(path.join(out, LEXICON_FILE), buf);
fs.writeFileSync(path.join(out, "lexicon.json"), JSON.stringify({ ...meta, edges: dawg.edgeCount, bytes: buf.length }, null, 2) + "\n");
console.log(
    `lexicon: ${keys.length} entries (nb ${stats.nb}, nn ${stats.nn}, both ${stats.both}), ${dawg.edgeCount} edges, ` +
        `${(buf.length / 1048576).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
