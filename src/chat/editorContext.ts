// The editor side of the chat: which editor the answers go to, the attached text, and the
// edits (each one undo step). Model output only ever lands in a document by the user's click.
import * as path from "node:path";
import * as vscode from "vscode";
import type { ChatContext } from "../../language-server/src/protocol/chat";

/** The last text editor the user was in: focus in the chat view leaves no active editor behind. */
export class EditorTracker implements vscode.Disposable {
    private last: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
    private readonly sub = vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e) this.last = e;
    });

    get editor(): vscode.TextEditor | undefined {
        const active = vscode.window.activeTextEditor;
        if (active) return active;
        // the last one, if it is still open
        return this.last && vscode.window.visibleTextEditors.includes(this.last) ? this.last : vscode.window.visibleTextEditors[0];
    }

    dispose(): void {
        this.sub.dispose();
    }
}

function nameOf(doc: vscode.TextDocument): string {
    return doc.isUntitled ? doc.uri.path : path.basename(doc.uri.fsPath);
}

/** The selection as context, or undefined when nothing is selected. */
export function selectionContext(editor: vscode.TextEditor): ChatContext | undefined {
    const sel = editor.selection;
    if (sel.isEmpty) return undefined;
    const text = editor.document.getText(sel);
    if (!text.trim()) return undefined;
    const first = sel.start.line + 1;
    const last = sel.end.character === 0 && sel.end.line > sel.start.line ? sel.end.line : sel.end.line + 1;
    const name = nameOf(editor.document);
    const label = first === last ? vscode.l10n.t("{0}, line {1}", name, first) : vscode.l10n.t("{0}, lines {1}–{2}", name, first, last);
    return { text, label };
}

export function fileContext(editor: vscode.TextEditor): ChatContext {
    return { text: editor.document.getText(), label: nameOf(editor.document) };
}

export async function insertAtCursor(editor: vscode.TextEditor, text: string): Promise<boolean> {
    const at = editor.selection.active;
    const ok = await editor.edit((b) => b.insert(at, text));
    if (ok) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    return ok;
}

export async function replaceSelection(editor: vscode.TextEditor, text: string): Promise<boolean> {
    const sel = editor.selection;
    if (sel.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t("Select the text to replace in the editor first."));
        return false;
    }
    const ok = await editor.edit((b) => b.replace(sel, text));
    if (ok) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    return ok;
}
