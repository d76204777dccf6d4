// Compiles the converter's tables (language-server/src/convert/rules/format.ts) from the målform
// build's per-form translation maps (scripts/malform/build.mjs stages 2-4: every form of the
// wnorwegian lists through Apertium's analyser, bilingual lexicon and generator).
//
//   node compile.js --work .cache/malform/work --out .cache/convert
//
// Per form and reading: the head's tag set, whether the analysis is a compound, whether the
// bilingual lexicon changed the lemma, and the other standard's forms, best first. One change
// to what Apertium's tables give word by word: a Bokmål present s-passive ("lagres") becomes
// "vert"/"blir" + participle ("vert lagra"), since Apertium's bilingual lexicon maps it to the
// active present ("lagrar") and leaves the passive to its transfer rules.
import * as fs from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline";
import { DawgBuilder } from "../../language-server/src/lexicon/dawg";
import { F_COMMON, freqClass } from "../../language-server/src/lexicon/flags";
import { loadLexicon } from "../../language-server/src/lexicon/lexicon";
import { compoundReadings, type FirstParts, type Lookup } from "../../language-server/src/convert/rules/compounds";
import {
    HEADER_WORDS,
    keyOf,
    MAGIC,
    PART_MARK,
    PART_TAGS,
    READING,
    TARGET_GENDERS,
    VERSION,
} from "../../language-server/src/convert/rules/format";
import { type Reading as TableReading, tagsOf } from "../../language-server/src/convert/rules/table";
import { requiredArg } from "../lib/args";
import { type CompoundEvidence, learnFirstParts } from "./firstParts";
import { chainTargets } from "./chainTargets";
import { collectBokmal, CommonWords } from "./commonWords";
import { repairCompounds } from "./compoundTargets";
import { keepNeuters, type NeuterCandidate, neuterCandidate } from "./neuters";
import { bokmalNeuterPlurals, nynorskLemmaInfinitives, preferKept } from "./targets";

const work = requiredArg("--work");
const extra = process.argv.includes("--extra") ? requiredArg("--extra") : undefined;
const added = { nb: 0, nn: 0 };
const out = requiredArg("--out");
const lexicon = loadLexicon(requiredArg("--lexicon"));

/**
 * How common a lemma is, 0..7, from the speller's lexicon: seen in web text (4) plus half its
 * productivity class (how many compounds end in it). Tells "ny" (new) from "nyte" (enjoy) when
 * both analyse "nytt".
 */
function lemmaRank(lemma: string): number {
    const f = lexicon.formFlags(lemma.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, ""));
    return ((f & F_COMMON) !== 0 ? 2 : 0) + (freqClass(f) >= 4 ? 1 : 0);
}

/** How common a lemma is, finer than lemmaRank: seen in web text, then how many compounds end in it (0..7). */
function lemmaFrequency(lemma: string): number {
    const f = lexicon.formFlags(lemma.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, ""));
    return ((f & F_COMMON) !== 0 ? 8 : 0) + freqClass(f);
}

/**
 * Readings with the same tag set (two lemmas: "rammen" is "ramme", the frame, or "ram", the ram;
 * two translations: "høgd" → "høyd" or "høyde"), the more common first (`frequency`: the lemma's,
 * and whether the first target is seen in web text): the disambiguation cannot tell them apart
 * by context and takes the first. Otherwise Apertium's order is kept.
 */
function byFrequency(readings: Reading[], frequency: ReadonlyMap<Reading, number>): Reading[] {
    const group = new Map<number, number>();
    readings.forEach((r, i) => group.has(r.tags) || group.set(r.tags, i));
    const at = new Map(readings.map((r, i) => [r, i]));
    return [...readings].sort(
        (a, b) => group.get(a.tags)! - group.get(b.tags)! || (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || at.get(a)! - at.get(b)!,
    );
}

export interface Reading {
    tags: number;
    bits: number;
    targets: string[];
}

const tagIds = new Map<string, number>();
function tagId(tags: string): number {
    let id = tagIds.get(tags);
    if (id === undefined) tagIds.set(tags, (id = tagIds.size));
    return id;
}

/** "lemma<a><b>" → ["lemma", "a.b"]. */
function split(unit: string): [string, string] {
    const i = unit.indexOf("<");
    if (i < 0) return [unit, ""];
    return [
        unit.slice(0, i),
        unit
            .slice(i + 1, -1)
            .split("><")
            .join("."),
    ];
}

/**
 * From the units map (each analysis through the bilingual lexicon and generator): the
 * participle of a lemma in the target standard ("lagre" → "lagra"), and the target gender of
 * each noun analysis ("løsning<n><m><sg><ind>" → f: the bilingual lexicon's "løysing<n><f>").
 */
async function unitsInfo(file: string): Promise<{ pp: Map<string, string>; gender: Map<string, number> }> {
    const pp = new Map<string, string>();
    const gender = new Map<string, number>();
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const line of rl) {
        const tab = line.indexOf("\t");
        if (tab < 0) continue;
        const unit = line.slice(0, tab);
        const first = line.slice(tab + 1).split("\t")[0];
        if (unit.includes("<n>")) {
            const g = /^[^<]*<n><(m|f|nt)>/.exec(first)?.[1];
            if (g) gender.set(unit, 1 + TARGET_GENDERS.indexOf(g as "m" | "f" | "nt"));
        }
        if (!unit.endsWith("<vblex><pp>")) continue;
        const [, pref, , forms] = first.split("=");
        const form = pref || forms?.split("|")[0];
        if (form) pp.set(unit.slice(0, -"<vblex><pp>".length), form);
    }
    return { pp, gender };
}

/**
 * The hand-written målform markers (scripts/malform/markers.tsv): closed-class words and frequent
 * irregular forms with their replacements in the other standard. A reading none of whose targets
 * is a replacement gets the replacements ("fleire": Apertium's adjective reading → "gjentatte";
 * the marker says "flere").
 */
function markers(file: string): Map<string, string[]> {
    const m = new Map<string, string[]>();
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        if (!line || line.startsWith("#")) continue;
        const [form, variety, , flag, repl] = line.split("\t");
        if (flag !== "y" || !repl) continue;
        m.set(`${variety}:${form}`, repl.split("|").filter(Boolean));
    }
    return m;
}
const MARKERS = markers(requiredArg("--markers"));

// the infinitive stays "bli", as Apertium and most Nynorsk translators write it ("vil bli fjerna")
const VERTE: Record<string, string[]> = { "vblex.pres": ["vert"], "vblex.pp": ["vorte"] };

/** What readSide collects beside the readings, for the later passes. */
interface Evidence extends CompoundEvidence {
    neuters: NeuterCandidate[];
    /** A form → the lemmas of its infinitive analyses. */
    infinitives: Map<string, Set<string>>;
}

async function readSide(
    file: string,
    side: "nb" | "nn",
    info: { pp: Map<string, string>; gender: Map<string, number> },
    add: (form: string, readings: Reading[]) => void,
    evidence: Evidence,
    common: CommonWords,
): Promise<void> {
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const line of rl) {
        const cols = line.split("\t");
        const form = cols[0];
        if (!form || cols.length < 2) continue;
        const readings: Reading[] = [];
        const frequency = new Map<Reading, number>();
        for (const col of cols.slice(1)) {
            const b = col.lastIndexOf("=");
            const a = col.lastIndexOf("=", b - 1);
            if (a < 0) continue;
            const analysis = col.slice(0, a);
            const targets = col
                .slice(a + 1, b)
                .split("|")
                .filter(Boolean);
            if (analysis.includes("#") || analysis.includes(" ")) continue;
            const units = analysis.split("+");
            const [lemma, tags] = split(units[units.length - 1]);
            if (units.length === 1 && /^[^<]+<n>.*<sg><ind>$/.test(analysis)) {
                const forms = evidence.nouns.get(analysis) ?? new Set<string>();
                evidence.nouns.set(analysis, forms.add(form));
            } else if (units.length === 1 && tags === "vblex.inf") {
                const lemmas = evidence.infinitives.get(form) ?? new Set<string>();
                evidence.infinitives.set(form, lemmas.add(lemma));
            } else if (units.length === 2 && /^[^<]+<n>.*<sg><ind><cmp>$/.test(units[0]))
                evidence.compounds.push({ form, first: units[0].slice(0, -"<cmp>".length), headTags: tags });
            if (side === "nb" && units.length === 1) collectBokmal(common.formsOf, form, lemma, tags);
            const targetGender = info.gender.get(units[units.length - 1]) ?? 0;
            const bits =
                (units.length > 1 ? READING.COMPOUND : 0) |
                (lemmaRank(lemma) << READING.RANK_SHIFT) |
                (targetGender << READING.TARGET_GENDER_SHIFT);
            let ts = targets;
            if (side === "nb" && tags === "vblex.pres.pasv") {
                const p = info.pp.get(lemma);
                if (p && targets.length) {
                    const prefix = units.length > 1 ? targets[0].slice(0, Math.max(0, targets[0].length - lemma.length - 2)) : "";
                    ts = [`vert ${prefix}${p}`];
                }
            }
            // "bli" the way Apertium's Nynorsk already writes its past ("ble" → "vart"): "blir" →
            // "vert", "blitt" → "vorte"; "blei"/"blir" stay as variants
            // for a house style that wants them (skrivehjelp.convert.houseStyle)
            if (side === "nb" && lemma === "bli" && units.length === 1) {
                const verte = VERTE[tags];
                if (verte) ts = [...verte, ...ts.filter((t) => !verte.includes(t))];
            }
            const marked = MARKERS.get(`${side}:${form}`);
            if (marked && !ts.some((t) => marked.includes(t))) ts = marked;
            const reading = { tags: tagId(tags), bits, targets: ts.slice(0, 4) };
            // a Nynorsk word whose Bokmål cognate is rare: the word Bokmål writes ("syner" → "viser")
            if (side === "nn") common.nynorskReading(reading, units[units.length - 1], tags, units.length > 1);
            // two analyses with the same tags and forms (compounds split two ways) are one reading
            const same = readings.find((r) => r.tags === reading.tags && r.targets.join("|") === reading.targets.join("|"));
            if (same) same.bits = (same.bits & ~READING.COMPOUND) | (same.bits & reading.bits & READING.COMPOUND);
            else {
                readings.push(reading);
                frequency.set(reading, lemmaFrequency(lemma) + (ts[0] && lexicon.formFlags(ts[0]) & F_COMMON ? 8 : 0));
            }
            if (side === "nb" && neuterCandidate(tags, targetGender)) evidence.neuters.push({ reading: same ?? reading, lemma, tags });
        }
        if (readings.length) add(form, byFrequency(readings, frequency));
    }
}

function encodeRecord(form: string, readings: Reading[]): Buffer {
    const parts: Buffer[] = [Buffer.from([Math.min(255, readings.length)])];
    for (const r of readings.slice(0, 255)) {
        if (r.tags > 255) throw new Error("more than 256 tag sets");
        parts.push(Buffer.from([r.tags, r.targets.length | (r.bits << READING.BITS_SHIFT)]));
        for (const t of r.targets) {
            let common = 0;
            while (common < form.length && common < t.length && form[common] === t[common]) common++;
            const strip = form.length - common;
            const tail = Buffer.from(t.slice(common), "utf8");
            if (strip > 255 || tail.length > 255) throw new Error(`target too long: ${form} → ${t}`);
            // strip and length share a byte when both are under 15 (nearly always)
            parts.push(
                strip < 15 && tail.length < 15 ? Buffer.from([strip | (tail.length << 4)]) : Buffer.from([0xff, strip, tail.length]),
                tail,
            );
        }
    }
    return Buffer.concat(parts);
}

async function main(): Promise<void> {
    const started = Date.now();
    const recordIds = new Map<string, number>();
    const records: Buffer[] = [];
    /** Equal records are stored once. */
    const recordId = (rec: Buffer): number => {
        const k = rec.toString("latin1");
        let id = recordIds.get(k);
        if (id === undefined) {
            recordIds.set(k, (id = records.length));
            records.push(rec);
        }
        return id;
    };
    const keys: string[] = [];
    let forms = 0;
    let dropped = 0;
    let withoutNoun = 0;
    const read: Record<"nb" | "nn", Map<string, Reading[]>> = { nb: new Map(), nn: new Map() };
    const evidence: Record<"nb" | "nn", Evidence> = {
        nb: { nouns: new Map(), compounds: [], neuters: [], infinitives: new Map() },
        nn: { nouns: new Map(), compounds: [], neuters: [], infinitives: new Map() },
    };
    // the lists' forms (build.mjs stage 1), to tell a form of one standard from the other's
    const listed = {
        nb: new Set(fs.readFileSync(path.join(work, "nb.txt"), "utf8").split("\n")),
        nn: new Set(fs.readFileSync(path.join(work, "nn.txt"), "utf8").split("\n")),
    };
    const genderMask = 3 << READING.TARGET_GENDER_SHIFT;
    const common = new CommonWords(
        listed.nn,
        (bits, g) => (bits & ~genderMask) | ((1 + TARGET_GENDERS.indexOf(g as "m" | "f" | "nt")) << READING.TARGET_GENDER_SHIFT),
    );
    for (const [side, file, unitsFile] of [
        ["nb", "nb2nn.tsv", "nb2nn.units"],
        ["nn", "nn2nb.tsv", "nn2nb.units"],
    ] as const) {
        const info = await unitsInfo(path.join(work, unitsFile));
        await readSide(path.join(work, file), side, info, (form, readings) => read[side].set(form, readings), evidence[side], common);
        // the forms the speller's lexicon has from Apertium's own dictionaries and the lists lack
        // ("pikslar", "avmontera", "nedlastinger"), through the same stages (build.sh)
        if (!extra) continue;
        const more = await unitsInfo(path.join(extra, unitsFile));
        for (const [k, v] of info.pp) more.pp.set(k, v);
        for (const [k, v] of info.gender) more.gender.set(k, v);
        await readSide(
            path.join(extra, file),
            side,
            more,
            (form, readings) => {
                if (read[side].has(form)) return;
                read[side].set(form, readings);
                added[side]++;
            },
            evidence[side],
            common,
        );
    }
    const tagTextsRead = [...tagIds.keys()];
    console.error(`convert: Nynorsk words Bokmål writes otherwise ${common.finish()}`);
    const plurals = bokmalNeuterPlurals(read, tagTextsRead);
    const ders = preferKept(read.nn, tagTextsRead);
    const neuters = keepNeuters(evidence.nb.neuters, (form) => read.nn.has(form));
    const infinitives = nynorskLemmaInfinitives(read.nb, tagTextsRead, evidence.nn.infinitives);
    console.error(
        `convert: Bokmål neuter plurals in -er ${plurals}, Nynorsk "der" kept ${ders}, neuters kept neuter ${neuters}, Nynorsk infinitives as the lemma ${infinitives}`,
    );
    const headTags = (side: "nb" | "nn") => (form: string) =>
        read[side]
            .get(form)
            ?.filter((r) => !(r.bits & READING.COMPOUND))
            .map((r) => tagTextsRead[r.tags]);
    const partMaps = { nb: learnFirstParts(evidence.nb, headTags("nb")), nn: learnFirstParts(evidence.nn, headTags("nn")) };
    console.error(`convert: compounds repaired ${JSON.stringify(repairCompounds(read, READING.COMPOUND, evidence, headTags, partMaps))}`);
    console.error(`convert: targets left in the source standard, read again ${JSON.stringify(chainTargets(read, listed, tagTextsRead))}`);
    const parts: FirstParts = {
        firstPart: (side, noun) => partMaps[side].firstPart.get(noun),
        standalone: (side, part) => partMaps[side].standalone.get(part),
    };
    console.error(
        `convert: compound first parts nb ${partMaps.nb.firstPart.size} (${partMaps.nb.standalone.size} back), nn ${partMaps.nn.firstPart.size} (${partMaps.nn.standalone.size} back)`,
    );
    // A listed compound that the run-time compound reading gives exactly (same readings in the
    // same order, same targets) from the forms that are kept is left out: about half the lists.
    const tagTexts = [...tagIds.keys()];
    const tagObjects = tagTexts.map(tagsOf);
    const asReading = (r: Reading): TableReading => ({
        tags: tagObjects[r.tags],
        compound: (r.bits & READING.COMPOUND) !== 0,
        rank: 0,
        targets: r.targets,
    });
    const kept: Record<"nb" | "nn", Map<string, TableReading[]>> = { nb: new Map(), nn: new Map() };
    for (const side of ["nb", "nn"] as const) {
        for (const [form, rs] of read[side]) if (!rs.every((r) => r.bits & READING.COMPOUND)) kept[side].set(form, rs.map(asReading));
    }
    const lookup: Lookup = (side, form) => kept[side].get(form);
    const same = (a: readonly TableReading[] | undefined, b: readonly Reading[]) =>
        !!a &&
        a.length === b.length &&
        a.every((r, i) => r.tags.text === tagTexts[b[i].tags] && r.targets.join("|") === b[i].targets.join("|"));
    for (const side of ["nb", "nn"] as const) {
        for (const [form, readings] of read[side]) {
            if (!kept[side].has(form) && form === form.toLowerCase()) {
                const ours = compoundReadings(lookup, side, form, parts);
                // (and one Apertium reads with no noun where the head has one: "oppsetts|fila" as
                // a participle of "file" only; the run-time reading has the noun too)
                const nounless = !!ours?.some((r) => r.tags.pos === "n") && !readings.some((r) => tagTexts[r.tags].startsWith("n."));
                if (same(ours, readings) || nounless) {
                    dropped++;
                    if (nounless) withoutNoun++;
                    continue;
                }
            }
            keys.push(keyOf(side, form, recordId(encodeRecord(form, readings))));
            forms++;
        }
    }
    // the compound first parts (format.ts: PART_MARK), each a record of one "cmp" reading
    const partTags = tagId(PART_TAGS);
    for (const side of ["nb", "nn"] as const) {
        for (const [mark, map] of [
            [PART_MARK.FIRST_PART, partMaps[side].firstPart],
            [PART_MARK.STANDALONE, partMaps[side].standalone],
        ] as const) {
            for (const [form, target] of map) {
                keys.push(keyOf(side, mark + form, recordId(encodeRecord(form, [{ tags: partTags, bits: 0, targets: [target] }]))));
            }
        }
    }
    keys.sort();
    const builder = new DawgBuilder();
    let prev = "";
    for (const k of keys) {
        if (k === prev) continue;
        builder.add(k, 1);
        prev = k;
    }
    const dawg = builder.finish();
    const recordBytes = records.reduce((n, r) => n + r.length, 0);
    const tagText = Buffer.from([...tagIds.keys()].join("\n"), "utf8");
    const align4 = (n: number) => (n + 3) & ~3;
    const labelsOff = HEADER_WORDS * 4;
    const targetsOff = align4(labelsOff + dawg.edgeCount * 2);
    const offsetsOff = targetsOff + dawg.edgeCount * 4;
    const recordsOff = offsetsOff + (records.length + 1) * 4;
    const tagsOff = align4(recordsOff + recordBytes);
    const buf = Buffer.alloc(tagsOff + tagText.length);
    const header = new Uint32Array(buf.buffer, buf.byteOffset, HEADER_WORDS);
    header.set([MAGIC, VERSION, dawg.edgeCount, dawg.root, records.length, recordBytes, tagText.length, 0]);
    Buffer.from(dawg.labels.buffer, dawg.labels.byteOffset, dawg.labels.byteLength).copy(buf, labelsOff);
    Buffer.from(dawg.targets.buffer, dawg.targets.byteOffset, dawg.targets.byteLength).copy(buf, targetsOff);
    let o = 0;
    for (let i = 0; i < records.length; i++) {
        buf.writeUInt32LE(o, offsetsOff + i * 4);
        records[i].copy(buf, recordsOff + o);
        o += records[i].length;
    }
    buf.writeUInt32LE(o, offsetsOff + records.length * 4);
    tagText.copy(buf, tagsOff);
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "convert.bin.tmp"), buf);
    fs.renameSync(path.join(out, "convert.bin.tmp"), path.join(out, "convert.bin"));
    const meta = {
        forms,
        dropped,
        withoutNoun,
        fromLexicon: added,
        records: records.length,
        recordBytes,
        edges: dawg.edgeCount,
        tagSets: tagIds.size,
        bytes: buf.length,
        seconds: (Date.now() - started) / 1000,
    };
    fs.writeFileSync(path.join(out, "convert.json"), JSON.stringify(meta, null, 2) + "\n");
    console.error(`convert: ${JSON.stringify(meta)}`);
}

main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
});
