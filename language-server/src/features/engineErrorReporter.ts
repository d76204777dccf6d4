// For LSP clients other than the VS Code extension: each new engine error once as
// `window/showMessage`. The extension shows its own notification with actions instead.
import { MessageType, ShowMessageNotification, type Connection } from "vscode-languageserver/node";
import type { EngineStatus } from "../protocol/engine";

export class EngineErrorReporter {
    private lastShown = "";

    constructor(private readonly connection: Connection) {}

    onStatus(status: EngineStatus): void {
        if (status.state !== "error" || !status.error) {
            this.lastShown = "";
            return;
        }
        if (status.error.message === this.lastShown) return;
        this.lastShown = status.error.message;
        // a notification, not showMessageRequest: there is no action a generic client could run
        void this.connection.sendNotification(ShowMessageNotification.type, {
            type: status.error.kind === "notConfigured" ? MessageType.Info : MessageType.Error,
            message: `Skrivehjelp: ${status.error.message}`,
        });
    }
}
