import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMarkdown } from "./markdown";

const md = createMarkdown({ copyCode: "Kopier <kode>" });

describe("chat Markdown", () => {
    it("renders the usual Markdown", () => {
        const html = md.render("# Tittel\n\n**feit** og *kursiv*\n\n- ein\n- to\n\n`kode`");
        assert.match(html, /<h1>Tittel<\/h1>/);
        assert.match(html, /<strong>feit<\/strong>/);
        assert.match(html, /<li>ein<\/li>/);
        assert.match(html, /<code>kode<\/code>/);
    });

    it("shows raw HTML from the model as text", () => {
        const html = md.render('<img src=x onerror="alert(1)"><script>alert(2)</script> <b>b</b>');
        assert.doesNotMatch(html, /<img|<script|<b>/);
        assert.match(html, /&lt;script&gt;/);
    });

    it("gives links no href, only a data attribute the extension checks", () => {
        const html = md.render("[Språkrådet](https://sprakradet.no) og [x](javascript:alert(1))");
        assert.doesNotMatch(html, /\shref=/);
        assert.match(
            html,
            /<a class="link" data-href="https:\/\/sprakradet.no" title="https:\/\/sprakradet.no" tabindex="0" role="link">Språkrådet<\/a>/,
        );
        assert.doesNotMatch(html, /data-href="javascript/, "markdown-it refuses script links outright");
    });

    it("aligns table columns with classes, not inline styles (the CSP blocks those)", () => {
        const html = md.render("| ord | tal |\n|:---|---:|\n| ikkje | 12 |\n");
        assert.doesNotMatch(html, /style=/);
        assert.match(html, /<th class="align-left">ord<\/th>/);
        assert.match(html, /<td class="align-right">12<\/td>/);
    });

    it("renders no images (no requests from model output)", () => {
        const html = md.render("![bilete](https://example.com/x.png)");
        assert.doesNotMatch(html, /<img/);
    });

    it("gives code blocks a copy button, with the code escaped", () => {
        const html = md.render('```ts\nconst a = 1 < 2 && "<b>";\n```\n\n    innrykka kode');
        assert.equal(html.match(/class="icon-button copy-code"/g)?.length, 2);
        assert.match(html, /<span class="code-lang">ts<\/span>/);
        assert.match(html, /const a = 1 &lt; 2 &amp;&amp; &quot;&lt;b&gt;&quot;;/);
        assert.match(html, /aria-label="Kopier &lt;kode&gt;"/);
    });
});
