// A notification for each new engine error, with the action that fixes it.
import * as vscode from "vscode";
import type { EngineStatus, ModelDownload } from "../language-server/src/protocol/engine";
import { openSettings } from "./config";

/** Errors of an OpenAI-compatible server (skrivehjelp.engine = "openai"): their settings live under skrivehjelp.openai. */
const REMOTE_KINDS = new Set<string>([
    "serverUnreachable",
    "unauthorized",
    "modelNotFound",
    "rateLimited",
    "serverError",
    "timeout",
    "streamCut",
]);

export class EngineErrorNotifier {
    private lastShown = "";

    onStatus(s: EngineStatus): void {
        if (s.state !== "error" || !s.error) {
            if (s.state === "ready") this.lastShown = "";
            return;
        }
        if (s.error.message === this.lastShown) return;
        this.lastShown = s.error.message;
        if (s.error.kind === "notDownloaded" && s.error.download) void this.offerDownload(s.error.download);
        else void this.show(s.error.kind, s.error.message);
    }

    /** The configured model URI is not on disk: download it only if the user says so. */
    private async offerDownload(download: ModelDownload): Promise<void> {
        const get = vscode.l10n.t("Download");
        const choose = vscode.l10n.t("Choose model file");
        const settings = vscode.l10n.t("Open settings");
        // the server's message also tells other editors which request to send; this one needs only the button
        const message = vscode.l10n.t(
            'The model {0} is not downloaded yet. Nothing is downloaded until you choose "Download"; it is then kept in the extension\'s storage as {1}.',
            download.uri,
            download.fileName,
        );
        const picked = await vscode.window.showWarningMessage(`Skrivehjelp: ${message}`, get, choose, settings);
        if (picked === get) await vscode.commands.executeCommand("skrivehjelp.downloadModel", download);
        else if (picked === choose) await vscode.commands.executeCommand("skrivehjelp.chooseModel");
        else if (picked === settings) await openSettings("skrivehjelp.model.path");
    }

    private async show(kind: NonNullable<EngineStatus["error"]>["kind"], message: string): Promise<void> {
        const choose = vscode.l10n.t("Choose model file");
        const reload = vscode.l10n.t("Reload model");
        const settings = vscode.l10n.t("Open settings");
        const log = vscode.l10n.t("Show log");
        const setKey = vscode.l10n.t("Set API key");
        const remote = REMOTE_KINDS.has(kind);
        const download = vscode.l10n.t("Download a model");
        const actions =
            kind === "unauthorized"
                ? [setKey, settings]
                : remote
                  ? [settings, reload, log]
                  : kind === "crashed"
                    ? [reload, choose, log]
                    : kind === "notConfigured"
                      ? [download, choose, settings]
                      : [choose, settings];
        const picked = await vscode.window.showErrorMessage(`Skrivehjelp: ${message}`, ...actions);
        if (picked === setKey) await vscode.commands.executeCommand("skrivehjelp.setApiKey");
        if (remote && picked === settings) return void (await openSettings("skrivehjelp.openai"));
        if (picked === download) return void (await vscode.commands.executeCommand("skrivehjelp.downloadModel"));
        if (picked === choose) await vscode.commands.executeCommand("skrivehjelp.chooseModel");
        else if (picked === reload) await vscode.commands.executeCommand("skrivehjelp.reloadModel");
        else if (picked === settings) await openSettings("skrivehjelp.model");
        else if (picked === log) await vscode.commands.executeCommand("skrivehjelp.showLog");
    }
}
