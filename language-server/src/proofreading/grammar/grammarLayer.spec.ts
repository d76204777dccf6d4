// The grammar layer inside a block's problems (../grammarLayer.ts): what replaces what, and what
// is left alone.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { extractProse, words } from "../../text";
import { withGrammar } from "../grammarLayer";
import type { BlockProblem } from "../proofreader";
import { grammarData } from "./testData";

const ALL = { saerskriving: true, ogAa: true, verbForm: true, gender: true, deDem: true };

function run(doc: string, found: BlockProblem[] = [], ignored: ReadonlySet<string> = new Set(), checks = ALL) {
    const [block] = extractProse(doc, "markdown");
    return withGrammar(
        { doc, shift: 0, at: block.range.start, words: words(block) },
        { variety: "nb", infinitive: "a", checks, data: grammarData(), ignored },
        found,
    );
}

const spelling = (doc: string, word: string): BlockProblem => {
    const start = doc.indexOf(word);
    return {
        start,
        end: start + word.length,
        text: word,
        code: "spelling",
        severity: DiagnosticSeverity.Warning,
        message: "",
        suggest: () => [],
    };
};

describe("withGrammar", () => {
    it("adds the grammar problems in order, with the rule, a message and the fix", () => {
        const doc = "Skriv inn et linje nummer her, og trykk for og lagre.\n";
        const out = run(doc);
        assert.deepEqual(
            out.map((p) => [p.code, p.rule, p.text, p.suggestions?.[0]]),
            [
                ["grammar", "saerskriving", "linje nummer", "linjenummer"],
                ["grammar", "ogAa", "og", "å"],
            ],
        );
        assert.match(out[0].message, /Særskriving: sammensatte ord skrives i ett ord: «linjenummer», ikke «linje nummer»/);
    });

    it("a særskriving replaces the speller's mark on a part; another rule yields to it", () => {
        const doc = "Dokumentet blir gjen opprettet.\n";
        const out = run(doc, [spelling(doc, "gjen")]);
        assert.deepEqual(
            out.map((p) => [p.code, p.text]),
            [["grammar", "gjen opprettet"]],
        );
        const doc2 = "Du kan velger en annen mal.\n";
        const kept = run(doc2, [spelling(doc2, "velger")]);
        assert.deepEqual(
            kept.map((p) => [p.code, p.text]),
            [["spelling", "velger"]],
        );
    });

    it("leaves text with markup inside alone, and what the user ignored, and a rule that is off", () => {
        assert.deepEqual(run("Skriv inn et **linje** nummer her.\n"), []);
        assert.deepEqual(run("Skriv inn et linje nummer her.\n", [], new Set(["linje nummer"])), []);
        assert.deepEqual(run("Skriv inn et linje nummer her.\n", [], new Set(), { ...ALL, saerskriving: false }), []);
    });
});
