// What scripts/convert/compile.ts puts into the compiled tables beyond Apertium's word-by-word
// output, on real sentences (npm test builds the tables into .cache/convert first).
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { DEFAULT_PREFERENCES } from "../prompts";
import { TableRuleEngine } from "./engine";
import { parseLearnt } from "./learnt";
import { readConvertTable } from "./table";

const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh (npm test does)");
const engine = new TableRuleEngine(readConvertTable(path.join(dir, "convert.bin")));
const convert = (from: "nb" | "nn", text: string, e: TableRuleEngine = engine) =>
    e.convertText(text, { from, to: from === "nb" ? "nn" : "nb", preferences: DEFAULT_PREFERENCES });

describe("the compiled tables", () => {
    it("into Bokmål a neuter plural takes -er where Bokmål has it, and only there", () => {
        assert.equal(convert("nn", "Ni punkt og fem dokument").text, "Ni punkter og fem dokumenter");
        assert.equal(convert("nn", "Tre hus og to år").text, "Tre hus og to år");
    });

    it("Nynorsk relative 'der' stays 'der' in Bokmål", () => {
        assert.match(convert("nn", "Vel mappa der fila ligg").text, / der /);
    });

    it("a neuter the Nynorsk lists lack stays neuter where the lemma is spelt the same; one they have keeps their gender", () => {
        assert.equal(convert("nb", "Kjør skriptet. Medlemmet er lagt til.").text, "Køyr skriptet. Medlemmen er lagt til.");
    });

    it("of two lemmas with the same inflection the more common comes first ('kurven': the curve, not the basket)", () => {
        assert.equal(convert("nb", "Vel et punkt på kurven.").text, "Vel eit punkt på kurva.");
        assert.equal(convert("nb", "Tilpass teksten til rammen.").text, "Tilpass teksten til ramma.");
        assert.equal(convert("nn", "Tilpass høgd til tekst.").text, "Tilpass høyde til tekst.");
    });

    it("into Nynorsk the infinitive as the lemma where Apertium gives a variant of it ('oppgje', 'gje')", () => {
        assert.equal(convert("nb", "Du må oppgi et navn for å gi tilgang.").text, "Du må oppgje eit namn for å gje tilgang.");
    });

    it("a listed compound Apertium reads with no noun, where its head is one, is read as the server reads compounds", () => {
        // Apertium: "oppsetts|fila" only as a participle of "file"
        assert.equal(convert("nn", "Malen er ikkje oppgjeve i oppsettsfila.").text, "Malen er ikke oppgitt i oppsettsfilen.");
    });

    it("forms the word lists lack come from the lexicon's Apertium forms, not kept as unknown", () => {
        const r = convert("nn", "Talet på pikslar");
        assert.equal(r.text, "Tallet på piksler");
        assert.deepEqual(r.unknown, []);
    });

    it("a variant rule applies to a word no learnt choice names", () => {
        const rules = engine.withLearnt(parseLearnt("nb-nn\t-er\tvblex.pres\t-ar\t62\t83\n"));
        assert.equal(convert("nb", "Programmet samsvarer", engine).text, "Programmet samsvarer");
        assert.equal(convert("nb", "Programmet samsvarer", rules).text, "Programmet samsvarar");
    });

    it("a variant rule leaves a form another reading of the word shares", () => {
        // "filer" read as the verb "file" here; as the plural of "fil" it is "filer" in Nynorsk too
        const rules = engine.withLearnt(parseLearnt("nb-nn\t-er\tvblex.pres\t-ar\t62\t83\n"));
        assert.equal(convert("nb", "Skriv filer direkte til disken.", rules).text, "Skriv filer direkte til disken.");
    });
});
