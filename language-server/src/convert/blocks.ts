// Which prose blocks a conversion touches. A block that is not in the source standard (a
// Nynorsk quotation in a Bokmål document, an English paragraph) is left as it is: converting
// it would damage it. The judge that tells (målform layer and word lists) comes from
// engineAdapter.ts; without one, every block is converted.
import type { Variety } from "../protocol/writtenStandard";
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
    return u.lines.map((l) => l.parts.filter((p) => p.kind === "text").map((p) => p.text).join(" ")).join("\n");
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
