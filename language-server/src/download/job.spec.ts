import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import type { DownloadModelParams } from "../protocol/download";
import { setUiLanguage } from "../uiMessages";
import { downloadJobFrom } from "./job";
import { progressText } from "./progressText";

const problem = (p: Partial<DownloadModelParams>) => {
    const job = downloadJobFrom({ uri: "hf:u/r/m.gguf", ...p } as DownloadModelParams, "/models", {});
    return "error" in job ? job.error : undefined;
};

describe("download requests and progress in the UI language", () => {
    afterEach(() => setUiLanguage(undefined));

    it("English (the CLI's, and the LSP tests'): what is wrong with the request", () => {
        assert.equal(problem({ uri: "ftp://x/y.gguf" }), '"uri" must be an hf: model URI or an http(s) URL (got "ftp://x/y.gguf").');
        assert.equal(problem({ fileName: "../evil.gguf" }), '"fileName" must be a plain file name ending in .gguf (got "../evil.gguf").');
        assert.equal(problem({}), undefined);
        assert.equal(
            progressText({ phase: "downloading", downloadedBytes: 3.4e6, totalBytes: 12.2e6, bytesPerSecond: 0, secondsLeft: -1 }),
            "3.4 MB of 12.2 MB",
        );
        assert.equal(
            progressText({ phase: "connecting", downloadedBytes: 0, totalBytes: 0, bytesPerSecond: 0, secondsLeft: -1 }),
            "Connecting…",
        );
    });

    it("Nynorsk and Bokmål from the UI language", () => {
        setUiLanguage("nn");
        assert.equal(
            problem({ uri: "ftp://x/y.gguf" }),
            '"uri" må vere ein hf:-modell-URI eller ei http(s)-adresse (fekk "ftp://x/y.gguf").',
        );
        assert.equal(
            progressText({ phase: "downloading", downloadedBytes: 3.4e6, totalBytes: 12.2e6, bytesPerSecond: 1e6, secondsLeft: 9 }),
            "3,4 MB av 12,2 MB · 1,0 MB/s · 9 s att",
        );
        setUiLanguage("nb");
        assert.equal(problem({ fileName: "a/b.gguf" }), '"fileName" må være et filnavn uten mappe som slutter på .gguf (fikk "a/b.gguf").');
        assert.equal(problem({ sha256: "abc" }), '"sha256" må være 64 heksadesimale sifre.');
        assert.equal(
            progressText({ phase: "verifying", downloadedBytes: 6.1e6, totalBytes: 12.2e6, bytesPerSecond: 0, secondsLeft: -1 }),
            "Kontrollerer sjekksummen: 6,1 MB av 12,2 MB",
        );
    });
});
