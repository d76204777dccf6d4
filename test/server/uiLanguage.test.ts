// The server's own messages in the client's UI language (`initialize`'s locale), as a generic
// LSP client sees them: a bad setting and each kind of bad model, over window/showMessage and in
// the status; a bad request, a refused conversion and a failed download as the request's error;
// in Nynorsk for "nn" and Bokmål for "nb-NO". English is what engine.test.ts, convert.test.ts and
// download.test.ts check.
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import {
    ExecuteCommandRequest,
    MessageType,
    ResponseError,
    WorkDoneProgress,
    type WorkDoneProgressBegin,
} from "vscode-languageserver-protocol/node";
import { ChatRequest } from "../../language-server/src/protocol/chat";
import { ConvertRequest } from "../../language-server/src/protocol/convert";
import { DownloadModelRequest } from "../../language-server/src/protocol/download";
import { GenerateRequest, LoadModelRequest } from "../../language-server/src/protocol/methods";
import { Commands } from "../../language-server/src/protocol/proofreading";
import { ensureBrokenModels, ensureTinyModel } from "../models/models";
import { startServer } from "./lspClient";
import { startModelHttpServer } from "./modelHttpServer";

/** The request's ResponseError (it must fail). */
async function refused(p: Promise<unknown>): Promise<ResponseError<{ kind?: string } | undefined>> {
    const e = await p.then(
        () => assert.fail("expected the request to be refused"),
        (e: unknown) => e,
    );
    assert.ok(e instanceof ResponseError, String(e));
    return e as ResponseError<{ kind?: string } | undefined>;
}

describe("the server's messages in the UI language", () => {
    let broken: Awaited<ReturnType<typeof ensureBrokenModels>>;
    let scratch: string;
    before(async () => {
        broken = await ensureBrokenModels();
        scratch = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-uilang-"));
    });
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it('Nynorsk for "nn": an invalid setting, a missing model file, a damaged one and one that crashes the worker', async () => {
        const missing = path.join(scratch, "finst-ikkje.gguf");
        const server = await startServer({ locale: "nn", settings: { model: { path: missing, threads: "mange" } } });
        try {
            const setting = await server.waitForMessage((m) => m.message.includes("skrivehjelp.model.threads"));
            assert.equal(setting.type, MessageType.Warning);
            assert.equal(
                setting.message,
                'Skrivehjelp: innstillinga skrivehjelp.model.threads må vere eit heiltal frå 1 til 64, men er "mange". Brukar like mange trådar som maskinen har kjernar.',
            );

            const status = await server.connection.sendRequest(LoadModelRequest, {});
            assert.equal(status.error?.kind, "missing");
            const expected = `Modellfila ${missing} finst ikkje. Vel ei anna fil (innstillinga skrivehjelp.model.path).`;
            assert.equal(status.error?.message, expected);
            const shown = await server.waitForMessage((m) => m.message.includes("finst ikkje"));
            assert.equal(shown.message, `Skrivehjelp: ${expected}`);
            assert.equal(shown.type, MessageType.Error);

            // the worker's own (English) account becomes the detail of a Nynorsk sentence
            const cases: [string, string, RegExp][] = [
                [
                    broken.truncated,
                    "truncated",
                    /^truncated\.gguf er skadd eller ufullstendig\. Last ned fila på nytt.*Detaljar: truncated\.gguf is incomplete/,
                ],
                [
                    broken.aborts,
                    "crashed",
                    /^Modellprosessen stoppa med SIGABRT medan modellen vart lasta inn.*«Skrivehjelp: Last inn modellen på nytt»\.$/,
                ],
            ];
            for (const [file, kind, message] of cases) {
                const mark = server.statusMark();
                await server.setSettings({ model: { path: file, threads: 1 } });
                await server.waitForStatus((s) => s.modelPath === file, { timeoutMs: 5000, after: mark });
                const failed = await server.connection.sendRequest(LoadModelRequest, {});
                assert.equal(failed.error?.kind, kind, JSON.stringify(failed));
                assert.match(failed.error!.message, message);
                await server.waitForMessage((m) => m.message === `Skrivehjelp: ${failed.error!.message}`);
            }
        } finally {
            await server.stop();
        }
    });

    it('Bokmål for "nb-NO": the same setting and the missing file', async () => {
        const missing = path.join(scratch, "finnes-ikke.gguf");
        const server = await startServer({ locale: "nb-NO", settings: { model: { path: missing }, log: { level: "alt" } } });
        try {
            const setting = await server.waitForMessage((m) => m.message.includes("skrivehjelp.log.level"));
            assert.equal(
                setting.message,
                'Skrivehjelp: innstillingen skrivehjelp.log.level må være én av verdiene error, warn, info, debug, men er "alt". Bruker "info".',
            );
            await server.connection.sendRequest(LoadModelRequest, {});
            const shown = await server.waitForMessage((m) => m.message.includes(missing));
            assert.equal(
                shown.message,
                `Skrivehjelp: Modellfilen ${missing} finnes ikke. Velg en annen fil (innstillingen skrivehjelp.model.path).`,
            );
        } finally {
            await server.stop();
        }
    });

    it('Nynorsk for "nn": a bad request, a conversion that cannot run and a failed download, as the request\'s error', async () => {
        const tiny = await ensureTinyModel();
        const http = await startModelHttpServer(tiny);
        const server = await startServer({ locale: "nn", settings: { convert: { engine: "model" } } });
        try {
            const bad = await refused(
                server.connection.sendRequest(GenerateRequest, { prompt: { text: "Hei" }, maxTokens: 4, temperature: 3 }),
            );
            assert.equal(bad.message, "skrivehjelp/generate: temperature må vere eit tal frå 0 til 2.");

            // engine "model" with no model: refused, naming the setting; the progress title is Nynorsk too
            const workDoneToken = "uilang-convert";
            const titles: string[] = [];
            const listener = server.connection.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
                if (p.kind === "begin") titles.push((p as WorkDoneProgressBegin).title);
            });
            const convert = await refused(
                server.connection.sendRequest(ConvertRequest, {
                    text: "Jeg vet ikke.\n",
                    from: "nb",
                    to: "nn",
                    languageId: "markdown",
                    workDoneToken,
                }),
            );
            assert.equal(
                convert.message,
                'skrivehjelp.convert.engine er "model", men ingen språkmodell er vald. Vel ein (skrivehjelp.model.path), eller set skrivehjelp.convert.engine til "auto" eller "rules" for å konvertere med dei innebygde reglane, som ikkje treng nokon modell.',
            );
            await server.barrier();
            listener.dispose();
            assert.deepEqual(titles, ["Konverterer til nynorsk"]);

            const sameStandard = await refused(
                server.connection.sendRequest(ConvertRequest, { text: "x", from: "nn", to: "nn", languageId: "markdown" }),
            );
            assert.equal(sameStandard.message, "skrivehjelp/convert: from og to er same målform; to må vere den andre.");

            const badUri = await refused(server.connection.sendRequest(DownloadModelRequest, { uri: "ftp://x/y.gguf" }));
            assert.equal(badUri.data?.kind, "badRequest");
            assert.equal(badUri.message, '"uri" må vere ein hf:-modell-URI eller ei http(s)-adresse (fekk "ftp://x/y.gguf").');

            // said by the download process, which learns the UI language from the job
            const dir = fs.mkdtempSync(path.join(scratch, "dl-"));
            const missing = `${http.base}/finst-ikkje.gguf`;
            const notFound = await refused(server.connection.sendRequest(DownloadModelRequest, { uri: missing, dir }));
            assert.equal(notFound.data?.kind, "notFound");
            assert.equal(
                notFound.message,
                `${missing} vart ikkje funnen (HTTP 404). Modellen kan vere flytt: kontroller adressa, eller vel ein annan modell.`,
            );
        } finally {
            await server.stop();
            await http.close();
        }
    });

    it('Nynorsk for "nn": a bad chat request, and a phrase or an unwritable word list refused by "Add to word list"', async () => {
        const home = path.join(scratch, "heime");
        // a file where the word list's folder should be: the list cannot be written
        fs.mkdirSync(home, { recursive: true });
        fs.writeFileSync(path.join(home, "skrivehjelp"), "ikkje ei mappe");
        const server = await startServer({ locale: "nn", env: { XDG_CONFIG_HOME: home } });
        try {
            const chat = await refused(
                server.connection.sendRequest(ChatRequest, {
                    messages: [
                        { role: "user", content: "Hei" },
                        { role: "assistant", content: "Hei!" },
                    ],
                }),
            );
            assert.equal(chat.message, 'skrivehjelp/chat: den siste meldinga må vere brukaren sin (role "user").');

            const add = (word: string) =>
                refused(
                    server.connection.sendRequest(ExecuteCommandRequest.type, {
                        command: Commands.addWord,
                        arguments: [{ word, list: "user", uri: "file:///tmp/notat.md" }],
                    }),
                );
            const phrase = await add("to ord");
            assert.equal(
                phrase.message,
                "«to ord» er ikkje eitt enkelt ord: ei ordliste tek eitt ord om gongen, utan mellomrom. Ingenting vart lagt til.",
            );
            const unwritable = await add("skirve");
            const list = path.join(home, "skrivehjelp", "ordliste.txt");
            assert.ok(unwritable.message.startsWith(`Skrivehjelp fekk ikkje lagt ordet til i ${list}: `), unwritable.message);
            assert.ok(unwritable.message.endsWith(". Sjekk at det er lov å skrive til fila."), unwritable.message);
            assert.equal(fs.readFileSync(path.join(home, "skrivehjelp"), "utf8"), "ikkje ei mappe", "nothing was overwritten");
        } finally {
            await server.stop();
        }
    });
});
