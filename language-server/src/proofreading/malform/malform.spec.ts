import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { F, F2, MalformData, TAG } from "./format";
import { Malform, loadMalform, type WordInput } from "./malform";
import { buildFixture } from "./testFixture";

const words = (s: string): WordInput[] => {
    const out: WordInput[] = [];
    let start = true;
    for (const m of s.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[.!?]/gu)) {
        if (/^[.!?]$/.test(m[0])) start = true;
        else {
            out.push({ text: m[0], sentenceStart: start });
            start = false;
        }
    }
    return out;
};

// A hand-made miniature of the real data: weights in natural-log units (> 0 Bokmål).
const NB = F.NB;
const NN = F.NN;
const fixture = new Malform(
    new MalformData(
        buildFixture({
            ikke: { weight: 4, flags: NB | F.MARK | F.FLAG_IN_NN, replacements: [["ikkje", 0]] },
            ikkje: { weight: -4, flags: NN | F.MARK | F.FLAG_IN_NB, replacements: [["ikke", 0]] },
            jeg: { weight: 4, flags: NB | F.MARK | F.FLAG_IN_NN, replacements: [["eg", 0]] },
            eg: { weight: -4, flags: NN | F.MARK | F.FLAG_IN_NB, replacements: [["jeg", 0]] },
            boken: {
                weight: 3,
                flags: NB | F.FLAG_IN_NN,
                genderNb: 1,
                replacements: [
                    ["boka", TAG.NOUN],
                    ["boki", TAG.NOUN],
                ],
            },
            boka: { weight: -0.9, flags: NB | NN, genderNb: 1, genderNn: 1 },
            bruker: { weight: 3, flags: NB | F.FLAG_IN_NN, replacements: [["brukar", TAG.NOUN]] },
            brukar: { weight: -3, flags: NN | F.FLAG_IN_NB, replacements: [["bruker", TAG.NOUN]] },
            vinduet: { weight: 3, flags: NB | F.FLAG_IN_NN, genderNb: 2, replacements: [["vindauget", TAG.NOUN]] },
            vindauget: { weight: -3, flags: NN | F.FLAG_IN_NB, genderNn: 2, replacements: [["vinduet", TAG.NOUN]] },
            dialog: { weight: 0, flags: NB | NN },
            lese: { weight: 0.5, flags: NB | NN | F.INF_NB | F.INF_NN | F.EINF, replacements: [["lesa", TAG.AINF | TAG.INF]] },
            lesa: { weight: -2, flags: NN | F.INF_NN },
            laste: { weight: 0.5, flags: NB | NN | F.INF_NB | F.INF_NN | F.EINF, replacements: [["lasta", TAG.AINF | TAG.INF]] },
            lasta: { weight: -0.5, flags: NB | NN | F.INF_NN },
            skrive: { weight: 0.3, flags: NB | NN | F.INF_NB | F.INF_NN, replacements: [["skriva", TAG.AINF | TAG.INF]] },
            skriva: { weight: -2, flags: NN | F.INF_NN },
            å: { flags: NB | NN },
            kan: { flags: NB | NN },
            du: { flags: NB | NN },
            denne: { flags: NB | NN },
            dette: { flags: NB | NN },
            skall: { flags: NB | NN },
            ska: { flags: NB | NN },
            godt: { flags: NB | NN },
            godta: { flags: NB | NN | F.INF_NB | F.INF_NN },
            godte: { flags: NN | F.INF_NN },
            alltid: { flags: NB | NN },
            mote: { flags: NB | NN },
            møte: { flags: NB | NN | F.INF_NB | F.INF_NN },
            skal: { flags: NB | NN },
            ned: { flags: NB | NN },
            fila: { weight: -1, flags: NB | NN, genderNb: 1, genderNn: 1 },
            Oslo: { flags: NB | NN },
            vel: { flags: NB | NN, flags2: F2.IMP_IN_NB, replacements: [["velg", TAG.IMP]] },
            velg: { weight: 3, flags: NB | F.FLAG_IN_NN, replacements: [["vel", 0]] },
            bilete: { weight: -3, flags: NN | F.FLAG_IN_NB, replacements: [["bilde", TAG.NOUN]] },
            finner: { weight: 1, flags: NB | NN, flags2: F2.ISH_IN_NN, replacements: [["finn", TAG.ISH]] },
            ei: { weight: -0.7, flags: NB | NN },
            "~erar": { weight: -1.5 },
            "~ingen": { weight: 1 },
        }),
    ),
);

describe("MalformData", () => {
    const d = fixture.data;

    it("finds exact forms only", () => {
        assert.ok(d.lookup("ikke") >= 0);
        assert.equal(d.lookup("ikk"), -1, "a prefix is no word");
        assert.equal(d.lookup("ikkee"), -1);
        assert.equal(d.lookup("Ikke"), -1, "case-sensitive");
        assert.equal(d.lookup(""), -1);
        assert.equal(d.lookup("xyz"), -1, "letters outside the alphabet");
    });

    it("decodes records and rewrites replacements from the form", () => {
        const r = d.record(d.lookup("boken"), "boken");
        assert.equal(r.weight, 3);
        assert.equal(r.genderNb, 1);
        assert.deepEqual(
            r.replacements.map((x) => x.text),
            ["boka", "boki"],
        );
        assert.equal(d.weight(d.lookup("ikkje"), false), -4);
    });

    it("rejects files that are not målform data", () => {
        assert.throws(() => new MalformData(new Uint8Array(100)), /not a målform data file/);
        assert.throws(() => new MalformData(new Uint8Array(10)), /too short/);
        const good = buildFixture({ a: {} });
        assert.throws(() => new MalformData(good.subarray(0, good.length - 8)), /truncated/);
    });

    it("works on a buffer that is not 4-byte aligned", () => {
        const good = buildFixture({ ord: { weight: 1 } });
        const shifted = new Uint8Array(good.length + 1);
        shifted.set(good, 1);
        const d2 = new MalformData(shifted.subarray(1));
        assert.equal(d2.weight(d2.lookup("ord"), false), 1);
    });
});

describe("detectVariety (fixture)", () => {
    it("adds up the evidence of the words", () => {
        const nb = fixture.detectVariety(words("Jeg fant ikke boken"));
        assert.equal(nb.variety, "nb");
        assert.equal(nb.nbScore, 11);
        assert.ok(nb.confidence > 0.99);
        const nn = fixture.detectVariety(words("Eg fann ikkje boka"));
        assert.equal(nn.variety, "nn");
        assert.equal(nn.evidenceWords, 3);
    });

    it("is undecided without evidence", () => {
        const d = fixture.detectVariety(words("Oslo og Bergen"));
        assert.equal(d.variety, undefined);
        assert.equal(d.confidence, 0.5);
    });

    it("weighs unknown compounds by their parts, else by their ending", () => {
        assert.equal(fixture.detectVariety(["dialogvindauget"]).variety, "nn");
        assert.equal(fixture.detectVariety(["definerar"]).variety, "nn");
        assert.equal(fixture.detectVariety(["innstillingen"]).variety, "nb");
    });

    it("skips names inside a sentence", () => {
        const d = fixture.detectVariety([{ text: "Ikkje", sentenceStart: false }, { text: "Boken", sentenceStart: false }, "IKKE"]);
        // a marker counts in any case, a capitalised list word inside a sentence is a name
        assert.equal(d.nbScore, 4);
        assert.equal(d.nnScore, 4);
    });
});

describe("check (fixture)", () => {
    it("flags forms of the other standard with their replacements", () => {
        assert.deepEqual(fixture.check(words("Eg fann ikke boken"), "nn"), [
            { index: 2, word: "ikke", kind: "other-variety", suggestions: ["ikkje"] },
            { index: 3, word: "boken", kind: "other-variety", suggestions: ["boka", "boki"] },
        ]);
        assert.deepEqual(fixture.check(words("Jeg kan ikkje"), "nb"), [
            { index: 2, word: "ikkje", kind: "other-variety", suggestions: ["ikke"] },
        ]);
        assert.deepEqual(fixture.check(words("Jeg kan ikke"), "nb"), []);
    });

    it("reads decomposed letters and soft hyphens", () => {
        assert.deepEqual(fixture.otherVarietyForm("bo\u00adken", "nn")?.suggestions, ["boka", "boki"]);
        assert.equal(fixture.detectVariety(["a\u030A"]).variety, undefined);
        assert.equal(fixture.data.lookup("a\u030A".normalize("NFC")), fixture.data.lookup("å"));
        assert.ok(fixture.data.lookup("å") >= 0);
    });

    it("keeps the case of the word", () => {
        assert.deepEqual(fixture.otherVarietyForm({ text: "Ikke", sentenceStart: true }, "nn")?.suggestions, ["Ikkje"]);
        assert.deepEqual(fixture.otherVarietyForm("IKKE", "nn")?.suggestions, ["IKKJE"]);
    });

    it("leaves names alone", () => {
        assert.equal(fixture.otherVarietyForm({ text: "Boken", sentenceStart: false }, "nn"), undefined);
    });

    it("flags a Bokmål word as the head of an unknown compound", () => {
        assert.deepEqual(fixture.otherVarietyForm("dialogvinduet", "nn"), { kind: "other-variety", suggestions: ["dialogvindauget"] });
        assert.equal(fixture.otherVarietyForm("dialogvindauget", "nn"), undefined);
    });

    it("flags an a-infinitive in Bokmål after å or a modal verb", () => {
        assert.deepEqual(fixture.check(words("Du kan ikke lasta ned"), "nb"), [
            { index: 3, word: "lasta", kind: "other-variety", suggestions: ["laste"] },
        ]);
        assert.deepEqual(fixture.check(words("fila lasta"), "nb"), [], "a past tense is fine");
    });

    it("flags e-infinitives in Nynorsk texts written with a-infinitives", () => {
        assert.deepEqual(fixture.check(words("Du kan ikkje lese fila"), "nn"), [
            { index: 3, word: "lese", kind: "infinitive", suggestions: ["lesa"] },
        ]);
        // the text itself writes e-infinitives: consistent, nothing to say
        assert.deepEqual(fixture.check(words("Du kan lese fila. Du kan skrive fila. Du kan laste fila."), "nn"), []);
        assert.deepEqual(fixture.check(words("Du kan lese fila"), "nn", { nnInfinitive: "e" }), []);
        // "skrive" has other readings: only flagged where an infinitive stands
        assert.deepEqual(fixture.check(words("skrive fila"), "nn"), []);
        assert.equal(fixture.check(words("å skrive"), "nn")[0]?.suggestions[0], "skriva");
    });

    it("holds Bokmål feminine nouns to the form the house style asks for", () => {
        assert.deepEqual(fixture.check(words("Du kan lese boka"), "nb", { nbFeminine: "en" }), [
            { index: 3, word: "boka", kind: "feminine", suggestions: ["boken"] },
        ]);
        assert.deepEqual(fixture.check(words("Boken"), "nb", { nbFeminine: "a" }), [
            { index: 0, word: "Boken", kind: "feminine", suggestions: ["Boka"] },
        ]);
        assert.deepEqual(fixture.check(words("Du kan lese boka"), "nb"), [], "no house style unless asked");
        assert.deepEqual(fixture.check(words("Du kan lese boka"), "nb", { nbFeminine: "a" }), []);
        assert.deepEqual(fixture.check(words("boka"), "nn", { nbFeminine: "en" }), [], "Bokmål only");
        assert.deepEqual(fixture.check(words("fila"), "nb", { nbFeminine: "en" }), [], "no en-form known");
        assert.deepEqual(fixture.feminineCounts(words("boka Boka boken fila BOKA")), { a: 1, en: 1 }, "lower case only");
        assert.deepEqual(fixture.feminineCounts(words("boka boka boken")), { a: 2, en: 1 });
    });

    it("checks denne/dette against the gender of the noun", () => {
        assert.deepEqual(fixture.check(words("Lukk denne vinduet"), "nb"), [
            { index: 1, word: "denne", kind: "agreement", suggestions: ["dette"] },
        ]);
        assert.deepEqual(fixture.check(words("Lukk dette fila"), "nn"), [
            { index: 1, word: "dette", kind: "agreement", suggestions: ["denne"] },
        ]);
        assert.deepEqual(fixture.check(words("Lukk denne fila"), "nn"), []);
    });

    it("reads a sentence-initial imperative of the other standard", () => {
        assert.deepEqual(fixture.check(words("Vel ei fil."), "nb"), [
            { index: 0, word: "Vel", kind: "other-variety", suggestions: ["Velg"] },
        ]);
        assert.deepEqual(fixture.check(words("Det gikk vel."), "nb"), [], "inside a sentence: the adverb");
        assert.deepEqual(fixture.check(words("Vel ei fil."), "nn"), []);
    });

    it("judges a hyphenated word by its last part", () => {
        assert.deepEqual(fixture.otherVarietyForm("GIF-bilete", "nb"), { kind: "other-variety", suggestions: ["GIF-bilde"] });
        assert.equal(fixture.otherVarietyForm("GIF-bilete", "nn"), undefined);
    });

    it("flags forms of both lists that belong to the other standard", () => {
        assert.deepEqual(fixture.otherVarietyForm("finner", "nn"), { kind: "other-variety", suggestions: ["finn"] });
        assert.equal(fixture.otherVarietyForm("finner", "nb"), undefined);
    });

    it("reads skall before a verb as skal", () => {
        assert.deepEqual(fixture.check(words("Fila skall lesa"), "nn"), [
            { index: 1, word: "skall", kind: "confusion", suggestions: ["skal"] },
        ]);
        assert.deepEqual(fixture.check(words("Fila skall ned"), "nn"), []);
        assert.deepEqual(fixture.check(words("du ska lese"), "nb"), [{ index: 1, word: "ska", kind: "confusion", suggestions: ["skal"] }]);
    });

    it("reads a word after å that cannot be an infinitive as the infinitive it lost a letter of", () => {
        assert.deepEqual(fixture.check(words("for å godt fila"), "nb"), [
            { index: 2, word: "godt", kind: "confusion", suggestions: ["godta"] },
        ]);
        // Nynorsk: the ending the text writes first
        assert.deepEqual(fixture.check(words("for å godt fila"), "nn", { nnInfinitive: "e" })[0]?.suggestions, ["godte"]);
        assert.deepEqual(fixture.check(words("for å godt fila"), "nn", { nnInfinitive: "a" })[0]?.suggestions, ["godta"]);
        // æ/ø/å typed without them
        assert.deepEqual(fixture.check(words("for å mote"), "nb"), [{ index: 2, word: "mote", kind: "confusion", suggestions: ["møte"] }]);
        // not after anything but å, and not an adverb that may stand there
        assert.deepEqual(fixture.check(words("det er godt"), "nb"), []);
        assert.deepEqual(fixture.check(words("kan godt lese"), "nb"), []);
        assert.deepEqual(fixture.check(words("for å alltid lese"), "nb"), []);
        assert.deepEqual(fixture.check(words("ein god mote"), "nb"), []);
        assert.deepEqual(fixture.check(words("ei å godt"), "nn"), [], "å the noun (a small river)");
    });
});

// ---- the real data, when it has been built (bash scripts/malform/build.sh) ------------------

function findData(): string | undefined {
    if (process.env.MALFORM_DIR) return process.env.MALFORM_DIR;
    for (let dir = __dirname; ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, ".cache", "malform");
        if (fs.existsSync(path.join(candidate, "malform.bin"))) return candidate;
        if (path.dirname(dir) === dir) return undefined;
    }
}

const dataDir = findData();

describe("målform with the built data", { skip: dataDir ? false : "no .cache/malform/malform.bin (bash scripts/malform/build.sh)" }, () => {
    const m = dataDir ? loadMalform(dataDir) : fixture;

    it("decides the written standard of sentences", () => {
        const cases: [string, "nb" | "nn"][] = [
            ["Jeg vet ikke hvordan boken ble skrevet.", "nb"],
            ["Eg veit ikkje korleis boka vart skriven.", "nn"],
            ["Vi har ikke fått svar fra brukerne ennå.", "nb"],
            ["Me har ikkje fått svar frå brukarane enno.", "nn"],
            ["Velg hvilke filer som skal lastes opp til tjeneren.", "nb"],
            ["Vel kva filer som skal lastast opp til tenaren.", "nn"],
            ["Dokumentet inneholder endringer som ikke er lagret.", "nb"],
            ["Dokumentet inneheld endringar som ikkje er lagra.", "nn"],
        ];
        for (const [s, v] of cases) assert.equal(m.detectVariety(words(s)).variety, v, s);
    });

    it("finds the Nynorsk form of Bokmål words", () => {
        const first = (w: string) => m.otherVarietyForm(w, "nn")?.suggestions[0];
        assert.equal(first("ikke"), "ikkje");
        assert.equal(first("jeg"), "eg");
        assert.equal(first("hvordan"), "korleis");
        assert.equal(first("boken"), "boka");
        assert.equal(first("innstillinger"), "innstillingar");
        assert.equal(first("vinduet"), "vindauget");
        assert.equal(first("allerede"), "allereie");
    });

    it("finds the Bokmål form of Nynorsk words", () => {
        const first = (w: string) => m.otherVarietyForm(w, "nb")?.suggestions[0];
        assert.equal(first("ikkje"), "ikke");
        assert.equal(first("eg"), "jeg");
        assert.equal(first("korleis"), "hvordan");
        assert.equal(first("brukar"), "bruker");
        assert.equal(first("namn"), "navn");
        assert.equal(first("innstillingar"), "innstillinger");
        assert.equal(first("gjeldande"), "gjeldende");
        assert.equal(first("nyleg"), "nylig");
    });

    it("reads a verb of this standard that is the other's noun by its position", () => {
        // "bruker" is a Nynorsk verb form (e-verb) but the Bokmål noun: Nynorsk "brukar"
        assert.deepEqual(
            m.check(words("Eg er ein bruker av programmet."), "nn").map((i) => [i.word, i.suggestions[0]]),
            [["bruker", "brukar"]],
        );
        assert.deepEqual(m.check(words("Han bruker programmet."), "nn"), []);
    });

    it("leaves words of both standards alone", () => {
        for (const w of ["av", "det", "som", "bruke", "fil", "melding", "dokument", "og", "er"]) {
            assert.equal(m.otherVarietyForm(w, "nb"), undefined, `${w} in nb`);
            assert.equal(m.otherVarietyForm(w, "nn"), undefined, `${w} in nn`);
        }
    });

    it("flags nothing in clean sentences", () => {
        assert.deepEqual(m.check(words("Jeg vet ikke hvordan boken ble skrevet, men den er god."), "nb"), []);
        assert.deepEqual(m.check(words("Eg veit ikkje korleis boka vart skriven, men ho er god."), "nn"), []);
    });

    it("applies the context rules", () => {
        const nb = m.check(words("Vil du lasta ned fila på nytt?"), "nb");
        assert.deepEqual(
            nb.map((i) => [i.word, i.suggestions[0]]),
            [["lasta", "laste"]],
        );
        const nn = m.check(words("Du må starte programmet på nytt."), "nn");
        assert.deepEqual(
            nn.map((i) => [i.word, i.kind, i.suggestions[0]]),
            [["starte", "infinitive", "starta"]],
        );
        assert.deepEqual(
            m.check(words("Vel ei fil å opne."), "nb").map((i) => [i.word, i.suggestions[0]]),
            [
                ["Vel", "Velg"],
                ["opne", "åpne"],
            ],
        );
        const agr = m.check(words("Lukk denne vinduet."), "nb");
        assert.deepEqual(
            agr.map((i) => [i.word, i.suggestions[0]]),
            [["denne", "dette"]],
        );
    });

    it("decides a 10,000-word document and finds nothing to flag in clean Nynorsk", () => {
        // (its speed is measured by npm run bench, not here)
        const text = "Eg veit ikkje korleis boka vart skriven, men ho er god. Vel kva filer som skal lastast opp til tenaren. ";
        const doc = words(text.repeat(Math.ceil(10000 / words(text).length))).slice(0, 10000);
        const d = m.detectVariety(doc);
        assert.equal(d.variety, "nn");
        assert.deepEqual(m.check(doc, "nn"), []);
    });
});
