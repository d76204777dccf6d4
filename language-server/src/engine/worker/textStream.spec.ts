import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TokenTextStream, type Detokenizer } from "./textStream";

/** Tokens are byte arrays; decoding follows UTF-8 with U+FFFD for incomplete characters. */
const bytes: Detokenizer<number[]> = {
    detokenize: (tokens) => Buffer.from(tokens.flat()).toString("utf8"),
};

describe("TokenTextStream", () => {
    it("holds back a character split over tokens until it is complete", () => {
        const s = new TokenTextStream(bytes);
        const [a, b] = [...Buffer.from("ø")];
        assert.equal(s.push([...Buffer.from("Eg s")]), "Eg s");
        assert.equal(s.push([...Buffer.from("k"), a]), "");
        assert.equal(s.push([b, ...Buffer.from("l")]), "køl");
        assert.equal(s.flush(), "");
    });

    it("gives up holding after four tokens and flushes what is left", () => {
        const s = new TokenTextStream(bytes);
        const bad = [0xe2];
        assert.equal(s.push(bad), "");
        assert.equal(s.push(bad), "");
        assert.equal(s.push(bad), "");
        assert.match(s.push(bad), /\uFFFD/);
        assert.equal(s.push([0xe2]), "");
        assert.equal(s.flush(), "\uFFFD");
    });
});
