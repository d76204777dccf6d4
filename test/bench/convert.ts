// `npm run bench -- convert`: Bokmål → Nynorsk conversion of a 2,000-word Markdown document
// through the server with the NB-Llama-3.2-1B-shaped model, with 1 sequence and with several;
// time until the first piece is done; and how fast dictionary diagnostics arrive after an edit
// while the conversion runs. The model's weights are random: its answers run to the piece's
// token limit and fail the guards, so each piece is generated twice (the retry) at full length;
// words/s here is a lower bound of what a real model reaches on the same machine.
import { PublishDiagnosticsNotification, WorkDoneProgress, type WorkDoneProgressReport } from "vscode-languageserver-protocol/node";
import { ConvertRequest } from "../../language-server/src/protocol/convert";
import { startServer } from "../server/lspClient";
import type { Row } from "./row";

const SENTENCES = [
    "Jeg vet ikke hvordan vi skal løse dette problemet før fristen går ut.",
    "Kommunen har bestemt at alle søknader skal behandles innen tre uker.",
    "Det er viktig at du leser **hele** dokumentet før du svarer på henvendelsen.",
    "Se [veiledningen](https://www.regjeringen.no/no/dokumenter/veileder/) for flere detaljer om ordningen.",
    "Hvis du har spørsmål, kan du kontakte oss på telefon eller e-post.",
    "Vi har fått mange tilbakemeldinger fra brukere som ønsker en enklere løsning.",
    "Kjør `npm install` før du starter programmet for første gang.",
    "Arbeidet med den nye strategien begynte i fjor høst og er nå nesten ferdig.",
];

/** A Bokmål Markdown document of about `words` words: headings, paragraphs, a list, code. */
export function bokmalDocument(words: number): { text: string; words: number } {
    const parts: string[] = [];
    let n = 0;
    let i = 0;
    while (n < words) {
        if (i % 6 === 0) {
            parts.push(`## Del ${i / 6 + 1}: hvordan vi jobber`);
            n += 5;
        }
        if (i % 9 === 4) parts.push("```sh\nnpm run build -- --production\n```");
        if (i % 7 === 3) {
            parts.push(`- ${SENTENCES[i % SENTENCES.length]}\n- ${SENTENCES[(i + 3) % SENTENCES.length]}`);
            n += 22;
        } else {
            const p = [0, 1, 2, 3].map((k) => SENTENCES[(i + k * 3) % SENTENCES.length]).join(" ");
            parts.push(p);
            n += p.split(/\s+/).length;
        }
        i++;
    }
    return { text: `# Rapport om arbeidet\n\n${parts.join("\n\n")}\n`, words: n };
}

interface RunFigures {
    sequences: number;
    seconds: number;
    wordsPerSecond: number;
    firstPieceSeconds: number;
    pieces: number;
    passed: number;
    diagnosticsMs: number[];
}

async function run(model: string, sequences: number, doc: { text: string; words: number }, probeDiagnostics: boolean): Promise<RunFigures> {
    const server = await startServer({
        settings: { model: { path: model, threads: 2, sequences, contextSize: 4096 }, checks: { model: false } },
    });
    try {
        await server.connection.sendRequest("skrivehjelp/loadModel", {});
        const token = `bench-convert-${sequences}`;
        const started = performance.now();
        let firstPiece = 0;
        server.connection.onProgress(WorkDoneProgress.type, token, (p) => {
            if (p.kind === "report" && ((p as WorkDoneProgressReport).percentage ?? 0) > 0 && !firstPiece)
                firstPiece = performance.now() - started;
        });
        const pending = server.connection.sendRequest(ConvertRequest, {
            text: doc.text,
            from: "nb",
            to: "nn",
            languageId: "markdown",
            workDoneToken: token,
        });
        const diagnosticsMs = probeDiagnostics ? await probe(server.connection) : [];
        const r = await pending;
        const seconds = (performance.now() - started) / 1000;
        return {
            sequences,
            seconds,
            wordsPerSecond: doc.words / seconds,
            firstPieceSeconds: firstPiece / 1000,
            pieces: r.pieces,
            passed: r.passed,
            diagnosticsMs,
        };
    } finally {
        await server.stop();
    }
}

/** Edits a Nynorsk document five times while the conversion runs; ms until each edit's diagnostics. */
async function probe(connection: Awaited<ReturnType<typeof startServer>>["connection"]): Promise<number[]> {
    const uri = "file:///bench/probe.md";
    let waiting: ((version: number | undefined) => void) | undefined;
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.uri === uri) waiting?.(p.version);
    });
    const arrived = () => new Promise<void>((resolve) => (waiting = () => resolve()));
    let text = "# Notat\n\nEg skriv nynorsk kvar dag, og eg likar det godt.\n";
    let first = arrived();
    connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    await first;
    await new Promise((r) => setTimeout(r, 3000)); // let the conversion get going
    const ms: number[] = [];
    for (let v = 2; v <= 6; v++) {
        const insert = ` Ordet skirve${v} er feil.`;
        const line = 2;
        const character = text.split("\n")[line].length;
        text = text
            .split("\n")
            .map((l, i) => (i === line ? l + insert : l))
            .join("\n");
        first = arrived();
        const t0 = performance.now();
        connection.sendNotification("textDocument/didChange", {
            textDocument: { uri, version: v },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: insert }],
        });
        await first;
        ms.push(Math.round(performance.now() - t0));
        await new Promise((r) => setTimeout(r, 500));
    }
    return ms;
}

export async function convertFigures(rows: Row[], model: string): Promise<Record<string, unknown>> {
    // SKRIVEHJELP_BENCH_CONVERT_WORDS: a shorter document when the machine is busy (the random
    // weights make every piece run to its token limit twice, see above)
    const doc = bokmalDocument(Number(process.env.SKRIVEHJELP_BENCH_CONVERT_WORDS ?? 2000));
    const one = await run(model, 1, doc, true);
    const several = await run(model, 3, doc, false);
    for (const f of [one, several]) {
        rows.push({
            what: `convert ${doc.words}-word Markdown nb→nn, 1B shape, ${f.sequences} sequence${f.sequences > 1 ? "s" : ""} (random weights: every piece retried)`,
            value: Math.round(f.wordsPerSecond * 10) / 10,
            unit: "words/s",
        });
        rows.push({
            what: `convert, ${f.sequences} sequence${f.sequences > 1 ? "s" : ""}: first converted piece after`,
            value: Math.round(f.firstPieceSeconds * 10) / 10,
            unit: "s",
        });
    }
    const worst = Math.max(...one.diagnosticsMs);
    rows.push({
        what: "dictionary diagnostics after an edit while a conversion runs (worst of 5)",
        value: worst,
        unit: "ms",
        goal: "≤ 100 ms",
        pass: worst <= 100,
    });
    return { words: doc.words, one, several };
}
