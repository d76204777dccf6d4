// The prompt templates of Bokmål ↔ Nynorsk conversion, in one place. A user can override any of
// them with the setting `skrivehjelp.convert.templates` (same shape) to suit their model: an
// instruct model wants `system` + `user` chat messages; a base or sft model may do better with a
// raw `text` completion prompt.
//
// Variables: {{text}} the text to convert, {{preferences}} the user's style choices as
// sentences, {{retry}} empty on the first try, a reminder on the second. The post-edit templates
// (engine "hybrid") have {{source}} too: {{text}} is then the rule converter's draft, which the
// model corrects; the answer has the draft's shape, so the same guards check it.
import type { ChatMessage } from "../protocol/methods";

/** Chat messages (system optional) or a raw completion prompt. */
export type PromptTemplate = { system?: string; user: string } | { text: string };

export type Direction = "nb-nn" | "nn-nb";

export interface ConvertPreferences {
    /** Nynorsk infinitive: "a" (å skriva) or "e" (å skrive). */
    infinitive: "a" | "e";
    /** Nynorsk first person plural: "me" or "vi". */
    pronoun: "me" | "vi";
    /** House-style forms the model should prefer ("ikkje", "kva", "berre" …). */
    houseStyle: readonly string[];
    /** Nynorsk possessives: before the noun ("mi bok") or after the definite noun ("boka mi"). */
    possessive?: "before" | "after";
    /** Bokmål feminine nouns: "boka" (a) or "boken" (en); none: as the lexicon and the learnt choices give them. */
    bokmalFeminine?: "a" | "en";
}

export const DEFAULT_PREFERENCES: ConvertPreferences = { infinitive: "a", pronoun: "vi", houseStyle: [], possessive: "after" };

const RULES_COMMON =
    "Teksten kan innehalde plasshaldarar som {1}, {2} osb. Kvar plasshaldar skal stå nøyaktig éin gong i svaret, uendra og på same stad i setninga. " +
    "Behald linjeskift, tomme linjer mellom avsnitt, teiknsetjing og markeringar som ** og _ nøyaktig som i originalen. " +
    "Endra ikkje innhaldet, legg ikkje til og ta ikkje bort noko. Svar berre med den omsette teksten, utan forklaring.";

export const DEFAULT_TEMPLATES: Record<Direction, PromptTemplate> = {
    "nb-nn": {
        system:
            "Du er ein nøyaktig omsetjar frå bokmål til nynorsk. Skriv om teksten brukaren sender til korrekt nynorsk etter gjeldande rettskriving. " +
            RULES_COMMON +
            "{{preferences}}",
        user: "{{retry}}{{text}}",
    },
    "nn-nb": {
        system:
            "Du er en nøyaktig oversetter fra nynorsk til bokmål. Skriv om teksten brukeren sender til korrekt bokmål etter gjeldende rettskrivning. " +
            "Teksten kan inneholde plassholdere som {1}, {2} osv. Hver plassholder skal stå nøyaktig én gang i svaret, uendret og på samme sted i setningen. " +
            "Behold linjeskift, tomme linjer mellom avsnitt, tegnsetting og markeringer som ** og _ nøyaktig som i originalen. " +
            "Ikke endre innholdet, ikke legg til og ikke ta bort noe. Svar bare med den oversatte teksten, uten forklaring." +
            "{{preferences}}",
        user: "{{retry}}{{text}}",
    },
};

/** Hybrid conversion: the source and the rules' draft; the model answers the corrected draft. */
export const POST_EDIT_TEMPLATES: Record<Direction, PromptTemplate> = {
    "nb-nn": {
        system:
            "Du er ein nøyaktig korrekturlesar av nynorsk. Brukaren sender ein tekst på bokmål og eit utkast til nynorsk omsetjing laga med reglar og ordliste. " +
            "Rett utkastet så det vert korrekt nynorsk etter gjeldande rettskriving og seier det same som bokmålsteksten: rett bøying, samsvar, ordval og ord som står att på bokmål. " +
            "Endra ikkje det som alt er rett. " +
            RULES_COMMON +
            "{{preferences}}",
        user: "{{retry}}Bokmål:\n{{source}}\n\nUtkast til nynorsk:\n{{text}}",
    },
    "nn-nb": {
        system:
            "Du er en nøyaktig korrekturleser av bokmål. Brukeren sender en tekst på nynorsk og et utkast til oversettelse til bokmål laget med regler og ordliste. " +
            "Rett utkastet så det blir korrekt bokmål etter gjeldende rettskrivning og sier det samme som nynorskteksten: rett bøyning, samsvar, ordvalg og ord som står igjen på nynorsk. " +
            "Ikke endre det som allerede er riktig. " +
            "Teksten kan inneholde plassholdere som {1}, {2} osv. Hver plassholder skal stå nøyaktig én gang i svaret, uendret og på samme sted i setningen. " +
            "Behold linjeskift, tomme linjer mellom avsnitt, tegnsetting og markeringer som ** og _ nøyaktig som i utkastet. " +
            "Svar bare med den rettede teksten, uten forklaring." +
            "{{preferences}}",
        user: "{{retry}}Nynorsk:\n{{source}}\n\nUtkast til bokmål:\n{{text}}",
    },
};

/** What the preferences say, in the target's language (empty when nothing applies). */
export function preferencesText(direction: Direction, p: ConvertPreferences): string {
    const out: string[] = [];
    if (direction === "nb-nn") {
        out.push(p.infinitive === "a" ? "Bruk a-infinitiv (å skriva, å lesa)." : "Bruk e-infinitiv (å skrive, å lese).");
        out.push(p.pronoun === "me" ? "Bruk «me» og «oss» for første person fleirtal." : "Bruk «vi» og «oss» for første person fleirtal.");
        if (p.possessive === "after") out.push("Set eigedomsordet etter substantivet i bunden form (boka mi, passordet ditt).");
        if (p.houseStyle.length) out.push(`Føretrekk desse formene: ${p.houseStyle.join(", ")}.`);
    } else if (p.houseStyle.length) {
        out.push(`Foretrekk disse formene: ${p.houseStyle.join(", ")}.`);
    }
    return out.length ? " " + out.join(" ") : "";
}

const RETRY: Record<Direction, string> = {
    "nb-nn": "Hugs: berre den omsette teksten, alle plasshaldarane uendra, same linjer og avsnitt.\n\n",
    "nn-nb": "Husk: bare den oversatte teksten, alle plassholderne uendret, samme linjer og avsnitt.\n\n",
};

export type BuiltPrompt = { messages: ChatMessage[] } | { text: string };

/** The prompt for one piece of text; `source` is the original beside a draft `text` (post-edit templates). */
export function buildPrompt(
    template: PromptTemplate,
    direction: Direction,
    text: string,
    prefs: ConvertPreferences,
    retry: boolean,
    source = "",
): BuiltPrompt {
    const vars: Record<string, string> = {
        text,
        source,
        preferences: preferencesText(direction, prefs),
        retry: retry ? RETRY[direction] : "",
    };
    // one pass, so a {{…}} inside the user's text is never expanded
    const fill = (t: string) => t.replace(/\{\{(text|source|preferences|retry)\}\}/g, (_, k: string) => vars[k]);
    if ("text" in template) return { text: fill(template.text) };
    const messages: ChatMessage[] = [];
    if (template.system) messages.push({ role: "system", content: fill(template.system) });
    messages.push({ role: "user", content: fill(template.user) });
    return { messages };
}
