// The rule converter's part in a conversion: its draft of one piece. With the engine "rules" the
// draft is the result; with "hybrid" the model post-edits it, and the draft is what a piece keeps
// when the model's answer fails the guards (prose is never left in the source standard).
import { checkPiece } from "./guards";
import type { Piece } from "./pieces";
import type { ConvertPreferences } from "./prompts";
import type { Variety } from "../protocol/writtenStandard";
import type { RuleEngine } from "./rules/index";

export type Draft = { ok: true; text: string; units: string[][]; unknown: string[] } | { ok: false; reason: string };

/**
 * The piece as the rules convert it. It is checked for shape only (units, lines, placeholders,
 * markup): the rules keep everything between words, so this fails only on a bug in them, and
 * then the piece stays as it was rather than be damaged.
 */
export function draftPiece(rules: RuleEngine, piece: Piece, from: Variety, to: Variety, preferences: ConvertPreferences): Draft {
    const r = rules.convertText(piece.text, { from, to, preferences });
    const checked = checkPiece(piece.input, r.text, from, undefined, { shapeOnly: true });
    if (!checked.ok) return { ok: false, reason: `the rule converter's output lost the text's shape (${checked.reason})` };
    return { ok: true, text: r.text, units: checked.units, unknown: r.unknown };
}
