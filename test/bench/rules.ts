// `npm run bench -- rules`: the rule converter with no model.
//  - its tables: size on disk, and loading them (one read, typed-array views) with a first sentence;
//  - `skrivehjelp convert --engine rules` on a 90,000-word Markdown file, start-up included, and
//    Apertium (Debian's apertium nob-nno) on the same text, for the ratio;
//  - the server, warm: a 90,000-word document over LSP, and its memory with the tables loaded;
//  - VS Code (code-server, the VSIX, no model): a 10,000-word Markdown document converted from
//    the palette and applied, after a first conversion loaded the tables (the client logs
//    "… applied in N ms").
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConvertRequest } from "../../language-server/src/protocol/convert";
import { DEFAULT_PREFERENCES } from "../../language-server/src/convert/prompts";
import { TableRuleEngine } from "../../language-server/src/convert/rules/engine";
import { readConvertTable } from "../../language-server/src/convert/rules/table";
import { findDataDir } from "../../language-server/src/dataDir";
import { openFile, openWorkbench, runCommand, waitForNotification, waitForStatusBarText } from "../e2e/harness/browser";
import { startCodeServer } from "../e2e/harness/codeServer";
import { builtVsix, freshWorkspace } from "../e2e/workspace";
import { repoRoot } from "../models/models";
import { startServer } from "../server/lspClient";
import { bokmalDocument } from "./convert";
import { memoryMb } from "./procStats";
import type { Row } from "./row";
import { findLog } from "./vscodeLog";

/** Conversions timed in VS Code after the first: an odd number, so the median is one of them. */
const TIMED_CONVERSIONS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function rulesFigures(rows: Row[]): Promise<Record<string, unknown>> {
    const details: Record<string, unknown> = {};
    const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
    if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh");
    const file = path.join(dir, "convert.bin");
    const mb = fs.statSync(file).size / 1e6;
    rows.push({ what: "rules: conversion tables on disk", value: Number(mb.toFixed(1)), unit: "MB", goal: "≤ 15", pass: mb <= 15 });
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const engine = new TableRuleEngine(readConvertTable(file));
        engine.convertText("Jeg vet ikke hva boken heter.", { from: "nb", to: "nn", preferences: DEFAULT_PREFERENCES });
        loads.push(performance.now() - t0);
    }
    const load = median(loads);
    rows.push({
        what: "rules: tables loaded + first sentence (median of 5)",
        value: Math.round(load),
        unit: "ms",
        goal: "≤ 50",
        pass: load <= 50,
    });

    const big = bokmalDocument(90_000);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-bench-rules-"));
    const doc = path.join(tmp, "rapport.md");
    fs.writeFileSync(doc, big.text);
    const cli = path.join(repoRoot(), "dist", "cli.js");
    const cliRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        execFileSync(process.execPath, [cli, "convert", "--to", "nn", "--engine", "rules", doc], { stdio: ["ignore", "ignore", "ignore"] });
        cliRuns.push(performance.now() - t0);
    }
    const cliWps = big.words / (median(cliRuns) / 1000);
    rows.push({
        what: `rules: skrivehjelp convert, ${big.words} words, start-up included`,
        value: Math.round(cliWps),
        unit: "words/s",
        goal: "≥ 20000",
        pass: cliWps >= 20_000,
    });
    const apertium = apertiumWordsPerSecond(big.text, big.words, tmp);
    if (apertium)
        rows.push({ what: "rules: CLI words/s ÷ Apertium nob-nno words/s (same text)", value: Math.round(cliWps / apertium), unit: "×" });
    details.cli = { words: big.words, ms: cliRuns, apertiumWordsPerSecond: apertium };

    const server = await startServer({ settings: { convert: { engine: "rules" } } });
    try {
        await server.connection.sendRequest(ConvertRequest, { text: "Jeg vet ikke.", from: "nb", to: "nn", languageId: "markdown" });
        const runs: number[] = [];
        for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            const r = await server.connection.sendRequest(ConvertRequest, { text: big.text, from: "nb", to: "nn", languageId: "markdown" });
            runs.push(performance.now() - t0);
            if (r.text === big.text) throw new Error("the server converted nothing");
        }
        const wps = big.words / (median(runs) / 1000);
        rows.push({
            what: "rules: server, warm, 90,000-word document over LSP",
            value: Math.round(wps),
            unit: "words/s",
            goal: "≥ 100000",
            pass: wps >= 100_000,
        });
        const m = memoryMb(server.process.pid!);
        rows.push({ what: "rules: server RSS with the tables loaded", value: m.rssMb, unit: "MB", goal: "≤ 200", pass: m.rssMb <= 200 });
        details.server = { ms: runs, rssMb: m.rssMb, peakRssMb: m.peakRssMb };
    } finally {
        await server.stop();
    }
    details.vscode = await vscodeRun(rows);
    fs.rmSync(tmp, { recursive: true, force: true });
    return details;
}

function apertiumWordsPerSecond(text: string, words: number, tmp: string): number | undefined {
    if (spawnSync("sh", ["-c", "command -v apertium"]).status !== 0) return undefined;
    const input = path.join(tmp, "apertium-in.txt");
    fs.writeFileSync(input, text);
    const t0 = performance.now();
    execFileSync("apertium", ["-u", "nob-nno", input, path.join(tmp, "apertium-out.txt")]);
    return words / ((performance.now() - t0) / 1000);
}

async function vscodeRun(rows: Row[]): Promise<Record<string, unknown>> {
    const workspace = freshWorkspace();
    const doc = bokmalDocument(10_000);
    fs.writeFileSync(path.join(workspace, "rapport.md"), doc.text);
    const server = await startCodeServer({ name: "bench-rules", workspace, vsix: builtVsix(), userSettings: {} });
    const wb = await openWorkbench(server);
    try {
        await openFile(wb.page, "rapport.md");
        await waitForStatusBarText(wb.page, /Bokmål/, 60_000);
        const times: number[] = [];
        const answers: number[] = [];
        // one conversion loads the tables, then TIMED_CONVERSIONS are timed and their median reported
        for (let i = 0; i < 1 + TIMED_CONVERSIONS; i++) {
            // each run converts the original: the first loads the tables, the later ones are timed
            if (i > 0) {
                await wb.page.locator(".editor-instance .monaco-editor .view-lines").first().click();
                await wb.page.keyboard.press("Control+Z");
                await waitForStatusBarText(wb.page, /Bokmål/, 60_000);
            }
            await runCommand(wb.page, "Skrivehjelp: Konverter til nynorsk");
            await waitForNotification(wb.page, /Converted to Nynorsk\./, 60_000);
            const t = await appliedMs(server.userDataDir, i + 1);
            times.push(t.applied);
            answers.push(t.answered);
        }
        const ms = median(times.slice(1));
        rows.push({
            what: `rules: VS Code, ${doc.words}-word Markdown converted and applied (tables loaded, median of ${TIMED_CONVERSIONS})`,
            value: ms,
            unit: "ms",
            goal: "≤ 300",
            pass: ms <= 300,
        });
        rows.push({ what: "rules: … of which the server's answer (median)", value: median(answers.slice(1)), unit: "ms" });
        return { words: doc.words, ms: times, answerMs: answers };
    } finally {
        await wb.close();
        await server.stop();
    }
}

/** The `count`-th "applied in N ms (the answer after M ms" of the client's log, once it is there. */
async function appliedMs(userDataDir: string, count: number): Promise<{ applied: number; answered: number }> {
    const end = Date.now() + 30_000;
    for (;;) {
        const found = [...findLog(userDataDir).matchAll(/applied in (\d+) ms \(the answer after (\d+) ms/g)].map((m) => ({
            applied: Number(m[1]),
            answered: Number(m[2]),
        }));
        if (found.length >= count) return found[count - 1];
        if (Date.now() > end) throw new Error(`the extension log never showed ${count} applied conversions`);
        await new Promise((r) => setTimeout(r, 100));
    }
}
