// The Bokmål s-genitive into the Nynorsk "til"-construction (genitive.ts), on prose sentences
// written for these tests: what moves, and what keeps its order.
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { DEFAULT_PREFERENCES } from "../prompts";
import { TableRuleEngine } from "./engine";
import { readConvertTable } from "./table";

const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh (npm test does)");
const engine = new TableRuleEngine(readConvertTable(path.join(dir, "convert.bin")));
const toNn = (text: string) => engine.convertText(text, { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES }).text;

describe("rule converter: the s-genitive into Nynorsk", () => {
    it("a definite genitive and its noun become the definite noun with 'til'", () => {
        assert.equal(toNn("Barnas skole ligger ved elva."), "Skulen til barna ligg ved elva.");
        assert.equal(toNn("Lærerens bok lå på bordet."), "Boka til læraren låg på bordet.");
    });
    it("a compound head the lists lack takes its head's definite ending", () => {
        assert.equal(toNn("Kommunens servicetorg er åpent."), "Servicetorget til kommunen er ope.");
    });
    it("an adjective before the noun gets the definite article", () => {
        assert.match(toNn("Skolens nye rektor sendte et brev."), /^Den nye rektoren til skulen /);
    });
    it("names, time genitives and a genitive with its own determiner keep their order", () => {
        assert.equal(toNn("Olas bil er ny."), "Olas bil er ny.");
        assert.match(toNn("Dagens avis kom sent."), /^Dagens avis /);
        assert.match(toNn("Åpne denne filens meny."), /denne filas meny/);
    });
});
