// The sentence a bad setting is reported in; what is wrong with its value comes from the
// settings check (protocol/settingsTexts.ts) in the same language.
import type { Catalogue } from "../protocol/uiLanguage";

export const SETTINGS_FRAME = {
    settingProblem: {
        en: (key: string, problem: string) => `Skrivehjelp: the setting ${key} ${problem}`,
        nb: (key: string, problem: string) => `Skrivehjelp: innstillingen ${key} ${problem}`,
        nn: (key: string, problem: string) => `Skrivehjelp: innstillinga ${key} ${problem}`,
    },
} satisfies Catalogue;
