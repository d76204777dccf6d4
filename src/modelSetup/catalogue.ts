// The recommended models the quick pick offers: the built-in list, or the JSON file named by
// SKRIVEHJELP_RECOMMENDED_MODELS (an organisation's mirror; the e2e test's local server).
import * as fs from "node:fs";
import { parseCatalogue } from "./choose";
import { RECOMMENDED_MODELS, type RecommendedModel } from "./recommended";

export const CATALOGUE_ENV = "SKRIVEHJELP_RECOMMENDED_MODELS";

export function loadCatalogue(env = process.env): { models: readonly RecommendedModel[]; from: string } | { error: string } {
    const file = env[CATALOGUE_ENV];
    if (!file) return { models: RECOMMENDED_MODELS, from: "built-in" };
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        return { error: `${CATALOGUE_ENV}=${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
    }
    const parsed = parseCatalogue(text);
    return "error" in parsed ? { error: `${CATALOGUE_ENV}=${file}: ${parsed.error}` } : { models: parsed.models, from: file };
}
