// activate/deactivate only; Ctx owns everything that lives longer.
import * as vscode from "vscode";
import { AssistantViewProvider, VIEW_ID } from "./chat/assistantViewProvider";
import { registerCommands } from "./commands";
import { Ctx } from "./ctx";

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): { ctx: Ctx } {
    const started = performance.now();
    ctx = new Ctx(context);
    context.subscriptions.push(
        ctx,
        ...registerCommands(ctx),
        vscode.window.registerWebviewViewProvider(VIEW_ID, new AssistantViewProvider(context.extensionUri, ctx)),
    );
    ctx.output.info(`activate() took ${(performance.now() - started).toFixed(1)} ms`);
    // Not awaited: activation stays fast, the status bar shows the server starting.
    ctx.start().catch((e: unknown) => ctx?.output.error(`language server failed to start: ${e instanceof Error ? e.message : String(e)}`));
    return { ctx };
}

export async function deactivate(): Promise<void> {
    await ctx?.stop();
    ctx = undefined;
}
