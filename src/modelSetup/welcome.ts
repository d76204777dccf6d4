// First run without a model: the "Set up a language model" view in the Skrivehjelp side bar
// (its content is package.json `viewsWelcome`, shown while the view is empty and no model or
// model server is configured), and one notification with the same three ways, offered once.
import * as vscode from "vscode";
import { modelPath, SECTION } from "../config";

export const SETUP_VIEW_ID = "skrivehjelp.modelSetup";
/** globalState key: the first-run notification was shown (never again, whatever was picked). */
const OFFERED_KEY = "skrivehjelp.modelSetup.offered";

/** An always-empty tree: VS Code then shows the view's welcome content. */
class EmptyTree implements vscode.TreeDataProvider<never> {
    getTreeItem(): vscode.TreeItem {
        throw new Error("the model set-up view has no items");
    }
    getChildren(): never[] {
        return [];
    }
}

/** A model URI counts as configured: until it is downloaded, the engine's error offers "Download". */
export function needsModel(): boolean {
    const engine = vscode.workspace.getConfiguration(SECTION).get<string>("engine");
    return engine !== "openai" && !modelPath();
}

export function registerModelSetup(context: vscode.ExtensionContext): vscode.Disposable {
    const view = vscode.window.createTreeView(SETUP_VIEW_ID, { treeDataProvider: new EmptyTree() });
    if (needsModel() && !context.globalState.get<boolean>(OFFERED_KEY)) void offerOnce(context);
    return view;
}

async function offerOnce(context: vscode.ExtensionContext): Promise<void> {
    await context.globalState.update(OFFERED_KEY, true);
    const download = vscode.l10n.t("Download a model");
    const choose = vscode.l10n.t("Choose a GGUF file");
    const server = vscode.l10n.t("Connect to a server");
    const picked = await vscode.window.showInformationMessage(
        vscode.l10n.t(
            "Skrivehjelp has no language model yet. Proofreading and conversion work without one; chat and the model's own checks need one.",
        ),
        download,
        choose,
        server,
    );
    if (picked === download) await vscode.commands.executeCommand("skrivehjelp.downloadModel");
    else if (picked === choose) await vscode.commands.executeCommand("skrivehjelp.chooseModel");
    else if (picked === server) await vscode.commands.executeCommand("skrivehjelp.chooseEngine", "openai");
}
