import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver-types";
import { codeActionsFor } from "../../features/codeActions";
import { extractProse, LineIndex } from "../../text";
import { mergeDiagnostics, modelDiagnostics, overlaps } from "./diagnostics";

const DOC = "# Tittel\n\nEg har **ikkje** tid i dag, men me skirve om det.\n";

function setUp() {
    const blocks = extractProse(DOC, "markdown");
    const block = blocks.find((b) => b.kind === "paragraph")!;
    return { block, lines: new LineIndex(DOC) };
}
const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe("modelDiagnostics", () => {
    it("maps a problem to its document range with the suggestion as data", () => {
        const { block, lines } = setUp();
        const { start, end } = at(block.text, "i dag");
        const [d] = modelDiagnostics(DOC, lines, block, [{ start, end, replacement: "no", message: "Kortare." }], [], new Set());
        assert.deepEqual(d, {
            range: {
                start: { line: 2, character: DOC.split("\n")[2].indexOf("i dag") },
                end: { line: 2, character: DOC.split("\n")[2].indexOf("i dag") + 5 },
            },
            severity: DiagnosticSeverity.Information,
            source: "skrivehjelp",
            code: "grammar",
            message: "Kortare.",
            data: { text: "i dag", suggestions: ["no"] },
        });
    });

    it("drops a problem with markup inside (the fix would lose it), over a dictionary diagnostic, or ignored", () => {
        const { block, lines } = setUp();
        const markup = at(block.text, "har ikkje");
        const spelled = at(block.text, "me skirve");
        const ignored = at(block.text, "om det");
        const line = DOC.split("\n")[2];
        const spelling: Diagnostic = {
            range: { start: { line: 2, character: line.indexOf("skirve") }, end: { line: 2, character: line.indexOf("skirve") + 6 } },
            message: "x",
        };
        const out = modelDiagnostics(
            DOC,
            lines,
            block,
            [
                { ...markup, replacement: "har ikke", message: "" },
                { ...spelled, replacement: "me skriv", message: "" },
                { ...ignored, replacement: "om dette", message: "" },
            ],
            [spelling],
            new Set(["om det"]),
        );
        assert.deepEqual(out, []);
    });

    it("drops what the grammar layer already reports, over the same words or more", () => {
        const { block, lines } = setUp();
        const line = DOC.split("\n")[2];
        // the grammar layer's diagnostic over "me" (say, a verb form) and the model's over "me skirve om"
        const grammar: Diagnostic = {
            range: { start: { line: 2, character: line.indexOf("me skirve") }, end: { line: 2, character: line.indexOf("me skirve") + 2 } },
            code: "grammar",
            message: "x",
        };
        const wider = at(block.text, "me skirve om");
        const elsewhere = at(block.text, "i dag");
        const out = modelDiagnostics(
            DOC,
            lines,
            block,
            [
                { ...wider, replacement: "me skriv om", message: "" },
                { ...elsewhere, replacement: "no", message: "" },
            ],
            [grammar],
            new Set(),
        );
        assert.deepEqual(
            out.map((d) => (d.data as { text: string }).text),
            ["i dag"],
        );
    });
});

describe("quick fixes for model diagnostics", () => {
    it("replace with the suggestion (preferred), then ignore; no word-list actions for a phrase", () => {
        const { block, lines } = setUp();
        const { start, end } = at(block.text, "i dag");
        const [d] = modelDiagnostics(DOC, lines, block, [{ start, end, replacement: "no", message: "Kortare." }], [], new Set());
        const actions = codeActionsFor("file:///a.md", [d], [d], "nn", true);
        assert.deepEqual(
            actions.map((a) => [a.title, a.isPreferred === true]),
            [
                ["Byt ut med «no»", true],
                ["Ignorer «i dag» i dette dokumentet", false],
            ],
        );
        assert.deepEqual(actions[0].edit?.changes?.["file:///a.md"], [{ range: d.range, newText: "no" }]);
    });
});

describe("mergeDiagnostics", () => {
    const d = (line: number, character: number, code: string): Diagnostic => ({
        range: { start: { line, character }, end: { line, character: character + 1 } },
        message: code,
        code,
    });
    it("orders by position, dictionary first on a tie", () => {
        const merged = mergeDiagnostics([d(0, 5, "spelling"), d(2, 0, "malform")], [d(0, 1, "grammar"), d(2, 0, "grammar")]);
        assert.deepEqual(
            merged.map((x) => `${x.range.start.line}:${x.range.start.character}:${x.code}`),
            ["0:1:grammar", "0:5:spelling", "2:0:malform", "2:0:grammar"],
        );
    });
    it("overlaps: touching ends do not count", () => {
        const r = (a: number, b: number) => ({ start: { line: 0, character: a }, end: { line: 0, character: b } });
        assert.equal(overlaps(r(0, 3), r(3, 5)), false);
        assert.equal(overlaps(r(0, 4), r(3, 5)), true);
        assert.equal(overlaps(r(3, 5), r(0, 9)), true);
    });
});
