// Test helper: starts `node dist/server.js --stdio` and speaks JSON-RPC with
// vscode-languageserver-protocol's client, the way any editor would.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
    createProtocolConnection,
    InitializeRequest,
    InitializedNotification,
    ExitNotification,
    ShutdownRequest,
    StreamMessageReader,
    StreamMessageWriter,
    ShowMessageNotification,
    ConfigurationRequest,
    DidChangeConfigurationNotification,
    RegistrationRequest,
    type ProtocolConnection,
    type ShowMessageParams,
    type InitializeResult,
} from "vscode-languageserver-protocol/node";
import type { EngineStatus } from "../../language-server/src/protocol/engine";
import { StatusNotification, StatusRequest, type InitializationOptions } from "../../language-server/src/protocol/methods";

export const REPO = path.resolve(__dirname, "../../../..");
export const SERVER = path.join(REPO, "dist", "server.js");

export interface TestServer {
    connection: ProtocolConnection;
    process: ChildProcessWithoutNullStreams;
    initializeResult: InitializeResult;
    messages: ShowMessageParams[];
    statuses: EngineStatus[];
    stderr: () => string;
    /** A point in the stream of status notifications: take it before the action whose status a test waits for. */
    statusMark(): StatusMark;
    /**
     * Resolves with the first status notification that matches and arrives after `after` (default:
     * the call), never one seen before it: a status from before the action is not its outcome.
     */
    waitForStatus(pred: (s: EngineStatus) => boolean, options?: number | { timeoutMs?: number; after?: StatusMark }): Promise<EngineStatus>;
    /**
     * A round trip: resolves when the server has answered a request sent now, so every
     * notification it sent before (progress, diagnostics, messages) has been dispatched here.
     */
    barrier(): Promise<void>;
    waitForMessage(pred: (m: ShowMessageParams) => boolean, timeoutMs?: number): Promise<ShowMessageParams>;
    /** Changes what `workspace/configuration` answers and tells the server. */
    setSettings(settings: unknown): Promise<void>;
    stop(): Promise<void>;
}

/** How many status notifications had arrived. */
export type StatusMark = { readonly statuses: number };

export interface StartOptions {
    /** Settings answered through workspace/configuration (pull model). */
    settings?: unknown;
    /** Use initializationOptions.settings instead, as a client without workspace/configuration would. */
    pushOnly?: boolean;
    /** More environment for the server (e.g. XDG_CONFIG_HOME for the user word list). */
    env?: Record<string, string>;
    /** More `initializationOptions` (e.g. `openaiApiKey`). */
    initializationOptions?: InitializationOptions;
    /** Node options for the server process (e.g. `--cpu-prof` to see where a start goes). */
    execArgv?: string[];
    /** Folders sent as `workspaceFolders`. */
    workspaceFolders?: string[];
    /** The Node that runs the server; default: the one running the tests. */
    node?: string;
    /** The client's UI language (`initialize`'s `locale`, as VS Code sends it). */
    locale?: string;
}

async function waitUntil<T>(find: () => T | undefined, what: string | (() => string), timeoutMs: number): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const v = find();
        if (v !== undefined) return v;
        if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === "string" ? what : what()}`);
        await new Promise((r) => setTimeout(r, 20));
    }
}

/** A status in a failure message: the state and what tells one status from the next. */
function brief(s: EngineStatus): string {
    return `${s.state} running ${s.running} queued ${s.queued}${s.model ? ` threads ${s.model.threads}` : ""}${s.error ? ` ${s.error.kind}` : ""}`;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
    const child = spawn(opts.node ?? process.execPath, [...(opts.execArgv ?? []), SERVER, "--stdio"], {
        stdio: "pipe",
        env: { ...process.env, ...opts.env },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const messages: ShowMessageParams[] = [];
    const statuses: EngineStatus[] = [];
    let settings: unknown = opts.settings ?? {};
    connection.onNotification(ShowMessageNotification.type, (m) => void messages.push(m));
    connection.onNotification(StatusNotification, (s) => void statuses.push(s));
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === "skrivehjelp" ? settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();

    const initializationOptions: InitializationOptions = { ...opts.initializationOptions, ...(opts.pushOnly ? { settings } : {}) };
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: opts.workspaceFolders?.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })) ?? null,
        capabilities: opts.pushOnly ? {} : { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
        initializationOptions,
        ...(opts.locale ? { locale: opts.locale } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});

    const server: TestServer = {
        connection,
        process: child,
        initializeResult,
        messages,
        statuses,
        stderr: () => stderr,
        statusMark: () => ({ statuses: statuses.length }),
        waitForStatus(pred, options) {
            const { timeoutMs = 30000, after = { statuses: statuses.length } } =
                typeof options === "number" ? { timeoutMs: options } : (options ?? {});
            return waitUntil(
                () => statuses.slice(after.statuses).find(pred),
                () => `an engine status; those after the mark: ${JSON.stringify(statuses.slice(after.statuses).map(brief))}`,
                timeoutMs,
            );
        },
        async barrier() {
            await connection.sendRequest(StatusRequest);
        },
        waitForMessage(pred, timeoutMs = 30000) {
            return waitUntil(() => messages.find(pred), "a window/showMessage", timeoutMs);
        },
        async setSettings(next) {
            settings = next;
            await connection.sendNotification(DidChangeConfigurationNotification.type, {
                settings: opts.pushOnly ? { skrivehjelp: next } : null,
            });
        },
        async stop() {
            if (child.exitCode === null) {
                await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
                await connection.sendNotification(ExitNotification.type).catch(() => undefined);
                await new Promise((r) => {
                    const t = setTimeout(() => {
                        child.kill("SIGKILL");
                        r(undefined);
                    }, 3000);
                    child.once("exit", () => {
                        clearTimeout(t);
                        r(undefined);
                    });
                });
            }
            connection.dispose();
        },
    };
    return server;
}
