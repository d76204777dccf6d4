// The model layer's evaluation (`npm run eval:proofread -- --model FILE`) with the tiny model:
// every sentence is asked about through the server's own engine and question, the answers are
// parsed and checked, and the report adds up. The scores mean nothing for random weights.
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { checkEngine } from "../../language-server/src/cliCheck";
import { DictionaryLayers } from "../../language-server/src/proofreading/dictionaryLayers";
import { evalModelLayer, formatModelLayer } from "../eval/modelLayer";
import { ensureTinyModel } from "../models/models";
import { REPO } from "./lspClient";

const TYPOS = [
    {
        variety: "nn",
        corrupted: "Eg har ikkje tid til å skirve brevet i dag.",
        error_original: "skirve",
        error_expected: "skrive",
        error_type: "swap",
    },
    {
        variety: "nb",
        corrupted: "Jeg vet ikkje hva vi skal gjøre med filen.",
        error_original: "ikkje",
        error_expected: "ikke",
        error_type: "variety->nn",
    },
    {
        variety: "nb",
        corrupted: "Dette er en helt vanlig setning uten feil i.",
        error_original: "setnig",
        error_expected: "setning",
        error_type: "drop",
    },
];
const PAIRS = [
    { nb: "Programmet lagrer filen automatisk hvert femte minutt.", nn: "Programmet lagrar fila automatisk kvart femte minutt." },
    { nb: "Velg en mappe for de nye bildene.", nn: "Vel ei mappe for dei nye bileta." },
];

describe("model layer evaluation", () => {
    it("asks about every sentence, parses and checks the answers, and scores them beside the dictionary layers", async () => {
        const tiny = await ensureTinyModel();
        const engine = checkEngine({ model: tiny, threads: 1 }, path.join(REPO, "dist", "server.js"));
        assert.notEqual(typeof engine, "string", String(engine));
        if (typeof engine === "string") return;
        try {
            const layers = new DictionaryLayers(() => undefined).layers();
            let progressed = 0;
            const report = await evalModelLayer(PAIRS, TYPOS, layers, engine.generate, 300, () => progressed++);
            // three injected errors, two clean sentences in each standard: seven questions
            assert.equal(report.questions, 7);
            assert.equal(progressed, 7);
            assert.equal(report.parsed, 7, "the grammar holds the tiny model to the JSON schema");
            assert.equal(report.injected.all.n, 3);
            // the dictionary layers catch the swap and the målform error; the third row's word is not in it
            assert.equal(report.injected.all.flagged, 2);
            assert.equal(report.injected.swap.first, 1);
            assert.equal(report.injected["målform"].first, 1);
            assert.deepEqual([report.falseAlarms.nb.sentences, report.falseAlarms.nn.sentences], [2, 2]);
            assert.ok(report.falseAlarms.nb.words >= 12);
            assert.match(formatModelLayer(report, "tiny.gguf"), /\| all \| 3 \|/);
        } finally {
            engine.dispose();
        }
    });
});
