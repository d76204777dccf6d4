// Everything behind activation, in its own bundle (dist/main.js): the language client and its
// library are loaded after activate() has returned, so activation itself stays a few ms.
import * as vscode from "vscode";
import { AssistantViewProvider } from "./chat/assistantViewProvider";
import { commandHandlers } from "./commands";
import { chatCommandHandlers } from "./commands/chat";
import type { ChatCommandHandlers, CommandHandlers } from "./commands/ids";
import { Ctx } from "./ctx";
import { registerModelSetup } from "./modelSetup/welcome";
import { VisibleRangesReporter } from "./visibleRanges";

export interface Main extends vscode.Disposable {
    ctx: Ctx;
    commands: CommandHandlers & ChatCommandHandlers;
    assistantView: vscode.WebviewViewProvider;
}

export function createMain(context: vscode.ExtensionContext): Main {
    const ctx = new Ctx(context);
    ctx.start().catch((e: unknown) => ctx.output.error(`language server failed to start: ${e instanceof Error ? e.message : String(e)}`));
    const assistantView = new AssistantViewProvider(context.extensionUri, ctx, context.workspaceState);
    const visibleRanges = new VisibleRangesReporter(() => {
        try {
            return ctx.requireClient();
        } catch {
            return undefined;
        }
    });
    const statusSub = ctx.onStatus(() => visibleRanges.poke());
    const modelSetup = registerModelSetup(context);
    return {
        ctx,
        commands: { ...commandHandlers(ctx), ...chatCommandHandlers(assistantView.chat) },
        assistantView,
        dispose: () => {
            visibleRanges.dispose();
            modelSetup.dispose();
            statusSub.dispose();
            assistantView.dispose();
            ctx.dispose();
        },
    };
}
