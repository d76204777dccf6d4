// The written standard of the active document in the status bar; a click changes it.
import * as vscode from "vscode";
import type { DocumentLanguageParams } from "../language-server/src/protocol/proofreading";
import { setLanguage } from "./config";
import {
    findPinComment,
    pinComment,
    VARIETY_NAMES as NAMES,
    type LanguageSetting,
    type Variety,
} from "../language-server/src/protocol/writtenStandard";

export class LanguageStatus implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem("skrivehjelp.language", vscode.StatusBarAlignment.Right, 101);
    private readonly byUri = new Map<string, DocumentLanguageParams>();
    private readonly subs: vscode.Disposable[] = [];

    constructor() {
        this.item.name = vscode.l10n.t("Skrivehjelp: written standard");
        this.item.command = "skrivehjelp.chooseLanguage";
        this.subs.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
    }

    update(p: DocumentLanguageParams): void {
        this.byUri.set(p.uri, p);
        this.render();
    }

    private render(): void {
        const doc = vscode.window.activeTextEditor?.document;
        const p = doc && this.byUri.get(doc.uri.toString());
        if (!p) {
            this.item.hide();
            return;
        }
        const name = p.variety ? NAMES[p.variety] : vscode.l10n.t("Bokmål or Nynorsk?");
        this.item.text = `$(book) ${name}`;
        this.item.tooltip = {
            setting: vscode.l10n.t("Set by the setting skrivehjelp.language. Click to change."),
            pinned: vscode.l10n.t("Set in the document. Click to change."),
            detected: vscode.l10n.t("Detected from the text. Click to change."),
            undecided: vscode.l10n.t("Skrivehjelp cannot tell yet whether this is Bokmål or Nynorsk. Click to choose."),
        }[p.source];
        this.item.accessibilityInformation = { label: `${vscode.l10n.t("Written standard")}: ${name}` };
        this.item.show();
    }

    dispose(): void {
        this.item.dispose();
        this.subs.forEach((s) => s.dispose());
    }
}

/** Quick pick: pin the standard in this document (a comment, one undo step) or set it for all. */
export async function chooseLanguage(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    type Item = vscode.QuickPickItem & { run: () => Thenable<unknown> };
    const setting = (value: LanguageSetting) => () => setLanguage(value, editor?.document.uri);
    const items: Item[] = [];
    if (editor?.document.languageId === "markdown") {
        for (const v of ["nn", "nb"] as const) {
            items.push({
                label: vscode.l10n.t("This document is {0}", NAMES[v]),
                description: pinComment(v),
                run: () => pinInDocument(editor, v),
            });
        }
    }
    items.push(
        { label: vscode.l10n.t("Detect for each document"), description: "skrivehjelp.language: auto", run: setting("auto") },
        { label: vscode.l10n.t("Always Nynorsk"), description: "skrivehjelp.language: nn", run: setting("nn") },
        { label: vscode.l10n.t("Always Bokmål"), description: "skrivehjelp.language: nb", run: setting("nb") },
    );
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Written standard") });
    await picked?.run();
}

async function pinInDocument(editor: vscode.TextEditor, variety: Variety): Promise<void> {
    const doc = editor.document;
    const existing = findPinComment(doc.getText());
    const comment = pinComment(variety);
    await editor.edit((b) => {
        if (existing) b.replace(new vscode.Range(doc.positionAt(existing.start), doc.positionAt(existing.end)), comment);
        else b.insert(new vscode.Position(0, 0), `${comment}\n\n`);
    });
}
