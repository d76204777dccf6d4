import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { frontMatterEnd, parseMarkdown, TreeFragment } from "./markdown";

/** The named nodes of `text`'s tree as "Name[source]", outermost first. */
function nodes(text: string, names?: readonly string[]): string[] {
    const out: string[] = [];
    parseMarkdown(text).iterate({
        enter(n) {
            if (n.name !== "Document" && (!names || names.includes(n.name))) out.push(`${n.name}[${text.slice(n.from, n.to)}]`);
        },
    });
    return out;
}

describe("markdownParser extensions", () => {
    it("finds YAML and TOML front matter only at the start and only when closed", () => {
        assert.equal(frontMatterEnd("---\na: 1\n---\ntekst"), 12);
        assert.equal(frontMatterEnd("+++\na = 1\n+++"), 13);
        assert.equal(frontMatterEnd("---\n---\n"), 7);
        assert.equal(frontMatterEnd("---\na: 1\n+++\n"), -1);
        assert.equal(frontMatterEnd("---\na: 1\n"), -1);
        assert.equal(frontMatterEnd("\n---\na: 1\n---\n"), -1);
        assert.equal(frontMatterEnd("---\na: 1\n----\n"), -1);
        assert.deepEqual(nodes("---\na: 1\n---\n# Tittel", ["FrontMatter", "ATXHeading1"]), [
            "FrontMatter[---\na: 1\n---]",
            "ATXHeading1[# Tittel]",
        ]);
        // without the front matter the first "---" is a thematic break
        assert.deepEqual(nodes("---\na: 1\n", ["FrontMatter", "HorizontalRule"]), ["HorizontalRule[---]"]);
    });

    it("parses inline math with pandoc's rules and block math", () => {
        const cases = ["$a$ og $$b c$$", "\\$d$", "$ e$", "$f $", "$5 og $10", "$2^n$", "$g$1", "$a + b$ og $$x$$ $", "$$"];
        assert.deepEqual(nodes(cases.join("\n\n"), ["InlineMath"]), [
            "InlineMath[$a$]",
            "InlineMath[$$b c$$]",
            "InlineMath[$2^n$]",
            "InlineMath[$a + b$]",
            "InlineMath[$$x$$]",
        ]);
        assert.deepEqual(nodes("Tekst\n$$\nx\n\ny\n$$\netter", ["MathBlock", "Paragraph"]), [
            "Paragraph[Tekst]",
            "MathBlock[$$\nx\n\ny\n$$]",
            "Paragraph[etter]",
        ]);
        assert.deepEqual(nodes("$$ x $$\n\n> $$\n> y\n> $$\n\n- $$\n  z\n  $$", ["MathBlock"]), [
            "MathBlock[$$ x $$]",
            "MathBlock[$$\n> y\n> $$]",
            "MathBlock[$$\n  z\n  $$]",
        ]);
        // an unclosed block runs to the end of its container
        assert.deepEqual(nodes("> $$\n> x\n\netter", ["MathBlock", "Paragraph"]), ["MathBlock[$$\n> x]", "Paragraph[etter]"]);
    });

    it("parses footnote references and definitions", () => {
        assert.deepEqual(
            nodes("Sjå[^1] og [^merk].\n\n[^1]: Første\nlat linje\n\n    Andre avsnitt\n[^merk]: Merk\n\n[^x] er ikkje ein definisjon", [
                "FootnoteReference",
                "FootnoteDefinition",
                "FootnoteLabel",
                "Paragraph",
            ]),
            [
                "Paragraph[Sjå[^1] og [^merk].]",
                "FootnoteReference[[^1]]",
                "FootnoteReference[[^merk]]",
                "FootnoteDefinition[[^1]: Første\nlat linje\n\n    Andre avsnitt]",
                "FootnoteLabel[[^1]:]",
                "Paragraph[Første\nlat linje]",
                "Paragraph[Andre avsnitt]",
                "FootnoteDefinition[[^merk]: Merk]",
                "FootnoteLabel[[^merk]:]",
                "Paragraph[Merk]",
                "Paragraph[[^x] er ikkje ein definisjon]",
                "FootnoteReference[[^x]]",
            ],
        );
        // not footnotes: "[^]" and "[^a b]"
        assert.deepEqual(nodes("[^] og [^a b]", ["FootnoteReference"]), []);
    });

    it("keeps GFM: tables, task lists, strikethrough, autolinks", () => {
        assert.deepEqual(
            nodes("| a |\n|---|\n| b |\n\n- [x] gjort\n\n~~vekk~~ www.vg.no ola@x.no", ["TableCell", "Task", "Strikethrough", "URL"]),
            ["TableCell[a]", "TableCell[b]", "Task[[x] gjort]", "Strikethrough[~~vekk~~]", "URL[www.vg.no]", "URL[ola@x.no]"],
        );
    });

    it("re-parses incrementally from fragments", () => {
        const a = "# Tittel\n\nEin $x$ to.\n\n[^1]: Note\n";
        const b = a.replace("to.", "tre.");
        const from = a.indexOf("to.");
        const fragments = TreeFragment.applyChanges(TreeFragment.addTree(parseMarkdown(a)), [
            { fromA: from, toA: from + 2, fromB: from, toB: from + 3 },
        ]);
        assert.equal(parseMarkdown(b, fragments).toString(), parseMarkdown(b).toString());
    });
});
