// `npm run bench`: the speed and memory goals, measured. Writes .cache/bench/report.json and
// prints a table. Figures depend on the machine; run it on an otherwise idle one.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ProgressType } from "vscode-languageserver-protocol/node";
import { GenerateRequest, LoadModelRequest, StatusRequest } from "../../language-server/src/protocol/methods";
import { ensureNbLlama1bShapeModel, ensureTinyModel, repoRoot } from "../models/models";
import { startServer } from "../server/lspClient";
import type { Page } from "playwright-core";
import { openFile, openWorkbench, runCommand, waitForStatusBarText } from "../e2e/harness/browser";
import { startCodeServer } from "../e2e/harness/codeServer";
import { builtVsix, freshWorkspace } from "../e2e/workspace";
import { directGeneration } from "./direct";
import { childPids, memoryMb } from "./procStats";
import { findLog } from "./vscodeLog";
import { rulesFigures } from "./rules";

import type { Row } from "./row";
import { chatFigures } from "./chat";
import { proofreadingFigures } from "./proofreading";
import { spellerFigures } from "./speller";
import { remoteEngineFigures } from "./remoteEngine";
import { convertFigures } from "./convert";
import { modelProofreadingFigures } from "./modelProofreading";
import { downloadFigures } from "./download";

const PROMPT = "Skriv ein kort tekst på nynorsk om korleis ein lagar eit godt møtereferat, med tre konkrete råd:";
const GEN_TOKENS = 96;
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function serverFigures(rows: Row[], big: string): Promise<Record<string, unknown>> {
    const threads = Math.min(os.availableParallelism(), 8);
    // start to initialize, and memory with no model
    const inits: number[] = [];
    for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const s = await startServer();
        inits.push(performance.now() - t0);
        await s.connection.sendRequest(StatusRequest);
        if (i === 2) {
            await new Promise((r) => setTimeout(r, 500));
            const m = memoryMb(s.process.pid!);
            rows.push({ what: "server RSS, no model", value: m.rssMb, unit: "MB", goal: "≤ 100", pass: m.rssMb <= 100 });
        }
        await s.stop();
    }
    const init = median(inits);
    rows.push({ what: "server spawn → initialize (stdio)", value: Math.round(init), unit: "ms", goal: "≤ 300", pass: init <= 300 });

    // model load and generation through the server
    const server = await startServer({ settings: { model: { path: big, threads } } });
    const t0 = performance.now();
    const status = await server.connection.sendRequest(LoadModelRequest, {});
    const loadWallMs = performance.now() - t0;
    if (status.state !== "ready") throw new Error(`bench model did not load: ${JSON.stringify(status)}`);
    const worker = childPids(server.process.pid!)[0];
    rows.push({ what: "model load (nb-llama-1b-shape, through server)", value: Math.round(loadWallMs), unit: "ms" });

    const serverRuns: { tps: number; ttft: number; tokens: number }[] = [];
    const directRuns: { tps: number; ttft: number; tokens: number }[] = [];
    // alternate so that a busy moment on the machine hits both sides alike
    for (let r = 0; r < RUNS; r++) {
        const token = `bench-${r}`;
        let first = 0;
        const sent = performance.now();
        const sub = server.connection.onProgress(new ProgressType<string>(), token, () => {
            if (!first) first = performance.now();
        });
        const res = await server.connection.sendRequest(GenerateRequest, {
            prompt: { text: PROMPT },
            maxTokens: GEN_TOKENS,
            temperature: 0,
            partialResultToken: token,
        });
        const end = performance.now();
        sub.dispose();
        serverRuns.push({ tps: (res.tokens - 1) / ((end - first) / 1000), ttft: first - sent, tokens: res.tokens });
        const [d] = await directGeneration(big, PROMPT, threads, GEN_TOKENS, status.model!.contextSize, status.model!.sequences, 1);
        directRuns.push({ tps: d.tokensPerSecond, ttft: d.timeToFirstTokenMs, tokens: d.tokens });
    }
    const mem = memoryMb(worker);
    rows.push({ what: "model worker RSS after generating (mmap)", value: mem.rssMb, unit: "MB" });
    rows.push({ what: "model worker peak RSS", value: mem.peakRssMb, unit: "MB" });
    await server.stop();

    const sTps = median(serverRuns.map((x) => x.tps));
    const dTps = median(directRuns.map((x) => x.tps));
    rows.push({ what: `generation through server (${GEN_TOKENS} tokens, ${threads} threads)`, value: +sTps.toFixed(2), unit: "tok/s" });
    rows.push({ what: "generation, node-llama-cpp directly", value: +dTps.toFixed(2), unit: "tok/s" });
    rows.push({
        what: "throughput ratio server / direct",
        value: +(sTps / dTps).toFixed(3),
        unit: "",
        goal: "≥ 0.95",
        pass: sTps / dTps >= 0.95,
    });
    rows.push({ what: "time to first token, through server", value: Math.round(median(serverRuns.map((x) => x.ttft))), unit: "ms" });
    rows.push({ what: "time to first token, directly", value: Math.round(median(directRuns.map((x) => x.ttft))), unit: "ms" });
    return { threads, serverRuns, directRuns, loadMsInWorker: status.model!.loadMs, model: status.model };
}

/** VS Code's own activation time, from Developer: Show Running Extensions. */
async function activationMs(page: Page): Promise<{ ms: number; row: string }> {
    await page.setViewportSize({ width: 1400, height: 2400 }); // the list renders only what is in view
    await runCommand(page, "Developer: Show Running Extensions");
    const row = page.locator(".runtime-extensions-editor .monaco-list-row", { hasText: "Skrivehjelp" }).first();
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, " ");
    return { ms: Number(/Activation: (\d+)\s*ms/.exec(text)?.[1] ?? NaN), row: text };
}

async function vscodeFigures(rows: Row[]): Promise<Record<string, unknown>> {
    const tiny = await ensureTinyModel();
    const details: Record<string, unknown> = {};
    // Opened alone (a text file) the measure is ours; with a Markdown file VS Code's Markdown and
    // Emmet extensions activate at the same moment in the same extension host, and share the time.
    for (const [file, label] of [
        ["lesmeg.txt", "a text file"],
        ["notat.md", "a Markdown file"],
    ] as const) {
        const server = await startCodeServer({
            name: "bench",
            workspace: freshWorkspace(),
            vsix: builtVsix(),
            userSettings: { "skrivehjelp.model.path": tiny },
        });
        const wb = await openWorkbench(server);
        try {
            await openFile(wb.page, file);
            await waitForStatusBarText(wb.page, /^Skrivehjelp: ready/, 60_000);
            // the first start happens while the window still starts; a restart shows a settled one
            await runCommand(wb.page, "Skrivehjelp: Restart server");
            const inits = await pollInits(server.userDataDir, 2);
            const activation = await activationMs(wb.page);
            rows.push({
                what: `extension activation on ${label} (VS Code's measure)`,
                value: activation.ms,
                unit: "ms",
                goal: "≤ 50",
                pass: activation.ms <= 50,
            });
            rows.push({
                what: `server start → initialize, window opening with ${label}`,
                value: inits[0],
                unit: "ms",
                goal: "≤ 300",
                pass: inits[0] <= 300,
            });
            rows.push({
                what: "server start → initialize, restart in a settled window",
                value: inits[1],
                unit: "ms",
                goal: "≤ 300",
                pass: inits[1] <= 300,
            });
            details[file] = { runningExtensionsRow: activation.row, inits };
        } finally {
            await wb.close();
            await server.stop();
        }
    }
    return details;
}

async function pollInits(userDataDir: string, count: number): Promise<number[]> {
    const end = Date.now() + 60_000;
    for (;;) {
        const found = [...findLog(userDataDir).matchAll(/initialized in (\d+) ms/g)].map((m) => Number(m[1]));
        if (found.length >= count) return found;
        if (Date.now() > end) throw new Error(`the extension log never showed ${count} server starts`);
        await new Promise((r) => setTimeout(r, 200));
    }
}

async function main(): Promise<void> {
    // `npm run bench -- proofreading` (or rules, speller, vscode, server, remote, convert, download) measures one part only
    const only = process.argv[2];
    const rows: Row[] = [];
    const details: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, loadavg: os.loadavg() };
    // the rule converter needs no model: measured first, and alone without generating one
    if (!only || only === "rules") details.rules = await rulesFigures(rows);
    if (!only || only === "speller")
        details.speller = spellerFigures(rows, process.env.SKRIVEHJELP_DATA ?? path.join(repoRoot(), "..", "shared", "data"));
    const big =
        only === "rules" || only === "speller"
            ? ""
            : await ensureNbLlama1bShapeModel({ onGenerated: (f) => process.stderr.write(`generated ${f.path}\n`) });
    if (!only || only === "proofreading")
        details.proofreading = await proofreadingFigures(
            rows,
            process.env.SKRIVEHJELP_DATA ?? path.join(repoRoot(), "..", "shared", "data"),
        );
    if (!only || only === "model-proofreading")
        details.modelProofreading = await modelProofreadingFigures(
            rows,
            big,
            process.env.SKRIVEHJELP_DATA ?? path.join(repoRoot(), "..", "shared", "data"),
        );
    if (!only || only === "vscode") details.vscode = await vscodeFigures(rows);
    if (!only || only === "server") details.server = await serverFigures(rows, big);
    if (!only || only === "remote") details.remote = await remoteEngineFigures(rows, big);
    if (!only || only === "convert") details.convert = await convertFigures(rows, big);
    if (!only || only === "download") details.download = await downloadFigures(rows, big);
    if (!only || only === "chat") details.chat = await chatFigures(rows, big);
    const dir = path.join(repoRoot(), ".cache", "bench");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "report.json");
    fs.writeFileSync(file, JSON.stringify({ rows, details }, null, 2));
    const w = Math.max(...rows.map((r) => r.what.length));
    process.stdout.write(`\n${"measure".padEnd(w)}  ${"value".padStart(10)}  goal\n`);
    for (const r of rows) {
        const mark = r.pass === undefined ? "" : r.pass ? "  ok" : "  MISSED";
        process.stdout.write(`${r.what.padEnd(w)}  ${`${r.value} ${r.unit}`.padStart(10)}  ${r.goal ?? ""}${mark}\n`);
    }
    process.stdout.write(`\nreport: ${file}\n`);
}

main().catch((e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
});
