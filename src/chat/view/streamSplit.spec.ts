import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown } from "./markdown";
import { stableEnd } from "./streamSplit";

describe("stableEnd", () => {
    it("ends after the last blank line", () => {
        const t = "Første avsnitt.\n\nAndre avsnitt held fram";
        assert.equal(stableEnd(t, 0), "Første avsnitt.\n\n".length);
        assert.equal(stableEnd("Berre ein linje", 0), 0);
    });

    it("never ends inside a code fence", () => {
        const t = "Før.\n\n```ts\nconst a = 1;\n\nconst b = 2;\n";
        assert.equal(stableEnd(t, 0), "Før.\n\n".length);
        const closed = t + "```\n\nEtter";
        assert.equal(stableEnd(closed, 0), closed.length - "Etter".length);
    });

    it("continues from an earlier boundary", () => {
        const t = "A\n\nB\n\nC";
        const first = stableEnd("A\n\nB", 0);
        assert.equal(first, 3);
        assert.equal(stableEnd(t, first), 6);
    });

    it("gives the same HTML as rendering the whole (blocks split at boundaries)", () => {
        const md = createMarkdown({ copyCode: "Kopier" });
        const t = "# Tittel\n\nEit avsnitt med **feit** tekst.\n\n```sh\nnpm test\n\necho ok\n```\n\n- ein\n- to\n\nSiste";
        const end = stableEnd(t, 0);
        assert.equal(md.render(t.slice(0, end)) + md.render(t.slice(end)), md.render(t));
    });
});
