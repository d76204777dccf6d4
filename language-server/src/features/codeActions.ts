// Quick fixes for the proofreader's diagnostics: each suggestion (best one preferred), fix all
// of a kind, add the word to a word list, ignore it in this document.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver/node";
import type { Variety } from "../protocol/writtenStandard";
import { texts } from "../proofreading/messages";
import { Commands, MAX_SUGGESTIONS, type AddWordArgs, type IgnoreWordArgs, type ProblemData } from "../protocol/proofreading";

export const SOURCE = "skrivehjelp";

/** The grammar layer's rule family of a diagnostic (its `data.rule`), if any. */
function ruleOf(d: Diagnostic): string | undefined {
    const rule = (d.data as { rule?: unknown } | undefined)?.rule;
    return typeof rule === "string" ? rule : undefined;
}

function dataOf(d: Diagnostic): ProblemData | undefined {
    const data = d.data as Partial<ProblemData> | undefined;
    if (d.source !== SOURCE || !data || typeof data.text !== "string" || !Array.isArray(data.suggestions)) return undefined;
    return { text: data.text, suggestions: data.suggestions.filter((s): s is string => typeof s === "string") };
}

/**
 * @param atCursor the diagnostics the client sent with the request (those under the cursor)
 * @param all every Skrivehjelp diagnostic of the document, for "fix all"
 */
export function codeActionsFor(
    uri: string,
    atCursor: readonly Diagnostic[],
    all: readonly Diagnostic[],
    variety: Variety | undefined,
    hasWorkspace: boolean,
): CodeAction[] {
    const t = texts(variety);
    const actions: CodeAction[] = [];
    for (const d of atCursor) {
        const data = dataOf(d);
        if (!data) continue;
        data.suggestions.slice(0, MAX_SUGGESTIONS).forEach((s, i) => {
            actions.push({
                title: t.replaceWith(s),
                kind: CodeActionKind.QuickFix,
                diagnostics: [d],
                isPreferred: i === 0,
                edit: { changes: { [uri]: [{ range: d.range, newText: s }] } },
            });
        });
        // of one kind: the same code and severity, so fixing the målform warnings leaves the
        // house style's marks (Information) alone, and fixing misspellings leaves unknown words,
        // often names and terms, as they are
        // (a grammar problem: of the same rule family, whatever the rule's certainty: "fix all
        // særskriving" joins every split compound, and one undo takes it back)
        const rule = ruleOf(d);
        const sameKind = all.filter(
            (o) => o.code === d.code && (rule ? ruleOf(o) === rule : o.severity === d.severity) && (dataOf(o)?.suggestions.length ?? 0) > 0,
        );
        if (sameKind.length > 1) {
            const edits: TextEdit[] = sameKind.map((o) => ({ range: o.range, newText: dataOf(o)!.suggestions[0] }));
            actions.push({
                title: rule ? t.fixAllGrammar(sameKind.length, rule) : t.fixAll(sameKind.length),
                kind: CodeActionKind.QuickFix,
                diagnostics: sameKind,
                edit: { changes: { [uri]: edits } },
            });
        }
        // a word list takes words, not "skal skal" (a word typed twice)
        if (d.code === "spelling" && !/\s/.test(data.text)) {
            const word = data.text;
            const add = (list: AddWordArgs["list"], title: string): CodeAction => ({
                title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [d],
                command: { title, command: Commands.addWord, arguments: [{ word, list, uri } satisfies AddWordArgs] },
            });
            if (hasWorkspace) actions.push(add("workspace", t.addToWorkspace(word)));
            actions.push(add("user", t.addToUser(word)));
        }
        const ignore = t.ignoreInDocument(data.text);
        actions.push({
            title: ignore,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            command: { title: ignore, command: Commands.ignoreWord, arguments: [{ word: data.text, uri } satisfies IgnoreWordArgs] },
        });
    }
    return actions;
}
