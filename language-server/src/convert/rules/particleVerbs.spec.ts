// Particle verbs (particleVerbs.ts) on sentences written for these tests, both directions.
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
const toNb = (text: string) => engine.convertText(text, { from: "nn", to: "nb", preferences: DEFAULT_PREFERENCES }).text;

describe("rule converter: particle verbs", () => {
    it("Nynorsk 'halde fram' and 'kjenne att' are one Bokmål verb, in the reading's inflection", () => {
        assert.equal(toNb("Vil du halde fram?"), "Vil du fortsette?");
        assert.equal(toNb("Søket heldt fram frå slutten."), "Søket fortsatte fra slutten.");
        assert.equal(toNb("Lagringsmediet kan kjennast att."), "Lagringsmediet kan gjenkjennes.");
    });
    it("Bokmål 'fortsette' is 'halde fram', with 'med' before an object; the adverb 'fortsatt' is not", () => {
        assert.equal(toNn("Søket fortsatte fra slutten."), "Søket heldt fram frå slutten.");
        assert.equal(toNn("Fortsett likevel"), "Hald fram likevel");
        assert.match(toNn("Hopper over ordet og fortsetter stavekontrollen."), /held fram med stavekontrollen/);
        assert.equal(toNn("Opplasting er fortsatt ikke implementert."), "Opplasting er framleis ikkje implementert.");
    });
});
