// A conversion that cannot run as set up (convert/engineAdapter.ts), and the progress title of
// one that runs (features/convert.ts). `detail` is the rule converter's own English account of
// why its tables cannot be used (convert/rules/load.ts): English says it as it is, nb/nn say what
// it means and what to do, and give it as the detail.
import type { Catalogue } from "../protocol/uiLanguage";
import type { Variety } from "../protocol/writtenStandard";

const TABLES_NB = "regeltabellene til konverteringen mangler eller kan ikke leses";
const TABLES_NN = "regeltabellane til konverteringa manglar eller kan ikkje lesast";

export const CONVERT_TEXTS = {
    convertRulesMissing: {
        en: (setting: string, detail: string) => `Cannot convert with "${setting}". ${detail}`,
        nb: (setting: string, detail: string) =>
            `Kan ikke konvertere med "${setting}": ${TABLES_NB}. Installer Skrivehjelp på nytt, eller sett skrivehjelp.convert.engine til "model" for å konvertere med språkmodellen alene. Detaljer: ${detail}`,
        nn: (setting: string, detail: string) =>
            `Kan ikkje konvertere med "${setting}": ${TABLES_NN}. Installer Skrivehjelp på nytt, eller set skrivehjelp.convert.engine til "model" for å konvertere med språkmodellen åleine. Detaljar: ${detail}`,
    },
    convertNoModel: {
        en: (setting: string) =>
            `skrivehjelp.convert.engine is "${setting}", but no language model is chosen. Choose one, or set skrivehjelp.convert.engine to "auto" or "rules" to convert with the built-in rules, which need no model.`,
        nb: (setting: string) =>
            `skrivehjelp.convert.engine er "${setting}", men ingen språkmodell er valgt. Velg en (skrivehjelp.model.path), eller sett skrivehjelp.convert.engine til "auto" eller "rules" for å konvertere med de innebygde reglene, som ikke trenger noen modell.`,
        nn: (setting: string) =>
            `skrivehjelp.convert.engine er "${setting}", men ingen språkmodell er vald. Vel ein (skrivehjelp.model.path), eller set skrivehjelp.convert.engine til "auto" eller "rules" for å konvertere med dei innebygde reglane, som ikkje treng nokon modell.`,
    },
    convertNothingCanRun: {
        en: (detail: string) => `Cannot convert: no language model is chosen, and the rules cannot run. ${detail}`,
        nb: (detail: string) =>
            `Kan ikke konvertere: ingen språkmodell er valgt, og ${TABLES_NB}. Installer Skrivehjelp på nytt, eller velg en språkmodell (skrivehjelp.model.path). Detaljer: ${detail}`,
        nn: (detail: string) =>
            `Kan ikkje konvertere: ingen språkmodell er vald, og ${TABLES_NN}. Installer Skrivehjelp på nytt, eller vel ein språkmodell (skrivehjelp.model.path). Detaljar: ${detail}`,
    },
    /** The work-done progress title of a conversion into `to`. */
    convertingTo: {
        en: (to: Variety) => `Converting to ${to === "nn" ? "Nynorsk" : "Bokmål"}`,
        nb: (to: Variety) => `Konverterer til ${to === "nn" ? "nynorsk" : "bokmål"}`,
        nn: (to: Variety) => `Konverterer til ${to === "nn" ? "nynorsk" : "bokmål"}`,
    },
} satisfies Catalogue;
