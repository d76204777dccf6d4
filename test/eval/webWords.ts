// The compound checks on real vocabulary (issue 16): the lower-case words of Tesseract's
// Norwegian word list (the web text the lexicon's F_COMMON bit comes from, scripts/lexicon) that
// the speller accepts only as compounds, and how many of those it still questions (a compound
// rule or likelyTypo), per standard and per rule. The list is web text, so it holds typos too
// ("modstander", "overaskende"): the figure is for comparing builds, not a false-alarm rate.
// Every flagged word goes to .cache/eval/web-words.tsv, to diff between builds.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { SpellChecker } from "../../language-server/src/proofreading/spelling/checker";
import { likelyTypo } from "../../language-server/src/proofreading/spelling/likelyTypo";
import { compoundSlip } from "../../language-server/src/proofreading/spelling/realTypoChecks";
import { pct } from "./layers";

/** Where tesseract-ocr-nor puts the model whose word list scripts/lexicon/build.sh dumps. */
export const TESSERACT_NOR = "/usr/share/tesseract-ocr/5/tessdata/nor.traineddata";

/**
 * The words of Tesseract's Norwegian list, dumped as the lexicon build dumps them
 * (combine_tessdata, dawg2wordlist), or a sentence saying why they cannot be.
 */
export function readWebWords(model = TESSERACT_NOR): string[] | string {
    if (!fs.existsSync(model)) return `no ${model}: install tesseract-ocr and tesseract-ocr-nor (scripts/lexicon/build.sh does)`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-web-words-"));
    try {
        execFileSync("combine_tessdata", ["-u", model, path.join(dir, "tess.")], { stdio: "ignore" });
        const out = path.join(dir, "words");
        execFileSync("dawg2wordlist", [path.join(dir, "tess.lstm-unicharset"), path.join(dir, "tess.lstm-word-dawg"), out], {
            stdio: "ignore",
        });
        return fs.readFileSync(out, "utf8").split("\n").filter(Boolean);
    } catch (e) {
        return `the word list could not be dumped (tesseract-ocr's combine_tessdata and dawg2wordlist): ${e instanceof Error ? e.message : String(e)}`;
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

export interface WebWordsStandard {
    /** Lower-case words of the list the speller accepts only as compounds. */
    compounds: number;
    flagged: number;
    /** Flagged, by the check that questioned them. */
    byRule: Record<string, number>;
}

export interface WebWordsReport {
    words: number;
    nb: WebWordsStandard;
    nn: WebWordsStandard;
    /** standard, word, first suggestion, rule: one a line. */
    flags: string[];
}

/** The check that questions an accepted compound: likelyTypo's, else realTypoChecks' (with how its split was had). */
export function flagRule(sp: SpellChecker, word: string, v: "nb" | "nn"): string {
    if (likelyTypo(sp, word, v, "compound")) return "likelyTypo";
    const slip = compoundSlip(sp, word, v);
    if (!slip) return "other";
    return slip.parts === "split" || slip.parts === "none" ? slip.rule : `${slip.rule} (${slip.parts})`;
}

export function evalWebWords(words: readonly string[], sp: SpellChecker): WebWordsReport {
    const lower = words.filter((w) => /^\p{Ll}+$/u.test(w));
    const report: WebWordsReport = { words: lower.length, nb: empty(), nn: empty(), flags: [] };
    for (const v of ["nb", "nn"] as const) {
        const r = report[v];
        for (const w of lower) {
            if (sp.accept(w, { language: v }) !== "compound") continue;
            r.compounds++;
            const c = sp.checkWord(w, { language: v });
            if (c.ok) continue;
            r.flagged++;
            const rule = flagRule(sp, w, v);
            r.byRule[rule] = (r.byRule[rule] ?? 0) + 1;
            report.flags.push(`${v}\t${w}\t${c.suggestions[0] ?? ""}\t${rule}`);
        }
    }
    return report;
}

function empty(): WebWordsStandard {
    return { compounds: 0, flagged: 0, byRule: {} };
}

export function formatWebWords(r: WebWordsReport): string {
    const out = [
        `Tesseract's Norwegian web word list: ${r.words} lower-case words; those the speller accepts only as compounds, and how many it questions`,
        "(web text holds typos too: a figure to compare builds by, not a false-alarm rate)",
        "",
        "| standard | compounds | flagged | by rule |",
        "| --- | ---: | ---: | --- |",
    ];
    for (const v of ["nb", "nn"] as const) {
        const s = r[v];
        const rules = Object.entries(s.byRule)
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([k, n]) => `${k} ${n}`)
            .join(", ");
        out.push(`| ${v} | ${s.compounds} | ${s.flagged} (${pct(s.flagged, s.compounds)}) | ${rules} |`);
    }
    return out.join("\n");
}
