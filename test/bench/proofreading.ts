// Speed and memory of the dictionary layers (issue 3, item 9), measured through the real server
// over stdio the way an editor sees them, plus the pure re-check time in this process.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    PublishDiagnosticsNotification,
    type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { DictionaryLayers } from "../../language-server/src/proofreading/dictionaryLayers";
import { DocumentProofreader } from "../../language-server/src/proofreading/proofreader";
import { WordSet } from "../../language-server/src/proofreading/wordLists";
import { DEFAULT_SETTINGS } from "../../language-server/src/protocol/settings";
import { readTsv } from "../eval/proofread";
import { startServer } from "../server/lspClient";
import { memoryMb } from "./procStats";
import type { Row } from "./row";
import { checkContextFrom } from "../../language-server/src/proofreading/checkContext";

const WORDS = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A Markdown document of 10,000 prose words from the dev sentences: headings, paragraphs, some code. */
export function tenThousandWordDocument(dataDir: string, variety: "nb" | "nn" = "nb"): string {
    const parts: string[] = [];
    let words = 0;
    let i = 0;
    for (const row of readTsv(path.join(dataDir, "nbnn-dev.tsv"))) {
        if (words >= WORDS) break;
        const sentence = row[variety];
        if (i % 25 === 0) parts.push(`## Del ${i / 25 + 1}`);
        if (i % 40 === 20) parts.push("```sh\nnpm run build -- --verbose\n```");
        parts.push(sentence);
        words += sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
        i++;
    }
    return parts.join("\n\n") + "\n";
}

export async function proofreadingFigures(rows: Row[], dataDir: string): Promise<Record<string, unknown>> {
    const text = tenThousandWordDocument(dataDir);
    const uri = pathToFileURL(path.join(fs.mkdtempSync("/tmp/skrivehjelp-bench-"), "lang.md")).href;

    // cold start: process spawn → first diagnostics of a document opened right after initialize
    type Cold = {
        node: string;
        cached: boolean;
        fromSpawn: number;
        fromOpen: number;
        diagnostics: number;
        wholeFromSpawn: number;
        wholeDiagnostics: number;
        settledFromSpawn: number;
    };
    const colds: Cold[] = [];
    const keystrokes: number[] = [];
    let rssMb = NaN;
    // The Node running the bench, then the one VS Code / code-server run the server with (Node 24,
    // from scripts/lib/env.sh), where dist/server.js turns on Node's compile cache: its first start
    // fills the cache (a fresh folder here), the later ones use it.
    const node24 = process.env.NODE24 && fs.existsSync(process.env.NODE24) ? process.env.NODE24 : undefined;
    const compileCache = fs.mkdtempSync("/tmp/skrivehjelp-compile-cache-");
    // VS Code spawns the server with the Node its extension host already runs, so that binary
    // (~120 MB) is in memory; read it once here, or the first start measures the disk instead
    // (after the packaging step it was 160-460 ms for the same start that takes 165-200 ms).
    if (node24) spawnSync(node24, ["-e", "0"]);
    const plan = [
        ...[0, 1, 2].map(() => ({ node: process.execPath, cached: false })),
        ...(node24 ? [0, 1, 2, 3].map((i) => ({ node: node24, cached: i > 0 })) : []),
    ];
    for (let run = 0; run < plan.length; run++) {
        const { node, cached } = plan[run];
        const t0 = performance.now();
        const server = await startServer({ settings: { language: "nb" }, node, env: { NODE_COMPILE_CACHE: compileCache } });
        let waiting: ((p: PublishDiagnosticsParams) => void) | undefined;
        server.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
            if (p.uri === uri) waiting?.(p);
        });
        const next = () => new Promise<PublishDiagnosticsParams>((resolve) => (waiting = resolve));
        const first = next();
        const opened = performance.now();
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: "markdown", version: 1, text },
        });
        const p = await first;
        const end = performance.now();
        // The first publish covers the opening screens of a long document (firstPass.ts); the
        // next one the whole document; suggestions that missed a pass's budget follow after.
        let settled = end;
        let whole: { at: number; diagnostics: number } | undefined;
        for (;;) {
            const more = await Promise.race([next(), new Promise<undefined>((r) => setTimeout(() => r(undefined), 1500))]);
            if (!more) break;
            settled = performance.now();
            whole ??= { at: settled, diagnostics: more.diagnostics.length };
        }
        whole ??= { at: end, diagnostics: p.diagnostics.length };
        colds.push({
            node,
            cached,
            fromSpawn: end - t0,
            fromOpen: end - opened,
            diagnostics: p.diagnostics.length,
            wholeFromSpawn: whole.at - t0,
            wholeDiagnostics: whole.diagnostics,
            settledFromSpawn: settled - t0,
        });
        if (run === 2) {
            // one keystroke in the middle of the document, twenty times: time to its diagnostics
            const lines = text.split("\n");
            const line = Math.floor(lines.length / 2) + (lines[Math.floor(lines.length / 2)] ? 0 : 1);
            for (let k = 0; k < 20; k++) {
                const got = next();
                const t = performance.now();
                await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                    textDocument: { uri, version: 2 + k },
                    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: k % 2 ? "" : "x" }],
                });
                await got;
                keystrokes.push(performance.now() - t);
            }
            rssMb = memoryMb(server.process.pid!).rssMb;
        }
        await server.stop();
    }
    const best = (xs: Cold[]) => xs.reduce((a, b) => (b.fromSpawn < a.fromSpawn ? b : a));
    const coldRows = (label: string, runs: Cold[]) => {
        if (!runs.length) return;
        const c = best(runs);
        rows.push({
            what: `10,000-word Markdown: server spawn → first diagnostics, ${label}`,
            value: Math.round(c.fromSpawn),
            unit: "ms",
            goal: "≤ 300",
            pass: c.fromSpawn <= 300,
        });
        rows.push({ what: "  of which didOpen → first diagnostics", value: Math.round(c.fromOpen), unit: "ms" });
        rows.push({
            what: `  (the opening screens: ${c.diagnostics} diagnostics) spawn → the whole document checked (${c.wholeDiagnostics} diagnostics)`,
            value: Math.round(c.wholeFromSpawn),
            unit: "ms",
        });
        rows.push({ what: "  spawn → every suggestion filled in (last publish)", value: Math.round(c.settledFromSpawn), unit: "ms" });
    };
    coldRows(
        `Node ${process.version} (best of 3)`,
        colds.filter((c) => c.node === process.execPath),
    );
    coldRows(
        "Node 24 as VS Code runs it, first start (empty compile cache)",
        colds.filter((c) => c.node !== process.execPath && !c.cached),
    );
    coldRows(
        "Node 24 as VS Code runs it, later starts (best of 3)",
        colds.filter((c) => c.node !== process.execPath && c.cached),
    );
    fs.rmSync(compileCache, { recursive: true, force: true });
    const cold = best(colds);
    const key = median(keystrokes);
    // includes applying the change, the re-check, and serializing every diagnostic of the document
    rows.push({ what: "one keystroke → all its diagnostics back over stdio (median of 20)", value: +key.toFixed(1), unit: "ms" });
    rows.push({
        what: "server RSS, both dictionaries loaded, 10,000-word document open",
        value: rssMb,
        unit: "MB",
        goal: "≤ 150",
        pass: rssMb <= 150,
    });

    // the check itself, in this process: a full re-check (fresh extractor) and one after a keystroke
    const layers = new DictionaryLayers(() => undefined).layers();
    const settings = { ...DEFAULT_SETTINGS, language: "nb" as const };
    // the server keeps one word-list set and one ignore set per document between checks
    const accepted = new WordSet();
    const ignored = new Set<string>();
    const full: number[] = [];
    const incremental: number[] = [];
    // warm the code first, as in a server that has been running for a while
    for (let i = 0; i < 30; i++) new DocumentProofreader("markdown").check(text, checkContextFrom(settings, { layers, accepted, ignored }));
    for (let i = 0; i < 15; i++) {
        const proofreader = new DocumentProofreader("markdown");
        let t = performance.now();
        proofreader.check(text, checkContextFrom(settings, { layers, accepted, ignored }));
        full.push(performance.now() - t);
        const mid = text.indexOf("\n\n", text.length >> 1) + 2;
        const edited = text.slice(0, mid) + "x" + text.slice(mid);
        t = performance.now();
        proofreader.check(edited, checkContextFrom(settings, { layers, accepted, ignored }));
        incremental.push(performance.now() - t);
    }
    // best of 15: another process on a busy machine only ever makes a run slower
    const fullMs = Math.min(...full);
    const incMs = Math.min(...incremental);
    rows.push({
        what: "full re-check of 10,000 words, in process (best of 15)",
        value: +fullMs.toFixed(1),
        unit: "ms",
        goal: "≤ 50",
        pass: fullMs <= 50,
    });
    rows.push({ what: "  median", value: +median(full).toFixed(1), unit: "ms" });
    rows.push({
        what: "re-check after one keystroke, in process (best of 15)",
        value: +incMs.toFixed(2),
        unit: "ms",
        goal: "≤ 5",
        pass: incMs <= 5,
    });
    rows.push({ what: "  median", value: +median(incremental).toFixed(2), unit: "ms" });
    return { colds, keystrokes, full, incremental, diagnostics: cold.diagnostics };
}
