import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFromWebview } from "./webview";

describe("parseFromWebview", () => {
    it("accepts exactly the known messages", () => {
        assert.deepEqual(parseFromWebview({ type: "ready" }), { type: "ready" });
        assert.deepEqual(parseFromWebview({ type: "chooseModel" }), { type: "chooseModel" });
    });

    it("rejects anything else", () => {
        for (const bad of [null, "ready", 1, {}, { type: "runCommand" }, { type: "ready", command: "rm -rf" }, { type: 1 }, []]) {
            assert.equal(parseFromWebview(bad), undefined, JSON.stringify(bad));
        }
    });
});
