import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { setUiLanguage, uiLanguage, uiLanguageFrom, uiText, uiTextIn } from "./index";

const SHORT = {
    name: "nb-llama-8b.gguf",
    totalBytes: 2.04 * 2 ** 30,
    weightsBytes: 1.5 * 2 ** 30,
    contextTokens: 4096,
    kvCacheBytes: 0.5 * 2 ** 30,
    workBytes: 0.04 * 2 ** 30,
    availableBytes: 1.2 * 2 ** 30,
};

describe("uiMessages", () => {
    afterEach(() => setUiLanguage(undefined));

    it("takes the language from the client's locale, English for any other", () => {
        assert.deepEqual(["nb", "nb-NO", "no", "nn", "nn_NO", "en-US", "de", undefined].map(uiLanguageFrom), [
            "nb",
            "nb",
            "nb",
            "nn",
            "nn",
            "en",
            "en",
            "en",
        ]);
        assert.equal(uiLanguage(), "en", "English until initialize says otherwise");
        setUiLanguage("nn-NO");
        assert.equal(
            uiText("modelFileMissing", "/m/x.gguf"),
            "Modellfila /m/x.gguf finst ikkje. Vel ei anna fil (innstillinga skrivehjelp.model.path).",
        );
        setUiLanguage("nb");
        assert.equal(
            uiText("modelFileMissing", "/m/x.gguf"),
            "Modellfilen /m/x.gguf finnes ikke. Velg en annen fil (innstillingen skrivehjelp.model.path).",
        );
        setUiLanguage("sv");
        assert.equal(uiText("modelFileMissing", "/m/x.gguf"), "The model file /m/x.gguf does not exist.");
    });

    it("frames a setting's problem in the language", () => {
        assert.equal(
            uiTextIn("en", "settingProblem", "skrivehjelp.engine", "must be …"),
            "Skrivehjelp: the setting skrivehjelp.engine must be …",
        );
        assert.equal(
            uiTextIn("nb", "settingProblem", "skrivehjelp.engine", "må være …"),
            "Skrivehjelp: innstillingen skrivehjelp.engine må være …",
        );
        assert.equal(
            uiTextIn("nn", "settingProblem", "skrivehjelp.engine", "må vere …"),
            "Skrivehjelp: innstillinga skrivehjelp.engine må vere …",
        );
    });

    it("says a model URI is not downloaded, with the request and the command, in each language", () => {
        const args = ["hf:u/r/m.gguf", true, '{"uri":"hf:u/r/m.gguf"}', "skrivehjelp download hf:u/r/m.gguf", "/models/m.gguf"] as const;
        assert.equal(
            uiTextIn("en", "modelNotDownloaded", ...args),
            'The model hf:u/r/m.gguf is not downloaded yet. Part of it is on disk; the download resumes from there. Nothing is downloaded without your say-so: download it with "Download" (other editors: the skrivehjelp/downloadModel request with {"uri":"hf:u/r/m.gguf"}; a terminal: skrivehjelp download hf:u/r/m.gguf), then load it (skrivehjelp/loadModel). It is stored as /models/m.gguf.',
        );
        const nb = uiTextIn("nb", "modelNotDownloaded", ...args);
        assert.match(nb, /^Modellen hf:u\/r\/m\.gguf er ikke lastet ned ennå\. En del av den ligger allerede på disken/);
        assert.match(nb, /«Last ned».*skrivehjelp download hf:u\/r\/m\.gguf.*Den blir lagret som \/models\/m\.gguf\.$/);
        const nn = uiTextIn("nn", "modelNotDownloaded", args[0], false, args[2], args[3], args[4]);
        assert.match(nn, /^Modellen hf:u\/r\/m\.gguf er ikkje lasta ned enno\. Ingenting vert lasta ned utan at du ber om det/);
        assert.match(
            nn,
            /førespurnaden skrivehjelp\/downloadModel med \{"uri":"hf:u\/r\/m\.gguf"\}.*Han vert lagra som \/models\/m\.gguf\.$/,
        );
        assert.doesNotMatch(nn, /Ein del av han/, "no partial file, no word of one");
    });

    it("gives memory figures with the language's decimal comma and the advice that fits", () => {
        const fits = { ...SHORT, fits: 2048 };
        assert.match(
            uiTextIn("en", "notEnoughMemory", fits),
            /needs about 2\.0 GB \(model 1\.5 GB, context of 4096 tokens 0\.5 GB.*only 1\.2 GB is free.*Lower skrivehjelp\.model\.contextSize to 2048/,
        );
        assert.match(
            uiTextIn("nb", "notEnoughMemory", fits),
            /^nb-llama-8b\.gguf trenger omtrent 2,0 GB \(modellen 1,5 GB, en kontekst på 4096 token 0,5 GB, arbeidsbuffere 0,0 GB\), men bare 1,2 GB er ledig\..*Sett skrivehjelp\.model\.contextSize ned til 2048/,
        );
        const none = uiTextIn("nn", "notEnoughMemory", { ...SHORT, fits: 0 });
        assert.match(none, /treng om lag 2,0 GB .*berre 1,2 GB er ledig\. Modellen vart ikkje lasta inn/);
        assert.match(
            none,
            /Vel ein mindre modell \(NB-Llama-3\.2-1B-Instruct Q4_K_M treng om lag 1,5 GB\).*modelltenar \(skrivehjelp\.engine "openai"\)\.$/,
        );
    });

    it("says the worker crashed, and when, in each language", () => {
        const exit = { signal: "SIGABRT", code: null, loading: true, llamaLine: "GGML_ASSERT(x) failed" };
        assert.equal(
            uiTextIn("en", "workerCrashed", exit),
            'The model process stopped with SIGABRT while loading the model (llama.cpp: GGML_ASSERT(x) failed). The file may be malformed, or the machine ran out of memory. Everything that needs no model keeps working; load the model again with "Skrivehjelp: Reload model".',
        );
        assert.match(
            uiTextIn("nb", "workerCrashed", exit),
            /^Modellprosessen stoppet med SIGABRT mens modellen ble lastet inn \(llama\.cpp: GGML_ASSERT\(x\) failed\)\. Filen kan være skadet/,
        );
        const nn = uiTextIn("nn", "workerCrashed", { signal: null, code: 3, loading: false });
        assert.match(
            nn,
            /^Modellprosessen stoppa med avslutningskode 3 medan modellen køyrde\. Fila kan vere skadd.*«Skrivehjelp: Last inn modellen på nytt»\.$/,
        );
    });

    it("keeps the worker's English account as it is, and makes it the detail of a Norwegian sentence", () => {
        const detail = "llama.cpp could not load m.gguf: wrong tensor shape";
        assert.equal(uiTextIn("en", "workerLoadFailed", "loadFailed", "m.gguf", detail), detail);
        assert.equal(
            uiTextIn("nb", "workerLoadFailed", "loadFailed", "m.gguf", detail),
            `Modellen m.gguf kunne ikke lastes inn. Velg en annen fil (innstillingen skrivehjelp.model.path), eller sett skrivehjelp.model.gpu til "off" hvis det er GPU-en som svikter. Detaljer: ${detail}`,
        );
        assert.match(
            uiTextIn("nn", "workerLoadFailed", "truncated", "m.gguf", "m.gguf is incomplete"),
            /^m\.gguf er skadd eller ufullstendig\. Last ned fila på nytt.*Detaljar: m\.gguf is incomplete$/,
        );
        assert.equal(
            uiTextIn("nn", "workerLoadFailed", "notGguf", "m.gguf", "m.gguf is not a GGUF model file."),
            "m.gguf er ikkje ei GGUF-modellfil. Vel ei .gguf-fil (innstillinga skrivehjelp.model.path).",
        );
    });

    it("says how often a model server was tried, and which setting to change", () => {
        assert.match(
            uiTextIn("en", "remoteUnreachable", "http://h/v1", "ECONNREFUSED", 3),
            /\(ECONNREFUSED\) \(tried 4 times\)\. Check that the server is running/,
        );
        assert.equal(
            uiTextIn("nn", "remoteUnreachable", "http://h/v1", "ECONNREFUSED", 3),
            'Får ikkje kontakt med modelltenaren på http://h/v1 (ECONNREFUSED) (prøvd 4 gonger). Kontroller at tenaren køyrer og at skrivehjelp.openai.endpoint er rett, eller set skrivehjelp.engine til "local".',
        );
        assert.match(
            uiTextIn("nb", "remoteBusy", "http://h/v1", ": slow down", 0),
            /^Modelltjeneren på http:\/\/h\/v1 er opptatt .*\(HTTP 429: slow down\)\. Prøv igjen om litt, eller sett ned skrivehjelp\.openai\.maxConcurrent\.$/,
        );
        assert.match(
            uiTextIn("nb", "remoteKeyRefused", "http://h/v1", 401, ""),
            /avviste API-nøkkelen \(HTTP 401\)\. Angi riktig nøkkel med «Skrivehjelp: Angi API-nøkkel for modelltjeneren»/,
        );
        assert.match(
            uiTextIn("nn", "remoteModelNotServed", "http://h/v1", "x", "", ["a", "b"]),
            /har ikkje modellen "x" \(HTTP 404\)\. Han har: a, b\. Endre skrivehjelp\.openai\.model\.$/,
        );
        assert.match(uiTextIn("nn", "remoteNoEndpoint"), /skrivehjelp\.openai\.endpoint er tom\. Set innstillinga til adressa til tenaren/);
    });

    it("says why a request stopped, and a prompt too long for the context with its counts", () => {
        assert.equal(uiTextIn("en", "contextOverflow", 5000, 4096), "The prompt has 5000 tokens, more than the context holds (4096).");
        assert.match(
            uiTextIn("nb", "contextOverflow", 5000, 4096),
            /^Teksten til modellen har 5000 token, flere enn konteksten har plass til \(4096\)\. Øk skrivehjelp\.model\.contextSize/,
        );
        assert.match(
            uiTextIn("nn", "contextOverflow", 5000, 4096),
            /fleire enn konteksten har plass til \(4096\)\. Auk skrivehjelp\.model\.contextSize, eller send ein kortare tekst\.$/,
        );
        assert.equal(uiTextIn("nn", "engineSwitched", "openai"), 'Motoren vart bytt til "openai"; førespurnaden vart stoppa.');
        assert.equal(uiTextIn("nb", "modelSettingsChanged"), "Modellinnstillingene ble endret; forespørselen ble stoppet.");
        assert.equal(uiTextIn("nn", "requestCancelled"), "Førespurnaden vart avbroten.");
    });
});
