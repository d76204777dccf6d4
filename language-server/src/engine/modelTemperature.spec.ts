import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { convertEngineFor } from "../convert/engineAdapter";
import { askAboutParagraph } from "../proofreading/model/paragraphs";
import type { EngineStatus } from "../protocol/engine";
import { Priority } from "../protocol/engine";
import { normalizeSettings } from "../protocol/settingsNormalize";
import { loadOptionsFrom } from "./loadOptions";
import { withModelTemperature } from "./modelTemperature";
import type { GenerationRequest } from "./engine";

/** A scripted engine: records what it was asked, answers a fixed text. */
function scripted(answer: string) {
    const asked: GenerationRequest[] = [];
    const status: EngineStatus = {
        state: "ready",
        modelPath: "/m.gguf",
        running: 0,
        queued: 0,
        model: { name: "m", path: "/m.gguf", sizeBytes: 1, contextSize: 4096, trainContextSize: 4096, threads: 1, sequences: 2, loadMs: 1 },
    };
    return {
        asked,
        status: () => status,
        load: async () => undefined,
        generate: async (params: GenerationRequest, _priority: Priority) => {
            asked.push(params);
            return {
                text: answer,
                tokens: 1,
                promptTokens: 1,
                stopReason: "eos" as const,
                timeToFirstTokenMs: 1,
                tokensPerSecond: 1,
                queuedMs: 0,
            };
        },
    };
}

const PARAGRAPH = "Dette er eit avsnitt med nok ord til at modellen blir spurd om det.";

describe("skrivehjelp.model.temperature", () => {
    it("reaches the proofreader's questions, read at each request", async () => {
        const engine = scripted('{"problems":[]}');
        let setting = 0.7;
        const withTemperature = withModelTemperature(engine, () => setting);
        await askAboutParagraph((p, prio, sig) => withTemperature.generate(p, prio, sig), PARAGRAPH, "nn");
        setting = 0;
        await askAboutParagraph((p, prio, sig) => withTemperature.generate(p, prio, sig), PARAGRAPH, "nn");
        assert.deepEqual(
            engine.asked.map((p) => p.temperature),
            [0.7, 0],
        );
        // the rest of the question is untouched
        assert.ok(engine.asked[0].jsonSchema);
        assert.equal(engine.asked[0].cacheKey, "proofreading:nn");
        assert.equal(withTemperature.status().state, "ready");
    });

    it("reaches the conversion's requests", async () => {
        const engine = scripted("Teksten.");
        const settings = normalizeSettings({ model: { temperature: 1.2 } }).settings;
        const convert = await convertEngineFor(engine, settings);
        await convert.generate({ text: "x" }, 10);
        assert.equal(engine.asked[0].temperature, 1.2);
        const greedy = await convertEngineFor(engine, normalizeSettings({}).settings);
        await greedy.generate({ text: "x" }, 10);
        assert.equal(engine.asked[1].temperature, 0);
    });

    it("is not something the model is loaded with, so a change does not reload it", () => {
        const a = loadOptionsFrom(normalizeSettings({ model: { path: "/m.gguf", temperature: 0 } }).settings, "/dl");
        const b = loadOptionsFrom(normalizeSettings({ model: { path: "/m.gguf", temperature: 1.5 } }).settings, "/dl");
        assert.equal(JSON.stringify(a), JSON.stringify(b));
    });
});
