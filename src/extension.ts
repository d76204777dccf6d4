// activate/deactivate only; Ctx owns everything that lives longer.
import * as vscode from "vscode";
import { registerCommands } from "./commands";
import { Ctx } from "./ctx";

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): { ctx: Ctx } {
    ctx = new Ctx(context);
    context.subscriptions.push(ctx, ...registerCommands(ctx));
    // Not awaited: activation stays fast, the status bar shows the server starting.
    ctx.start().catch((e: unknown) => ctx?.output.error(`language server failed to start: ${e instanceof Error ? e.message : String(e)}`));
    return { ctx };
}

export async function deactivate(): Promise<void> {
    await ctx?.stop();
    ctx = undefined;
}
