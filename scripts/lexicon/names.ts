// Compiles the names prepared by names.sh into .cache/lexicon/names.bin (see
// language-server/src/lexicon/namesList.ts for what the keys and flags mean).
// Bundled and run by names.sh: node names.js --work DIR --out DIR
//
// Inputs: the compiled lexicon in the out folder (its capitalised entries), and in the work folder: nob.np, nno.np (lt-paradigm's "lemma<np><tags>:surface" lines of
// Apertium's Bokmål and Nynorsk analysers), en.words (SCOWL's words), sources.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { DawgBuilder } from "../../language-server/src/lexicon/dawg";
import { LEXICON_FILE, readDawgFile, serializeDawg } from "../../language-server/src/lexicon/format";
import { F_COMMON, F_NB, F_NN } from "../../language-server/src/lexicon/flags";
import {
    N_EN,
    N_EN_WORD,
    N_LEX_COMMON,
    N_LEX_NB,
    N_LEX_NN,
    N_NB,
    N_NN,
    N_ORG,
    N_PERSON,
    N_PLACE,
    N_VARIANT,
    NAMES_FILE,
    variantKey,
} from "../../language-server/src/lexicon/namesList";
import { requiredArg } from "../lib/args";
import { isFamousName } from "../../language-server/src/proofreading/spelling/soundAlike";

const work = requiredArg("--work");
const out = requiredArg("--out");

/** A name: a capital, then lower-case letters (accents too), inner hyphens or apostrophes. */
const NAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

const flags = new Map<string, number>();
const add = (key: string, f: number): void => {
    flags.set(key, (flags.get(key) ?? 0) | f);
};
const variants: [string, string, number][] = [];
const counts: Record<string, number> = {};

for (const [file, source] of [
    ["nob.np", N_NB],
    ["nno.np", N_NN],
] as const) {
    for (const line of fs.readFileSync(path.join(work, file), "utf8").split("\n")) {
        const m = /^([^<]+)<np>((?:<[^>]+>)*):(.+)$/.exec(line);
        if (!m) continue;
        const [, lemma, tags, surface] = m;
        if (!NAME.test(lemma) || !NAME.test(surface)) continue;
        const kind = tags.startsWith("<top>") ? N_PLACE : tags.startsWith("<org>") ? N_ORG : N_PERSON;
        // the analysers also read a name without its accents or with other ones ("Geneve",
        // "Genèva" for "Genève"): such a spelling is a variant, unless it is a name of its own
        if (surface === lemma) add(lemma, kind | source);
        else variants.push([surface, lemma, kind | source]);
    }
}
counts["Apertium names"] = flags.size;
// a broken expansion (an analyser that was not found, a changed output) must not pass for a list
if (flags.size < 10_000) throw new Error(`names: only ${flags.size} names from Apertium's analysers`);
const lexicon = readDawgFile(path.join(requiredArg("--lexicon"), LEXICON_FILE)).dawg;
let lexiconNames = 0;
for (const [form, f] of lexicon.entries()) {
    if (!NAME.test(form) || !(f & (F_NB | F_NN))) continue;
    add(form, (f & F_NB ? N_LEX_NB : 0) | (f & F_NN ? N_LEX_NN : 0) | (f & F_COMMON ? N_LEX_COMMON : 0));
    lexiconNames++;
}
counts["lexicon names"] = lexiconNames;
const ENGLISH_WORD = /^\p{Ll}{4,}$/u;
for (const w of fs.readFileSync(path.join(work, "en.words"), "utf8").split("\n")) {
    if (NAME.test(w)) add(w, N_EN);
    else if (ENGLISH_WORD.test(w)) add(w, N_EN_WORD);
}
counts["names in all"] = flags.size;
let variantCount = 0;
for (const [surface, lemma, f] of variants) {
    if ((flags.get(surface) ?? 0) & (N_NB | N_NN)) continue;
    flags.set(variantKey(surface, lemma), N_VARIANT | (f & ~N_EN));
    variantCount++;
}
counts["variant spellings"] = variantCount;

const keys = [...flags.keys()].sort();
const builder = new DawgBuilder();
for (const k of keys) builder.add(k, flags.get(k)!);
const dawg = builder.finish();
const sources = JSON.parse(fs.readFileSync(path.join(work, "sources.json"), "utf8")) as Record<string, string>;
// SCOWL's permission asks for its copyright and permission notice in all copies: it travels in the file's header
const licences = {
    "apertium-nno-nob": "GPL-2.0-or-later (© 2009-2019 Kevin Brubeck Unhammer and others)",
    "wamerican-huge (SCOWL)":
        "Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, " +
        "the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above " +
        "copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting " +
        "documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided " +
        '"as is" without express or implied warranty. (SCOWL also includes other authors\' lists under similar terms: see ' +
        "/usr/share/doc/wamerican-huge/copyright.)",
    lexicon: "see lexicon.json (wnorwegian, Apertium: GPL-2.0-or-later)",
};
// the sound-key question's names (soundAlike.ts), chosen here so the server need not walk the list
const famousNames = keys.filter((k) => isFamousName(k, flags.get(k)!));
counts["famous foreign places and organisations"] = famousNames.length;
const meta = { kind: "names", built: new Date().toISOString(), sources, licences, counts, famousNames };
const buf = serializeDawg(dawg, keys.length, meta);
fs.writeFileSync(path.join(out, NAMES_FILE), buf);
fs.writeFileSync(
    path.join(out, "names.json"),
    JSON.stringify({ ...meta, famousNames: undefined, edges: dawg.edgeCount, bytes: buf.length }, null, 2) + "\n",
);
console.log(`names: ${keys.length} keys, ${dawg.edgeCount} edges, ${buf.length} bytes`, counts);
