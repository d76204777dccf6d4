import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_WEBVIEW_TEXT, parseFromWebview, safeExternalUrl } from "./webview";

describe("parseFromWebview", () => {
    it("accepts exactly the known messages", () => {
        assert.deepEqual(parseFromWebview({ type: "ready" }), { type: "ready" });
        assert.deepEqual(parseFromWebview({ type: "chooseModel" }), { type: "chooseModel" });
        assert.deepEqual(parseFromWebview({ type: "send", text: "Hei\nkva no?" }), { type: "send", text: "Hei\nkva no?" });
        assert.deepEqual(parseFromWebview({ type: "quickAction", action: "convert" }), { type: "quickAction", action: "convert" });
        assert.deepEqual(parseFromWebview({ type: "insertAnswer", messageId: "m-1a2B" }), { type: "insertAnswer", messageId: "m-1a2B" });
        assert.deepEqual(parseFromWebview({ type: "openLink", url: "https://www.nb.no/" }), {
            type: "openLink",
            url: "https://www.nb.no/",
        });
    });

    it("rejects anything else", () => {
        for (const bad of [
            null,
            "ready",
            1,
            {},
            [],
            { type: "runCommand" },
            { type: "toString" },
            { type: "__proto__" },
            { type: "ready", command: "rm -rf" },
            { type: 1 },
            { type: "send" },
            { type: "send", text: 5 },
            { type: "send", text: "x".repeat(MAX_WEBVIEW_TEXT + 1) },
            { type: "send", text: "hei", extra: true },
            { type: "quickAction", action: "deleteAll" },
            { type: "insertAnswer", messageId: "../../etc" },
            { type: "deleteConversation", id: "" },
            { type: "openLink", url: { href: "x" } },
        ]) {
            assert.equal(parseFromWebview(bad), undefined, JSON.stringify(bad));
        }
    });
});

describe("safeExternalUrl", () => {
    it("lets web addresses through and nothing else", () => {
        assert.match(
            safeExternalUrl("https://språkrådet.no/a?b=c") ?? "",
            /^https:\/\/xn--[a-z0-9-]+\.no\/a\?b=c$/,
            "a look-alike name is shown in its real (punycode) form",
        );
        assert.equal(safeExternalUrl("http://example.com"), "http://example.com/");
        for (const bad of [
            "javascript:alert(1)",
            "command:workbench.action.terminal.new",
            "file:///etc/passwd",
            "vscode://x",
            "https://user:pw@example.com",
            "not a url",
            "data:text/html,hi",
        ]) {
            assert.equal(safeExternalUrl(bad), undefined, bad);
        }
    });
});
