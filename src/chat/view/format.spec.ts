import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EngineStatus } from "../../../language-server/src/protocol/engine";
import { describeStatus, fill, groupDigits, keyAction, trimmedNotices } from "./format";
import { LABEL_KEYS, type ChatLabels } from "./labels";

const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, k])) as ChatLabels;
labels.loading = "Lastar modell… {0} %";
labels.trimmedContext = "Berre {0} av {1} token frå «{2}» fekk plass.";
labels.trimmedMessages = "{0} eldre meldingar fekk ikkje plass.";

const status = (s: Partial<EngineStatus>): EngineStatus => ({ state: "none", modelPath: "", running: 0, queued: 0, ...s });

describe("chat view text", () => {
    it("fills placeholders and groups digits", () => {
        assert.equal(fill("{0} av {1}, {0}", 1, "to"), "1 av to, 1");
        assert.equal(fill("{2}", 1), "{2}");
        assert.equal(groupDigits(1234567), "1\u00a0234\u00a0567");
        assert.equal(groupDigits(999), "999");
    });

    it("describes the model state, and whether a message would wait or fail", () => {
        assert.deepEqual(describeStatus(status({ state: "loading", loadProgress: 0.4, modelPath: "/m.gguf" }), labels), {
            text: "Lastar modell… 40 %",
            detail: "/m.gguf",
            choose: false,
            download: false,
            reload: false,
            waiting: true,
            unusable: false,
        });
        const none = describeStatus(status({}), labels);
        assert.equal(none.text, "noneConfigured");
        assert.ok(none.choose && none.download && none.unusable);
        const crashed = describeStatus(status({ state: "error", error: { kind: "crashed", message: "SIGABRT" } }), labels);
        assert.equal(crashed.detail, "SIGABRT");
        assert.ok(crashed.reload && !crashed.unusable, "a crashed model loads again on the next request");
        assert.ok(describeStatus(null, labels).waiting);
        const notDownloaded = describeStatus(
            status({
                state: "error",
                error: {
                    kind: "notDownloaded",
                    message: "not downloaded",
                    download: { uri: "hf:a/b/c.gguf", dir: "/m", fileName: "c.gguf" },
                },
            }),
            labels,
        );
        assert.ok(
            notDownloaded.download && notDownloaded.choose && notDownloaded.unusable,
            "a model URI not downloaded yet offers its download",
        );
    });

    it("says what did not fit", () => {
        assert.deepEqual(trimmedNotices(undefined, labels), []);
        assert.deepEqual(trimmedNotices({ droppedMessages: 0, lastMessageCut: false }, labels), []);
        assert.deepEqual(
            trimmedNotices(
                { droppedMessages: 3, lastMessageCut: true, context: { label: "a.md", keptTokens: 1200, totalTokens: 5000 } },
                labels,
            ),
            ["Berre 1\u00a0200 av 5\u00a0000 token frå «a.md» fekk plass.", "3 eldre meldingar fekk ikkje plass.", "trimmedLastMessage"],
        );
    });

    it("maps keys: Enter sends, Shift+Enter does not, Esc stops, composition is ignored", () => {
        const k = (key: string, o: Partial<Parameters<typeof keyAction>[0]> = {}) =>
            keyAction({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, isComposing: false, ...o });
        assert.equal(k("Enter"), "send");
        assert.equal(k("Enter", { shiftKey: true }), undefined);
        assert.equal(k("Enter", { isComposing: true }), undefined);
        assert.equal(k("Escape"), "stop");
        assert.equal(k("a"), undefined);
    });
});
