import assert from "node:assert/strict";
import { it } from "node:test";
import { bleu, chrF, tokenize13a } from "./metrics";

it("chrF is 100 for identical text, 0 for nothing in common, and ignores whitespace", () => {
    assert.equal(chrF(["Eg skriv nynorsk."], ["Eg skriv nynorsk."]), 100);
    assert.ok(chrF(["xyz"], ["abc"]) < 1e-6);
    assert.equal(chrF(["Eg  skriv\tnynorsk."], ["Eg skriv nynorsk."]), 100);
    const close = chrF(["Eg skriv ikkje nynorsk"], ["Eg skriv ikke nynorsk"]);
    assert.ok(close > 60 && close < 100, String(close));
});

it("chrF weighs recall more than precision (beta 2)", () => {
    const short = chrF(["Eg skriv"], ["Eg skriv nynorsk"]);
    const long = chrF(["Eg skriv nynorsk og bokmål"], ["Eg skriv nynorsk"]);
    assert.ok(long > short, `${long} > ${short}`);
});

it("BLEU: 100 for identical text, brevity penalty for short output, 13a splits punctuation", () => {
    assert.deepEqual(tokenize13a("Hei, verda! 3.5 og 1-2"), ["Hei", ",", "verda", "!", "3.5", "og", "1", "-", "2"]);
    assert.ok(Math.abs(bleu(["Eg skriv nynorsk kvar dag ."], ["Eg skriv nynorsk kvar dag ."]) - 100) < 1e-9);
    const full = bleu(["a b c d e f"], ["a b c d e f"]);
    const short = bleu(["a b c d"], ["a b c d e f"]);
    assert.ok(short < full && short > 0);
    assert.ok(Math.abs(short - 100 * Math.exp(1 - 6 / 4)) < 1e-9);
});
