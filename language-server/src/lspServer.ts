// Connection wiring only: capabilities, settings, documents and the feature handlers.
import {
    createConnection,
    ProposedFeatures,
    TextDocuments,
    TextDocumentSyncKind,
    type Connection,
    type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { EngineSelector } from "./engine/engineSelector";
import { registerEngineRequests } from "./features/engineRequests";
import { registerChat } from "./features/chat";
import { registerDownload } from "./features/download";
import { registerConvert } from "./features/convert";
import { setUiLanguage } from "./uiMessages";
import { DEFAULT_SETTINGS } from "./protocol/settings";
import { ProofreadingFeature, proofreadingCapabilities } from "./features/proofreading";
import { DictionaryLayers } from "./proofreading/dictionaryLayers";
import { EngineErrorReporter } from "./features/engineErrorReporter";
import type { LogLevel } from "./protocol/settings";
import { SetApiKeyNotification, StatusNotification, type InitializationOptions } from "./protocol/methods";
import { SettingsSource } from "./settingsSource";
import { modelDirFrom } from "./models/modelDir";
import { withModelTemperature } from "./engine/modelTemperature";

const LEVELS: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export function startLanguageServer(workerScript: string): Connection {
    // Picks --stdio, --node-ipc or --socket from the command line.
    const connection = createConnection(ProposedFeatures.all);
    const documents = new TextDocuments(TextDocument);
    let settings: SettingsSource | undefined;
    let level: LogLevel = "info";

    const log = (l: LogLevel, message: string) => {
        if (LEVELS[l] > LEVELS[level]) return;
        const fn = {
            error: connection.console.error,
            warn: connection.console.warn,
            info: connection.console.info,
            debug: connection.console.log,
        }[l];
        fn.call(connection.console, message);
    };

    const engine = new EngineSelector({
        workerScript,
        log,
        onStatus: (status) => {
            void connection.sendNotification(StatusNotification, status);
            errors?.onStatus(status);
            proofreading?.onEngineStatus(status);
        },
    });
    let errors: EngineErrorReporter | undefined;
    let capabilities = { configuration: false, register: false };
    let proofreading: ProofreadingFeature | undefined;
    const dictionaries = new DictionaryLayers(log);
    // the client's model folder (initializationOptions.modelDir), else the default one
    let modelDir = modelDirFrom(undefined);
    // Requests wait for the first settings pull, or a model request could see no model path.
    let settingsReady!: () => void;
    const ready = new Promise<void>((r) => (settingsReady = r));

    connection.onInitialize((params): InitializeResult => {
        // the server's own messages in the client's UI language (uiMessages.ts)
        setUiLanguage(params.locale);
        const init = (params.initializationOptions ?? {}) as InitializationOptions;
        settings = new SettingsSource(connection, init);
        level = settings.settings.log.level;
        if (!init.clientShowsEngineErrors) errors = new EngineErrorReporter(connection);
        capabilities = {
            configuration: params.capabilities.workspace?.configuration === true,
            register: params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
        };
        engine.setApiKey(typeof init.openaiApiKey === "string" ? init.openaiApiKey : undefined);
        modelDir = modelDirFrom(init.modelDir);
        engine.setModelDir(modelDir);
        engine.configure(settings.settings);
        const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []);
        const source = settings;
        const proofreadingEngine = withModelTemperature(engine, () => source.settings.model.temperature);
        proofreading = new ProofreadingFeature(
            connection,
            documents,
            source,
            () => dictionaries.layers(),
            folders,
            proofreadingEngine,
            log,
        );
        return {
            capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental }, ...proofreadingCapabilities },
            serverInfo: { name: "skrivehjelp-language-server", version: SERVER_VERSION },
        };
    });

    connection.onInitialized(async () => {
        if (!settings) return;
        settings.onChange((s) => {
            level = s.log.level;
            engine.configure(s);
        });
        // any change may be a folder's: every document is checked again with its own settings
        settings.onDocumentSettingsChange(() => proofreading?.reloadWordLists());
        try {
            await settings.start(capabilities.configuration, capabilities.register, (m) => log("warn", m));
        } catch (e) {
            log("error", `could not read the settings: ${e instanceof Error ? e.message : String(e)}`);
        } finally {
            settingsReady();
        }
    });

    registerEngineRequests(connection, engine, ready);
    connection.onNotification(SetApiKeyNotification, (p) => engine.setApiKey(typeof p?.apiKey === "string" ? p.apiKey : undefined));
    registerChat(connection, engine, () => settings?.settings ?? DEFAULT_SETTINGS, ready);
    registerDownload(connection, workerScript, log, () => modelDir);
    // a conversion of a document follows its folder's settings (house style, pronoun, templates)
    const convertSettings = async (uri?: string) => (settings ? (uri ? settings.for(uri) : settings.settings) : DEFAULT_SETTINGS);
    registerConvert(
        connection,
        engine,
        convertSettings,
        () => dictionaries.layers(),
        ready,
        log,
        (uri, converting) => proofreading?.setConverting(uri, converting),
    );

    connection.onShutdown(() => engine.dispose());
    connection.onExit(() => engine.dispose());

    // A bug in one handler must not take the server down; report it and keep serving.
    process.on("uncaughtException", (e) => log("error", `uncaught exception: ${e.stack ?? e.message}`));
    process.on("unhandledRejection", (e) =>
        log("error", `unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
    );

    documents.listen(connection);
    connection.listen();
    return connection;
}

declare const SERVER_VERSION: string;
