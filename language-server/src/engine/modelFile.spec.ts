import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { checkModelFile } from "./modelFile";

describe("checkModelFile", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-modelfile-"));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, content: string | Buffer) => {
        const p = path.join(dir, name);
        fs.writeFileSync(p, content);
        return p;
    };

    it("tells each kind of bad path apart", () => {
        assert.equal(checkModelFile("")?.kind, "notConfigured");
        assert.equal(checkModelFile("models/x.gguf")?.kind, "missing");
        assert.equal(checkModelFile(path.join(dir, "none.gguf"))?.kind, "missing");
        assert.equal(checkModelFile(dir)?.kind, "directory");
        assert.equal(checkModelFile(file("empty.gguf", ""))?.kind, "notGguf");
        assert.match(checkModelFile(file("empty2.gguf", ""))!.message, /it is empty/);
        assert.equal(checkModelFile(file("text.gguf", "hello world"))?.kind, "notGguf");
    });

    it("reports a file that exists but cannot be read", () => {
        // Permissions do not stop root; /proc/self/mem exists and fails with EIO at offset 0.
        const problem = checkModelFile("/proc/self/mem");
        assert.equal(problem?.kind, "unreadable");
        assert.match(problem!.message, /cannot be read \(EIO\)/);
    });

    it("accepts a file that starts with the GGUF magic", () => {
        assert.equal(checkModelFile(file("ok.gguf", Buffer.from("GGUF\x03\x00\x00\x00")))?.kind, undefined);
    });
});
