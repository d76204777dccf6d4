// activate/deactivate only. Activation registers the commands and the side panel and returns;
// the client (dist/main.js, with vscode-languageclient) loads right after, off the activation path.
import * as path from "node:path";
import * as vscode from "vscode";
import { VIEW_ID } from "./chat/viewId";
import { CHAT_COMMAND_IDS, COMMAND_IDS } from "./commands/ids";
import type { Main } from "./main";

let main: Promise<Main> | undefined;

export function activate(context: vscode.ExtensionContext): { main: Promise<Main> } {
    const loaded = new Promise<Main>((resolve, reject) =>
        setImmediate(() => {
            try {
                // a separate bundle, required by path so esbuild does not inline it
                const mod = require(path.join(__dirname, "main.js")) as typeof import("./main");
                const m = mod.createMain(context);
                context.subscriptions.push(m);
                resolve(m);
            } catch (e) {
                void vscode.window.showErrorMessage(`Skrivehjelp could not start: ${e instanceof Error ? e.message : String(e)}`);
                reject(e);
            }
        }),
    );
    main = loaded;
    for (const id of [...COMMAND_IDS, ...CHAT_COMMAND_IDS]) {
        context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => (await loaded).commands[id](...args)));
    }
    context.subscriptions.push(
        vscode.window.registerWebviewViewProvider(VIEW_ID, {
            resolveWebviewView: async (view, ctx, token) => (await loaded).assistantView.resolveWebviewView(view, ctx, token),
        }),
    );
    return { main: loaded };
}

export async function deactivate(): Promise<void> {
    const m = await main?.catch(() => undefined);
    await m?.ctx.stop();
    main = undefined;
}
