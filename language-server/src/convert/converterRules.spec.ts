// The converter with the rule engine and in hybrid (the model post-editing the rules' draft), scripted.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type ConvertEngine, ConvertCancelled, convertDocument, nothingToConvert } from "./converter";
import { segment } from "./segment";
import { opts, postEdit, rules } from "./converterTestKit";

describe("convertDocument with the rules and hybrid", () => {
    it("rules: every unit converted, no model, protected spans and every byte outside the prose kept, unknown words counted", async () => {
        const doc = "# Hva jeg vet\n\nJeg vet `ikke` hva blorp er, se [ikke](https://ikke.no).\n\n```\nikke\n```\n";
        const progress: string[] = [];
        const r = await convertDocument(
            doc,
            opts({ mode: "rules", rules: rules(), onProgress: (d, t) => void progress.push(`${d}/${t}`) }),
        );
        assert.equal(r.text, "# Kva eg vet\n\nEg vet `ikke` kva blorp er, se [ikkje](https://ikke.no).\n\n```\nikke\n```\n");
        assert.equal(r.mode, "rules");
        assert.deepEqual(r.unknown, ["blorp"]);
        assert.deepEqual(r.warnings, []);
        assert.equal(r.passed, r.pieces);
        assert.equal(progress.at(-1), `${r.pieces}/${r.pieces}`);
    });

    it("rules: plain text keeps its lines, in order", async () => {
        const doc = "Jeg vet ikke\nhva jeg vil.\n\n\nHva nå?\nikke noe\n";
        const r = await convertDocument(doc, opts({ mode: "rules", rules: rules(), languageId: "plaintext" }));
        assert.equal(r.text, "Eg vet ikkje\nkva eg vil.\n\n\nKva nå?\nikkje noe\n");
    });

    it("rules: a draft that loses the text's shape leaves the piece as it was, with its lines", async () => {
        const doc = "Jeg vet\nikke.\n";
        const r = await convertDocument(doc, opts({ mode: "rules", rules: rules((out) => out.replace("\n", " ")) }));
        assert.equal(r.text, doc);
        assert.equal(r.warnings.length, 1);
        assert.equal(r.warnings[0].kind, "unconverted");
        assert.match(r.warnings[0].message, /^Lines 1–2 left in Bokmål: the rule converter's output lost the text's shape/);
    });

    it("hybrid: the model gets the source and the rules' draft, and a passing answer is used", async () => {
        const seen: { source: string; draft: string }[] = [];
        const e: ConvertEngine = {
            parallel: 1,
            contextTokens: 4096,
            async generate(prompt) {
                const p = postEdit(prompt);
                seen.push(p);
                return p.draft.replace("vet", "veit");
            },
        };
        const r = await convertDocument("Jeg vet `x` ikke.\n", opts({ mode: "hybrid", rules: rules() }), e);
        assert.deepEqual(seen, [{ source: "Jeg vet {1} ikke.", draft: "Eg vet {1} ikkje." }]);
        assert.equal(r.text, "Eg veit `x` ikkje.\n");
        assert.deepEqual(r.warnings, []);
        assert.equal(r.passed, 1);
        assert.equal(r.mode, "hybrid");
    });

    it("hybrid: a piece whose answer fails the guards twice keeps the rules' draft, not the source", async () => {
        const doc = "Jeg vet `x` ikke blorp.\n\n```\nikke\n```\n";
        let calls = 0;
        const e: ConvertEngine = {
            parallel: 1,
            contextTokens: 4096,
            generate: async (prompt) => (calls++, postEdit(prompt).draft.replace("{1}", "")),
        };
        const r = await convertDocument(doc, opts({ mode: "hybrid", rules: rules() }), e);
        assert.equal(calls, 2, "asked once more");
        assert.equal(r.text, "Eg vet `x` ikkje blorp.\n\n```\nikke\n```\n");
        assert.equal(r.passed, 0);
        assert.deepEqual(
            r.warnings.map((w) => w.kind),
            ["draft"],
        );
        assert.match(r.warnings[0].message, /^Line 1: the rules' conversion is used, the model's answer failed: .*placeholder/);
        assert.deepEqual(r.unknown, ["blorp"], "the draft's unknown words are the result's");
    });

    it("skips blocks the judge puts in the target standard or another language, and says when nothing is left", async () => {
        const judge = (prose: string) =>
            /\bikkje\b/.test(prose) ? "nn" : /\bthe\b/.test(prose) ? "foreign" : /\bikke\b/.test(prose) ? "nb" : undefined;
        const doc = "Jeg vet ikke.\n\nEg veit ikkje.\n\nThis is the English part.\n";
        const r = await convertDocument(doc, opts({ mode: "rules", rules: rules(), judgeBlock: judge }));
        assert.equal(r.text, "Eg vet ikkje.\n\nEg veit ikkje.\n\nThis is the English part.\n");
        assert.deepEqual(r.skippedBlocks, { target: 1, foreign: 1 });
        assert.equal(r.nothing, undefined);

        const nn = await convertDocument("# Tittel\n\nEg veit ikkje.\n", opts({ mode: "rules", rules: rules(), judgeBlock: judge }));
        assert.equal(nn.nothing, "alreadyTarget");
        assert.equal(nn.text, "# Tittel\n\nEg veit ikkje.\n");
        assert.equal(nothingToConvert("This is the end.\n", opts({ judgeBlock: judge })), "notSource");
        assert.equal(nothingToConvert("", opts()), "noProse");
        assert.equal(nothingToConvert("```\nikke\n```\n", opts()), "noProse");
        assert.equal(nothingToConvert("Jeg vet ikke.\n", opts({ judgeBlock: judge })), undefined);
    });

    it("rules: a cancel while converting returns nothing (ConvertCancelled)", async () => {
        const controller = new AbortController();
        const doc = Array.from({ length: 400 }, (_, i) => `Avsnitt ${i}: jeg vet ikke hva jeg skal skrive her i dag.`).join("\n\n");
        const r = convertDocument(
            doc,
            opts({ mode: "rules", rules: rules(), signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() }),
        );
        await assert.rejects(r, ConvertCancelled);
    });

    it("refuses a mode without what it needs", async () => {
        await assert.rejects(convertDocument("Jeg.\n", opts({ mode: "hybrid", rules: rules() })), /needs a model/);
        await assert.rejects(convertDocument("Jeg.\n", opts({ mode: "rules" })), /needs the rule converter/);
    });
});

describe("segment", () => {
    it("keeps quote marks, indentation and heading marks out of the bodies", () => {
        const units = segment("> Jeg sier\n> hva\n\n## Tittel ##\n\n1. en\n   to\n", "markdown");
        const bodies = units.map((u) => u.lines.map((l) => l.parts.map((p) => p.text).join("")));
        assert.deepEqual(bodies, [["Jeg sier", "hva"], ["Tittel"], ["en", "to"]]);
    });
});
