import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { downloadSize, uiTextIn } from "./index";

const MB = 1e6;

describe("uiMessages: downloads", () => {
    it("gives sizes with the language's decimal mark, as the English messages always did", () => {
        assert.equal(downloadSize(12.2 * MB, "en"), "12.2 MB");
        assert.equal(downloadSize(12.2 * MB, "nn"), "12,2 MB");
        assert.equal(downloadSize(1.5e9, "en"), "1.50 GB");
        assert.equal(downloadSize(1.5e9, "nb"), "1,50 GB");
    });

    it("keeps the English texts the tests and the CLI know", () => {
        assert.equal(
            uiTextIn("en", "downloadNoSpace", "m.gguf", 12.2 * MB, "/models", 5 * MB),
            "Not enough disk space: m.gguf needs 12.2 MB more, and /models has 5.0 MB free. Free some space or choose a smaller model.",
        );
        assert.equal(
            uiTextIn("en", "downloadStalled", 3, 4 * MB, 12.2 * MB),
            "The download received nothing for 3 s (4.0 MB of 12.2 MB arrived). What arrived is kept: download again to resume.",
        );
        assert.equal(
            uiTextIn("en", "downloadDamaged", "ab", true, "cd"),
            "The downloaded file is damaged: its SHA-256 is ab, the list of models gives cd. It was removed; download it again.",
        );
        assert.equal(
            uiTextIn("en", "downloadProcessStopped", { signal: null, code: 1, lastLine: "boom" }),
            "The download process stopped with exit code 1 (boom). What arrived is kept: download again to resume.",
        );
        assert.equal(uiTextIn("en", "downloadBadSha256"), '"sha256" must be 64 hex digits.');
    });

    it("says each failure in Bokmål with what to do", () => {
        assert.equal(
            uiTextIn("nb", "downloadNoSpace", "m.gguf", 12.2 * MB, "/models", 5 * MB),
            "Ikke nok diskplass: m.gguf trenger 12,2 MB mer, og /models har 5,0 MB ledig. Frigjør plass, eller velg en mindre modell.",
        );
        assert.equal(
            uiTextIn("nb", "downloadNotFound", "hf:u/r/m.gguf"),
            "hf:u/r/m.gguf ble ikke funnet (HTTP 404). Modellen kan være flyttet: kontroller adressen, eller velg en annen modell.",
        );
        assert.match(
            uiTextIn("nb", "downloadDamaged", "ab", false, "cd"),
            /^Den nedlastede filen er skadet: .*men kilden oppgir cd\. Filen ble slettet/,
        );
        assert.match(uiTextIn("nb", "downloadRefused", "Hugging Face", 403), /avviste nedlastingen \(HTTP 403\)\. .*godtar lisensen/);
        assert.equal(uiTextIn("nb", "downloadCancelled"), "Nedlastingen ble avbrutt.");
        assert.equal(uiTextIn("nb", "downloadFailed", "EPIPE"), "Nedlastingen mislyktes; prøv igjen. Detaljer: EPIPE");
        assert.equal(uiTextIn("nn", "downloadFailed", "EPIPE"), "Nedlastinga gjekk gale; prøv igjen. Detaljar: EPIPE");
    });

    it("says each failure in Nynorsk with what to do", () => {
        assert.equal(
            uiTextIn("nn", "downloadStalled", 3, 4 * MB, 12.2 * MB),
            "Nedlastinga fekk ingenting på 3 s (4,0 MB av 12,2 MB kom fram). Det som kom fram, er teke vare på: last ned på nytt, så held nedlastinga fram der ho stoppa.",
        );
        assert.match(
            uiTextIn("nn", "downloadOtherSize", 24.4 * MB, "m.gguf", 12.2 * MB),
            /^Kjelda tilbyr 24,4 MB for m\.gguf, men 12,2 MB var venta: .*Vel ein annan modell/,
        );
        assert.equal(
            uiTextIn("nn", "downloadNoAnswer", "Hugging Face", 60),
            "Hugging Face svarte ikkje innan 60 s. Kontroller nettverkstilkoplinga (eller proxyen), og prøv igjen.",
        );
        assert.match(
            uiTextIn("nn", "downloadProcessStopped", { signal: "SIGKILL", code: null, lastLine: "" }),
            /^Nedlastingsprosessen stoppa med SIGKILL\. Det som kom fram/,
        );
        assert.equal(uiTextIn("nn", "downloadBadDir", '"rel"'), '"dir" må vere ein absolutt mappestig (fekk "rel").');
        assert.equal(
            uiTextIn("nn", "downloadRunning", "m.gguf"),
            "m.gguf vert alt lasta ned. Vent til nedlastinga er ferdig, eller avbryt ho.",
        );
    });

    it("writes the progress line in the language, with its figures", () => {
        const p = { downloadedBytes: 3.4 * MB, totalBytes: 120 * MB, bytesPerSecond: 2 * MB, secondsLeft: 58 };
        assert.equal(uiTextIn("en", "downloadRunningLine", p), "3.4 MB of 120 MB · 2.0 MB/s · 58 s left");
        assert.equal(uiTextIn("nb", "downloadRunningLine", p), "3,4 MB av 120 MB · 2,0 MB/s · 58 s igjen");
        assert.equal(
            uiTextIn("nn", "downloadRunningLine", { ...p, totalBytes: 0, secondsLeft: 600 }),
            "3,4 MB av ? · 2,0 MB/s · 10 min att",
        );
        assert.equal(uiTextIn("nn", "downloadVerifying", 3.4 * MB, 12.2 * MB), "Kontrollerer sjekksummen: 3,4 MB av 12,2 MB");
        assert.equal(uiTextIn("nb", "downloadConnecting"), "Kobler til …");
    });
});
