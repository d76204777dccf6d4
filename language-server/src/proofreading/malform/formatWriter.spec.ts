import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DawgBuilder } from "../../lexicon/dawg";
import { MalformData, TAG } from "./format";
import { MAX_RECORD_VALUE, recordValue, writeMalformFile, type MalformRecord } from "./formatWriter";
import { buildFixture } from "./testFixture";

describe("the målform file writer", () => {
    it("writes what the reader reads: records, replacements, words that are prefixes of others", () => {
        const data = new MalformData(
            buildFixture({
                kaste: { weight: 1.2, weightInit: -0.5, flags: 3, flags2: 8, genderNb: 2, replacements: [["kasta", TAG.INF]] },
                kasten: {
                    weight: -2,
                    genderNn: 1,
                    replacements: [
                        ["kassen", 0],
                        ["kisten", TAG.NOUN],
                    ],
                },
                "~erar": { weight: -1.5 },
            }),
        );
        assert.equal(data.entries, 3);
        assert.deepEqual(data.record(data.lookup("kaste"), "kaste"), {
            weight: 1.2,
            weightInit: -0.5,
            flags: 3,
            flags2: 8,
            genderNb: 2,
            genderNn: 0,
            replacements: [{ text: "kasta", tags: TAG.INF }],
        });
        assert.deepEqual(data.record(data.lookup("kasten"), "kasten").replacements, [
            { text: "kassen", tags: 0 },
            { text: "kisten", tags: TAG.NOUN },
        ]);
        assert.equal(data.record(data.lookup("kasten"), "kasten").genderNn, 1);
        assert.equal(data.weight(data.lookup("~erar"), false), -1.5);
        for (const absent of ["kast", "kastene", "Kaste", ""]) assert.equal(data.lookup(absent), -1, absent);
    });

    it("keeps record ids apart past 16 bits (the builder's terminators carry them whole)", () => {
        // 70 000 words with a record each: a key that kept only 16 bits of the terminator would merge
        // the last states of ids 0 and 65 536
        const n = 70_000;
        const words = Array.from({ length: n }, (_, i) => `w${String(i).padStart(5, "0")}`);
        const records: MalformRecord[] = words.map((_, i) => ({
            weight: i % 100,
            weightInit: 0,
            flags: i & 0xff,
            flags2: 0,
            genders: 0,
            replacements: [],
        }));
        const builder = new DawgBuilder(MAX_RECORD_VALUE);
        words.forEach((w, i) => builder.add(w, recordValue(i)));
        const file = writeMalformFile(builder.finishEdges(), records, n, 10);
        const data = new MalformData(file.bytes);
        for (const i of [0, 1, 65_535, 65_536, 65_537, n - 1]) assert.equal(data.lookup(words[i]), i, words[i]);
    });

    it("refuses what the format cannot hold", () => {
        assert.throws(() => new DawgBuilder(MAX_RECORD_VALUE).add("x", MAX_RECORD_VALUE + 1), /out of range/);
        assert.throws(() => new DawgBuilder(MAX_RECORD_VALUE).finish(), /finishEdges/);
        const b = new DawgBuilder(MAX_RECORD_VALUE);
        b.add("x", recordValue(0));
        const long: MalformRecord = {
            weight: 0,
            weightInit: 0,
            flags: 0,
            flags2: 0,
            genders: 0,
            replacements: [{ strip: 0, tags: 0, append: "å".repeat(200) }],
        };
        assert.throws(() => writeMalformFile(b.finishEdges(), [long], 1, 10), /too long/);
    });
});
