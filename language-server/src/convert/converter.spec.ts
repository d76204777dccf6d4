// The converter with a scripted model: which text it sends, how it checks the answers and splices them back.
import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConvertCancelled, convertDocument } from "./converter";
import { engine, opts, toNynorsk } from "./converterTestKit";

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
