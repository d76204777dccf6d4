// Which prose blocks a conversion touches. A block that is not in the source standard (a
// Nynorsk quotation in a Bokmål document, an English paragraph) is left as it is: converting
// it would damage it. The judge that tells (målform layer and word lists) comes from
// engineAdapter.ts; without one, every block is converted. A code block that is never closed
// turns the rest of the document into code (CommonMark): the prose before it converts, and the
// rest is reported as left, so the user knows why it did not change.
import type { Variety } from "../protocol/writtenStandard";
import { normalizeLineBreaks } from "../text/extract";
import { parseMarkdown } from "../text/markdown";
import type { ConvertWarning } from "./converter";
import type { Unit } from "./segment";

/** A block's written standard, "foreign" for another language, undefined when the words cannot tell. */
export type BlockStandard = Variety | "foreign" | undefined;
export type JudgeBlock = (prose: string) => BlockStandard;

/** Why a conversion had nothing to do. */
export type NothingToConvert = "noProse" | "alreadyTarget" | "notSource";

export interface SourceBlocks {
    units: Unit[];
    skipped: { target: number; foreign: number };
    /** Set when no unit is left to convert. */
    nothing?: NothingToConvert;
}

/** The prose of a unit (protected parts left out), for the judge. */
export function unitProse(u: Unit): string {
    return u.lines
        .map((l) =>
            l.parts
                .filter((p) => p.kind === "text")
                .map((p) => p.text)
                .join(" "),
        )
        .join("\n");
}

/**
 * The units to convert: those in `from` or undecided. A block judged to be in `to` or in another
 * language is skipped. When no block is clearly in `from` and the prose as a whole is in `to`,
 * the text is already converted and nothing is touched (a Nynorsk document with short,
 * undecided headings is not "converted" to Nynorsk); likewise when it is another language.
 */
export function sourceUnits(all: readonly Unit[], from: Variety, to: Variety, judge?: JudgeBlock): SourceBlocks {
    const skipped = { target: 0, foreign: 0 };
    if (all.length === 0) return { units: [], skipped, nothing: "noProse" };
    if (!judge) return { units: [...all], skipped };
    const units: Unit[] = [];
    let anySource = false;
    for (const u of all) {
        const standard = judge(unitProse(u));
        if (standard === to) skipped.target++;
        else if (standard === "foreign") skipped.foreign++;
        else {
            if (standard === from) anySource = true;
            units.push(u);
        }
    }
    if (!anySource) {
        const whole = judge(all.map(unitProse).join("\n\n"));
        if (whole === to) return { units: [], skipped: { target: all.length, foreign: 0 }, nothing: "alreadyTarget" };
        if (whole === "foreign") return { units: [], skipped: { target: 0, foreign: all.length }, nothing: "notSource" };
    }
    if (units.length === 0) return { units, skipped, nothing: skipped.foreign > 0 ? "notSource" : "alreadyTarget" };
    return { units, skipped };
}

/**
 * The warning for a fenced code block that opens and is never closed, so that it runs to the end
 * of the document; undefined when there is none (or the text is not Markdown). A fence left open
 * inside a list or quote ends with it and swallows nothing else.
 */
export function unclosedFenceWarning(doc: string, languageId: string): ConvertWarning | undefined {
    if (languageId !== "markdown") return undefined;
    const text = normalizeLineBreaks(doc).text;
    const end = text.replace(/\s+$/, "").length;
    let from: number | undefined;
    parseMarkdown(text).iterate({
        enter: (n) => {
            if (from !== undefined) return false;
            if (n.name !== "FencedCode") return undefined;
            let marks = 0;
            const c = n.node.cursor();
            for (let more = c.firstChild(); more; more = c.nextSibling()) if (c.name === "CodeMark") marks++;
            if (marks < 2 && n.to >= end) from = n.from;
            return false;
        },
    });
    if (from === undefined) return undefined;
    const startLine = text.slice(0, from).split("\n").length - 1;
    const endLine = Math.max(startLine, text.slice(0, end).split("\n").length - 1);
    const lines = startLine === endLine ? `Line ${startLine + 1}` : `Lines ${startLine + 1}–${endLine + 1}`;
    return {
        kind: "unconverted",
        startLine,
        endLine,
        message: `${lines} left as ${startLine === endLine ? "it is" : "they are"}: the code block that opens on line ${startLine + 1} is never closed, so everything after it is code. Close it with a fence line and convert again.`,
    };
}
