// The one detection of a whole text's standard (the palette's "Byt målform" and the CLI), with
// the built målform data (npm test builds it into .cache/malform before the unit tests).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { loadMalform } from "./malform";
import { proseVariety } from "./proseVariety";

const dir = findDataDir("malform", "malform.bin", process.env.SKRIVEHJELP_MALFORM_DIR);
if (!dir) throw new Error("no målform data: run bash scripts/malform/build.sh (npm test does)");
const malform = loadMalform(dir);

describe("proseVariety", () => {
    it("tells Nynorsk from Bokmål prose", () => {
        assert.equal(proseVariety(malform, "Eg veit ikkje kva du meiner om dette.", "plaintext"), "nn");
        assert.equal(proseVariety(malform, "Jeg vet ikke hva du mener om dette.", "plaintext"), "nb");
    });
    it("reads the prose only: Nynorsk in a code block does not outweigh a Bokmål paragraph", () => {
        const doc = "Jeg vet ikke hva du mener.\n\n```\nEg veit ikkje kva du meiner, kvifor ikkje, eg òg.\n```\n";
        assert.equal(proseVariety(malform, doc, "markdown"), "nb");
    });
    it("does not decide on text with no evidence", () => {
        assert.equal(proseVariety(malform, "```\ncode only\n```\n", "markdown"), undefined);
        assert.equal(proseVariety(malform, "", "plaintext"), undefined);
    });
});
