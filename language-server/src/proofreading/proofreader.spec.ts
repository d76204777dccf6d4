import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_SETTINGS, type SkrivehjelpSettings } from "../protocol/settings";
import { F, MalformData, TAG } from "./malform/format";
import { Malform } from "./malform/malform";
import { buildFixture } from "./malform/testFixture";
import { DocumentProofreader } from "./proofreader";
import { WordSet } from "./wordLists";
import { F_COMMON, F_FREQ_SHIFT, F_NB, F_NN } from "../lexicon/flags";
import { lexiconFromEntries } from "../lexicon/lexicon";
import { SpellChecker } from "./spelling/checker";
import { checkContextFrom } from "./checkContext";

const malform = new Malform(
    new MalformData(
        buildFixture({
            ikkje: { weight: -4, flags: F.NN | F.MARK | F.FLAG_IN_NB, replacements: [["ikke", 0]] },
            ikke: { weight: 4, flags: F.NB | F.MARK | F.FLAG_IN_NN, replacements: [["ikkje", 0]] },
            lese: { weight: 0.5, flags: F.NB | F.NN | F.INF_NB | F.INF_NN | F.EINF, replacements: [["lesa", TAG.AINF | TAG.INF]] },
            lesa: { weight: -2, flags: F.NN | F.INF_NN },
            du: { flags: F.NB | F.NN },
            kan: { flags: F.NB | F.NN },
            fila: { weight: -1, flags: F.NB | F.NN },
            ska: { flags: F.NB | F.NN },
            ovre: { flags: F.NB | F.NN | F.INF_NN | F.EINF, replacements: [["ovra", TAG.AINF | TAG.INF]] },
            prover: { weight: 2, flags: F.NB | F.MARK | F.FLAG_IN_NN, replacements: [["provar", 0]] },
            eler: { weight: 2, flags: F.NB | F.MARK | F.FLAG_IN_NN, replacements: [["elar", 0]] },
            boken: { weight: 3, flags: F.NB | F.FLAG_IN_NN, genderNb: 1, replacements: [["boka", TAG.NOUN]] },
            boka: { weight: -0.9, flags: F.NB | F.NN, genderNb: 1, genderNn: 1 },
            angra: { flags: F.NN | F.INF_NN },
        }),
    ),
);

function check(text: string, infinitive: SkrivehjelpSettings["nynorsk"]["infinitive"]) {
    const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nn", nynorsk: { infinitive } };
    return new DocumentProofreader("plaintext").check(text, checkContextFrom(settings, { layers: { malform } })).diagnostics;
}

describe("DocumentProofreader: the Nynorsk infinitive house style", () => {
    it("marks an e-infinitive as Information with the a-form when the house style is a", () => {
        const [d, ...rest] = check("Du kan ikkje lese fila", "a");
        assert.equal(rest.length, 0);
        assert.equal(d.code, "malform");
        assert.equal(d.severity, 3);
        assert.deepEqual(d.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 17 } });
        assert.deepEqual((d.data as { suggestions: string[] }).suggestions, ["lesa"]);
    });
    it("marks nothing when the house style is e", () => {
        assert.deepEqual(check("Du kan ikkje lese fila", "e"), []);
    });
    it("auto: follows a text that writes e-infinitives, and takes a-infinitive when the text shows none", () => {
        assert.deepEqual(check("Du kan ikkje lese fila. Du kan lese fila. Du kan lese fila.", "auto"), []);
        assert.equal(check("Du kan ikkje lese fila", "auto").length, 1);
    });
    it("keeps other-standard words a Warning whatever the house style", () => {
        const d = check("Du kan ikke lesa fila", "e");
        assert.equal(d.length, 1);
        assert.equal(d[0].severity, 2);
        assert.deepEqual((d[0].data as { suggestions: string[] }).suggestions, ["ikkje"]);
    });
});

describe("DocumentProofreader: the Bokmål feminine house style", () => {
    const run = (text: string, feminine: SkrivehjelpSettings["bokmal"]["feminine"]) => {
        const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nb", bokmal: { feminine } };
        return new DocumentProofreader("plaintext")
            .check(text, checkContextFrom(settings, { layers: { malform } }))
            .diagnostics.map((d) => [
                d.code,
                d.severity,
                (d.data as { text: string }).text,
                (d.data as { suggestions: string[] }).suggestions[0],
            ]);
    };
    it("auto: marks the form a text writes less often, as Information", () => {
        assert.deepEqual(run("Du kan lese boka. Du kan lese boka. Du kan lese boken.", "auto"), [["malform", 3, "boken", "boka"]]);
        assert.deepEqual(run("Du kan lese boken. Du kan lese boken. Du kan lese boka.", "auto"), [["malform", 3, "boka", "boken"]]);
    });
    it("auto: marks nothing in a text that writes one form only, or both equally often", () => {
        assert.deepEqual(run("Du kan lese boka", "auto"), []);
        assert.deepEqual(run("Du kan lese boka. Du kan lese boken.", "auto"), []);
    });
    it("follows the house style when one is set, and marks nothing when it is off", () => {
        assert.deepEqual(run("Du kan lese boka. Du kan lese boka. Du kan lese boken.", "en"), [
            ["malform", 3, "boka", "boken"],
            ["malform", 3, "boka", "boken"],
        ]);
        assert.deepEqual(run("Du kan lese boka. Du kan lese boken.", "off"), []);
    });
});

describe("DocumentProofreader: real words that are typos", () => {
    const speller = new SpellChecker(
        lexiconFromEntries(
            ["du", "kan", "ikkje", "fila", "lese", "lesa", "skal", "ska", "øvre", "prøver"]
                .map((w) => [w, F_NB | F_NN | F_COMMON] as [string, number])
                .concat([
                    ["ovre", F_NB | F_NN],
                    ["prover", F_NB],
                    ["provar", F_NN],
                ]),
        ),
    );
    const run = (text: string, spelling = true) => {
        const settings: SkrivehjelpSettings = {
            ...DEFAULT_SETTINGS,
            language: "nn",
            checks: { ...DEFAULT_SETTINGS.checks, spelling },
            nynorsk: { infinitive: "a" },
        };
        return new DocumentProofreader("plaintext").check(text, checkContextFrom(settings, { layers: { malform, speller } })).diagnostics;
    };
    const brief = (ds: ReturnType<typeof run>) =>
        ds.map((d) => [d.code, d.severity, (d.data as { text: string }).text, (d.data as { suggestions: string[] }).suggestions[0]]);

    it("reports a real word where another belongs as spelling, and only with the spelling check on", () => {
        assert.deepEqual(brief(run("Du ska lesa fila")), [["spelling", 2, "ska", "skal"]]);
        assert.deepEqual(run("Du ska lesa fila", false), []);
    });
    it("takes a listed word the speller questions for a typo, not for an e-infinitive to write with -a", () => {
        assert.deepEqual(brief(run("Du kan ovre fila")), [["spelling", 2, "ovre", "øvre"]]);
        assert.deepEqual(brief(run("Du kan ovre fila", false)), [["malform", 3, "ovre", "ovra"]]);
    });
    it("asks gently (Information) about a common word that a far more frequent one lost its ø to", () => {
        const sp = new SpellChecker(
            lexiconFromEntries([
                ["du", F_NB | F_NN | F_COMMON],
                ["mote", F_NB | F_NN | F_COMMON | (4 << F_FREQ_SHIFT)],
                ["møte", F_NB | F_NN | F_COMMON | (7 << F_FREQ_SHIFT)],
            ]),
        );
        const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nn" };
        const ds = new DocumentProofreader("plaintext").check(
            "Du mote",
            checkContextFrom(settings, { layers: { malform, speller: sp } }),
        ).diagnostics;
        assert.deepEqual(brief(ds), [["spelling", 3, "mote", "møte"]]);
        assert.equal(ds[0].message, "Truleg skrivefeil: «mote»");
    });
    it("calls a listed word a likely typo, and only a word the lists lack unknown", () => {
        assert.deepEqual(
            run("Du kan ovre fila").map((d) => d.message),
            ["Truleg skrivefeil: «ovre»"],
        );
        assert.deepEqual(
            run("Du kan lesaa fila").map((d) => d.message),
            ["Ukjent ord: «lesaa»"],
        );
    });
    it("puts a common word one typo away first when the other standard's form is not seen in running text", () => {
        const lexicon = (eler: number) =>
            new SpellChecker(
                lexiconFromEntries([
                    ["du", F_NB | F_NN | F_COMMON],
                    ["fila", F_NB | F_NN | F_COMMON],
                    ["eller", F_NB | F_NN | F_COMMON | (7 << F_FREQ_SHIFT)],
                    ["eler", eler],
                    ["elar", F_NN],
                ]),
            );
        const first = (speller: SpellChecker) => {
            const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nn" };
            const [d] = new DocumentProofreader("plaintext").check(
                "Du eler fila",
                checkContextFrom(settings, { layers: { malform, speller } }),
            ).diagnostics;
            return (d.data as { suggestions: string[] }).suggestions;
        };
        assert.deepEqual(first(lexicon(F_NB)), ["eller", "elar"]);
        assert.deepEqual(first(lexicon(F_NB | F_COMMON)), ["elar", "eller"]);
    });
    it("puts the word with its ø back before the other standard's form", () => {
        assert.deepEqual(brief(run("Du prover fila")), [["malform", 2, "prover", "prøver"]]);
        assert.deepEqual(brief(run("Du prover fila", false)), [["malform", 2, "prover", "provar"]]);
    });
});

describe("DocumentProofreader: suggestions that fit the context", () => {
    const speller = new SpellChecker(
        lexiconFromEntries([
            ["du", F_NB | F_NN | F_COMMON],
            ["kan", F_NB | F_NN | F_COMMON],
            ["agar", F_NB | F_NN],
            ["angra", F_NN],
        ]),
    );
    const suggestions = (text: string) => {
        const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nn" };
        const [d] = new DocumentProofreader("plaintext").check(
            text,
            checkContextFrom(settings, { layers: { malform, speller } }),
        ).diagnostics;
        return (d.data as { suggestions: string[] }).suggestions;
    };
    it("ranks infinitives higher where an infinitive belongs, and only there", () => {
        assert.deepEqual(suggestions("Du kan agra"), ["angra", "agar"]);
        assert.deepEqual(suggestions("Du agra"), ["agar", "angra"]);
    });
    it("with nothing of this standard near, offers the other standard's word the målform layer would not mark", () => {
        const loan = new SpellChecker(
            lexiconFromEntries([
                ["du", F_NB | F_NN | F_COMMON],
                ["boolsk", F_NB],
                ["ikke", F_NB | F_COMMON],
            ]),
        );
        const nn = (text: string) => {
            const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nn" };
            const [d] = new DocumentProofreader("plaintext").check(
                text,
                checkContextFrom(settings, { layers: { malform, speller: loan } }),
            ).diagnostics;
            return (d.data as { suggestions: string[] }).suggestions;
        };
        assert.deepEqual(nn("Du booolsk"), ["boolsk"]);
        assert.deepEqual(nn("Du ikkke"), [], "ikke is a Bokmål form in Nynorsk");
    });
});

describe("DocumentProofreader: a word typed twice", () => {
    const run = (text: string, spelling = true, ignored: ReadonlySet<string> = new Set()) => {
        const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nb", checks: { ...DEFAULT_SETTINGS.checks, spelling } };
        return new DocumentProofreader("markdown").check(text, checkContextFrom(settings, { layers: { malform }, ignored })).diagnostics;
    };
    it("flags both words as one problem whose fix is the word once", () => {
        const [d, ...rest] = run("Du kan kan lese fila");
        assert.equal(rest.length, 0);
        assert.equal(d.code, "spelling");
        assert.deepEqual(d.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 10 } });
        assert.deepEqual(d.data, { text: "kan kan", suggestions: ["kan"] });
        assert.equal(run("Du kan\nkan lese fila").length, 1, "across a line break inside the paragraph");
    });
    it("leaves words apart by punctuation or markup, words that may repeat, and ignored or switched-off cases", () => {
        assert.deepEqual(run("Du kan, kan lese fila"), []);
        assert.deepEqual(run("Du kan **kan** lese fila"), []);
        assert.deepEqual(run("Det det gjeld er fila"), []);
        assert.deepEqual(run("Fila.\n\nFila er lese"), []);
        assert.deepEqual(run("Du kan kan lese fila", false), []);
        assert.deepEqual(run("Du kan kan lese fila", true, new Set(["kan kan"])), []);
    });
});

describe("DocumentProofreader: re-checks re-use unchanged blocks", () => {
    const settings = (infinitive: SkrivehjelpSettings["nynorsk"]["infinitive"]): SkrivehjelpSettings => ({
        ...DEFAULT_SETTINGS,
        language: "nn",
        nynorsk: { infinitive },
    });
    const fresh = (text: string, infinitive: SkrivehjelpSettings["nynorsk"]["infinitive"]) =>
        new DocumentProofreader("markdown").check(text, checkContextFrom(settings(infinitive), { layers: { malform } })).diagnostics;

    it("gives after every edit exactly what a fresh check of the same text gives", () => {
        const p = new DocumentProofreader("markdown");
        const steps: [string, SkrivehjelpSettings["nynorsk"]["infinitive"]][] = [
            ["# Du kan lese\n\nDu kan ikke lese fila.\n\nDu kan lesa fila.\n", "auto"],
            // a paragraph inserted before the others moves them
            ["# Du kan lese\n\nDu kan lese.\n\nDu kan ikke lese fila.\n\nDu kan lesa fila.\n", "auto"],
            // a second e-infinitive elsewhere turns the text's own style to e: other blocks change too
            ["# Du kan lese\n\nDu kan lese.\n\nDu kan ikke lese fila.\n\nDu kan lese fila.\n", "auto"],
            ["# Du kan lese\n\nDu kan lese.\n\nDu kan ikke lese fila.\n\nDu kan lese fila.\n", "a"],
            ["# Du kan lese\n\nDu kan lese.\n\nDu kan ikkje lese fila.\n\nDu kan lese fila.\n", "a"],
        ];
        const counts: number[] = [];
        for (const [text, infinitive] of steps) {
            const got = p.check(text, checkContextFrom(settings(infinitive), { layers: { malform } })).diagnostics;
            assert.deepEqual(got, fresh(text, infinitive));
            counts.push(got.length);
        }
        // the steps are not all alike: the test would notice stale results
        assert.deepEqual(counts, [1, 1, 1, 5, 4]);
    });
});

describe("DocumentProofreader: suggestions within a time budget", () => {
    const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, language: "nn", nynorsk: { infinitive: "a" } };
    const text = Array.from({ length: 30 }, () => "Du kan ikke lese fila.").join("\n\n");
    it("gives the first ten their suggestions even past the deadline, the rest in a later pass", () => {
        const p = new DocumentProofreader("markdown");
        // the same lists, as in the server: the second pass re-uses the first one's problems
        const accepted = new WordSet();
        const ignored = new Set<string>();
        const first = p.check(text, checkContextFrom(settings, { layers: { malform }, accepted, ignored }), { suggestionDeadline: 0 });
        assert.equal(first.diagnostics.length, 60);
        assert.equal(first.complete, false);
        assert.equal(first.diagnostics.filter((d) => (d.data as { suggestions: string[] }).suggestions.length > 0).length, 10);
        const second = p.check(text, checkContextFrom(settings, { layers: { malform }, accepted, ignored }), {
            suggestionDeadline: Infinity,
        });
        assert.equal(second.complete, true);
        assert.ok(second.diagnostics.every((d) => (d.data as { suggestions: string[] }).suggestions.length > 0));
    });
});
