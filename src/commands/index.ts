// Every command the extension contributes; each is a thin call into Ctx or the settings.
import * as vscode from "vscode";
import { openSettings, setModelPath } from "../config";
import type { Ctx } from "../ctx";
import { chooseLanguage } from "../languageStatus";
import { setApiKey } from "../apiKey";
import { chooseEngine } from "../engineChoice";
import { downloadModelUri, downloadRecommendedModel, isModelDownload } from "../modelSetup/download";

import { convertCommand } from "./convert";
import type { CommandHandlers } from "./ids";

export function commandHandlers(ctx: Ctx): CommandHandlers {
    return {
        "skrivehjelp.chooseModel": (path?: unknown) => chooseModel(ctx, typeof path === "string" ? path : undefined),
        // an id: that recommended model; {uri, dir, fileName} (a "notDownloaded" error's): the configured model URI
        "skrivehjelp.downloadModel": (arg?: unknown) =>
            reportFailure(
                isModelDownload(arg)
                    ? downloadModelUri(ctx, arg)
                    : downloadRecommendedModel(ctx, typeof arg === "string" ? arg : undefined),
            ),
        "skrivehjelp.reloadModel": () => reportFailure(ctx.loadModel(true)),
        "skrivehjelp.restartServer": () => reportFailure(ctx.restart()),
        "skrivehjelp.showLog": () => ctx.output.show(true),
        "skrivehjelp.openSettings": () => openSettings(),
        "skrivehjelp.showMenu": () => showMenu(),
        "skrivehjelp.status": () => ctx.status,
        "skrivehjelp.chooseLanguage": () => chooseLanguage(),
        "skrivehjelp.setApiKey": (key?: unknown) => setApiKey(ctx.secrets, typeof key === "string" ? key : undefined),
        "skrivehjelp.chooseEngine": (kind?: unknown, endpoint?: unknown) =>
            reportFailure(
                chooseEngine(kind === "local" || kind === "openai" ? kind : undefined, typeof endpoint === "string" ? endpoint : undefined),
            ),
        "skrivehjelp.convertToNynorsk": () => reportFailure(convertCommand(ctx, "nn")),
        "skrivehjelp.convertToBokmal": () => reportFailure(convertCommand(ctx, "nb")),
        "skrivehjelp.switchMalform": () => reportFailure(convertCommand(ctx, "switch")),
    };
}

/** With a path (from tests or other extensions) the dialog is skipped. */
async function chooseModel(ctx: Ctx, path?: string): Promise<void> {
    if (!path) {
        const picked = await vscode.window.showOpenDialog({
            canSelectMany: false,
            openLabel: vscode.l10n.t("Use this model"),
            title: vscode.l10n.t("Choose a GGUF language model (for example NB-Llama)"),
            filters: { [vscode.l10n.t("GGUF models")]: ["gguf"] },
        });
        if (!picked?.[0]) return;
        path = picked[0].fsPath;
    }
    await setModelPath(path);
    // Load only once the server has the new path, or it would retry the old one.
    await ctx.waitForModelPath(path);
    await reportFailure(ctx.loadModel(false));
}

async function showMenu(): Promise<void> {
    const items: (vscode.QuickPickItem & { command: string })[] = [
        { label: `$(file) ${vscode.l10n.t("Choose model file…")}`, command: "skrivehjelp.chooseModel" },
        { label: `$(cloud-download) ${vscode.l10n.t("Download a recommended model…")}`, command: "skrivehjelp.downloadModel" },
        { label: `$(server) ${vscode.l10n.t("Choose engine: local model or model server…")}`, command: "skrivehjelp.chooseEngine" },
        { label: `$(refresh) ${vscode.l10n.t("Reload model")}`, command: "skrivehjelp.reloadModel" },
        { label: `$(output) ${vscode.l10n.t("Show log")}`, command: "skrivehjelp.showLog" },
        { label: `$(settings-gear) ${vscode.l10n.t("Open settings")}`, command: "skrivehjelp.openSettings" },
        { label: `$(debug-restart) ${vscode.l10n.t("Restart server")}`, command: "skrivehjelp.restartServer" },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: "Skrivehjelp" });
    if (picked) await vscode.commands.executeCommand(picked.command);
}

async function reportFailure(p: Promise<unknown>): Promise<void> {
    try {
        await p;
    } catch (e) {
        void vscode.window.showErrorMessage(`Skrivehjelp: ${e instanceof Error ? e.message : String(e)}`);
    }
}
