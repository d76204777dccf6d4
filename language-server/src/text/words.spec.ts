import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractProse } from "./extract";
import { ATOM } from "./proseBlock";
import { specialChunks, trailingPunctuation } from "./wordScanner";
import { scanWords, type Word, wordShape, words } from "./words";

/** The words' texts. */
function texts(s: string): string[] {
    return scanWords(s).map((w) => w.text);
}

/** The word whose text is `text`. */
function word(s: string, text: string): Word {
    const w = scanWords(s).find((x) => x.text === text);
    assert.ok(w, `no word ${text} in ${s}: ${texts(s).join("|")}`);
    return w;
}

describe("scanWords: what is a word", () => {
    it("keeps Norwegian and accented letters, combining marks and non-BMP letters inside words", () => {
        assert.deepEqual(texts("Blåbærsyltetøy på kafé i Tromsø, München og Ærøy."), [
            "Blåbærsyltetøy",
            "på",
            "kafé",
            "i",
            "Tromsø",
            "München",
            "og",
            "Ærøy",
        ]);
        assert.deepEqual(texts("kafe\u0301 og ø"), ["kafe\u0301", "og", "ø"]);
        // a soft hyphen stays inside the word
        assert.deepEqual(texts("infor\u00admasjon"), ["infor\u00admasjon"]);
    });

    it("counts offsets in UTF-16 code units across emoji and non-BMP letters", () => {
        const s = "Hei 😀 𝒜lfa👍bra 👨‍👩‍👧 slutt";
        const ws = scanWords(s);
        assert.deepEqual(
            ws.map((w) => [w.text, s.slice(w.textStart, w.textEnd)]),
            [
                ["Hei", "Hei"],
                ["𝒜lfa", "𝒜lfa"],
                ["bra", "bra"],
                ["slutt", "slutt"],
            ],
        );
        assert.equal(ws[1].textStart, 7);
        assert.equal(ws[1].textEnd, 12);
        assert.equal(ws[1].capitalized, true);
    });

    it("never makes words of URLs, addresses, mentions, hashtags, paths, file names, numbers or atoms", () => {
        const s = [
            "a https://døme.no/sti?x=1#frag b http://x.no c ftp://filer.no/f d www.vg.no/sport e mailto:ola@x.no",
            "f ola.nordmann@døme.no g @ola_n h #norsk i /usr/bin/node j ./src k ../opp l ~/heim m C:\\Users\\ola",
            "n \\\\tenar\\del o src/text/words.ts p README.md q vg.no r rapport.pdf s 2024 t 3,5 u 1.000 v 12:30",
            `w 50% x ${ATOM} y ${ATOM}ord${ATOM} z`,
        ].join("\n");
        assert.deepEqual(texts(s), [..."abcdefghijklmnopqrstuvwxy", "ord", "z"]);
    });

    it("leaves the sentence's punctuation out of a URL", () => {
        const s = "Sjå https://vg.no. Så (https://no.wikipedia.org/wiki/Foo_(bar)) og <www.nrk.no>, slutt";
        const ws = scanWords(s);
        assert.deepEqual(
            ws.map((w) => w.text),
            ["Sjå", "Så", "og", "slutt"],
        );
        assert.equal(word(s, "Så").boundary, "sentence");
    });

    it("splits at slashes, dashes and other punctuation", () => {
        assert.deepEqual(texts("og/eller km/t Oslo–Bergen 1–2 ja—nei «sitat» (parentes) [klamme]"), [
            "og",
            "eller",
            "km",
            "t",
            "Oslo",
            "Bergen",
            "ja",
            "nei",
            "sitat",
            "parentes",
            "klamme",
        ]);
    });
});

describe("scanWords: compounds, apostrophes, abbreviations", () => {
    it("keeps hyphenated compounds as one word and gives their parts", () => {
        const s = "e-post til IT-avdelinga om 1990-tallet i Nord-Noreg og B12-vitamin";
        assert.deepEqual(texts(s), ["e-post", "til", "IT-avdelinga", "om", "1990-tallet", "i", "Nord-Noreg", "og", "B12-vitamin"]);
        const it = word(s, "IT-avdelinga");
        assert.deepEqual(
            it.parts.map((p) => [p.text, p.textStart, p.textEnd, p.allCaps]),
            [
                ["IT", 11, 13, true],
                ["avdelinga", 14, 23, false],
            ],
        );
        assert.equal(it.allCaps, false);
        assert.equal(it.mixedCase, false);
        assert.deepEqual(
            word(s, "1990-tallet").parts.map((p) => [p.text, p.hasDigit]),
            [
                ["1990", true],
                ["tallet", false],
            ],
        );
        // a double hyphen is not a compound
        assert.deepEqual(texts("ord--ord"), ["ord", "ord"]);
    });

    it("keeps the hyphen of a shortened compound", () => {
        const s = "ord- og setningsbygning, inn- og utgang, hus-/hytteeigar";
        assert.deepEqual(texts(s), ["ord-", "og", "setningsbygning", "inn-", "og", "utgang", "hus-", "hytteeigar"]);
        const w = word(s, "ord-");
        assert.equal(w.trailingHyphen, true);
        assert.deepEqual(
            w.parts.map((p) => p.text),
            ["ord"],
        );
    });

    it("keeps apostrophes inside words and a genitive apostrophe after s, x, z", () => {
        const s = "Ola's bil, Per's hus, rock'n'roll, Hans' hund, Marx' bok og 'sitat' og ‘hus’ og Jens’";
        assert.deepEqual(texts(s), [
            "Ola's",
            "bil",
            "Per's",
            "hus",
            "rock'n'roll",
            "Hans'",
            "hund",
            "Marx'",
            "bok",
            "og",
            "sitat",
            "og",
            "hus",
            "og",
            "Jens’",
        ]);
        assert.equal(word(s, "Ola's").apostrophe, true);
        assert.equal(word(s, "Hans'").apostrophe, true);
        assert.equal(word(s, "bil").apostrophe, false);
    });

    it("recognizes abbreviations with their periods", () => {
        const s = "bl.a. f.eks. t.d. m.a.o. osv. mr. Dr. kl. 8 ca. 10 o.l. Ola K. Nordmann e.Kr. bl.a, p.t.";
        const ws = scanWords(s);
        assert.deepEqual(
            ws.map((w) => [w.text, w.abbreviation]),
            [
                ["bl.a.", true],
                ["f.eks.", true],
                ["t.d.", true],
                ["m.a.o.", true],
                ["osv.", true],
                ["mr.", true],
                ["Dr.", true],
                ["kl.", true],
                ["ca.", true],
                ["o.l.", true],
                ["Ola", false],
                ["K.", true],
                ["Nordmann", false],
                ["e.Kr.", true],
                // a known abbreviation missing its period is still one (the text shows what is missing)
                ["bl.a", true],
                ["p.t.", true],
            ],
        );
    });

    it("lets a period end the sentence after an ordinary word, and splits a missing space", () => {
        const s = "Han kom heim. Hei.Du";
        assert.deepEqual(
            scanWords(s).map((w) => [w.text, w.abbreviation, w.boundary]),
            [
                ["Han", false, "block"],
                ["kom", false, null],
                ["heim", false, null],
                ["Hei", false, "sentence"],
                ["Du", false, null],
            ],
        );
        // "i" and "å" are words, not initials
        assert.deepEqual(
            scanWords("Kom i. Så å. Da").map((w) => w.boundary),
            ["block", null, "sentence", null, "sentence"],
        );
    });
});

describe("scanWords: letter case and digits", () => {
    it("flags all caps, capitals, mixed case and digits", () => {
        const flags = (t: string): string => {
            const s = wordShape(t);
            return [s.allCaps && "allCaps", s.capitalized && "capitalized", s.mixedCase && "mixedCase", s.hasDigit && "hasDigit"]
                .filter(Boolean)
                .join(" ");
        };
        assert.deepEqual(
            ["NRK", "Oslo", "oslo", "iPhone", "McDonald", "NRKs", "MP3", "3D", "A", "IT-AVDELINGA", "EØS-avtalen", "ÆØÅ", "𝒜𝒜"].map((t) => [
                t,
                flags(t),
            ]),
            [
                ["NRK", "allCaps capitalized"],
                ["Oslo", "capitalized"],
                ["oslo", ""],
                ["iPhone", "mixedCase"],
                ["McDonald", "capitalized mixedCase"],
                ["NRKs", "capitalized mixedCase"],
                ["MP3", "allCaps capitalized hasDigit"],
                ["3D", "capitalized hasDigit"],
                ["A", "capitalized"],
                ["IT-AVDELINGA", "allCaps capitalized"],
                ["EØS-avtalen", "capitalized"],
                ["ÆØÅ", "allCaps capitalized"],
                ["𝒜𝒜", "allCaps capitalized"],
            ],
        );
    });
});

describe("scanWords: sentence starts", () => {
    const starts = (s: string): [string, string | null][] => scanWords(s).map((w) => [w.text, w.boundary]);

    it("after . ! ? … and at the block start", () => {
        assert.deepEqual(starts("Ein to. Tre! Fire? Fem… Seks"), [
            ["Ein", "block"],
            ["to", null],
            ["Tre", "sentence"],
            ["Fire", "sentence"],
            ["Fem", "sentence"],
            ["Seks", "sentence"],
        ]);
        assert.equal(scanWords("Ein. To")[1].sentenceStart, true);
        assert.equal(scanWords("Ein, To")[1].sentenceStart, false);
    });

    it("after a colon, through opening quotes and dashes, not through atoms or commas", () => {
        assert.deepEqual(starts(`Merk: dette. «Kom» sa ho. – Ja. (Sjå) ${ATOM} og`), [
            ["Merk", "block"],
            ["dette", "colon"],
            ["Kom", "sentence"],
            ["sa", null],
            ["ho", null],
            ["Ja", "sentence"],
            ["Sjå", "sentence"],
            ["og", null],
        ]);
        assert.equal(scanWords("Merk: dette")[1].sentenceStart, true);
        assert.deepEqual(starts(`${ATOM} er eit verktøy`)[0], ["er", null]);
        assert.deepEqual(starts("😀 Hei")[0], ["Hei", "block"]);
    });

    it("is ambiguous after abbreviations, ordinal numbers and punctuation inside quotes", () => {
        assert.deepEqual(starts("Det kom 17. mai. Frukt osv. Så kom «Hei!» sa han (Ja.) Nei"), [
            ["Det", "block"],
            ["kom", null],
            ["mai", "ambiguous"],
            ["Frukt", "sentence"],
            ["osv.", null],
            ["Så", "ambiguous"],
            ["kom", null],
            ["Hei", null],
            ["sa", "ambiguous"],
            ["han", null],
            ["Ja", null],
            ["Nei", "ambiguous"],
        ]);
        assert.equal(scanWords("osv. Så")[1].sentenceStart, false);
    });

    it("after list markers at line starts in plain text", () => {
        assert.deepEqual(starts("Handleliste:\n- mjølk\n* brød\n• ost\n1) egg\n2. mai er\nog - ikkje"), [
            ["Handleliste", "block"],
            ["mjølk", "list"],
            ["brød", "list"],
            ["ost", "list"],
            ["egg", "list"],
            ["mai", "ambiguous"],
            ["er", null],
            ["og", null],
            ["ikkje", null],
        ]);
    });
});

describe("words(block)", () => {
    it("maps words to the document, markup inside a word included", () => {
        const doc = "Ein **hel**t *fin* p&aring; `kode`dag og [lenke](https://x.no)n.";
        const [block] = extractProse(doc, "markdown");
        assert.deepEqual(
            words(block).map((w) => [w.text, doc.slice(w.start, w.end)]),
            [
                ["Ein", "Ein"],
                ["helt", "hel**t"],
                ["fin", "fin"],
                ["på", "p&aring;"],
                ["dag", "dag"],
                ["og", "og"],
                ["lenken", "lenke](https://x.no)n"],
            ],
        );
        // parts are mapped too
        const [b2] = extractProse("Send **e**-post", "markdown");
        assert.deepEqual(
            words(b2)[1].parts.map((p) => [p.text, p.start, p.end]),
            [
                ["e", 7, 8],
                ["post", 11, 15],
            ],
        );
    });

    it("caches per block", () => {
        const [block] = extractProse("Ein to tre", "plaintext");
        assert.equal(words(block), words(block));
    });
});

describe("the scanner's steps", () => {
    it("finds the chunks that may hold a URL, address, mention or path, and only those", () => {
        const s = "Sjå www.vg.no, ola@x.no og a/b.md\nmen ikkje dette.";
        const chunks = specialChunks(s);
        const texts: string[] = [];
        for (let i = 0; i < chunks.length; i += 2) texts.push(s.slice(chunks[i], chunks[i + 1]));
        assert.deepEqual(texts, ["www.vg.no,", "ola@x.no", "a/b.md"]);
        assert.deepEqual(specialChunks("Berre ord her."), []);
    });

    it("cuts the sentence's punctuation off a URL, but not a bracket the URL opened", () => {
        assert.equal(trailingPunctuation("https://x.no/side."), 1);
        assert.equal(trailingPunctuation("https://x.no/side)."), 2);
        assert.equal(trailingPunctuation("https://no.wikipedia.org/wiki/Oslo_(by)."), 1);
        assert.equal(trailingPunctuation("https://no.wikipedia.org/wiki/Oslo_(by)"), 0);
        assert.equal(trailingPunctuation("https://x.no/side"), 0);
    });
});
