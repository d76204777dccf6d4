// Speed of the speller's suggestion search (issue 16): what a problem's quick fixes cost once the
// first diagnostics are out. `npm run bench -- speller`. In process, no server: a fresh checker
// each run (results are remembered per checker), best of RUNS, in CPU time of this process (on
// the shared 2-core machine the wall time is mostly other processes' turn; CPU time compares
// two versions measured side by side).
//   - the words of a 10,000-word Bokmål document (the proofreading bench's) the speller flags:
//     check every word, then read each problem's suggestions;
//   - the real typos of real-typos-nb-dev.tsv, each checked and its suggestions read.
import * as path from "node:path";
import { loadLexicon } from "../../language-server/src/lexicon/lexicon";
import { SpellChecker } from "../../language-server/src/proofreading/spelling/checker";
import { tokenize } from "../eval/tokens";
import { readRealTypos } from "../eval/realTypos";
import { tenThousandWordDocument } from "./proofreading";
import type { Row } from "./row";

const RUNS = 7;

/** CPU milliseconds of this process since `from` (process.cpuUsage()). */
function cpuMs(from: NodeJS.CpuUsage): number {
    const u = process.cpuUsage(from);
    return (u.user + u.system) / 1000;
}

function bestOf(fn: () => void): number {
    let min = Infinity;
    for (let i = 0; i < RUNS; i++) {
        const t = process.cpuUsage();
        fn();
        min = Math.min(min, cpuMs(t));
    }
    return min;
}

export function spellerFigures(rows: Row[], dataDir: string): Record<string, unknown> {
    const lexicon = loadLexicon();
    const text = tenThousandWordDocument(dataDir);
    const tokens = tokenize(text);
    const typos = readRealTypos(path.join(dataDir, "real-typos-nb-dev.tsv")).map((r) => r.typo);
    let flagged = 0;
    let checkMs = Infinity;
    // the document: the check, then the suggestions of what it flagged (as the server fills them in)
    const suggestMs =
        bestOf(() => {
            const sp = new SpellChecker(lexicon);
            const t = process.cpuUsage();
            const problems = [];
            for (const tok of tokens) {
                const r = sp.checkWord(tok.text, { language: "nb", sentenceStart: tok.sentenceStart, abbreviation: tok.abbreviation });
                if (!r.ok) problems.push(r);
            }
            checkMs = Math.min(checkMs, cpuMs(t));
            flagged = problems.length;
            for (const p of problems) if (!p.ok) void p.suggestions;
        }) - checkMs;
    let typoFlagged = 0;
    const typoMs = bestOf(() => {
        const sp = new SpellChecker(lexicon);
        typoFlagged = 0;
        for (const w of typos) {
            const r = sp.checkWord(w, { language: "nb" });
            if (!r.ok) {
                typoFlagged++;
                void r.suggestions;
            }
        }
    });
    rows.push({
        what: `speller: the 10,000-word document checked, in process (CPU, best of ${RUNS})`,
        value: +checkMs.toFixed(1),
        unit: "ms",
    });
    rows.push({
        what: `speller: suggestions for its ${flagged} flagged words (CPU, best of ${RUNS})`,
        value: +suggestMs.toFixed(1),
        unit: "ms",
    });
    rows.push({
        what: `speller: ${typos.length} real typos checked, suggestions for the ${typoFlagged} flagged (CPU, best of ${RUNS}), per typo`,
        value: +(typoMs / typos.length).toFixed(2),
        unit: "ms",
    });
    return { flagged, checkMs, suggestMs, typos: typos.length, typoFlagged, typoMs };
}
