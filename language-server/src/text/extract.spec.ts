import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blockAt, changedRange, extractProse, normalizeLineBreaks, ProseExtractor } from "./extract";
import { ATOM, type ProseBlock } from "./proseBlock";
import { words } from "./words";

// Every Markdown construct the proofreader meets. Expected below: per block its kind, its prose
// text, and its words, each as "text" or "text=document slice" where markup sits inside it.
const ALL_CONSTRUCTS = [
    "---",
    "title: Ikkje prosa",
    "tags: [a, b]",
    "---",
    "",
    "Overskrift ein",
    "==============",
    "",
    "## Andre *overskrift* ##",
    "",
    "Vanleg avsnitt med fet**skrift**, _kursiv_ og ~~sletta~~ tekst.",
    "Linja held fram med `kode` og <https://auto.no> og https://bar.no og ola@døme.no.",
    'Sjå [lenketekst](https://mål.no "Tittel her") og ![alt tekst](bilete.png "bilettittel").',
    "Referanse [ref-lenke][ref] og fotnote[^1] og $x^2 + y$ og $$\\sum_i i$$ slutt.",
    "Hard  ",
    "brot og skråstrek\\",
    "brot og <b>html</b> og <kbd>Ctrl</kbd>+<kbd>C</kbd> og &aring;pen &amp; lukka.",
    "",
    "```js",
    'const ikkje = "prosa";',
    "```",
    "",
    "~~~",
    "heller ikkje",
    "~~~",
    "",
    "    innrykka kode",
    "",
    "<div>",
    "html blokk",
    "</div>",
    "",
    "<!-- kommentar -->",
    "",
    "$$",
    "e = mc^2",
    "$$",
    "",
    '[ref]: https://ref.no "Referansetittel"',
    "",
    "[^1]: Fotnoten sin tekst.",
    "",
    "> Sitat **fet**",
    "> andre linje",
    ">",
    "> > Nøsta sitat",
    "",
    "1. Fyrste punkt",
    "   - Nøsta punkt",
    "2. Andre punkt",
    "",
    "- [ ] Oppgåve ope",
    "",
    "| Kolonne | Andre |",
    "|---------|:-----:|",
    "| celle   | `x` y |",
    "",
    "Emoji 😀 og 𝒜lfa med hashtag #norsk og @ola, **hel**t fint.",
    "",
].join("\n");

const ALL_EXPECTED: [string, string, string][] = [
    ["heading1", "Overskrift ein", "Overskrift ein"],
    ["heading2", "Andre overskrift", "Andre overskrift"],
    [
        "paragraph",
        "Vanleg avsnitt med fetskrift, kursiv og ￼ tekst.\nLinja held fram med ￼ og ￼ og ￼ og ola@døme.no.\nSjå lenketekst og alt tekst.\nReferanse ref-lenke og fotnote￼ og ￼ og ￼ slutt.\nHard\nbrot og skråstrek\nbrot og html og ￼+￼ og åpen & lukka.",
        "Vanleg avsnitt med fetskrift=fet**skrift kursiv og tekst Linja held fram med og og og Sjå lenketekst og alt tekst Referanse ref-lenke og fotnote og og slutt Hard brot og skråstrek brot og html og og åpen=&aring;pen lukka",
    ],
    ["paragraph in footnote", "Fotnoten sin tekst.", "Fotnoten sin tekst"],
    ["paragraph in blockquote", "Sitat fet\nandre linje", "Sitat fet andre linje"],
    ["paragraph in blockquote>blockquote", "Nøsta sitat", "Nøsta sitat"],
    ["paragraph in listItem", "Fyrste punkt", "Fyrste punkt"],
    ["paragraph in listItem>listItem", "Nøsta punkt", "Nøsta punkt"],
    ["paragraph in listItem", "Andre punkt", "Andre punkt"],
    ["paragraph in listItem", "Oppgåve ope", "Oppgåve ope"],
    ["tableCell in table", "Kolonne", "Kolonne"],
    ["tableCell in table", "Andre", "Andre"],
    ["tableCell in table", "celle", "celle"],
    ["tableCell in table", "￼ y", "y"],
    ["paragraph", "Emoji 😀 og 𝒜lfa med hashtag #norsk og @ola, helt fint.", "Emoji og 𝒜lfa med hashtag og helt=hel**t fint"],
];

/** The blocks as [kind, text, words] with each word checked against the document. */
function summary(doc: string, blocks: readonly ProseBlock[]): [string, string, string][] {
    return blocks.map((b) => {
        const ws = words(b).map((w) => {
            const slice = doc.slice(w.start, w.end);
            assert.equal(b.text.slice(w.textStart, w.textEnd), w.text);
            assert.deepEqual(b.toDocRange(w.textStart, w.textEnd), { start: w.start, end: w.end });
            return slice === w.text ? w.text : `${w.text}=${slice}`;
        });
        const where = b.kind + (b.headingLevel ? b.headingLevel : "") + (b.containers.length ? " in " + b.containers.join(">") : "");
        return [where, b.text, ws.join(" ")];
    });
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Everything observable about the blocks and their words, for comparing two extractions. */
function snapshot(blocks: readonly ProseBlock[]): unknown {
    return blocks.map((b) => ({
        kind: b.kind,
        level: b.headingLevel,
        containers: b.containers,
        text: b.text,
        hash: b.hash,
        range: b.range,
        map: Array.from({ length: b.text.length + 1 }, (_, i) => [b.toDocOffset(i, "start"), b.toDocOffset(i, "end")]),
        words: words(b).map((w) => ({ ...w })),
    }));
}

describe("extractProse (Markdown)", () => {
    it("keeps exactly the prose of every construct, with exact document offsets", () => {
        const blocks = extractProse(ALL_CONSTRUCTS, "markdown");
        assert.deepEqual(summary(ALL_CONSTRUCTS, blocks), ALL_EXPECTED);
    });

    it("gives every block its document range, in document order", () => {
        const blocks = extractProse(ALL_CONSTRUCTS, "markdown");
        const slices = blocks.map((b) => ALL_CONSTRUCTS.slice(b.range.start, b.range.end));
        assert.equal(slices[0], "Overskrift ein\n==============");
        assert.equal(slices[1], "## Andre *overskrift* ##");
        assert.ok(slices[2].startsWith("Vanleg avsnitt") && slices[2].endsWith("lukka."));
        assert.equal(slices[3], "Fotnoten sin tekst.");
        assert.equal(slices[4], "Sitat **fet**\n> andre linje");
        assert.equal(slices[9], "[ ] Oppgåve ope");
        assert.equal(slices[13], "`x` y");
        for (let i = 1; i < blocks.length; i++) assert.ok(blocks[i - 1].range.end <= blocks[i].range.start);
    });

    it("maps the same prose the same way with CRLF line breaks", () => {
        const crlf = ALL_CONSTRUCTS.replace(/\n/g, "\r\n");
        const blocks = extractProse(crlf, "markdown");
        // same texts (line breaks inside a block are "\n"), same words, slices of the CRLF text
        assert.deepEqual(summary(crlf, blocks), ALL_EXPECTED);
        const quote = blocks[4];
        assert.equal(crlf.slice(quote.range.start, quote.range.end), "Sitat **fet**\r\n> andre linje");
        // the "\n" of the text stands for the whole "\r\n"
        const nl = quote.text.indexOf("\n");
        assert.deepEqual(quote.toDocRange(nl, nl + 1), { start: crlf.indexOf("\r\n> andre"), end: crlf.indexOf("\r\n> andre") + 2 });
        // a hard break "  \r\n" is still a hard break
        assert.ok(blocks[2].text.includes("Hard\nbrot"));
    });

    it("handles lone CR line breaks", () => {
        const cr = "Ein\rto\r\rTre";
        const blocks = extractProse(cr, "markdown");
        assert.deepEqual(
            blocks.map((b) => [b.text, cr.slice(b.range.start, b.range.end)]),
            [
                ["Ein\nto", "Ein\rto"],
                ["Tre", "Tre"],
            ],
        );
    });

    it("skips TOML front matter, and YAML front matter only at the very start and closed", () => {
        assert.deepEqual(
            extractProse('+++\ntitle = "Ikkje prosa"\n+++\nTekst her.', "markdown").map((b) => b.text),
            ["Tekst her."],
        );
        assert.deepEqual(
            extractProse("---\n---\nTekst.", "markdown").map((b) => b.text),
            ["Tekst."],
        );
        // unclosed: a thematic break, then prose
        assert.deepEqual(
            extractProse("---\nikkje lukka\n", "markdown").map((b) => b.text),
            ["ikkje lukka"],
        );
        // not at the start: a thematic break and a setext heading
        assert.deepEqual(
            extractProse("\n---\ntittel: x\n---\n", "markdown").map((b) => [b.kind, b.text]),
            [["heading", "tittel: x"]],
        );
    });

    it("treats math, footnotes and HTML like a proofreader", () => {
        const doc = [
            "Pris $5 og $10 er ikkje matematikk, men $a+b$ og \\$ er det.",
            "",
            "Tekst[^merk] og <code>kode her</code> og <img src=x.png> og <span>spenn</span>vidd og line<br>brot.",
            "",
            "[^merk]: Fotnote",
            "    med framhald.",
            "",
            "    Andre avsnitt i fotnoten.",
        ].join("\n");
        const blocks = extractProse(doc, "markdown");
        assert.deepEqual(
            blocks.map((b) => [b.text, b.containers.join(">")]),
            [
                [`Pris $5 og $10 er ikkje matematikk, men ${ATOM} og $ er det.`, ""],
                [`Tekst${ATOM} og ${ATOM} og ${ATOM} og spennvidd og line\nbrot.`, ""],
                ["Fotnote\nmed framhald.", "footnote"],
                ["Andre avsnitt i fotnoten.", "footnote"],
            ],
        );
        const b = blocks[1];
        const atoms = [...b.text.matchAll(new RegExp(ATOM, "g"))].map((m) => {
            const r = b.toDocRange(m.index, m.index + 1);
            return doc.slice(r.start, r.end);
        });
        assert.deepEqual(atoms, ["[^merk]", "<code>kode her</code>", "<img src=x.png>"]);
        assert.deepEqual(
            words(b).map((w) => doc.slice(w.start, w.end)),
            ["Tekst", "og", "og", "og", "spenn</span>vidd", "og", "line", "brot"],
        );
    });

    it("drops empty blocks and keeps headings' levels", () => {
        const blocks = extractProse("#\n\n### Tre\n\nTo\n---\n\n`kode`\n", "markdown");
        assert.deepEqual(
            blocks.map((b) => [b.kind, b.headingLevel, b.text]),
            [
                ["heading", 3, "Tre"],
                ["heading", 2, "To"],
                ["paragraph", 0, ATOM],
            ],
        );
        assert.deepEqual(words(blocks[2]), []);
    });

    it("hashes the prose, not the markup", () => {
        const [a, b, c] = extractProse("Ein **fin** dag.\n\nEin *fin* dag.\n\nEin fin dag!", "markdown");
        assert.equal(a.hash, b.hash);
        assert.notEqual(a.hash, c.hash);
        assert.match(a.hash, /^[0-9a-f]{16}$/);
    });

    it("finds the block at an offset", () => {
        const doc = "Ein.\n\nTo.\n\nTre.";
        const blocks = extractProse(doc, "markdown");
        assert.equal(blockAt(blocks, 0)?.text, "Ein.");
        assert.equal(blockAt(blocks, 4)?.text, "Ein.");
        assert.equal(blockAt(blocks, 5), undefined);
        assert.equal(blockAt(blocks, doc.length)?.text, "Tre.");
    });
});

describe("extractProse (plain text)", () => {
    it("splits at blank lines and keeps everything but URLs, addresses and the like as prose", () => {
        const doc =
            "Hei Ola!\r\nSjå https://vg.no/sport, `ikkje kode` og **ikkje feit**.\r\n  \r\nSend til ola@døme.no 😀 før 17. mai.\r\n";
        const blocks = extractProse(doc, "plaintext");
        assert.deepEqual(summary(doc, blocks), [
            ["paragraph", "Hei Ola!\nSjå https://vg.no/sport, `ikkje kode` og **ikkje feit**.", "Hei Ola Sjå ikkje kode og ikkje feit"],
            ["paragraph", "Send til ola@døme.no 😀 før 17. mai.", "Send til før mai"],
        ]);
        assert.deepEqual(blocks[0].range, { start: 0, end: doc.indexOf("\r\n  \r\n") });
        assert.equal(extractProse(doc, "something-else").length, 2);
    });
});

describe("ProseExtractor", () => {
    it("re-parses incrementally and re-uses every block an edit did not touch", () => {
        const ex = new ProseExtractor("markdown");
        const first = ex.update(ALL_CONSTRUCTS);
        assert.equal(ex.lastStats.parse, "full");
        const at = ALL_CONSTRUCTS.indexOf("Sitat") + 2;
        const edited = ALL_CONSTRUCTS.slice(0, at) + "x" + ALL_CONSTRUCTS.slice(at);
        const second = ex.update(edited);
        assert.deepEqual(ex.lastStats, { parse: "incremental", reused: first.length - 1, built: 1 });
        assert.equal(second[4].text, "Sixtat fet\nandre linje");
        // blocks before the edit are the same objects, blocks after it moved by one
        assert.equal(second[0], first[0]);
        assert.equal(second[5].hash, first[5].hash);
        assert.equal(second[5].range.start, first[5].range.start + 1);
        assert.deepEqual(
            words(second[5]).map((w) => edited.slice(w.start, w.end)),
            ["Nøsta", "sitat"],
        );
        // unchanged text: nothing to do
        assert.equal(ex.update(edited), second);
        assert.equal(ex.lastStats.parse, "none");
    });

    it("gives the same result as a fresh extraction after any sequence of edits", () => {
        const pieces = [
            "*",
            "**",
            "`",
            "_",
            "~~",
            "\n",
            "\n\n",
            "```",
            "~~~",
            "---",
            "+++",
            "$",
            "$$",
            "[",
            "]",
            "(",
            ")",
            "[^1]",
            ">",
            "> ",
            "- ",
            "1. ",
            "| a |",
            "|---|",
            "#",
            "<b>",
            "</b>",
            "<div>",
            "&aring;",
            "\\",
            "  \n",
            "    ",
            "ord ",
            "æ",
            "😀",
            "\r\n",
            "\r",
            "https://x.no ",
            "e-post ",
        ];
        for (const [seed, start] of [
            [1, ALL_CONSTRUCTS],
            [2, ALL_CONSTRUCTS.replace(/\n/g, "\r\n")],
            [3, "---\na: b\n---\nTekst"],
        ] as const) {
            const rnd = random(seed);
            const ex = new ProseExtractor("markdown");
            const plain = new ProseExtractor("plaintext");
            let doc: string = start;
            ex.update(doc);
            plain.update(doc);
            for (let i = 0; i < 250; i++) {
                const at = Math.floor(rnd() * (doc.length + 1));
                if (rnd() < 0.4 && doc.length > 0) doc = doc.slice(0, at) + doc.slice(at + 1 + Math.floor(rnd() * 6));
                else doc = doc.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + doc.slice(at);
                const incremental = ex.update(doc);
                assert.deepEqual(
                    snapshot(incremental),
                    snapshot(extractProse(doc, "markdown")),
                    `seed ${seed}, edit ${i}: ${JSON.stringify(doc)}`,
                );
                if (i % 5 === 0) assert.deepEqual(snapshot(plain.update(doc)), snapshot(extractProse(doc, "plaintext")));
            }
        }
    });

    it("re-uses blocks of plain text too", () => {
        const ex = new ProseExtractor("plaintext");
        ex.update("Ein.\n\nTo.\n\nTre.");
        const blocks = ex.update("Ein!\n\nTo.\n\nTre.");
        assert.deepEqual(ex.lastStats, { parse: "none", reused: 2, built: 1 });
        assert.deepEqual(
            blocks.map((b) => b.text),
            ["Ein!", "To.", "Tre."],
        );
    });
});

describe("line breaks and changed ranges", () => {
    it("normalizes CRLF and CR and maps offsets back", () => {
        const { text, toDoc } = normalizeLineBreaks("a\r\nb\rc\r\n");
        assert.equal(text, "a\nb\nc\n");
        assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map(toDoc), [0, 1, 3, 4, 5, 6, 8]);
    });

    it("finds the changed range", () => {
        assert.deepEqual(changedRange("abcdef", "abXYef"), { from: 2, toA: 4, toB: 4 });
        assert.deepEqual(changedRange("aaa", "aaaa"), { from: 3, toA: 3, toB: 4 });
        assert.deepEqual(changedRange("same", "same"), { from: 4, toA: 4, toB: 4 });
    });
});

/** A 10,000-word Markdown document: headings, paragraphs with markup, lists, tables, code. */
export function tenThousandWords(): string {
    const vocab = "det var ein gong ein liten gut som heitte Ola og han budde på ein gard i Noreg der det var mykje snø om vinteren".split(
        " ",
    );
    let out = "---\ntitle: Test\n---\n\n# Overskrift\n\n";
    let n = 0;
    for (let i = 0; n < 10000; i++) {
        const k = i % 7;
        if (k === 3) out += "```js\nconst x = 1;\n```\n\n";
        else if (k === 5) {
            out += "| a | b |\n|---|---|\n| ord ein | ord to |\n\n";
            n += 6;
        } else if (k === 6) {
            out += "- punkt ein med **fet** tekst\n- punkt to med `kode` og [lenke](https://example.com)\n\n";
            n += 10;
        } else {
            const para: string[] = [];
            for (let j = 0; j < 60; j++) {
                let w = vocab[(i * 7 + j * 13) % vocab.length];
                if (j % 11 === 0) w = `**${w}**`;
                if (j % 17 === 0) w = `_${w}_`;
                para.push(j % 12 === 11 ? w + "." : w);
            }
            out += para.join(" ") + " Sjå https://www.vg.no/x og $x^2$ no.\n\n";
            n += 63;
            if (i % 10 === 0) {
                out += `## Del ${i}\n\n`;
                n += 1;
            }
        }
    }
    return out;
}

// Speed is measured by `npm run bench`, not by timed tests; this checks the incremental path
// that makes a keystroke cheap: an edit re-builds only the block it touched.
describe("incremental work", () => {
    it("a one-character edit in a 10,000-word document re-builds one block and reuses the rest", () => {
        const doc = tenThousandWords();
        const wordCount = (blocks: readonly ProseBlock[]): number => blocks.reduce((n, b) => n + words(b).length, 0);
        assert.ok(wordCount(extractProse(doc, "markdown")) >= 10000);
        const ex = new ProseExtractor("markdown");
        const blocks = ex.update(doc).length;
        const at = doc.indexOf("gut", doc.length >> 1);
        ex.update(doc.slice(0, at) + "x" + doc.slice(at));
        assert.equal(ex.lastStats.parse, "incremental");
        assert.ok(ex.lastStats.built <= 2, `built ${ex.lastStats.built} blocks`);
        assert.ok(ex.lastStats.reused >= blocks - 2, `reused ${ex.lastStats.reused} of ${blocks}`);
    });
});
