import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_SETTINGS } from "./settings";
import { effectiveThreads, normalizeSettings } from "./settingsNormalize";

describe("normalizeSettings", () => {
    it("gives the defaults for nothing at all, without problems", () => {
        for (const raw of [undefined, null, {}, "junk", 42]) {
            const { settings, problems } = normalizeSettings(raw);
            assert.deepEqual(settings, DEFAULT_SETTINGS);
            assert.deepEqual(problems, []);
        }
    });

    it("reads nested and flat keys", () => {
        const nested = normalizeSettings({ model: { path: " /m/a.gguf ", threads: 3, contextSize: 2048 }, log: { level: "debug" } });
        assert.equal(nested.settings.model.path, "/m/a.gguf");
        assert.equal(nested.settings.model.threads, 3);
        assert.equal(nested.settings.model.contextSize, 2048);
        assert.equal(nested.settings.log.level, "debug");
        const flat = normalizeSettings({ "model.path": "/m/b.gguf", "model.threads": "2" });
        assert.equal(flat.settings.model.path, "/m/b.gguf");
        assert.equal(flat.settings.model.threads, 2);
    });

    it("reports a non-numeric or out-of-range value by its full key and falls back", () => {
        const { settings, problems } = normalizeSettings({
            model: { threads: "many", contextSize: 10, sequences: 2.5 },
            log: { level: "loud" },
        });
        assert.equal(settings.model.threads, null);
        assert.equal(settings.model.contextSize, DEFAULT_SETTINGS.model.contextSize);
        assert.equal(settings.model.sequences, DEFAULT_SETTINGS.model.sequences);
        assert.equal(settings.log.level, "info");
        assert.deepEqual(
            problems.map((p) => p.key),
            ["skrivehjelp.model.threads", "skrivehjelp.model.contextSize", "skrivehjelp.model.sequences", "skrivehjelp.log.level"],
        );
        assert.match(problems[0].message, /whole number from 1 to 64, but is "many"\. Using the number of cores\./);
        assert.match(problems[1].message, /but is 10\. Using 4096\./);
    });

    it("reads the GPU backend and layers, and the Nynorsk infinitive", () => {
        const { settings, problems } = normalizeSettings({
            model: { gpu: "vulkan", gpuLayers: 20 },
            nynorsk: { infinitive: "e" },
            bokmal: { feminine: "a" },
        });
        assert.deepEqual(
            [settings.model.gpu, settings.model.gpuLayers, settings.nynorsk.infinitive, settings.bokmal.feminine],
            ["vulkan", 20, "e", "a"],
        );
        assert.deepEqual(problems, []);
        assert.equal(normalizeSettings({ model: { gpuLayers: "auto" } }).settings.model.gpuLayers, null);
        const bad = normalizeSettings({
            model: { gpu: "opencl", gpuLayers: -1 },
            nynorsk: { infinitive: "i" },
            bokmal: { feminine: "yes" },
        });
        assert.deepEqual(
            [bad.settings.model.gpu, bad.settings.model.gpuLayers, bad.settings.nynorsk.infinitive, bad.settings.bokmal.feminine],
            ["auto", null, "auto", "auto"],
        );
        assert.deepEqual(
            bad.problems.map((p) => p.key),
            ["skrivehjelp.model.gpu", "skrivehjelp.model.gpuLayers", "skrivehjelp.nynorsk.infinitive", "skrivehjelp.bokmal.feminine"],
        );
    });

    it('treats 0 and "auto" threads as automatic', () => {
        assert.equal(normalizeSettings({ model: { threads: 0 } }).settings.model.threads, null);
        assert.equal(normalizeSettings({ model: { threads: "auto" } }).problems.length, 0);
    });

    it("reads the language, the check switches and the workspace word list", () => {
        const { settings, problems } = normalizeSettings({
            language: "nn",
            checks: { model: false, maxDocumentKB: 2000 },
            dictionary: { workspaceFile: "docs/ord.txt" },
        });
        assert.equal(settings.language, "nn");
        assert.deepEqual(settings.checks, {
            spelling: true,
            malform: true,
            model: false,
            grammar: { saerskriving: true, ogAa: true, verbForm: true, gender: true, deDem: true },
            maxDocumentKB: 2000,
        });
        assert.equal(settings.dictionary.workspaceFile, "docs/ord.txt");
        assert.deepEqual(problems, []);
        const bad = normalizeSettings({ language: "sv", checks: { spelling: "yes", maxDocumentKB: 1 } });
        assert.equal(bad.settings.language, "auto");
        assert.equal(bad.settings.checks.spelling, true);
        assert.equal(bad.settings.checks.maxDocumentKB, 500);
        assert.deepEqual(
            bad.problems.map((p) => p.key),
            ["skrivehjelp.language", "skrivehjelp.checks.spelling", "skrivehjelp.checks.maxDocumentKB"],
        );
    });

    it("reads each grammar rule family's switch, nested or flat, and reports a wrong value", () => {
        const nested = normalizeSettings({ checks: { grammar: { saerskriving: false, gender: false } } });
        assert.deepEqual(nested.settings.checks.grammar, { saerskriving: false, ogAa: true, verbForm: true, gender: false, deDem: true });
        const flat = normalizeSettings({ "checks.grammar.ogAa": false });
        assert.equal(flat.settings.checks.grammar.ogAa, false);
        const bad = normalizeSettings({ checks: { grammar: { verbForm: "off" } } });
        assert.equal(bad.settings.checks.grammar.verbForm, true);
        assert.deepEqual(
            bad.problems.map((p) => p.key),
            ["skrivehjelp.checks.grammar.verbForm"],
        );
    });

    it("rejects a path that is not text", () => {
        const { settings, problems } = normalizeSettings({ model: { path: 7 } });
        assert.equal(settings.model.path, "");
        assert.equal(problems[0].key, "skrivehjelp.model.path");
    });

    it("accepts a model URI as the model path, and reports one whose file cannot be known", () => {
        for (const uri of ["hf:NbAiLab/repo-GGUF/model-q4_k_m.gguf", "hf:a/b/sub/c.gguf#dev", "http://127.0.0.1:8080/tiny.gguf"]) {
            const { settings, problems } = normalizeSettings({ model: { path: ` ${uri} ` } });
            assert.equal(settings.model.path, uri);
            assert.deepEqual(problems, []);
        }
        const bad = normalizeSettings({ model: { path: "hf:NbAiLab/repo-GGUF:Q4_K_M" } });
        assert.equal(bad.settings.model.path, "");
        assert.equal(bad.problems.length, 1);
        assert.equal(bad.problems[0].key, "skrivehjelp.model.path");
        assert.match(bad.problems[0].message, /names no \.gguf file.*hf:<user>\/<repo>\/<file>\.gguf/);
        assert.match(
            normalizeSettings({ model: { path: "https://example.org/models/" } }).problems[0].message,
            /does not end in a \.gguf file name/,
        );
    });

    it("reads the model temperature (default 0, greedy) apart from the chat's, and reports a bad one", () => {
        const d = normalizeSettings({});
        assert.equal(d.settings.model.temperature, 0);
        assert.equal(d.settings.chat.temperature, 0.3);
        const ok = normalizeSettings({ model: { temperature: 0.7 }, chat: { temperature: 1 } });
        assert.equal(ok.settings.model.temperature, 0.7);
        assert.equal(ok.settings.chat.temperature, 1);
        assert.deepEqual(ok.problems, []);
        for (const raw of [2.5, -0.1, "0.5", true]) {
            const bad = normalizeSettings({ "model.temperature": raw });
            assert.equal(bad.settings.model.temperature, 0, String(raw));
            assert.deepEqual(
                bad.problems.map((p) => p.key),
                ["skrivehjelp.model.temperature"],
            );
            assert.match(bad.problems[0].message, /must be a number from 0 to 2, but is .*Using 0\./);
        }
    });
});

describe("normalizeSettings in the UI language", () => {
    const raw = {
        model: { threads: "many", path: "hf:NbAiLab/repo" },
        log: { level: "loud" },
        checks: { spelling: "yes" },
        openai: { apiKey: "sk-secret", endpoint: "ftp://x" },
        convert: { houseStyle: 3, templates: { "nb-nn": { user: "no placeholder" } } },
    };
    const messages = (language: "en" | "nb" | "nn") =>
        Object.fromEntries(normalizeSettings(raw, language).problems.map((p) => [p.key, p.message]));

    it("English by default, the same problems in every language", () => {
        assert.deepEqual(normalizeSettings(raw).problems, normalizeSettings(raw, "en").problems);
        const keys = (l: "en" | "nb" | "nn") => normalizeSettings(raw, l).problems.map((p) => p.key);
        assert.deepEqual(keys("nb"), keys("en"));
        assert.deepEqual(keys("nn"), keys("en"));
        assert.equal(normalizeSettings(raw, "nn").settings.model.threads, null, "the value used does not depend on the language");
    });

    it("Bokmål: what the value must be, what it is, and what is used instead", () => {
        const nb = messages("nb");
        assert.equal(
            nb["skrivehjelp.model.threads"],
            'må være et heltall fra 1 til 64, men er "many". Bruker like mange tråder som maskinen har kjerner.',
        );
        assert.equal(nb["skrivehjelp.log.level"], 'må være én av verdiene error, warn, info, debug, men er "loud". Bruker "info".');
        assert.equal(nb["skrivehjelp.checks.spelling"], 'må være true eller false, men er "yes". Bruker true.');
        assert.match(
            nb["skrivehjelp.model.path"],
            /^er ikke en brukbar modell-URI: "hf:NbAiLab\/repo" peker ikke på noen \.gguf-fil.*Ingen modell blir brukt før den er rettet\.$/,
        );
        assert.match(nb["skrivehjelp.openai.apiKey"], /^blir ikke brukt: .*«Skrivehjelp: Angi API-nøkkel for modelltjeneren»/);
        assert.doesNotMatch(nb["skrivehjelp.openai.apiKey"], /sk-secret/, "the key itself is never echoed");
        assert.match(nb["skrivehjelp.openai.endpoint"], /^må være en http:\/\/- eller https:\/\/-adresse.*men er "ftp:\/\/x"\.$/);
        assert.equal(nb["skrivehjelp.convert.houseStyle"], "må være en liste med ord, men er 3. Bruker ingen.");
        assert.equal(
            nb["skrivehjelp.convert.templates.nb-nn"],
            "må ha en `user` som er en streng med {{text}}. Bruker den innebygde malen.",
        );
    });

    it("Nynorsk: the same, with the Nynorsk words", () => {
        const nn = messages("nn");
        assert.equal(
            nn["skrivehjelp.model.threads"],
            'må vere eit heiltal frå 1 til 64, men er "many". Brukar like mange trådar som maskinen har kjernar.',
        );
        assert.equal(nn["skrivehjelp.log.level"], 'må vere ein av verdiane error, warn, info, debug, men er "loud". Brukar "info".');
        assert.match(
            nn["skrivehjelp.model.path"],
            /^er ikkje ein brukbar modell-URI: "hf:NbAiLab\/repo" peikar ikkje på noka \.gguf-fil.*Ingen modell vert brukt før ho er retta\.$/,
        );
        assert.match(
            nn["skrivehjelp.openai.apiKey"],
            /^vert ikkje brukt: ein API-nøkkel høyrer ikkje heime i settings\.json\. Fjern han der og køyr «Skrivehjelp: Set API-nøkkel for modelltenaren»/,
        );
        assert.match(
            nn["skrivehjelp.openai.endpoint"],
            /^må vere ei http:\/\/- eller https:\/\/-adresse.*utan brukarnamn, passord eller spørjestreng/,
        );
        assert.equal(nn["skrivehjelp.convert.houseStyle"], "må vere ei liste med ord, men er 3. Brukar ingen.");
        assert.equal(
            nn["skrivehjelp.convert.templates.nb-nn"],
            "må ha ein `user` som er ein streng med {{text}}. Brukar den innebygde malen.",
        );
        assert.equal(
            normalizeSettings({ model: { gpuLayers: -1 }, chat: { temperature: 3 } }, "nn")
                .problems.map((p) => p.message)
                .join(" | "),
            "må vere eit heiltal frå 0 til 1000, men er -1. Brukar så mange som får plass. | må vere eit tal frå 0 til 2, men er 3. Brukar 0.3.",
        );
    });

    it("English stays as the CLI and the tests know it", () => {
        const en = messages("en");
        assert.equal(en["skrivehjelp.model.threads"], 'must be a whole number from 1 to 64, but is "many". Using the number of cores.');
        assert.match(
            en["skrivehjelp.model.path"],
            /^is not a usable model URI: "hf:NbAiLab\/repo" names no \.gguf file.*No model is used until it is corrected\.$/,
        );
        assert.equal(
            en["skrivehjelp.convert.templates.nb-nn"],
            "`user` must be a string containing {{text}}. Using the built-in template.",
        );
    });
});

describe("effectiveThreads", () => {
    it("uses the setting, else the cores capped at 8", () => {
        const s = normalizeSettings({}).settings;
        assert.equal(effectiveThreads(s, 2), 2);
        assert.equal(effectiveThreads(s, 32), 8);
        assert.equal(effectiveThreads(normalizeSettings({ model: { threads: 5 } }).settings, 2), 5);
    });
});
