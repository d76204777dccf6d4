import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { addToWordList, loadWordLists, parseWordList, userWordListPath, WordSet } from "./wordLists";

describe("word lists", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-words-"));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("parses one word a line, skipping blanks and comments", () => {
        assert.deepEqual(parseWordList("# ordliste\r\nSkrivehjelp\n\n  nettside \n"), ["Skrivehjelp", "nettside"]);
    });

    it("accepts lower-case entries in any case, capitalised ones as written or in capitals", () => {
        const s = new WordSet(["nettside", "Skrivehjelp"]);
        assert.equal(s.has("nettside"), true);
        assert.equal(s.has("Nettside"), true);
        assert.equal(s.has("NETTSIDE"), true);
        assert.equal(s.has("Skrivehjelp"), true);
        assert.equal(s.has("SKRIVEHJELP"), true);
        assert.equal(s.has("skrivehjelp"), false);
        assert.equal(s.has("nettsider"), false);
    });

    it("adds a word once, creating the file and its folder, keeping what was there", () => {
        const file = path.join(dir, ".skrivehjelp", "ordliste.txt");
        assert.equal(addToWordList(file, "Skrivehjelp"), true);
        assert.equal(addToWordList(file, "Skrivehjelp"), false);
        fs.appendFileSync(file, "utan-linjeskift");
        assert.equal(addToWordList(file, "nettside"), true);
        assert.equal(fs.readFileSync(file, "utf8"), "Skrivehjelp\nutan-linjeskift\nnettside\n");
        assert.throws(() => addToWordList(file, "to ord"), /not a single word/);
        const set = loadWordLists([file, path.join(dir, "missing.txt")]);
        assert.equal(set.size, 3);
    });

    it("keeps the user list under XDG_CONFIG_HOME", () => {
        assert.equal(userWordListPath({ XDG_CONFIG_HOME: "/x/cfg" }), "/x/cfg/skrivehjelp/ordliste.txt");
    });
});
