import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EngineStatus } from "../protocol/engine";
import { DEFAULT_SETTINGS } from "../protocol/settings";
import { convertDocument } from "./converter";
import { convertEngineFor, type GeneratingEngine } from "./engineAdapter";
import { DEFAULT_PREFERENCES } from "./prompts";

/** An engine whose model has `sequences` sequences of `contextSize` tokens; it answers "x" and counts the calls. */
function fakeEngine(sequences: number, contextSize: number): GeneratingEngine & { calls: number } {
    const e = {
        calls: 0,
        status: () =>
            ({ state: "ready", engine: "local", running: 0, queued: 0, model: { sequences, contextSize } }) as unknown as EngineStatus,
        load: async () => undefined,
        generate: async () => {
            e.calls++;
            return { text: "x", tokens: 1, promptTokens: 1, stopReason: "eos" } as never;
        },
    };
    return e;
}

describe("convertEngineFor", () => {
    it("lets each piece fill the whole context, whatever the number of sequences (node-llama-cpp gives each sequence its own contextSize)", async () => {
        for (const sequences of [1, 3]) {
            const e = await convertEngineFor(fakeEngine(sequences, 4096), DEFAULT_SETTINGS);
            assert.equal(e.contextTokens, 4096, `${sequences} sequences`);
            assert.equal(e.parallel, sequences);
        }
        assert.equal((await convertEngineFor(fakeEngine(3, 4096), DEFAULT_SETTINGS, 2)).parallel, 2, "parallel: at most the given number");
    });

    it("cuts a long document into the same pieces with 1 and with 3 sequences", async () => {
        const paragraph = "Jeg vet ikke hvordan vi skal løse dette problemet før fristen går ut, men vi prøver likevel.";
        const doc = Array.from({ length: 120 }, () => paragraph).join("\n\n") + "\n";
        const pieces: number[] = [];
        for (const sequences of [1, 3]) {
            const fake = fakeEngine(sequences, 4096);
            const r = await convertDocument(
                doc,
                { mode: "model", from: "nb", to: "nn", languageId: "markdown", context: { preferences: DEFAULT_PREFERENCES } },
                await convertEngineFor(fake, DEFAULT_SETTINGS),
            );
            pieces.push(r.pieces);
            assert.equal(fake.calls, 2 * r.pieces, "each piece asked twice (the answer fails)");
        }
        assert.equal(pieces[1], pieces[0]);
        assert.ok(pieces[0] >= 2 && pieces[0] <= 4, `pieces: ${pieces[0]}`);
    });
});
