import * as assert from "node:assert/strict";
import { it } from "node:test";
import { DEFAULT_CONVERT_SETTINGS } from "./convert";
import { normalizeSettings } from "./settingsNormalize";

it("convert settings: defaults, valid values, and a clear problem for each bad one", () => {
    assert.deepEqual(normalizeSettings({}).settings.convert, DEFAULT_CONVERT_SETTINGS);
    const good = normalizeSettings({
        convert: {
            engine: "rules",
            preview: true,
            nynorsk: { pronoun: "me", possessive: "before" },
            houseStyle: [" ikkje ", "kva", "ikkje", ""],
            templates: { "nb-nn": { system: "Omset.", user: "{{text}}" }, "nn-nb": { text: "Nynorsk: {{text}}\nBokmål:" } },
        },
    });
    assert.deepEqual(good.problems, []);
    assert.deepEqual(good.settings.convert, {
        engine: "rules",
        preview: true,
        nynorsk: { pronoun: "me", possessive: "before" },
        houseStyle: ["ikkje", "kva"],
        templates: { "nb-nn": { system: "Omset.", user: "{{text}}" }, "nn-nb": { text: "Nynorsk: {{text}}\nBokmål:" } },
    });
    const flat = normalizeSettings({ "convert.nynorsk.pronoun": "me" });
    assert.equal(flat.settings.convert.nynorsk.pronoun, "me");
    const bad = normalizeSettings({
        convert: {
            engine: "apertium",
            preview: "yes",
            nynorsk: { pronoun: "oss", possessive: "etter" },
            houseStyle: "ikkje",
            templates: { "nb-nn": { user: "no text variable" }, "nb-sv": { user: "{{text}}" } },
        },
    });
    assert.deepEqual(bad.settings.convert, DEFAULT_CONVERT_SETTINGS);
    assert.deepEqual(
        bad.problems.map((p) => p.key),
        [
            "skrivehjelp.convert.engine",
            "skrivehjelp.convert.preview",
            "skrivehjelp.convert.nynorsk.pronoun",
            "skrivehjelp.convert.nynorsk.possessive",
            "skrivehjelp.convert.houseStyle",
            "skrivehjelp.convert.templates.nb-nn",
            "skrivehjelp.convert.templates",
        ],
    );
    assert.match(bad.problems[0].message, /must be one of auto, rules, model, hybrid, but is "apertium"\. Using "auto"\./);
    assert.match(bad.problems[5].message, /\{\{text\}\}/);
});
