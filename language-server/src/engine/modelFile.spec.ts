import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { setUiLanguage } from "../uiMessages";
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

    it("a model URI's file that is not there yet is not downloaded, with what to download; once there it is checked as any file", () => {
        const fromUri = { uri: "http://127.0.0.1:9/later.gguf", dir, fileName: "later.gguf" };
        const target = path.join(dir, "later.gguf");
        const problem = checkModelFile(target, fromUri);
        assert.equal(problem?.kind, "notDownloaded");
        assert.deepEqual(problem?.download, fromUri);
        assert.match(
            problem!.message,
            /The model http:\/\/127\.0\.0\.1:9\/later\.gguf is not downloaded yet\. Nothing is downloaded without your say-so/,
        );
        assert.match(problem!.message, /skrivehjelp\/downloadModel request with \{"uri":"http:\/\/127\.0\.0\.1:9\/later\.gguf","dir":/);
        // a partial download (ipull's `.ipull` file) is still not the model
        file("later.gguf.ipull", "GGUF partial");
        assert.match(checkModelFile(target, fromUri)!.message, /Part of it is on disk; the download resumes from there/);
        file("later.gguf", Buffer.from("GGUF\x03\x00\x00\x00"));
        assert.equal(checkModelFile(target, fromUri), undefined);
        file("later.gguf", "not a model");
        assert.equal(checkModelFile(target, fromUri)?.kind, "notGguf");
    });

    it("says what is wrong in the UI language, naming the setting to change", () => {
        const none = path.join(dir, "none.gguf");
        try {
            setUiLanguage("nb");
            assert.equal(
                checkModelFile(none)?.message,
                `Modellfilen ${none} finnes ikke. Velg en annen fil (innstillingen skrivehjelp.model.path).`,
            );
            assert.equal(
                checkModelFile(dir)?.message,
                `Modellstien ${dir} er en mappe. Velg .gguf-filen i mappen (innstillingen skrivehjelp.model.path).`,
            );
            assert.match(checkModelFile("")!.message, /^Ingen modell er valgt\. Sett skrivehjelp\.model\.path til en GGUF-fil/);
            setUiLanguage("nn");
            assert.equal(
                checkModelFile(none)?.message,
                `Modellfila ${none} finst ikkje. Vel ei anna fil (innstillinga skrivehjelp.model.path).`,
            );
            assert.match(
                checkModelFile("modellar/x.gguf")!.message,
                /^Modellstigen "modellar\/x\.gguf" er ikkje absolutt\. Gje opp heile stigen/,
            );
            assert.match(
                checkModelFile(file("tom.gguf", ""))!.message,
                /^tom\.gguf er ikkje ei GGUF-modellfil \(ho er tom\)\. Skrivehjelp treng ei \.gguf-fil/,
            );
            const fromUri = { uri: "http://127.0.0.1:9/seinare.gguf", dir, fileName: "seinare.gguf" };
            const later = checkModelFile(path.join(dir, "seinare.gguf"), fromUri);
            assert.equal(later?.kind, "notDownloaded");
            assert.match(later!.message, /^Modellen http:\/\/127\.0\.0\.1:9\/seinare\.gguf er ikkje lasta ned enno\./);
            assert.match(
                later!.message,
                new RegExp(`skrivehjelp download http://127\\.0\\.0\\.1:9/seinare\\.gguf --dir ${dir.replace(/[.]/g, "\\.")}`),
            );
        } finally {
            setUiLanguage(undefined);
        }
        assert.equal(checkModelFile(none)?.message, `The model file ${none} does not exist.`);
    });
});
