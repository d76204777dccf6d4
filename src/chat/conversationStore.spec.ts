import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConversationStore, MAX_CONVERSATIONS, toView, turnsOf, type KeyValue } from "./conversationStore";

class MemoryKV implements KeyValue {
    data = new Map<string, unknown>();
    get<T>(key: string): T | undefined {
        // stored as JSON, as VS Code does: nothing is shared by reference
        const v = this.data.get(key);
        return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as T);
    }
    async update(key: string, value: unknown) {
        this.data.set(key, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
    }
}

function store(kv = new MemoryKV()) {
    let n = 0;
    let t = 1000;
    return new ConversationStore(
        kv,
        () => `id${++n}`,
        () => t++,
    );
}

describe("ConversationStore", () => {
    it("keeps conversations across a reload, with the active one", async () => {
        const kv = new MemoryKV();
        const a = store(kv);
        const c = a.active();
        a.addMessage(c, { role: "user", content: "Kva er ei setning?\nMeir tekst" });
        a.addMessage(c, { role: "assistant", content: "Ei setning er …", state: "done" });
        a.setContext(c, { text: "Eit utval.", label: "a.md" });
        await a.save();

        const b = store(kv);
        const restored = b.active();
        assert.equal(restored.id, c.id);
        assert.equal(restored.title, "Kva er ei setning?");
        assert.deepEqual(
            restored.messages.map((m) => m.content),
            ["Kva er ei setning?\nMeir tekst", "Ei setning er …"],
        );
        assert.deepEqual(toView(restored).context, { label: "a.md", tokens: 4 });
    });

    it("ends an answer that was streaming when the window closed", async () => {
        const kv = new MemoryKV();
        const a = store(kv);
        const c = a.active();
        a.addMessage(c, { role: "user", content: "Hei" });
        a.addMessage(c, { role: "assistant", content: "Halv", state: "streaming" });
        await a.save();
        assert.equal(store(kv).active().messages[1].state, "stopped");
    });

    it("reuses an empty conversation for New chat, and lists the newest first", () => {
        const s = store();
        const first = s.active();
        assert.equal(s.create(), first, "an empty conversation is not duplicated");
        s.addMessage(first, { role: "user", content: "Ein" });
        const second = s.create();
        assert.notEqual(second, first);
        s.addMessage(second, { role: "user", content: "To" });
        assert.deepEqual(
            s.list().map((x) => x.title),
            ["To", "Ein"],
        );
    });

    it("deletes a conversation and makes the newest other one active", () => {
        const s = store();
        const a = s.active();
        s.addMessage(a, { role: "user", content: "A" });
        const b = s.create();
        s.addMessage(b, { role: "user", content: "B" });
        assert.equal(s.delete(b.id), a);
        assert.deepEqual(
            s.list().map((x) => x.id),
            [a.id],
        );
        const fresh = s.delete(a.id);
        assert.equal(fresh.messages.length, 0, "deleting the last one leaves an empty conversation");
        assert.equal(s.get(a.id), undefined);
    });

    it(`keeps at most ${MAX_CONVERSATIONS} conversations, forgetting the oldest`, () => {
        const s = store();
        for (let i = 0; i < MAX_CONVERSATIONS + 5; i++) s.addMessage(s.create(), { role: "user", content: `nr ${i}` });
        const titles = s.list().map((x) => x.title);
        assert.equal(titles.length, MAX_CONVERSATIONS);
        assert.ok(!titles.includes("nr 0") && titles.includes(`nr ${MAX_CONVERSATIONS + 4}`));
    });

    it("sends the model only user messages and answers with text", () => {
        const s = store();
        const c = s.active();
        s.addMessage(c, { role: "user", content: "Ein" });
        s.addMessage(c, { role: "assistant", content: "", state: "error", error: "no model" });
        s.addMessage(c, { role: "user", content: "To" });
        s.addMessage(c, { role: "assistant", content: "Svar", state: "stopped" });
        s.addMessage(c, { role: "user", content: "Tre" });
        assert.deepEqual(turnsOf(c), [
            { role: "user", content: "Ein" },
            { role: "user", content: "To" },
            { role: "assistant", content: "Svar" },
            { role: "user", content: "Tre" },
        ]);
    });

    it("ignores malformed stored data", () => {
        const kv = new MemoryKV();
        kv.data.set("skrivehjelp.chat.conversations", [
            { id: 1 },
            "x",
            { id: "ok", title: "T", updated: 5, messages: [{ id: "m", role: "user", content: "hei" }] },
        ]);
        const s = store(kv);
        assert.deepEqual(s.list(), [{ id: "ok", title: "T", updated: 5 }]);
    });
});
