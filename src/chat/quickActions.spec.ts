import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ConvertResult } from "../../language-server/src/protocol/convert";
import type { Variety } from "../../language-server/src/protocol/writtenStandard";
import { chatConversion, quickActionPrompt } from "./quickActions";

const result = (text: string, nothing?: ConvertResult["nothing"]): ConvertResult => ({
    text,
    warnings: [],
    engine: "rules",
    pieces: 1,
    passed: 1,
    words: 3,
    unknownWords: 0,
    unknownSample: [],
    skippedBlocks: { target: 0, foreign: 0 },
    ...(nothing ? { nothing } : {}),
});

describe("quick actions", () => {
    it("has a prompt for every model action", () => {
        for (const a of ["explain", "improve", "summarize"] as const) assert.ok(quickActionPrompt(a, "x").length > 10);
    });

    it("convert: towards the other standard than the server detects, with the server's conversion as the answer", async () => {
        const calls: string[] = [];
        const io = (detected: Variety | null, picked?: Variety, nothing?: ConvertResult["nothing"]) => ({
            detect: async () => detected,
            pick: async () => (calls.push("pick"), picked),
            convert: async (from: Variety, to: Variety) => (calls.push(`${from}→${to}`), result(`converted ${to}`, nothing)),
        });
        assert.deepEqual(await chatConversion(io("nb")), {
            kind: "answer",
            request: "Gjer om til nynorsk.",
            answer: "converted nn",
            result: result("converted nn"),
        });
        assert.equal((await chatConversion(io("nn")))?.kind === "answer" && "converted nb", "converted nb");
        assert.deepEqual(calls, ["nb→nn", "nn→nb"], "no question when the server can tell");
        calls.length = 0;
        assert.equal(await chatConversion(io(null, undefined)), undefined, "cancelled at the question");
        const picked = await chatConversion(io(null, "nb"));
        assert.equal(picked?.kind === "answer" && picked.request, "Gjer om til bokmål.");
        assert.deepEqual(calls, ["pick", "pick", "nn→nb"]);
        assert.deepEqual(await chatConversion(io("nb", undefined, "alreadyTarget")), {
            kind: "nothing",
            reason: "alreadyTarget",
            from: "nb",
            to: "nn",
        });
    });
});
