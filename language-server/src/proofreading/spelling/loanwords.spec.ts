import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { norwegianSpelling } from "./loanwords";

describe("norwegianSpelling", () => {
    it("writes c, cc, ch, x, z, w, ph, qu, iew as Norwegian does", () => {
        assert.equal(norwegianSpelling("avocado"), "avokado");
        assert.equal(norwegianSpelling("silicon"), "silikon");
        assert.equal(norwegianSpelling("accordeon"), "akkordeon");
        assert.equal(norwegianSpelling("anorexi"), "anoreksi");
        assert.equal(norwegianSpelling("kazakhstaner"), "kasakhstaner");
        assert.equal(norwegianSpelling("facsimile"), "faksimile");
        assert.equal(norwegianSpelling("interview"), "intervju");
    });
    it("gives nothing for a word with none of those letters", () => {
        assert.equal(norwegianSpelling("avokado"), undefined);
    });
});
