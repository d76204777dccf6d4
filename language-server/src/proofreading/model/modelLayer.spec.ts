// The model layer with a fake engine: what is asked, when, and what becomes a diagnostic.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { GenerationRequest } from "../../engine/engine";
import { Priority, type EngineStatus } from "../../protocol/engine";
import { DEFAULT_SETTINGS, type SkrivehjelpSettings } from "../../protocol/settings";
import { extractProse } from "../../text";
import { ModelLayer, type DocumentInput } from "./modelLayer";
import type { Timers } from "./scheduler";

const A = "Eg har ikkje tid i dag, men me skriv om budsjettet i morgon.";
const B = "Møtet vart flytta til fredag fordi leiaren var sjuk.";
const DOC = `# Møte\n\n${A}\n\n${B}\n`;

class FakeTimers implements Timers {
    fns: (() => void)[] = [];
    set(fn: () => void): unknown {
        this.fns.push(fn);
        return fn;
    }
    clear(h: unknown): void {
        this.fns = this.fns.filter((f) => f !== h);
    }
    fireAll(): void {
        const fns = this.fns;
        this.fns = [];
        fns.forEach((f) => f());
    }
}

const settled = () => new Promise((r) => setTimeout(r, 0));

function setUp(answer: (paragraph: string) => string = () => '{"problems":[]}', state: EngineStatus["state"] = "ready") {
    const asked: { paragraph: string; params: GenerationRequest; priority: Priority }[] = [];
    const changed: string[] = [];
    const timers = new FakeTimers();
    const engine = {
        state,
        status: () => ({ state: engine.state, modelPath: "/m.gguf", running: 0, queued: 0 }) as EngineStatus,
        generate: async (params: GenerationRequest, priority: Priority) => {
            const paragraph = "messages" in params.prompt ? params.prompt.messages.at(-1)!.content : "";
            asked.push({ paragraph, params, priority });
            return { text: answer(paragraph) };
        },
    };
    const layer = new ModelLayer({ engine, log: () => undefined, onChange: (u) => changed.push(u), timers });
    const settings: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, model: { ...DEFAULT_SETTINGS.model, path: "/m.gguf" } };
    const input = (text: string, over: Partial<DocumentInput> = {}): DocumentInput => ({
        uri: "file:///a.md",
        text,
        blocks: extractProse(text, "markdown"),
        variety: "nn",
        settings,
        dictionary: [],
        ignored: new Set(),
        ...over,
    });
    return { layer, asked, changed, timers, engine, settings, input };
}

describe("ModelLayer", () => {
    it("asks about each paragraph once, at proofreading priority, constrained by the schema", async () => {
        const { layer, asked, changed, timers, input } = setUp();
        assert.deepEqual(layer.diagnostics(input(DOC)), []);
        assert.equal(asked.length, 0, "nothing before the debounce");
        timers.fireAll();
        await settled();
        await settled();
        assert.deepEqual(
            asked.map((a) => a.paragraph),
            [A, B],
            "headings are not asked about",
        );
        assert.ok(
            asked.every(
                (a) =>
                    a.priority === Priority.Proofread &&
                    a.params.jsonSchema &&
                    a.params.temperature === 0 &&
                    a.params.cacheKey === "proofreading:nn",
            ),
        );
        assert.deepEqual(changed, ["file:///a.md", "file:///a.md"]);
    });

    it("editing paragraph B does not ask about A again", async () => {
        const { layer, asked, timers, input } = setUp();
        layer.diagnostics(input(DOC));
        timers.fireAll();
        await settled();
        await settled();
        layer.diagnostics(input(DOC.replace("fredag", "laurdag")));
        timers.fireAll();
        await settled();
        assert.deepEqual(
            asked.map((a) => a.paragraph),
            [A, B, B.replace("fredag", "laurdag")],
        );
    });

    it("cached answers become diagnostics at once, moved with the text", async () => {
        const { layer, timers, input } = setUp((p) =>
            p === A ? '{"problems":[{"text":"i dag","replacement":"no","message":"Kortare."}]}' : '{"problems":[]}',
        );
        layer.diagnostics(input(DOC));
        timers.fireAll();
        await settled();
        const [d] = layer.diagnostics(input(DOC));
        assert.equal(d.code, "grammar");
        assert.deepEqual(d.range.start, { line: 2, character: A.indexOf("i dag") });
        const moved = layer.diagnostics(input(`\n\n${DOC}`));
        assert.deepEqual(moved[0].range.start, { line: 4, character: A.indexOf("i dag") });
    });

    it("asks nothing when switched off, with no model, for a non-Norwegian document, or after the engine failed", async () => {
        for (const over of [
            (s: SkrivehjelpSettings) => ({ settings: { ...s, checks: { ...s.checks, model: false } } }),
            (s: SkrivehjelpSettings) => ({ settings: { ...s, model: { ...s.model, path: "" } } }),
            () => ({ variety: undefined }),
        ]) {
            const { layer, asked, timers, input, settings } = setUp();
            assert.deepEqual(layer.diagnostics(input(DOC, over(settings))), []);
            timers.fireAll();
            await settled();
            assert.equal(asked.length, 0);
        }
        const failed = setUp(undefined, "error");
        failed.layer.diagnostics(failed.input(DOC));
        failed.timers.fireAll();
        await settled();
        assert.equal(failed.asked.length, 0);
        // back after "Reload model": the documents are checked again
        failed.engine.state = "ready";
        failed.layer.onEngineStatus({ state: "error", modelPath: "", running: 0, queued: 0 });
        failed.layer.onEngineStatus({ state: "ready", modelPath: "", running: 0, queued: 0 });
        assert.deepEqual(failed.changed, ["file:///a.md"]);
    });

    it("uses a model server when that is the engine, and asks again when the server or its model changes", async () => {
        const { layer, asked, timers, input, settings } = setUp();
        const remote = (model: string): SkrivehjelpSettings => ({
            ...settings,
            engine: "openai",
            model: { ...settings.model, path: "" },
            openai: { ...settings.openai, endpoint: "http://127.0.0.1:8080/v1", model },
        });
        layer.diagnostics(input(DOC, { settings: remote("nb-llama-70b") }));
        timers.fireAll();
        await settled();
        await settled();
        assert.equal(asked.length, 2);
        layer.diagnostics(input(DOC, { settings: remote("nb-llama-8b") }));
        await settled();
        await settled();
        assert.equal(asked.length, 4);
        layer.diagnostics(input(DOC, { settings: { ...remote("x"), openai: { ...settings.openai, endpoint: "" } } }));
        await settled();
        assert.equal(asked.length, 4, "no address: off");
    });

    it("a new model or written standard asks again", async () => {
        const { layer, asked, timers, input, settings } = setUp();
        layer.diagnostics(input(DOC));
        timers.fireAll();
        await settled();
        await settled();
        layer.diagnostics(input(DOC, { variety: "nb" }));
        await settled();
        await settled();
        layer.diagnostics(input(DOC, { variety: "nb", settings: { ...settings, model: { ...settings.model, path: "/other.gguf" } } }));
        await settled();
        await settled();
        assert.equal(asked.length, 6);
    });
});
