// "Konverter til nynorsk", "Konverter til bokmål", "Byt målform": the selections (or the whole
// document) go to the server's `skrivehjelp/convert`; the result comes back as ONE edit (one
// undo step), applied only if the document is unchanged. Cancel leaves the document as it was.
// With `skrivehjelp.convert.preview` the result first shows in the diff editor. Which engine
// converts (rules, model, both) is the server's choice; the client only reports what it says.
import * as vscode from "vscode";
import { WorkDoneProgress } from "vscode-languageclient/node";
import { ConvertRequest, type ConvertResult } from "../../language-server/src/protocol/convert";
import { DetectVarietyRequest, otherVariety, VARIETY_NAMES, type Variety } from "../../language-server/src/protocol/writtenStandard";
import type { Ctx } from "../ctx";

const PREVIEW_SCHEME = "skrivehjelp-convert";

/** Converted texts shown in the diff editor, by preview URI. */
const previews = new Map<string, string>();
const previewChanged = new vscode.EventEmitter<vscode.Uri>();
let providerRegistered = false;

function ensurePreviewProvider(): void {
    if (providerRegistered) return;
    providerRegistered = true;
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, {
        onDidChange: previewChanged.event,
        provideTextDocumentContent: (uri) => previews.get(uri.toString()) ?? "",
    });
}

export async function convertCommand(ctx: Ctx, target: Variety | "switch"): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t("Open a document to convert first."));
        return;
    }
    const doc = editor.document;
    const client = ctx.requireClient();
    const started = performance.now();
    const text = doc.getText();
    const version = doc.version;
    const selections = editor.selections.filter((s) => !s.isEmpty);
    const ranges = selections.length
        ? selections.map((s) => ({
              start: { line: s.start.line, character: s.start.character },
              end: { line: s.end.line, character: s.end.character },
          }))
        : undefined;

    let to: Variety;
    if (target === "switch") {
        const sample = selections.length ? selections.map((s) => doc.getText(s)).join("\n\n") : text;
        const { variety } = await client.sendRequest(DetectVarietyRequest, { text: sample, languageId: doc.languageId });
        if (variety) to = otherVariety(variety);
        else {
            const picked = await vscode.window.showQuickPick(
                [
                    { label: vscode.l10n.t("To Nynorsk"), to: "nn" as const },
                    { label: vscode.l10n.t("To Bokmål"), to: "nb" as const },
                ],
                { title: vscode.l10n.t("Skrivehjelp cannot tell whether this is Bokmål or Nynorsk. Convert to which?") },
            );
            if (!picked) return;
            to = picked.to;
        }
    } else to = target;
    const from = otherVariety(to);

    const result = await vscode.window
        .withProgress(
            {
                location: vscode.ProgressLocation.Notification,
                title: to === "nn" ? vscode.l10n.t("Converting to Nynorsk") : vscode.l10n.t("Converting to Bokmål"),
                cancellable: true,
            },
            async (progress, token): Promise<ConvertResult | undefined> => {
                const workDoneToken = `skrivehjelp-convert-${Date.now()}-${Math.random().toString(36).slice(2)}`;
                let shown = 0;
                const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
                    if (p.kind !== "report" || p.percentage === undefined) return;
                    progress.report({ increment: Math.max(0, p.percentage - shown), message: `${p.percentage} %` });
                    shown = Math.max(shown, p.percentage);
                });
                try {
                    return await client.sendRequest(
                        ConvertRequest,
                        { text, from, to, languageId: doc.languageId, uri: doc.uri.toString(), ranges, workDoneToken },
                        token,
                    );
                } catch (e) {
                    if (token.isCancellationRequested) return undefined;
                    throw e;
                } finally {
                    listener.dispose();
                }
            },
        )
        .then(undefined, (e: unknown) => {
            void vscode.window.showErrorMessage(
                vscode.l10n.t("Skrivehjelp could not convert: {0}", e instanceof Error ? e.message : String(e)),
            );
            return undefined;
        });
    if (!result) return; // cancelled or failed: the document is untouched
    const answered = performance.now();

    ctx.output.info(
        `conversion to ${VARIETY_NAMES[to]} (${result.engine}): ${result.passed} of ${result.pieces} parts, ${result.words} words, ${result.unknownWords} not recognised`,
    );
    if (result.unknownSample.length) ctx.output.info(`not recognised, kept as written: ${result.unknownSample.join(", ")}`);
    if (result.nothing) {
        void vscode.window.showInformationMessage(nothingMessage(result.nothing, from, to));
        return;
    }
    const warned = showWarnings(ctx, doc, result);
    if (result.text === text) {
        if (!warned) void vscode.window.showInformationMessage(vscode.l10n.t("Nothing to convert."));
        return;
    }
    if (vscode.workspace.getConfiguration("skrivehjelp", doc.uri).get<boolean>("convert.preview") === true) {
        const accepted = await preview(doc, result.text, to);
        if (!accepted) return;
    }
    const applying = performance.now();
    const applied = await applyResult(ctx, doc, version, text, result.text, target);
    // the preview waits for the user, so only a direct conversion is timed (npm run bench reads this)
    if (applied && !vscode.workspace.getConfiguration("skrivehjelp", doc.uri).get<boolean>("convert.preview")) {
        const ms = (t: number) => Math.round(t - started);
        ctx.output.info(
            `converted ${result.words} words (${result.engine}) and applied in ${ms(performance.now())} ms (the answer after ${ms(answered)} ms, the edit sent after ${ms(applying)} ms)`,
        );
    }
    if (applied && !warned) showSummary(ctx, result, from, to);
}

function nothingMessage(reason: NonNullable<ConvertResult["nothing"]>, from: Variety, to: Variety): string {
    if (reason === "alreadyTarget") return vscode.l10n.t("The text is already in {0}; nothing was changed.", VARIETY_NAMES[to]);
    if (reason === "notSource") return vscode.l10n.t("The text is not in {0}, so nothing was converted.", VARIETY_NAMES[from]);
    return vscode.l10n.t("Nothing to convert.");
}

/** "Converted to Nynorsk." and what the user should know: words kept as written, blocks left alone, the house style. */
function showSummary(ctx: Ctx, r: ConvertResult, from: Variety, to: Variety): void {
    const parts = [to === "nn" ? vscode.l10n.t("Converted to Nynorsk.") : vscode.l10n.t("Converted to Bokmål.")];
    if (r.unknownWords === 1) parts.push(vscode.l10n.t("1 word was not recognised and kept as it is."));
    else if (r.unknownWords > 1) parts.push(vscode.l10n.t("{0} words were not recognised and kept as they are.", r.unknownWords));
    const skipped = r.skippedBlocks.target + r.skippedBlocks.foreign;
    if (skipped === 1) parts.push(vscode.l10n.t("1 paragraph not in {0} was left as it is.", VARIETY_NAMES[from]));
    else if (skipped > 1) parts.push(vscode.l10n.t("{0} paragraphs not in {1} were left as they are.", skipped, VARIETY_NAMES[from]));
    const drafts = r.warnings.filter((w) => w.kind === "draft").length;
    if (drafts)
        parts.push(vscode.l10n.t("The model's corrections of {0} parts did not pass the checks; they have the rules' conversion.", drafts));
    if (r.warnings.some((w) => w.kind === "style")) parts.push(vscode.l10n.t("Some parts do not follow your house style."));
    const details = vscode.l10n.t("Show details");
    const message = parts.join(" ");
    if (parts.length === 1) void vscode.window.showInformationMessage(message);
    else void vscode.window.showInformationMessage(message, details).then((picked) => picked === details && ctx.output.show(true));
}

async function preview(doc: vscode.TextDocument, converted: string, to: Variety): Promise<boolean> {
    ensurePreviewProvider();
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: doc.uri.path, query: `${to}-${Date.now()}` });
    previews.set(uri.toString(), converted);
    previewChanged.fire(uri);
    try {
        await vscode.commands.executeCommand(
            "vscode.diff",
            doc.uri,
            uri,
            vscode.l10n.t("{0} ↔ {1} (preview)", doc.fileName.split(/[\\/]/).pop() ?? "", VARIETY_NAMES[to]),
            { preview: true },
        );
        const apply = vscode.l10n.t("Apply");
        const picked = await vscode.window.showInformationMessage(
            vscode.l10n.t("Apply the conversion to {0}?", VARIETY_NAMES[to]),
            apply,
            vscode.l10n.t("Discard"),
        );
        return picked === apply;
    } finally {
        previews.delete(uri.toString());
        // close the diff tab of the preview, if it is still open
        for (const group of vscode.window.tabGroups.all) {
            for (const tab of group.tabs) {
                const input = tab.input;
                if (input instanceof vscode.TabInputTextDiff && input.modified.toString() === uri.toString())
                    await vscode.window.tabGroups.close(tab);
            }
        }
    }
}

/**
 * The changed spans of a conversion: per line when it kept the lines (the rules always do; the
 * model's pieces are held to it), each line's changed middle only, else the one changed span.
 * Many small replacements apply far faster in the editor than one over the whole document
 * (10,000 words: ~600 ms as one span).
 */
export function changedSpans(before: string, after: string): { start: number; end: number; text: string }[] {
    const middle = (a: string, b: string, offset: number) => {
        let start = 0;
        while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
        let end = 0;
        while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end))
            end++;
        return { start: offset + start, end: offset + a.length - end, text: b.slice(start, b.length - end) };
    };
    const a = before.split("\n");
    const b = after.split("\n");
    if (a.length !== b.length) return before === after ? [] : [middle(before, after, 0)];
    const out: { start: number; end: number; text: string }[] = [];
    let offset = 0;
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) out.push(middle(a[i], b[i], offset));
        offset += a[i].length + 1;
    }
    return out;
}

/**
 * The conversion as one edit (one undo step) over the changed spans only, if the document is
 * still the one converted; whether it was applied. Through the document's visible editor when
 * there is one: VS Code applies a text editor's edits directly to its model, where a
 * WorkspaceEdit goes through the bulk-edit service (10,000 words, 300 spans in code-server:
 * 35–55 ms against 140–440 ms). A WorkspaceEdit when the document is no longer shown.
 */
async function applyResult(
    ctx: Ctx,
    doc: vscode.TextDocument,
    version: number,
    before: string,
    after: string,
    target: Variety | "switch",
): Promise<boolean> {
    if (doc.isClosed) return false;
    if (doc.version !== version) {
        const again = vscode.l10n.t("Convert again");
        const picked = await vscode.window.showWarningMessage(
            vscode.l10n.t("The document changed while it was being converted, so the result was not applied."),
            again,
        );
        if (picked === again) await convertCommand(ctx, target);
        return false;
    }
    const spans = changedSpans(before, after).map((e) => ({
        range: new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)),
        text: e.text,
    }));
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    let ok = false;
    try {
        ok = editor ? await editor.edit((b) => spans.forEach((e) => b.replace(e.range, e.text))) : false;
    } catch {
        // the editor closed meanwhile: the workspace edit below still reaches the document
    }
    if (!ok && doc.version === version) {
        const edit = new vscode.WorkspaceEdit();
        for (const e of spans) edit.replace(doc.uri, e.range, e.text);
        ok = await vscode.workspace.applyEdit(edit);
    }
    if (!ok) void vscode.window.showErrorMessage(vscode.l10n.t("Skrivehjelp could not apply the conversion."));
    return ok;
}

/** Logs every warning; shows parts left unconverted, if any (then whether it did). */
function showWarnings(ctx: Ctx, doc: vscode.TextDocument, r: ConvertResult): boolean {
    for (const w of r.warnings) ctx.output.warn(`${doc.uri.fsPath}:${w.range.start.line + 1}: ${w.message}`);
    const unconverted = r.warnings.filter((w) => w.kind === "unconverted");
    if (unconverted.length === 0) return false;
    const first = unconverted[0].range;
    const go = vscode.l10n.t("Go to the first");
    const log = vscode.l10n.t("Show details");
    void vscode.window
        .showWarningMessage(
            r.engine === "model"
                ? vscode.l10n.t(
                      "{0} of {1} parts were left unconverted (from line {2}): the model's answer did not pass the checks.",
                      unconverted.length,
                      r.pieces,
                      first.start.line + 1,
                  )
                : vscode.l10n.t(
                      "{0} of {1} parts were left unconverted (from line {2}); see the Skrivehjelp log.",
                      unconverted.length,
                      r.pieces,
                      first.start.line + 1,
                  ),
            go,
            log,
        )
        .then((picked) => {
            if (picked === go) {
                const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
                if (editor) {
                    const range = new vscode.Range(first.start.line, first.start.character, first.end.line, first.end.character);
                    editor.selection = new vscode.Selection(range.start, range.end);
                    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
                }
            } else if (picked === log) ctx.output.show(true);
        });
    return true;
}
