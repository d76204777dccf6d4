// The side panel's script. Renders the engine state as text (never as HTML) and sends only the
// fixed messages in protocol/webview.ts.
import type { EngineStatus } from "../../language-server/src/protocol/engine";
import type { FromWebview, ToWebview } from "../../language-server/src/protocol/webview";

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void };

const vscode = acquireVsCodeApi();
const labels = JSON.parse(document.getElementById("labels")!.textContent ?? "{}") as Record<string, string>;
const state = document.getElementById("state")!;
const detail = document.getElementById("detail")!;
const choose = document.getElementById("choose") as HTMLButtonElement;
const reload = document.getElementById("reload") as HTMLButtonElement;

const fill = (s: string, ...args: (string | number)[]) => args.reduce<string>((acc, a, i) => acc.replace(`{${i}}`, String(a)), s);

function describe(s: EngineStatus | null): { state: string; detail: string; choose: boolean; reload: boolean } {
    if (!s) return { state: labels.starting, detail: "", choose: false, reload: false };
    switch (s.state) {
        case "none":
            return s.modelPath
                ? { state: labels.none, detail: s.modelPath, choose: true, reload: true }
                : { state: labels.noneConfigured, detail: "", choose: true, reload: false };
        case "loading":
            return { state: fill(labels.loading, Math.round((s.loadProgress ?? 0) * 100)), detail: s.modelPath, choose: false, reload: false };
        case "ready":
        case "busy":
            return { state: fill(s.state === "ready" ? labels.ready : labels.busy, s.model?.name ?? ""), detail: s.modelPath, choose: true, reload: false };
        case "error":
            return { state: labels.error, detail: s.error?.message ?? "", choose: true, reload: s.error?.kind === "crashed" || s.error?.kind === "loadFailed" };
    }
}

function render(s: EngineStatus | null): void {
    const d = describe(s);
    state.textContent = d.state;
    detail.textContent = d.detail;
    choose.hidden = !d.choose;
    reload.hidden = !d.reload;
}

choose.textContent = labels.choose;
reload.textContent = labels.reload;
choose.addEventListener("click", () => vscode.postMessage({ type: "chooseModel" }));
reload.addEventListener("click", () => vscode.postMessage({ type: "reloadModel" }));
window.addEventListener("message", (e: MessageEvent<ToWebview>) => {
    if (e.data?.type === "status") render(e.data.status);
});
render(null);
vscode.postMessage({ type: "ready" });
