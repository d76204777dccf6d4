import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
    type ConvertContext,
    type ConvertEngine,
    type ConvertOptions,
    ConvertCancelled,
    convertDocument,
    nothingToConvert,
} from "./converter";
import type { RuleEngine } from "./rules/index";
import type { BuiltPrompt } from "./prompts";
import { DEFAULT_PREFERENCES } from "./prompts";
import { segment } from "./segment";

// A scripted "model": converts a few Bokmål words to Nynorsk, copies everything else.
const WORDS: Record<string, string> = {
    ikke: "ikkje",
    Ikke: "Ikkje",
    jeg: "eg",
    Jeg: "Eg",
    hva: "kva",
    Hva: "Kva",
    bare: "berre",
    Bare: "Berre",
    hvordan: "korleis",
    Hvordan: "Korleis",
};
function toNynorsk(s: string): string {
    return s.replace(/[A-Za-zæøåÆØÅ]+/g, (w) => WORDS[w] ?? w);
}
function userText(p: BuiltPrompt): string {
    const t = "messages" in p ? p.messages[p.messages.length - 1].content : p.text;
    return t.replace(/^Hugs:[^\n]*\n\n/, "");
}

interface Scripted extends ConvertEngine {
    prompts: string[];
}
function engine(answer: (text: string, call: number) => string, parallel = 1, contextTokens = 4096): Scripted {
    const prompts: string[] = [];
    return {
        prompts,
        parallel,
        contextTokens,
        async generate(prompt) {
            const text = userText(prompt);
            prompts.push(text);
            return answer(text, prompts.length);
        },
    };
}
/** Options with the defaults; the context's parts may be given beside the rest. */
const opts = (o: Partial<Omit<ConvertOptions, "context">> & Partial<ConvertContext> = {}): ConvertOptions => {
    const { preferences = DEFAULT_PREFERENCES, templates, judgeBlock, detect, checkStyle, ...rest } = o;
    return { from: "nb", to: "nn", languageId: "markdown", ...rest, context: { preferences, templates, judgeBlock, detect, checkStyle } };
};

const EVERYTHING = `---
title: Hva jeg ikke vet
tags: [ikke, bare]
---

# Hva er dette? #

Jeg vet ikke
===========

Jeg vet **ikke** hva \`ikke\` betyr, se [lenken ikke](https://ikke.no/ikke "ikke tittel") og <https://example.com/ikke>.
Bare en linje med hard break  
og en til med \\
og <span class="ikke">html ikke</span> og $ikke^2$ og fotnote[^ikke] og https://www.ikke.no/bare.
Referanse [ikke][ref] og ![bilde ikke](bilde-ikke.png) og &amp; og \\*ikke\\* og {klammer} og :smile:.

\`\`\`js
const ikke = "ikke";
\`\`\`

    indented ikke code

<div class="ikke">
ikke html block
</div>

$$
ikke = math
$$

[ref]: https://ikke.no/ref "ikke"

[^ikke]: Fotnoten sier ikke
    hva jeg mener.

| Hva | ikke |
|-----|:----:|
| jeg | \`ikke\` |

- Jeg vet ikke
  - bare nestet ikke
1. hva er
   dette ikke
- [ ] jeg gjør ikke
- [x] bare ikke

> Jeg sier ikke
> hva jeg mener
>
> > bare ikke

<!-- ikke kommentar -->
Hvordan?
`;

const EVERYTHING_NN = `---
title: Hva jeg ikke vet
tags: [ikke, bare]
---

# Kva er dette? #

Eg vet ikkje
===========

Eg vet **ikkje** kva \`ikke\` betyr, se [lenken ikkje](https://ikke.no/ikke "ikke tittel") og <https://example.com/ikke>.
Berre en linje med hard break  
og en til med \\
og <span class="ikke">html ikkje</span> og $ikke^2$ og fotnote[^ikke] og https://www.ikke.no/bare.
Referanse [ikkje][ref] og ![bilde ikkje](bilde-ikke.png) og &amp; og \\*ikkje\\* og {klammer} og :smile:.

\`\`\`js
const ikke = "ikke";
\`\`\`

    indented ikke code

<div class="ikke">
ikke html block
</div>

$$
ikke = math
$$

[ref]: https://ikke.no/ref "ikke"

[^ikke]: Fotnoten sier ikkje
    kva eg mener.

| Kva | ikkje |
|-----|:----:|
| eg | \`ikke\` |

- Eg vet ikkje
  - berre nestet ikkje
1. kva er
   dette ikkje
- [ ] eg gjør ikkje
- [x] berre ikkje

> Eg sier ikkje
> kva eg mener
>
> > berre ikkje

<!-- ikke kommentar -->
Korleis?
`;

describe("convertDocument", () => {
    it("converts only prose in a document with every Markdown construct, byte for byte", async () => {
        const e = engine((t) => toNynorsk(t));
        const r = await convertDocument(EVERYTHING, opts(), e);
        assert.equal(r.text, EVERYTHING_NN);
        assert.deepEqual(r.warnings, []);
        assert.equal(r.passed, r.pieces);
        const sent = e.prompts.join("\n");
        for (const secret of [
            "https://",
            "const ikke",
            "indented",
            "html block",
            "= math",
            "title:",
            "ref]:",
            "class=",
            "bilde-ikke.png",
            "|",
            ":smile:",
        ]) {
            assert.ok(!sent.includes(secret), `sent to the model: ${secret}`);
        }
    });

    it("keeps CRLF line breaks and a missing final newline", async () => {
        const doc = EVERYTHING.replace(/\n/g, "\r\n").trimEnd();
        const r = await convertDocument(
            doc,
            opts(),
            engine((t) => toNynorsk(t)),
        );
        assert.equal(r.text, EVERYTHING_NN.replace(/\n/g, "\r\n").trimEnd());
    });

    it("shows protected spans as placeholders and numbers them per piece", async () => {
        const e = engine((t) => toNynorsk(t));
        await convertDocument("Jeg bruker `npm` og [lenke](https://x.no) ikke.\n", opts(), e);
        assert.equal(e.prompts[0], "Jeg bruker {1} og {2}lenke{3} ikke.");
    });

    it("sends nothing to the model for prose without letters", async () => {
        const e = engine(() => "never");
        const r = await convertDocument("# 1.2\n\n`kode` 42\n", opts(), e);
        assert.equal(e.prompts.length, 0);
        assert.equal(r.text, "# 1.2\n\n`kode` 42\n");
        assert.equal(r.pieces, 0);
    });

    it("retries a failing piece once and uses the second answer", async () => {
        const e = engine((t, call) => (call === 1 ? "Her er teksten:\n\n" + toNynorsk(t) : toNynorsk(t)));
        const r = await convertDocument("Jeg vet ikke.\n", opts(), e);
        assert.equal(r.text, "Eg vet ikkje.\n");
        assert.equal(e.prompts.length, 2);
        assert.deepEqual(r.warnings, []);
    });

    it("leaves a piece that fails twice unconverted and reports its lines", async () => {
        const doc = "# Tittel\n\nJeg vet `x` ikke.\nHva nå?\n";
        const e = engine((t) => toNynorsk(t).replace("{1}", ""));
        const r = await convertDocument(doc, opts(), e);
        assert.equal(r.text, doc);
        assert.equal(r.warnings.length, 1);
        assert.equal(r.warnings[0].startLine, 0);
        assert.equal(r.warnings[0].endLine, 3);
        assert.match(r.warnings[0].message, /Lines 1–4 left in Bokmål: .*placeholder/);
        assert.equal(r.passed, 0);
    });

    it("rejects chatter, lost lines, changed markup, wrong length and the source standard", async () => {
        const doc = "Jeg vet **ikke**.\nHva nå?\n";
        const cases: [string, RegExp][] = [
            ["Her er den omsette teksten:\nEg vet **ikkje**.\nKva nå?", /remark/],
            ["Eg vet **ikkje**. Kva nå?", /lines/],
            ["Eg vet ikkje.\nKva nå?", /markup/],
            ["Eg vet **ikkje**.\nKva nå? Og mykje, mykje meir tekst som modellen fann på sjølv utan grunn.", /length/],
            ["Jeg vet **ikke**.\nHva nå?", /still in Bokmål/],
            ["Eg vet **ikkje**.\nKva nå?\n\nEin ekstra del.", /paragraphs/],
        ];
        const detect = (t: string) =>
            /\b(ikke|Jeg|Hva)\b/.test(t)
                ? { variety: "nb" as const, confidence: 0.99, evidenceWords: 3 }
                : { variety: "nn" as const, confidence: 0.99, evidenceWords: 3 };
        for (const [answer, reason] of cases) {
            const r = await convertDocument(
                doc,
                opts({ detect }),
                engine(() => answer),
            );
            assert.equal(r.text, doc, answer);
            assert.match(r.warnings[0]?.message ?? "", reason, answer);
        }
    });

    it("rejects an answer that changes the document's structure", async () => {
        const doc = "Jeg vet ikke.\n";
        const r = await convertDocument(
            doc,
            opts(),
            engine(() => "- Eg vet ikkje."),
        );
        assert.equal(r.text, doc);
        assert.match(r.warnings[0].message, /structure/);
    });

    it("splits long documents into pieces that fit the context, in parallel, and splices them back", async () => {
        const paras = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i}: jeg vet ikke hva jeg skal skrive her, bare litt tekst.`);
        const doc = paras.join("\n\n") + "\n";
        const e = engine((t) => toNynorsk(t), 3, 600);
        const progress: number[] = [];
        const r = await convertDocument(doc, opts({ onProgress: (d, n) => progress.push(d / n) }), e);
        assert.equal(r.text, toNynorsk(doc));
        assert.ok(r.pieces > 3, `pieces: ${r.pieces}`);
        assert.equal(e.prompts.length, r.pieces);
        assert.equal(progress.at(-1), 1);
        for (const p of e.prompts) assert.ok(p.length < (600 * 3) / 2, `piece of ${p.length} characters`);
    });

    it("cuts a paragraph written on one long line at sentence ends, never inside protected text", async () => {
        const sentence = (i: number, nn: boolean) =>
            `Setning ${i}: ${nn ? "eg vet ikkje kva" : "jeg vet ikke hva"} \`ikke. Her\` er, ${nn ? "berre" : "bare"} [lenke. Ja](https://x.no/ikke.b).`;
        const doc = (nn: boolean) => `> ${Array.from({ length: 30 }, (_, i) => sentence(i, nn)).join(" ")}\n`;
        // a context that holds the prompt and a few sentences (the prompt's house-style sentences included)
        const e = engine((t) => toNynorsk(t), 2, 660);
        const r = await convertDocument(doc(false), opts(), e);
        assert.equal(r.text, doc(true));
        assert.ok(r.pieces > 2, `pieces: ${r.pieces}`);
        assert.ok(
            e.prompts.every((p) => p.split("\n").every((l) => l.startsWith("Setning"))),
            "every cut is at a sentence start",
        );
    });

    it("converts only inside the given ranges", async () => {
        const doc = "Jeg vet ikke.\n\nHva nå? Jeg vet ikke.\n";
        const second = doc.indexOf("Hva");
        const r = await convertDocument(
            doc,
            opts({ ranges: [{ start: second, end: second + 7 }] }),
            engine((t) => toNynorsk(t)),
        );
        assert.equal(r.text, "Jeg vet ikke.\n\nKva nå? Jeg vet ikke.\n");
    });

    it("converts plain text by paragraphs and protects URLs", async () => {
        const e = engine((t) => toNynorsk(t));
        const r = await convertDocument("Jeg vet ikke, se https://ikke.no/ikke.\n\nHva?\n", opts({ languageId: "plaintext" }), e);
        assert.equal(r.text, "Eg vet ikkje, se https://ikke.no/ikke.\n\nKva?\n");
    });

    it("reports a house-style problem of a converted piece without rejecting it", async () => {
        const seen: string[] = [];
        const checkStyle = (t: string) => (seen.push(t), /\bvi\b/i.test(t) ? ["«vi» although the house style is «me»"] : []);
        const r = await convertDocument(
            "Jeg vet ikke.\n\nVi vet bare det.\n",
            opts({ checkStyle }),
            engine((t) => toNynorsk(t)),
        );
        assert.equal(r.text, "Eg vet ikkje.\n\nVi vet berre det.\n");
        assert.deepEqual(seen, ["Eg vet ikkje.\nVi vet berre det."]);
        assert.deepEqual(r.warnings, [
            { kind: "style", startLine: 0, endLine: 2, message: "Lines 1–3: «vi» although the house style is «me»." },
        ]);
    });

    it("throws ConvertCancelled and changes nothing when cancelled", async () => {
        const controller = new AbortController();
        const e = engine((t) => {
            controller.abort();
            return toNynorsk(t);
        });
        await assert.rejects(convertDocument("Jeg vet ikke.\n", opts({ signal: controller.signal }), e), ConvertCancelled);
    });
});

// A scripted rule converter: the word table above, words in UNKNOWN reported as unknown.
const UNKNOWN = new Set(["blorp"]);
function rules(broken?: (out: string) => string): RuleEngine & { calls: string[] } {
    const calls: string[] = [];
    return {
        calls,
        convertText(text) {
            calls.push(text);
            const words = text.match(/[A-Za-zæøåÆØÅ]+/g) ?? [];
            const out = toNynorsk(text);
            return { text: broken ? broken(out) : out, words: words.length, unknown: words.filter((w) => UNKNOWN.has(w)) };
        },
    };
}
/** The source and the draft of a post-edit prompt. */
function postEdit(p: BuiltPrompt): { source: string; draft: string } {
    const m = /Bokmål:\n([\s\S]*)\n\nUtkast til nynorsk:\n([\s\S]*)$/.exec(
        "messages" in p ? p.messages[p.messages.length - 1].content : p.text,
    );
    assert.ok(m, "a post-edit prompt");
    return { source: m[1], draft: m[2] };
}

describe("convertDocument with the rules and hybrid", () => {
    it("rules: every unit converted, no model, protected spans and every byte outside the prose kept, unknown words counted", async () => {
        const doc = "# Hva jeg vet\n\nJeg vet `ikke` hva blorp er, se [ikke](https://ikke.no).\n\n```\nikke\n```\n";
        const progress: string[] = [];
        const r = await convertDocument(
            doc,
            opts({ mode: "rules", rules: rules(), onProgress: (d, t) => void progress.push(`${d}/${t}`) }),
        );
        assert.equal(r.text, "# Kva eg vet\n\nEg vet `ikke` kva blorp er, se [ikkje](https://ikke.no).\n\n```\nikke\n```\n");
        assert.equal(r.mode, "rules");
        assert.deepEqual(r.unknown, ["blorp"]);
        assert.deepEqual(r.warnings, []);
        assert.equal(r.passed, r.pieces);
        assert.equal(progress.at(-1), `${r.pieces}/${r.pieces}`);
    });

    it("rules: plain text keeps its lines, in order", async () => {
        const doc = "Jeg vet ikke\nhva jeg vil.\n\n\nHva nå?\nikke noe\n";
        const r = await convertDocument(doc, opts({ mode: "rules", rules: rules(), languageId: "plaintext" }));
        assert.equal(r.text, "Eg vet ikkje\nkva eg vil.\n\n\nKva nå?\nikkje noe\n");
    });

    it("rules: a draft that loses the text's shape leaves the piece as it was, with its lines", async () => {
        const doc = "Jeg vet\nikke.\n";
        const r = await convertDocument(doc, opts({ mode: "rules", rules: rules((out) => out.replace("\n", " ")) }));
        assert.equal(r.text, doc);
        assert.equal(r.warnings.length, 1);
        assert.equal(r.warnings[0].kind, "unconverted");
        assert.match(r.warnings[0].message, /^Lines 1–2 left in Bokmål: the rule converter's output lost the text's shape/);
    });

    it("hybrid: the model gets the source and the rules' draft, and a passing answer is used", async () => {
        const seen: { source: string; draft: string }[] = [];
        const e: ConvertEngine = {
            parallel: 1,
            contextTokens: 4096,
            async generate(prompt) {
                const p = postEdit(prompt);
                seen.push(p);
                return p.draft.replace("vet", "veit");
            },
        };
        const r = await convertDocument("Jeg vet `x` ikke.\n", opts({ mode: "hybrid", rules: rules() }), e);
        assert.deepEqual(seen, [{ source: "Jeg vet {1} ikke.", draft: "Eg vet {1} ikkje." }]);
        assert.equal(r.text, "Eg veit `x` ikkje.\n");
        assert.deepEqual(r.warnings, []);
        assert.equal(r.passed, 1);
        assert.equal(r.mode, "hybrid");
    });

    it("hybrid: a piece whose answer fails the guards twice keeps the rules' draft, not the source", async () => {
        const doc = "Jeg vet `x` ikke blorp.\n\n```\nikke\n```\n";
        let calls = 0;
        const e: ConvertEngine = {
            parallel: 1,
            contextTokens: 4096,
            generate: async (prompt) => (calls++, postEdit(prompt).draft.replace("{1}", "")),
        };
        const r = await convertDocument(doc, opts({ mode: "hybrid", rules: rules() }), e);
        assert.equal(calls, 2, "asked once more");
        assert.equal(r.text, "Eg vet `x` ikkje blorp.\n\n```\nikke\n```\n");
        assert.equal(r.passed, 0);
        assert.deepEqual(
            r.warnings.map((w) => w.kind),
            ["draft"],
        );
        assert.match(r.warnings[0].message, /^Line 1: the rules' conversion is used, the model's answer failed: .*placeholder/);
        assert.deepEqual(r.unknown, ["blorp"], "the draft's unknown words are the result's");
    });

    it("skips blocks the judge puts in the target standard or another language, and says when nothing is left", async () => {
        const judge = (prose: string) =>
            /\bikkje\b/.test(prose) ? "nn" : /\bthe\b/.test(prose) ? "foreign" : /\bikke\b/.test(prose) ? "nb" : undefined;
        const doc = "Jeg vet ikke.\n\nEg veit ikkje.\n\nThis is the English part.\n";
        const r = await convertDocument(doc, opts({ mode: "rules", rules: rules(), judgeBlock: judge }));
        assert.equal(r.text, "Eg vet ikkje.\n\nEg veit ikkje.\n\nThis is the English part.\n");
        assert.deepEqual(r.skippedBlocks, { target: 1, foreign: 1 });
        assert.equal(r.nothing, undefined);

        const nn = await convertDocument("# Tittel\n\nEg veit ikkje.\n", opts({ mode: "rules", rules: rules(), judgeBlock: judge }));
        assert.equal(nn.nothing, "alreadyTarget");
        assert.equal(nn.text, "# Tittel\n\nEg veit ikkje.\n");
        assert.equal(nothingToConvert("This is the end.\n", opts({ judgeBlock: judge })), "notSource");
        assert.equal(nothingToConvert("", opts()), "noProse");
        assert.equal(nothingToConvert("```\nikke\n```\n", opts()), "noProse");
        assert.equal(nothingToConvert("Jeg vet ikke.\n", opts({ judgeBlock: judge })), undefined);
    });

    it("rules: a cancel while converting returns nothing (ConvertCancelled)", async () => {
        const controller = new AbortController();
        const doc = Array.from({ length: 400 }, (_, i) => `Avsnitt ${i}: jeg vet ikke hva jeg skal skrive her i dag.`).join("\n\n");
        const r = convertDocument(
            doc,
            opts({ mode: "rules", rules: rules(), signal: controller.signal, onProgress: (done) => done === 1 && controller.abort() }),
        );
        await assert.rejects(r, ConvertCancelled);
    });

    it("refuses a mode without what it needs", async () => {
        await assert.rejects(convertDocument("Jeg.\n", opts({ mode: "hybrid", rules: rules() })), /needs a model/);
        await assert.rejects(convertDocument("Jeg.\n", opts({ mode: "rules" })), /needs the rule converter/);
    });
});

describe("segment", () => {
    it("keeps quote marks, indentation and heading marks out of the bodies", () => {
        const units = segment("> Jeg sier\n> hva\n\n## Tittel ##\n\n1. en\n   to\n", "markdown");
        const bodies = units.map((u) => u.lines.map((l) => l.parts.map((p) => p.text).join("")));
        assert.deepEqual(bodies, [["Jeg sier", "hva"], ["Tittel"], ["en", "to"]]);
    });
});
