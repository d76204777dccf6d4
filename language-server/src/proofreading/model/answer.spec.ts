import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ATOM } from "../../text";
import { checkProblems, parseAnswer, promptText } from "./answer";
import { ANSWER_LIMITS, FALLBACK_MESSAGE } from "./prompt";

const P = "Eg har ikkje tid i dag, men me skriv om budsjettet i morgon. Me skriv om det.";

describe("parseAnswer", () => {
    it("returns the problems of the JSON asked for", () => {
        assert.deepEqual(parseAnswer('{"problems":[{"text":"a","replacement":"b","message":"c"}]}'), [
            { text: "a", replacement: "b", message: "c" },
        ]);
        assert.deepEqual(parseAnswer('{"problems":[]}'), []);
    });
    it("returns undefined for anything else, and drops non-objects", () => {
        assert.equal(parseAnswer('{"problems":[{"text":"a"'), undefined);
        assert.equal(parseAnswer("[]"), undefined);
        assert.equal(parseAnswer("null"), undefined);
        assert.equal(parseAnswer('{"problems":{}}'), undefined);
        assert.deepEqual(parseAnswer('{"problems":[1,"x",null,{"text":"a"}]}'), [{ text: "a" }]);
    });
});

describe("checkProblems", () => {
    it("places a quote where it is in the paragraph", () => {
        const r = checkProblems([{ text: "i dag", replacement: "no", message: "Kortare." }], P, "nn");
        assert.deepEqual(r.problems, [{ start: P.indexOf("i dag"), end: P.indexOf("i dag") + 5, replacement: "no", message: "Kortare." }]);
        assert.deepEqual(r.rejected, {});
    });

    it("drops a quote that is not in the paragraph, a no-op and an empty or unusable replacement", () => {
        const r = checkProblems(
            [
                { text: "ikkje tid i morgon", replacement: "x", message: "" },
                { text: "i dag", replacement: "i dag", message: "" },
                { text: "i dag", replacement: " i dag ", message: "" },
                { text: "i dag", replacement: "  ", message: "" },
                { text: "i dag", replacement: "no\uFFFD", message: "" },
                { text: "i dag", replacement: "x".repeat(ANSWER_LIMITS.replacement + 1), message: "" },
                { text: "", replacement: "x", message: "" },
                { text: 3, replacement: "x", message: "" },
            ],
            P,
            "nn",
        );
        assert.deepEqual(r.problems, []);
        assert.deepEqual(r.rejected, { notFound: 1, noOp: 2, badReplacement: 3, shape: 2 });
    });

    it("takes the next occurrence of a repeated quote, first one first, and drops overlaps", () => {
        const r = checkProblems(
            [
                { text: "skriv om", replacement: "skriv", message: "a" },
                { text: "skriv om", replacement: "skriv", message: "b" },
                { text: "skriv om", replacement: "skriv", message: "c" },
                { text: "me skriv", replacement: "vi skriv", message: "d" },
            ],
            P,
            "nn",
        );
        const first = P.indexOf("skriv om");
        const second = P.indexOf("skriv om", first + 1);
        assert.deepEqual(
            r.problems.map((p) => [p.start, p.message]),
            [
                [first, "a"],
                [second, "b"],
            ],
        );
        assert.deepEqual(r.rejected, { overlap: 2 });
    });

    it("accepts a quote with stray spaces around it, trimmed", () => {
        const r = checkProblems([{ text: " i dag ", replacement: "no", message: "m" }], P, "nn");
        assert.equal(r.problems[0].start, P.indexOf("i dag"));
        assert.equal(r.problems[0].end, P.indexOf("i dag") + 5);
    });

    it("keeps non-prose out: the model sees … for it and may quote around it, not across it", () => {
        const para = `Sjå ${ATOM} og les om det i dag.`;
        assert.equal(promptText(para), "Sjå … og les om det i dag.");
        assert.equal(promptText(para).length, para.length);
        const r = checkProblems(
            [
                { text: "Sjå … og", replacement: "Sjå", message: "" },
                { text: "les om det", replacement: "les det", message: "" },
            ],
            para,
            "nn",
        );
        assert.deepEqual(
            r.problems.map((p) => para.slice(p.start, p.end)),
            ["les om det"],
        );
        assert.deepEqual(r.rejected, { nonProse: 1 });
    });

    it("gives a fallback message in the document's standard and bounds long ones", () => {
        const r = checkProblems(
            [
                { text: "i dag", replacement: "no", message: "  \n " },
                { text: "men", replacement: "og", message: "x ".repeat(300) },
            ],
            P,
            "nb",
        );
        assert.equal(r.problems[0].message, FALLBACK_MESSAGE.nb);
        assert.ok(r.problems[1].message.length <= ANSWER_LIMITS.message);
        assert.ok(r.problems[1].message.endsWith("…"));
    });

    it("keeps at most the schema's number of problems, in paragraph order", () => {
        const words = ["morgon", "budsjettet", "tid", "dag", "men", "har", "Eg"];
        const r = checkProblems(
            words.map((w) => ({ text: w, replacement: `${w}x`, message: "" })),
            P,
            "nn",
        );
        assert.equal(r.problems.length, ANSWER_LIMITS.problems);
        assert.deepEqual(r.rejected, { tooMany: words.length - ANSWER_LIMITS.problems });
        assert.deepEqual(
            r.problems.map((p) => p.start),
            [...r.problems.map((p) => p.start)].sort((a, b) => a - b),
        );
    });
});
