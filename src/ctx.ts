// One object owns the language client: start, stop, restart, and the engine status it reports.
import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import type { EngineStatus } from "../language-server/src/protocol/engine";
import { LoadModelRequest, StatusNotification, StatusRequest } from "../language-server/src/protocol/methods";
import { DocumentLanguageNotification } from "../language-server/src/protocol/proofreading";
import { forwardApiKeyChanges, readApiKey } from "./apiKey";
import { createLanguageClient } from "./client";
import { modelPath } from "./config";
import { EngineErrorNotifier } from "./engineErrors";
import { LanguageStatus } from "./languageStatus";
import { EngineStatusBar } from "./statusBar";

const STOP_TIMEOUT_MS = 2000;

export class Ctx implements vscode.Disposable {
    readonly output = vscode.window.createOutputChannel("Skrivehjelp", { log: true });
    private readonly statusBar = new EngineStatusBar();
    private readonly errors = new EngineErrorNotifier();
    private readonly language = new LanguageStatus();
    private client: LanguageClient | undefined;
    private lastStatus: EngineStatus | undefined;
    private readonly statusEmitter = new vscode.EventEmitter<EngineStatus>();
    /** Fires on every engine status the server reports. */
    readonly onStatus = this.statusEmitter.event;

    private readonly apiKeyForwarding: vscode.Disposable;

    constructor(private readonly context: vscode.ExtensionContext) {
        this.apiKeyForwarding = forwardApiKeyChanges(context.secrets, () => this.client);
    }

    /** The extension's SecretStorage (the API key of an OpenAI-compatible server). */
    get secrets(): vscode.SecretStorage {
        return this.context.secrets;
    }

    get status(): EngineStatus | undefined {
        return this.lastStatus;
    }

    /** The running client, or a clear error for commands that need the server. */
    requireClient(): LanguageClient {
        if (!this.client || this.client.state !== State.Running)
            throw new Error(vscode.l10n.t('The Skrivehjelp language server is not running. Run "Skrivehjelp: Restart server".'));
        return this.client;
    }

    async start(): Promise<void> {
        const client = createLanguageClient(this.context, this.output, await readApiKey(this.context.secrets));
        this.client = client;
        client.onDidChangeState((e) => {
            if (e.newState === State.Stopped) this.statusBar.render(undefined, true);
        });
        this.statusBar.render(undefined);
        const started = performance.now();
        await client.start();
        this.output.info(`language server started and initialized in ${Math.round(performance.now() - started)} ms`);
        client.onNotification(StatusNotification, (s) => this.onStatusChanged(s));
        client.onNotification(DocumentLanguageNotification, (p) => this.language.update(p));
        this.onStatusChanged(await client.sendRequest(StatusRequest));
        // Warm the model up so the first real request does not wait for the load.
        // With a model server configured this is the first request to it: the status shows at once whether it answers.
        const remote = vscode.workspace.getConfiguration("skrivehjelp").get("engine") === "openai";
        if (modelPath() || remote) void client.sendRequest(LoadModelRequest, {}).then(undefined, () => undefined);
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (!client) return;
        try {
            if (client.state === State.Running) await client.stop(STOP_TIMEOUT_MS);
        } finally {
            await client.dispose().catch(() => undefined);
        }
    }

    async restart(): Promise<void> {
        await this.stop();
        this.lastStatus = undefined;
        await this.start();
    }

    /** Resolves once the server reports `path` as its model path (a settings change has arrived). */
    async waitForModelPath(path: string, timeoutMs = 5000): Promise<void> {
        if (this.lastStatus?.modelPath === path) return;
        await new Promise<void>((resolve) => {
            const timer = setTimeout(done, timeoutMs);
            const sub = this.onStatus((s) => s.modelPath === path && done());
            function done() {
                clearTimeout(timer);
                sub.dispose();
                resolve();
            }
        });
    }

    /** Where downloaded models are kept: the extension's global storage. */
    get globalStorageDir(): string {
        return this.context.globalStorageUri.fsPath;
    }

    /** A model download's percent in the status bar; `undefined` when it ends. */
    showDownloadProgress(percent: number | undefined): void {
        this.statusBar.renderDownload(percent);
    }

    async loadModel(reload: boolean): Promise<EngineStatus> {
        const status = await this.requireClient().sendRequest(LoadModelRequest, { reload });
        this.onStatusChanged(status);
        return status;
    }

    dispose(): void {
        void this.stop();
        this.apiKeyForwarding.dispose();
        this.statusBar.dispose();
        this.language.dispose();
        this.statusEmitter.dispose();
        this.output.dispose();
    }

    private onStatusChanged(s: EngineStatus): void {
        if (JSON.stringify(s) === JSON.stringify(this.lastStatus)) return;
        this.lastStatus = s;
        this.statusBar.render(s);
        this.errors.onStatus(s);
        this.statusEmitter.fire(s);
    }
}
