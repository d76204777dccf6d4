// `npm run eval:convert -- --oracle`: how far choosing among the lexicon's forms can go. Each
// source word takes whichever of its readings' target forms the reference has (else the
// engine's output): an upper bound for disambiguation and variant choice, not a system.
import { type TableRuleEngine, written } from "../../../language-server/src/convert/rules/engine";
import { DEFAULT_PREFERENCES } from "../../../language-server/src/convert/prompts";
import type { Variety } from "../../../language-server/src/protocol/writtenStandard";
import { chrF } from "./metrics";

export function oracle(engine: TableRuleEngine, from: Variety, source: readonly string[], refs: readonly string[]): number {
    const to: Variety = from === "nb" ? "nn" : "nb";
    const out = source.map((s, i) => {
        const ref = new Set((refs[i].match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.toLowerCase()));
        const { tokens, converted } = engine.convertWords(s, { from, to, preferences: DEFAULT_PREFERENCES });
        const texts = tokens.map((t) => t.text);
        for (const c of converted) {
            if (!c.reading || c.word.name) continue;
            const pick = [c.out, ...c.word.readings.flatMap((r) => r.targets)].find((t) => ref.has(t.toLowerCase())) ?? c.out;
            texts[c.word.index] = written(c.word, pick);
        }
        return texts.join("");
    });
    return chrF(out, refs);
}
