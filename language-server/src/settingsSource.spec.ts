import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ConfigurationItem, DidChangeConfigurationParams } from "vscode-languageserver/node";
import { SettingsSource, type SettingsConnection } from "./settingsSource";
import { setUiLanguage } from "./uiMessages";

/** A client that answers `workspace/configuration` with `answer(scopeUri)` and records each pull. */
function fakeClient(answer: (scopeUri: string | undefined) => unknown) {
    const pulls: (string | undefined)[] = [];
    const shown: string[] = [];
    let changed: ((p: DidChangeConfigurationParams) => void) | undefined;
    const connection = {
        workspace: {
            getConfiguration: async (item: string | ConfigurationItem) => {
                const scopeUri = typeof item === "string" ? undefined : item.scopeUri;
                assert.equal(typeof item === "string" ? item : item.section, "skrivehjelp");
                pulls.push(scopeUri);
                return answer(scopeUri);
            },
        },
        client: { register: async () => undefined },
        onDidChangeConfiguration: (h: (p: DidChangeConfigurationParams) => void) => void (changed = h),
        sendNotification: async (_type: unknown, p: { message: string }) => void shown.push(p.message),
    } as unknown as SettingsConnection;
    return { connection, pulls, shown, change: (settings: unknown = null) => changed!({ settings }) };
}

const A = "file:///ws/a/notat.md";
const B = "file:///ws/b/notat.md";

/** Resolves once the source has told its document listeners of a change. */
const documentsChanged = (s: SettingsSource) => new Promise<void>((r) => s.onDocumentSettingsChange(r));

describe("SettingsSource", () => {
    it("pulls a document's settings with its scopeUri once, then answers from the cache", async () => {
        const folder: Record<string, unknown> = { [A]: { language: "nn" }, [B]: { language: "nb", bokmal: { feminine: "a" } } };
        const client = fakeClient((uri) => (uri ? folder[uri] : {}));
        const source = new SettingsSource(client.connection, undefined);
        await source.start(true, true, () => undefined);
        assert.deepEqual(client.pulls, [undefined], "the window's settings first, without a scope");
        assert.equal(source.cached(A), undefined, "not known before the pull");
        const [a, again, b] = await Promise.all([source.for(A), source.for(A), source.for(B)]);
        assert.equal(a.language, "nn");
        assert.equal(again, a);
        assert.equal(b.language, "nb");
        assert.equal(b.bokmal.feminine, "a");
        assert.equal(a.bokmal.feminine, "auto");
        assert.deepEqual(client.pulls, [undefined, A, B], "one pull per document");
        assert.equal(source.cached(A), a);
        await source.for(A);
        assert.equal(client.pulls.length, 3);
    });

    it("takes only the resource-scoped settings from the document's answer: the engine and the model stay the window's", async () => {
        const client = fakeClient((uri) =>
            uri
                ? {
                      language: "nn",
                      engine: "openai",
                      model: { path: "/folder.gguf" },
                      checks: { grammar: { gender: false } },
                      convert: { engine: "rules", houseStyle: ["berre"] },
                  }
                : { model: { path: "/window.gguf" } },
        );
        const source = new SettingsSource(client.connection, undefined);
        await source.start(true, false, () => undefined);
        const s = await source.for(A);
        assert.equal(s.language, "nn");
        assert.equal(s.checks.grammar.gender, false);
        assert.deepEqual(s.convert.houseStyle, ["berre"]);
        assert.equal(s.engine, "local");
        assert.equal(s.model.path, "/window.gguf");
        assert.equal(s.convert.engine, "auto");
    });

    it("forgets every document's settings on a change notification and pulls them again", async () => {
        let language = "nn";
        let threads = 2;
        const client = fakeClient((uri) => (uri ? { language } : { model: { threads } }));
        const source = new SettingsSource(client.connection, undefined);
        const windows: number[] = [];
        source.onChange((s) => void windows.push(s.model.threads ?? 0));
        await source.start(true, true, () => undefined);
        assert.equal((await source.for(A)).language, "nn");
        language = "nb";
        const told = documentsChanged(source);
        client.change();
        assert.equal(source.cached(A), undefined, "forgotten at once");
        await told;
        assert.deepEqual(windows, [2], "the window's settings did not change: no window event");
        assert.equal((await source.for(A)).language, "nb");
        assert.deepEqual(client.pulls, [undefined, A, undefined, A]);
        threads = 3;
        const toldAgain = documentsChanged(source);
        client.change();
        await toldAgain;
        assert.deepEqual(windows, [2, 3]);
        assert.equal((await source.for(A)).model.threads, 3, "a document's settings carry the new window's");
    });

    it("does not cache a pull that was under way when the settings changed", async () => {
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        let language = "nn";
        const client = fakeClient(async (uri) => {
            if (!uri) return {};
            const answer = { language };
            await gate;
            return answer;
        });
        const source = new SettingsSource(client.connection, undefined);
        await source.start(true, true, () => undefined);
        const early = source.for(A);
        language = "nb";
        client.change();
        release();
        assert.equal((await early).language, "nn", "the caller gets what it asked for");
        assert.equal(source.cached(A), undefined, "but it is not kept");
        assert.equal((await source.for(A)).language, "nb");
    });

    it("uses the window's settings when the client fails a document's pull, and says why", async () => {
        const logged: string[] = [];
        const client = fakeClient((uri) => {
            if (uri) throw new Error("no such folder");
            return { language: "nb" };
        });
        const source = new SettingsSource(client.connection, undefined);
        await source.start(true, true, (m) => void logged.push(m));
        assert.equal((await source.for(A)).language, "nb");
        assert.match(logged.join("\n"), /could not read the settings of file:\/\/\/ws\/a\/notat\.md \(Error: no such folder\)/);
    });

    it("reports a bad value in a folder's settings once", async () => {
        const client = fakeClient((uri) => (uri ? { language: "se" } : {}));
        const source = new SettingsSource(client.connection, undefined);
        await source.start(true, true, () => undefined);
        assert.equal((await source.for(A)).language, "auto");
        await source.for(B);
        assert.equal(client.shown.filter((m) => m.includes("skrivehjelp.language")).length, 1, client.shown.join("\n"));
    });

    it("reports a bad value in the client's UI language", async () => {
        for (const [locale, expected] of [
            [
                "nn",
                "Skrivehjelp: innstillinga skrivehjelp.model.contextSize må vere eit heiltal frå 256 til 131072, men er 10. Brukar 4096.",
            ],
            [
                "nb",
                "Skrivehjelp: innstillingen skrivehjelp.model.contextSize må være et heltall fra 256 til 131072, men er 10. Bruker 4096.",
            ],
            [
                undefined,
                "Skrivehjelp: the setting skrivehjelp.model.contextSize must be a whole number from 256 to 131072, but is 10. Using 4096.",
            ],
        ] as const) {
            setUiLanguage(locale);
            try {
                const client = fakeClient(() => ({ model: { contextSize: 10 } }));
                await new SettingsSource(client.connection, undefined).start(true, true, () => undefined);
                assert.deepEqual(client.shown, [expected], locale);
            } finally {
                setUiLanguage(undefined);
            }
        }
    });

    it("without workspace/configuration: the pushed settings serve every document, no pull", async () => {
        const client = fakeClient(() => assert.fail("no pull expected"));
        const source = new SettingsSource(client.connection, { settings: { language: "nn" } });
        await source.start(false, false, () => undefined);
        assert.equal((await source.for(A)).language, "nn");
        assert.equal(source.cached(B)?.language, "nn");
        const told = documentsChanged(source);
        client.change({ skrivehjelp: { language: "nb" } });
        await told;
        assert.equal((await source.for(A)).language, "nb");
        assert.deepEqual(client.pulls, []);
    });
});
