// How the language server is started and which documents it sees.
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { InitializationOptions } from "../language-server/src/protocol/methods";

export function createLanguageClient(
    context: vscode.ExtensionContext,
    output: vscode.LogOutputChannel,
    openaiApiKey?: string,
): LanguageClient {
    const module = context.asAbsolutePath("dist/server.js");
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
    };
    const initializationOptions: InitializationOptions = {
        clientShowsEngineErrors: true,
        openaiApiKey,
        modelDir: modelDirOf(context.globalStorageUri.fsPath),
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: "file", language: "markdown" },
            { scheme: "untitled", language: "markdown" },
            { scheme: "file", language: "plaintext" },
            { scheme: "untitled", language: "plaintext" },
        ],
        initializationOptions,
        // tells the server when any skrivehjelp.* setting changes; it then pulls the section again
        synchronize: { configurationSection: "skrivehjelp" },
        outputChannel: output,
    };
    return new LanguageClient("skrivehjelp", "Skrivehjelp", serverOptions, clientOptions);
}

/** Where downloaded models are kept, and where the server looks for a model URI's file. */
export function modelDirOf(globalStorageDir: string): string {
    return path.join(globalStorageDir, "models");
}
