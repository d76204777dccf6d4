// The status bar item: engine state at a glance, a click opens the Skrivehjelp menu.
import * as vscode from "vscode";
import type { EngineStatus } from "../language-server/src/protocol/engine";

const MB = 1024 * 1024;

export class EngineStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem("skrivehjelp.status", vscode.StatusBarAlignment.Right, 100);
    private last: { status: EngineStatus | undefined; serverDown: boolean } = { status: undefined, serverDown: false };
    /** Percent of a model download under way; shown instead of the engine state while set. */
    private downloadPercent: number | undefined;

    constructor() {
        this.item.name = "Skrivehjelp";
        this.item.command = "skrivehjelp.showMenu";
        this.render(undefined);
        this.item.show();
    }

    /** `undefined` while the language server is starting or stopped. */
    render(status: EngineStatus | undefined, serverDown = false): void {
        this.last = { status, serverDown };
        const { text, tooltip, error } =
            this.downloadPercent !== undefined
                ? {
                      text: `$(cloud-download) ${vscode.l10n.t("Downloading model {0} %", this.downloadPercent)}`,
                      tooltip: vscode.l10n.t("Skrivehjelp: downloading a model, {0} %", this.downloadPercent),
                      error: false,
                  }
                : describe(status, serverDown);
        this.item.text = text;
        this.item.tooltip = tooltip;
        // screen readers get the first tooltip line (the state in words), not the icon names
        this.item.accessibilityInformation = { label: tooltip.split("\n")[0] };
        this.item.backgroundColor = error ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
    }

    /** `undefined` when no download is running. */
    renderDownload(percent: number | undefined): void {
        this.downloadPercent = percent;
        this.render(this.last.status, this.last.serverDown);
    }

    dispose(): void {
        this.item.dispose();
    }
}

function describe(s: EngineStatus | undefined, serverDown: boolean): { text: string; tooltip: string; error?: boolean } {
    if (serverDown)
        return { text: "$(error) Skrivehjelp", tooltip: vscode.l10n.t("The Skrivehjelp language server is not running."), error: true };
    if (!s) return { text: "$(sync~spin) Skrivehjelp", tooltip: vscode.l10n.t("Starting Skrivehjelp…") };
    // before it is loaded, the file name (for a model URI: the file it is downloaded to)
    const model = shorten(s.model?.name ?? (s.modelPath ? s.modelPath.split(/[\\/]/).pop()! : ""));
    switch (s.state) {
        case "none":
            return s.modelPath
                ? { text: `$(circle-outline) ${model}`, tooltip: vscode.l10n.t("Skrivehjelp: model not loaded yet\n{0}", s.modelPath) }
                : {
                      text: `$(circle-slash) ${vscode.l10n.t("Skrivehjelp: no model")}`,
                      tooltip: vscode.l10n.t("No language model is chosen. Click to choose a GGUF file."),
                  };
        case "loading":
            return {
                text: `$(sync~spin) ${vscode.l10n.t("Loading {0} {1} %", model, Math.round((s.loadProgress ?? 0) * 100))}`,
                tooltip: vscode.l10n.t("Skrivehjelp: loading the model, {0} %\n{1}", Math.round((s.loadProgress ?? 0) * 100), s.modelPath),
            };
        case "ready":
        case "busy": {
            const m = s.model!;
            const facts =
                s.engine === "openai"
                    ? vscode.l10n.t("model server {0}\nmodel {1} · up to {2} requests at a time", m.path, m.name, m.sequences)
                    : vscode.l10n.t(
                          "{0}\n{1} MB · context {2} tokens · {3} threads · loaded in {4} ms",
                          m.path,
                          Math.round(m.sizeBytes / MB),
                          m.contextSize,
                          m.threads,
                          m.loadMs,
                      );
            return s.state === "ready"
                ? { text: `$(check) ${model}`, tooltip: `${vscode.l10n.t("Skrivehjelp: ready")}\n${facts}` }
                : {
                      text: `$(loading~spin) ${model}`,
                      tooltip: `${vscode.l10n.t("Skrivehjelp: working ({0} running, {1} waiting)", s.running, s.queued)}\n${facts}`,
                  };
        }
        case "error":
            if (s.error?.kind === "notDownloaded")
                return {
                    text: `$(cloud-download) ${vscode.l10n.t("{0}: not downloaded", model)}`,
                    tooltip: `${vscode.l10n.t("Skrivehjelp: the model is not downloaded yet")}\n${s.error.message}`,
                };
            return {
                text: `$(error) ${vscode.l10n.t("Skrivehjelp: model error")}`,
                tooltip: `${vscode.l10n.t("Skrivehjelp: model error")}\n${s.error?.message ?? ""}`,
                error: true,
            };
    }
}

const NAME_MAX = 28;

/** Model names such as "NB-Llama-3.2-3B-Instruct-Q4_K_M" are long; the status bar is not. */
function shorten(name: string): string {
    return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name;
}
