import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unclosedFenceWarning } from "./blocks";

describe("unclosedFenceWarning", () => {
    it("reports a fence that runs to the end of the document, with its lines", () => {
        const w = unclosedFenceWarning("Prosa.\n\n~~~\nkode\n\nMeir prosa.\n\n", "markdown");
        assert.deepEqual([w?.kind, w?.startLine, w?.endLine], ["unconverted", 2, 5]);
        assert.match(w!.message, /^Lines 3–6 left as they are: the code block that opens on line 3 is never closed/);
        assert.equal(unclosedFenceWarning("Prosa.\r\n\r\n```\r\nkode\r\n", "markdown")?.startLine, 2, "CRLF counts lines the same");
    });

    it("is quiet for closed fences, a fence left open inside a quote that ends, and plain text", () => {
        assert.equal(unclosedFenceWarning("Prosa.\n\n```sh\nkode\n```\n\nMeir.\n", "markdown"), undefined);
        assert.equal(unclosedFenceWarning("> ```\n> kode\n\nProsa etter sitatet.\n", "markdown"), undefined);
        assert.equal(unclosedFenceWarning("Prosa.\n\n```\nkode\n", "plaintext"), undefined);
    });
});
