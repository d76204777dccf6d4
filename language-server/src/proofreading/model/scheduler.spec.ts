import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ParagraphScheduler, type ScheduledParagraph, type Timers } from "./scheduler";

/** Timers that fire only when the test says so. */
class FakeTimers implements Timers {
    private next = 1;
    readonly pending = new Map<number, () => void>();
    set(fn: () => void): unknown {
        const id = this.next++;
        this.pending.set(id, fn);
        return id;
    }
    clear(h: unknown): void {
        this.pending.delete(h as number);
    }
    fireAll(): void {
        const fns = [...this.pending.values()];
        this.pending.clear();
        fns.forEach((f) => f());
    }
}

const para = (key: string, line: number): ScheduledParagraph => ({ key, startLine: line, endLine: line });
const tick = () => new Promise((r) => setImmediate(r));

function setUp(maxRunning = 1) {
    const timers = new FakeTimers();
    const started: string[] = [];
    const finish = new Map<string, () => void>();
    const signals = new Map<string, AbortSignal>();
    const done: [string, string[]][] = [];
    const s = new ParagraphScheduler<ScheduledParagraph>({
        debounceMs: 800,
        maxRunning,
        timers,
        run: (p, _uri, signal) =>
            new Promise<void>((resolve) => {
                started.push(p.key);
                signals.set(p.key, signal);
                finish.set(p.key, resolve);
                signal.addEventListener("abort", () => resolve());
            }),
        onDone: (key, uris) => void done.push([key, uris]),
    });
    const complete = async (key: string) => {
        finish.get(key)!();
        await tick();
    };
    return { s, timers, started, signals, done, complete };
}

describe("ParagraphScheduler", () => {
    it("waits for the debounce, then asks one at a time in document order", async () => {
        const { s, timers, started, done, complete } = setUp();
        s.update("a", [para("A", 0), para("B", 2), para("C", 4)], true);
        assert.deepEqual(started, []);
        timers.fireAll();
        assert.deepEqual(started, ["A"]);
        await complete("A");
        assert.deepEqual(started, ["A", "B"]);
        assert.deepEqual(done, [["A", ["a"]]]);
        await complete("B");
        await complete("C");
        assert.deepEqual(started, ["A", "B", "C"]);
    });

    it("an edit restarts the debounce; nothing new starts before it passes", () => {
        const { s, timers, started } = setUp();
        s.update("a", [para("A", 0)], true);
        s.update("a", [para("A2", 0)], true);
        assert.equal(timers.pending.size, 1);
        timers.fireAll();
        assert.deepEqual(started, ["A2"]);
    });

    it("asks about the paragraphs in view first, even when the view was reported before the document", () => {
        const { s, timers, started } = setUp();
        s.setVisible("a", [{ start: 70, end: 90 }]);
        s.update("a", [para("A", 0), para("B", 40), para("C", 80)], true);
        timers.fireAll();
        assert.deepEqual(started, ["C"]);
    });

    it("cancels a running question when its paragraph changed, not when another one did", async () => {
        const { s, timers, started, signals } = setUp();
        s.update("a", [para("A", 0), para("B", 2)], true);
        timers.fireAll();
        assert.deepEqual(started, ["A"]);
        // typing in B: A is still wanted
        s.update("a", [para("A", 0), para("B2", 2)], true);
        assert.equal(signals.get("A")!.aborted, false);
        // typing in A: the question about the old A is stopped
        s.update("a", [para("A3", 0), para("B2", 2)], true);
        assert.equal(signals.get("A")!.aborted, true);
        assert.deepEqual(s.runningKeys, []);
        timers.fireAll();
        assert.deepEqual(started, ["A", "A3"]);
    });

    it("a question shared by two documents runs once, survives one closing, and both hear of it", async () => {
        const { s, timers, started, signals, done, complete } = setUp();
        s.update("a", [para("P", 0)], true);
        s.update("b", [para("P", 5)], true);
        timers.fireAll();
        assert.deepEqual(started, ["P"]);
        s.close("a");
        assert.equal(signals.get("P")!.aborted, false);
        s.update("a", [para("P", 0)], true);
        await complete("P");
        assert.deepEqual(started, ["P"]);
        assert.deepEqual(
            done.map(([k, uris]) => [k, [...uris].sort()]),
            [["P", ["a", "b"]]],
        );
    });

    it("closing the document stops its questions and its timer", () => {
        const { s, timers, started, signals } = setUp();
        s.update("a", [para("A", 0), para("B", 1)], true);
        timers.fireAll();
        s.close("a");
        assert.equal(signals.get("A")!.aborted, true);
        assert.equal(timers.pending.size, 0);
        s.pump();
        assert.deepEqual(started, ["A"]);
    });

    it("an update without an edit (new settings, an answer arrived) does not wait again", () => {
        const { s, timers, started } = setUp();
        s.update("a", [], true);
        timers.fireAll();
        s.update("a", [para("A", 0)], false);
        assert.deepEqual(started, ["A"]);
    });

    it("the most recently edited document goes first", async () => {
        const { s, timers, started, complete } = setUp();
        s.update("a", [para("A1", 0), para("A2", 1)], true);
        timers.fireAll();
        s.update("b", [para("B", 0)], true);
        timers.fireAll();
        await complete("A1");
        assert.deepEqual(started, ["A1", "B"]);
    });
});
