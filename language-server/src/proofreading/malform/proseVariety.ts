// Which written standard a whole text's prose is in, for a caller that has a text and no
// proofreader: the "Byt målform" detection the client asks for (skrivehjelp/detectVariety) and
// `skrivehjelp convert` without --from. One home, so the command palette and the CLI agree on a
// file: the prose only (code and front matter carry no evidence), and a decision only when the
// evidence is clear.
import type { Variety } from "../../protocol/writtenStandard";
import { extractProse } from "../../text/extract";
import { words } from "../../text/words";
import type { Malform } from "./malform";

/** How sure the detection must be (a logistic of the evidence, natural-log units: 0.75 ≈ 1.1). */
const CONFIDENT = 0.75;

/** The standard of the prose of `text` (a document of `languageId`), or undefined when it cannot tell. */
export function proseVariety(malform: Malform, text: string, languageId: string): Variety | undefined {
    const ws = extractProse(text, languageId).flatMap((b) => words(b));
    const d = malform.detectVariety(ws);
    return d.variety && d.confidence >= CONFIDENT ? d.variety : undefined;
}
