// Where the server's settings come from: `workspace/configuration` when the client has it,
// else `initializationOptions.settings` and `workspace/didChangeConfiguration` pushes.
import { DidChangeConfigurationNotification, MessageType, ShowMessageNotification, type Connection } from "vscode-languageserver/node";
import type { InitializationOptions } from "./protocol/methods";
import type { SkrivehjelpSettings } from "./protocol/settings";
import { normalizeSettings } from "./protocol/settingsNormalize";

const PULL_TIMEOUT_MS = 3000;

export class SettingsSource {
    private current: SkrivehjelpSettings;
    private pull = false;
    /** Problems already shown, so a bad value is reported once, not on every change. */
    private readonly reported = new Set<string>();
    private readonly listeners: ((s: SkrivehjelpSettings) => void)[] = [];

    constructor(
        private readonly connection: Connection,
        init: InitializationOptions | undefined,
    ) {
        this.current = this.accept(init?.settings);
    }

    get settings(): SkrivehjelpSettings {
        return this.current;
    }

    onChange(listener: (s: SkrivehjelpSettings) => void): void {
        this.listeners.push(listener);
    }

    /**
     * Call from `onInitialized`. Resolves once the client's settings are in, or after
     * `PULL_TIMEOUT_MS` with the initial ones (a late answer is still applied when it comes).
     */
    async start(clientHasConfiguration: boolean, canRegister: boolean, log: (m: string) => void): Promise<void> {
        this.pull = clientHasConfiguration;
        this.connection.onDidChangeConfiguration((p) => {
            if (this.pull) void this.refresh().catch((e: unknown) => log(`could not read the settings: ${String(e)}`));
            else if (p.settings !== null && p.settings !== undefined) {
                const s = p.settings as Record<string, unknown>;
                this.set(this.accept("skrivehjelp" in s ? s.skrivehjelp : s));
            }
        });
        if (canRegister) {
            this.connection.client
                .register(DidChangeConfigurationNotification.type, { section: "skrivehjelp" })
                .catch((e: unknown) => log(`could not register for settings changes: ${String(e)}`));
        }
        if (!this.pull) {
            this.set(this.current, true);
            return;
        }
        const pulled = this.refresh();
        const timedOut = await Promise.race([pulled.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), PULL_TIMEOUT_MS))]);
        if (timedOut) log(`the client has not answered workspace/configuration after ${PULL_TIMEOUT_MS} ms; going on with the initial settings`);
    }

    private async refresh(): Promise<void> {
        const raw: unknown = await this.connection.workspace.getConfiguration("skrivehjelp");
        this.set(this.accept(raw));
    }

    private set(s: SkrivehjelpSettings, force = false): void {
        if (!force && JSON.stringify(s) === JSON.stringify(this.current)) return;
        this.current = s;
        for (const l of this.listeners) l(s);
    }

    private accept(raw: unknown): SkrivehjelpSettings {
        const { settings, problems } = normalizeSettings(raw);
        for (const p of problems) {
            const text = `Skrivehjelp: the setting ${p.key} ${p.message}`;
            if (this.reported.has(text)) continue;
            this.reported.add(text);
            void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
        }
        return settings;
    }
}
