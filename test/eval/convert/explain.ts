// `npm run eval:convert -- --explain nb "Velg en fil"`: one sentence through the rule engine,
// stage by stage (each word's readings with how common the lemma is and their target forms, the
// chosen one starred, then the result), so a wrong word can be traced to the stage that made it.
import { analyseLine } from "../../../language-server/src/convert/rules/analyse";
import { disambiguate } from "../../../language-server/src/convert/rules/disambiguate";
import { convertTable, ruleEngine, ruleEngineProblem } from "../../../language-server/src/convert/rules/load";
import { DEFAULT_PREFERENCES } from "../../../language-server/src/convert/prompts";

export function explain(from: "nb" | "nn", text: string): void {
    const table = convertTable();
    if (!table) throw new Error(ruleEngineProblem());
    const { words } = analyseLine(table, from, text);
    const chosen = disambiguate(words);
    words.forEach((w, i) => {
        const rs = w.readings.map(
            (r, k) => `${k === chosen[i] ? "*" : " "}${r.tags.text}${r.compound ? "+cmp" : ""} (${r.rank}) → ${r.targets.join("|") || "–"}`,
        );
        console.log(`${w.prefix}${w.text}${w.initial ? " [initial]" : ""}${w.name ? " [name]" : ""}${rs.length ? "" : "  unknown"}`);
        for (const r of rs) console.log(`    ${r}`);
    });
    const to = from === "nb" ? "nn" : "nb";
    console.log(`\n${ruleEngine()!.convertText(text, { from, to, preferences: DEFAULT_PREFERENCES }).text}`);
    if (to === "nn")
        console.log(
            `${ruleEngine()!.convertText(text, { from, to, preferences: { ...DEFAULT_PREFERENCES, possessive: "after" } }).text}   (possessive after the noun)`,
        );
}
