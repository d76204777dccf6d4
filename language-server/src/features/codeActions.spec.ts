import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Diagnostic } from "vscode-languageserver/node";
import { Commands } from "../protocol/proofreading";
import { codeActionsFor } from "./codeActions";

const diag = (line: number, text: string, suggestions: string[], code = "spelling"): Diagnostic => ({
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
    message: `Ukjent ord: «${text}»`,
    source: "skrivehjelp",
    code,
    data: { text, suggestions },
});

describe("codeActionsFor", () => {
    const uri = "file:///notat.md";
    const a = diag(0, "skirve", ["skrive", "skriva", "skive"]);
    const b = diag(3, "ikkje", ["ikke"], "malform");
    const c = diag(5, "ikkje", ["ikke"], "malform");

    it("offers each suggestion best first, the first preferred, then the word lists and ignore", () => {
        const actions = codeActionsFor(uri, [a], [a, b, c], "nn", true);
        assert.deepEqual(
            actions.map((x) => x.title),
            [
                "Byt ut med «skrive»",
                "Byt ut med «skriva»",
                "Byt ut med «skive»",
                "Legg «skirve» til i ordlista for arbeidsområdet",
                "Legg «skirve» til i brukarordlista",
                "Ignorer «skirve» i dette dokumentet",
            ],
        );
        assert.deepEqual(
            actions.map((x) => x.isPreferred === true),
            [true, false, false, false, false, false],
        );
        assert.deepEqual(actions[0].edit?.changes?.[uri], [{ range: a.range, newText: "skrive" }]);
        assert.equal(actions[3].command?.command, Commands.addWord);
        assert.deepEqual(actions[3].command?.arguments, [{ word: "skirve", list: "workspace", uri }]);
    });

    it("fixes all problems of one kind in one edit, and speaks Bokmål in Bokmål documents", () => {
        const actions = codeActionsFor(uri, [b], [a, b, c], "nb", false);
        const all = actions.find((x) => x.title.startsWith("Rett alle"));
        assert.equal(all?.title, "Rett alle 2 problemer av denne typen i dokumentet");
        assert.deepEqual(
            all?.edit?.changes?.[uri].map((e) => e.range.start.line),
            [3, 5],
        );
        // målform problems are not words to add to a list
        assert.equal(
            actions.some((x) => x.command?.command === Commands.addWord),
            false,
        );
    });

    it("counts problems of the same code and severity as one kind", () => {
        const warning = { ...b, severity: 2 as const };
        const houseStyle = { ...c, severity: 3 as const };
        const third = { ...b, range: { start: { line: 9, character: 0 }, end: { line: 9, character: 5 } }, severity: 2 as const };
        const all = codeActionsFor(uri, [warning], [a, warning, houseStyle, third], "nb", false).find((x) =>
            x.title.startsWith("Rett alle"),
        );
        assert.deepEqual(
            all?.edit?.changes?.[uri].map((e) => e.range.start.line),
            [3, 9],
        );
        assert.equal(
            codeActionsFor(uri, [houseStyle], [a, warning, houseStyle, third], "nb", false).some((x) => x.title.startsWith("Rett alle")),
            false,
        );
    });

    it("offers no word list for a word typed twice", () => {
        const twice = diag(7, "skal skal", ["skal"]);
        assert.deepEqual(
            codeActionsFor(uri, [twice], [twice], "nb", true).map((x) => x.title),
            ["Erstatt med «skal»", "Ignorer «skal skal» i dette dokumentet"],
        );
    });

    it("ignores diagnostics of other sources", () => {
        assert.deepEqual(codeActionsFor(uri, [{ ...a, source: "cSpell" }], [], "nb", true), []);
    });
    it("fixes all of one grammar rule family, warnings and information alike, and no word-list actions", () => {
        const grammar = (line: number, text: string, fix: string, rule: string, severity: 2 | 3): Diagnostic => ({
            ...diag(line, text, [fix], "grammar"),
            severity,
            data: { text, suggestions: [fix], rule },
        });
        const g1 = grammar(1, "fil navn", "filnavn", "saerskriving", 2);
        const g2 = grammar(2, "linje nummer", "linjenummer", "saerskriving", 3);
        const g3 = grammar(4, "og", "å", "ogAa", 2);
        const actions = codeActionsFor(uri, [g1], [g1, g2, g3], "nb", true);
        assert.deepEqual(
            actions.map((x) => x.title),
            ["Erstatt med «filnavn»", "Rett alle 2 tilfeller av særskriving i dokumentet", "Ignorer «fil navn» i dette dokumentet"],
        );
        assert.deepEqual(
            actions[1].edit?.changes?.[uri]?.map((e) => e.newText),
            ["filnavn", "linjenummer"],
        );
    });
});
