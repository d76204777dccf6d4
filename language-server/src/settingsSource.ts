// Where the server's settings come from: `workspace/configuration` when the client has it,
// else `initializationOptions.settings` and `workspace/didChangeConfiguration` pushes.
//
// Two views: `settings`, the window's (engine, model, log: one for the whole server), and
// `for(uri)`, a document's: the window's with the resource-scoped ones (RESOURCE_SETTINGS:
// language, house style, checks, word list …) as the document's workspace folder sets them,
// pulled with its `scopeUri` and cached per URI until the next change notification.
import { DidChangeConfigurationNotification, MessageType, ShowMessageNotification, type Connection } from "vscode-languageserver/node";
import type { InitializationOptions } from "./protocol/methods";
import { withResourceSettings, type SkrivehjelpSettings } from "./protocol/settings";
import { normalizeSettings } from "./protocol/settingsNormalize";
import { uiLanguage, uiText } from "./uiMessages";

const PULL_TIMEOUT_MS = 3000;
const SECTION = "skrivehjelp";

/** What the source needs of the LSP connection (a fake one in the unit tests). */
export type SettingsConnection = Pick<Connection, "workspace" | "client" | "onDidChangeConfiguration" | "sendNotification">;

/** A document's settings, for the features: known at once when cached, else pulled. */
export interface DocumentSettings {
    /** The window's settings (the engine, the model: the same for every document). */
    readonly settings: SkrivehjelpSettings;
    /** The document's settings when they are at hand (no round trip to the client), else undefined. */
    cached(uri: string): SkrivehjelpSettings | undefined;
    /** The document's settings, pulled from the client once and then cached until a change. */
    for(uri: string): Promise<SkrivehjelpSettings>;
    /** The document closed: its settings need not be kept. */
    forget(uri: string): void;
}

export class SettingsSource implements DocumentSettings {
    private current: SkrivehjelpSettings;
    private pull = false;
    /** The window's settings as being pulled: a document's pull merges with what it brings. */
    private windowPulled: Promise<void> = Promise.resolve();
    /** Per document: its settings once known, the pull while it runs. */
    private readonly byUri = new Map<string, { settings?: SkrivehjelpSettings; pending: Promise<SkrivehjelpSettings> }>();
    /** Bumped by every change notification: a pull that started before it is not cached. */
    private generation = 0;
    /** Problems already shown, so a bad value is reported once, not on every change. */
    private readonly reported = new Set<string>();
    private readonly listeners: ((s: SkrivehjelpSettings) => void)[] = [];
    private readonly documentListeners: (() => void)[] = [];
    private log: (m: string) => void = () => undefined;

    constructor(
        private readonly connection: SettingsConnection,
        init: InitializationOptions | undefined,
    ) {
        this.current = this.accept(init?.settings);
    }

    /** The window's settings: the engine, the model and everything else that is not per document. */
    get settings(): SkrivehjelpSettings {
        return this.current;
    }

    /** When the window's settings changed (not fired when only a folder's did). */
    onChange(listener: (s: SkrivehjelpSettings) => void): void {
        this.listeners.push(listener);
    }

    /** After every settings change: the documents' settings are forgotten and pulled again on need. */
    onDocumentSettingsChange(listener: () => void): void {
        this.documentListeners.push(listener);
    }

    cached(uri: string): SkrivehjelpSettings | undefined {
        return this.pull ? this.byUri.get(uri)?.settings : this.current;
    }

    for(uri: string): Promise<SkrivehjelpSettings> {
        if (!this.pull) return Promise.resolve(this.current);
        const known = this.byUri.get(uri);
        if (known) return known.pending;
        const generation = this.generation;
        const entry: { settings?: SkrivehjelpSettings; pending: Promise<SkrivehjelpSettings> } = {
            pending: this.pullFor(uri).then((s) => {
                if (generation === this.generation) entry.settings = s;
                return s;
            }),
        };
        this.byUri.set(uri, entry);
        return entry.pending;
    }

    /** A closed document's settings are not kept. */
    forget(uri: string): void {
        this.byUri.delete(uri);
    }

    /**
     * Call from `onInitialized`. Resolves once the client's settings are in, or after
     * `PULL_TIMEOUT_MS` with the initial ones (a late answer is still applied when it comes).
     */
    async start(clientHasConfiguration: boolean, canRegister: boolean, log: (m: string) => void): Promise<void> {
        this.pull = clientHasConfiguration;
        this.log = log;
        this.connection.onDidChangeConfiguration((p) => {
            this.generation++;
            this.byUri.clear();
            if (this.pull) {
                this.windowPulled = this.refresh().catch((e: unknown) => log(`could not read the settings: ${String(e)}`));
                void this.windowPulled.then(() => this.documentsChanged());
            } else {
                if (p.settings !== null && p.settings !== undefined) {
                    const s = p.settings as Record<string, unknown>;
                    this.set(this.accept(SECTION in s ? s[SECTION] : s));
                }
                this.documentsChanged();
            }
        });
        if (canRegister) {
            this.connection.client
                .register(DidChangeConfigurationNotification.type, { section: SECTION })
                .catch((e: unknown) => log(`could not register for settings changes: ${String(e)}`));
        }
        if (!this.pull) {
            this.set(this.current, true);
            return;
        }
        this.windowPulled = this.refresh();
        const timedOut = await Promise.race([this.windowPulled.then(() => false), timeout(true)]);
        if (timedOut)
            log(`the client has not answered workspace/configuration after ${PULL_TIMEOUT_MS} ms; going on with the initial settings`);
    }

    /** The document's settings from the client; the window's when the client fails or does not answer. */
    private async pullFor(uri: string): Promise<SkrivehjelpSettings> {
        let answer: { raw: unknown } | string;
        try {
            const pulled = this.connection.workspace
                .getConfiguration({ scopeUri: uri, section: SECTION })
                .then((raw: unknown) => ({ raw }));
            answer = await Promise.race([pulled, timeout(`no answer after ${PULL_TIMEOUT_MS} ms`)]);
        } catch (e) {
            answer = String(e);
        }
        await this.windowPulled.catch(() => undefined);
        if (typeof answer === "string") {
            this.log(`could not read the settings of ${uri} (${answer}); using the window's`);
            return this.current;
        }
        return withResourceSettings(this.current, this.accept(answer.raw));
    }

    private async refresh(): Promise<void> {
        const raw: unknown = await this.connection.workspace.getConfiguration(SECTION);
        this.set(this.accept(raw));
    }

    private set(s: SkrivehjelpSettings, force = false): void {
        if (!force && JSON.stringify(s) === JSON.stringify(this.current)) return;
        this.current = s;
        for (const l of this.listeners) l(s);
    }

    private documentsChanged(): void {
        for (const l of this.documentListeners) l();
    }

    private accept(raw: unknown): SkrivehjelpSettings {
        const { settings, problems } = normalizeSettings(raw, uiLanguage());
        for (const p of problems) {
            const text = uiText("settingProblem", p.key, p.message);
            if (this.reported.has(text)) continue;
            this.reported.add(text);
            void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
        }
        return settings;
    }
}

function timeout<T>(value: T): Promise<T> {
    return new Promise((resolve) => setTimeout(() => resolve(value), PULL_TIMEOUT_MS).unref());
}
