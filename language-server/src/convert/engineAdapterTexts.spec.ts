// A conversion that cannot run as set up is refused in the UI language, naming the setting; the
// rule converter's own English account of its broken tables is the Norwegian refusal's detail.
// Its own file: the tables are loaded once per process, here from a damaged copy.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, afterEach, describe, it } from "node:test";
import type { EngineStatus } from "../protocol/engine";
import { DEFAULT_SETTINGS, type SkrivehjelpSettings } from "../protocol/settings";
import { setUiLanguage } from "../uiMessages";
import { ConvertSetupError, convertSetupFor, type GeneratingEngine } from "./engineAdapter";

const damaged = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-convert-texts-"));
fs.writeFileSync(path.join(damaged, "convert.bin"), "not a table");
process.env.SKRIVEHJELP_CONVERT_DIR = damaged;

const noEngine: GeneratingEngine = {
    status: () => ({ state: "none", running: 0, queued: 0, modelPath: "" }) as unknown as EngineStatus,
    load: () => Promise.reject(new Error("no model here")),
    generate: () => Promise.reject(new Error("no model here")),
};
const noModel: SkrivehjelpSettings = { ...DEFAULT_SETTINGS, engine: "local", model: { ...DEFAULT_SETTINGS.model, path: "" } };
const log = () => undefined;

async function refusal(setting: "rules" | "model" | "auto"): Promise<string> {
    const e = await convertSetupFor(setting, noEngine, noModel, log).then(
        () => assert.fail("expected a refusal"),
        (e: unknown) => e,
    );
    assert.ok(e instanceof ConvertSetupError, String(e));
    return e.message;
}

describe("conversion refusals in the UI language", () => {
    afterEach(() => setUiLanguage(undefined));
    after(() => fs.rmSync(damaged, { recursive: true, force: true }));

    it("English as before: the rule converter's words after the refusal", async () => {
        assert.match(
            await refusal("rules"),
            /^Cannot convert with "rules"\. The conversion tables in .* cannot be read \(conversion tables: file too short\): reinstall Skrivehjelp\.$/,
        );
        assert.match(await refusal("model"), /^skrivehjelp\.convert\.engine is "model", but no language model is chosen\. .*"rules"/);
        assert.match(
            await refusal("auto"),
            /^Cannot convert: no language model is chosen, and the rules cannot run\. The conversion tables/,
        );
    });

    it("Nynorsk says what is wrong and what to set, with the English account as the detail", async () => {
        setUiLanguage("nn");
        assert.match(
            await refusal("rules"),
            /^Kan ikkje konvertere med "rules": regeltabellane til konverteringa manglar eller kan ikkje lesast\. Installer Skrivehjelp på nytt, eller set skrivehjelp\.convert\.engine til "model" .*Detaljar: The conversion tables in /,
        );
        assert.equal(
            await refusal("model"),
            'skrivehjelp.convert.engine er "model", men ingen språkmodell er vald. Vel ein (skrivehjelp.model.path), eller set skrivehjelp.convert.engine til "auto" eller "rules" for å konvertere med dei innebygde reglane, som ikkje treng nokon modell.',
        );
    });

    it("Bokmål likewise", async () => {
        setUiLanguage("nb");
        assert.match(
            await refusal("auto"),
            /^Kan ikke konvertere: ingen språkmodell er valgt, og regeltabellene til konverteringen mangler eller kan ikke leses\. .*velg en språkmodell \(skrivehjelp\.model\.path\)\. Detaljer: The conversion tables/,
        );
        assert.match(await refusal("model"), /^skrivehjelp\.convert\.engine er "model", men ingen språkmodell er valgt\. Velg en/);
    });
});
