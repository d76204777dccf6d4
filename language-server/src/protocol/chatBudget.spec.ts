import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { estimateTokens, fitChat, wasTrimmed } from "./chatBudget";

const SYSTEM = "Du er ein hjelpsam skriveassistent.";
const turn = (role: "user" | "assistant", n: number) => ({ role, content: `${role} ${n}: ` + "ord ".repeat(50) });

describe("fitChat", () => {
    it("keeps a short conversation whole, system prompt first", () => {
        const turns = [turn("user", 1), turn("assistant", 1), turn("user", 2)];
        const p = fitChat(turns, undefined, { systemPrompt: SYSTEM, contextSize: 4096 });
        assert.deepEqual(
            p.messages.map((m) => m.role),
            ["system", "user", "assistant", "user"],
        );
        assert.equal(p.messages[0].content, SYSTEM);
        assert.equal(p.messages[3].content, turns[2].content);
        assert.equal(wasTrimmed(p.trimmed), false);
        assert.equal(p.maxTokens, 4096, "the answer may fill what is left of the context");
    });

    it("drops the oldest turns first and says how many", () => {
        const turns = Array.from({ length: 40 }, (_, i) => turn(i % 2 ? "assistant" : "user", i));
        const p = fitChat(turns, undefined, { systemPrompt: SYSTEM, contextSize: 1024 });
        const kept = p.messages.length - 1; // less the system message
        assert.ok(p.trimmed.droppedMessages > 0);
        assert.equal(p.trimmed.droppedMessages + kept, 40);
        assert.equal(p.messages.at(-1)!.content, turns[39].content, "the new message is always there");
        assert.equal(p.messages[1].content, turns[p.trimmed.droppedMessages].content, "what is kept is the newest, in order");
        const used = p.messages.reduce((n, m) => n + estimateTokens(m.content) + 5, 0);
        assert.ok(used + 256 <= 1024, `${used} tokens leave a quarter of 1024 for the answer`);
    });

    it("cuts the end of an attached text that does not fit and reports its size", () => {
        const text = "Dette er ei lang setning i eit dokument. ".repeat(400);
        const p = fitChat(
            [{ role: "user", content: "Oppsummer." }],
            { text, label: "lang.md" },
            { systemPrompt: SYSTEM, contextSize: 1024 },
        );
        assert.ok(p.trimmed.context);
        assert.equal(p.trimmed.context.label, "lang.md");
        assert.equal(p.trimmed.context.totalTokens, estimateTokens(text));
        assert.ok(p.trimmed.context.keptTokens < p.trimmed.context.totalTokens && p.trimmed.context.keptTokens > 300);
        assert.match(
            p.messages[0].content,
            /^Du er ein hjelpsam skriveassistent\.\n\nTeksten brukaren arbeider med \(lang\.md\):\n\nDette er/,
        );
        assert.ok(text.startsWith(p.messages[0].content.split(":\n\n")[1].trimEnd()), "the beginning is kept");
    });

    it("keeps an attached text that fits whole", () => {
        const p = fitChat(
            [{ role: "user", content: "Forklar." }],
            { text: "Kort tekst.", label: "utval" },
            { systemPrompt: SYSTEM, contextSize: 4096 },
        );
        assert.equal(p.trimmed.context, undefined);
        assert.ok(p.messages[0].content.endsWith("Kort tekst."));
    });

    it("keeps the end of a new message longer than the context", () => {
        const content = "x".repeat(5000) + " Kva tyder dette?";
        const p = fitChat([{ role: "user", content }], undefined, { systemPrompt: SYSTEM, contextSize: 512 });
        assert.equal(p.trimmed.lastMessageCut, true);
        assert.ok(p.messages.at(-1)!.content.endsWith("Kva tyder dette?"));
        assert.ok(estimateTokens(p.messages.at(-1)!.content) < 512);
    });

    it("honours a requested answer length, but leaves room for the prompt", () => {
        assert.equal(fitChat([turn("user", 1)], undefined, { systemPrompt: "", contextSize: 4096, maxTokens: 40 }).maxTokens, 40);
        assert.equal(fitChat([turn("user", 1)], undefined, { systemPrompt: "", contextSize: 512, maxTokens: 5000 }).maxTokens, 256);
        assert.deepEqual(
            fitChat([turn("user", 1)], undefined, { systemPrompt: "", contextSize: 512 }).messages.map((m) => m.role),
            ["user"],
        );
    });
});
