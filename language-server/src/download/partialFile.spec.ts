import { strict as assert } from "node:assert";
import { test } from "node:test";
import { bytesOnDisk } from "./partialFile";

const MiB = 1024 * 1024;

test("complete chunks count, the last one only as far as the file goes", () => {
    const total = 12_201_088;
    assert.equal(
        bytesOnDisk(JSON.stringify({ part: 0, chunks: [0, 1, 2], chunkSize: 5 * MiB, parallelStreams: 3 }), total),
        total - 10 * MiB,
    );
    assert.equal(bytesOnDisk(JSON.stringify({ part: 0, chunks: [2, 0, 2], chunkSize: 5 * MiB }), total), total - 5 * MiB);
    assert.equal(bytesOnDisk(JSON.stringify({ part: 0, chunks: [2, 2, 2], chunkSize: 5 * MiB }), total), total);
});

test("a record it does not understand counts as nothing", () => {
    assert.equal(bytesOnDisk("", 10), 0);
    assert.equal(bytesOnDisk("{not json", 10), 0);
    assert.equal(bytesOnDisk(JSON.stringify({ part: 1, chunks: [2], chunkSize: 5 }), 10), 0);
    assert.equal(bytesOnDisk(JSON.stringify({ chunks: "x" }), 10), 0);
});
