// The compile step's inputs: the work files of the earlier stages (build.mjs) and the
// hand-written markers, read into maps.
import * as fs from "node:fs";

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

export function readLines(file) {
    return fs.readFileSync(file, "utf8").split("\n");
}

export function loadSelf(file) {
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
export function loadHeads(file) {
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
export function loadCross(file) {
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

export function loadMarkers(file) {
    const m = new Map();
    for (const line of readLines(file)) {
        if (!line || line.startsWith("#")) continue;
        const [form, variety, weight, flag, repl] = line.split("\t");
        m.set(form, {
            variety,
            weight: Number(weight) * (variety === "nb" ? 1 : -1),
            flag: flag === "y",
            repl: repl ? repl.split("|") : [],
        });
    }
    return m;
}
