// What one check of a document runs with: the dictionaries, the document's own settings that
// matter to the proofreader (its folder's, in a multi-root workspace: SettingsSource.for), and
// the words it accepts. One object instead of a list of parameters, built per check.
import type { GrammarChecks, SkrivehjelpSettings } from "../protocol/settings";
import type { LanguageSetting } from "../protocol/writtenStandard";
import type { GrammarData } from "./grammar";
import type { Malform } from "./malform/malform";
import type { SpellChecker } from "./spelling/checker";
import { WordSet } from "./wordLists";

/** The compiled dictionaries, loaded once per process (dictionaryLayers.ts); any may be missing. */
export interface Layers {
    speller?: SpellChecker;
    malform?: Malform;
    /** The readings the grammar layer's rules use (grammar/). */
    grammar?: GrammarData;
}

export interface CheckContext {
    /** `skrivehjelp.language`: the written standard, or "auto" (the document's pin, else detection). */
    language: LanguageSetting;
    /** The house styles: the Nynorsk infinitive, the Bokmål feminine nouns ("auto": what the text writes). */
    houseStyle: { infinitive: SkrivehjelpSettings["nynorsk"]["infinitive"]; feminine: SkrivehjelpSettings["bokmal"]["feminine"] };
    /** Which kinds of check run. */
    checks: { spelling: boolean; malform: boolean; grammar: GrammarChecks };
    layers: Layers;
    /** The word lists: the user's and the workspace folder's. */
    accepted: WordSet;
    /** Words ignored in this document ("Ignore in this document"). */
    ignored: ReadonlySet<string>;
}

const NO_WORDS = new WordSet();
const NONE: ReadonlySet<string> = new Set();

/** The context of a document with these settings; no word lists or ignored words unless given. */
export function checkContextFrom(
    settings: SkrivehjelpSettings,
    parts: { layers: Layers; accepted?: WordSet; ignored?: ReadonlySet<string> },
): CheckContext {
    return {
        language: settings.language,
        houseStyle: { infinitive: settings.nynorsk.infinitive, feminine: settings.bokmal.feminine },
        checks: { spelling: settings.checks.spelling, malform: settings.checks.malform, grammar: settings.checks.grammar },
        layers: parts.layers,
        accepted: parts.accepted ?? NO_WORDS,
        ignored: parts.ignored ?? NONE,
    };
}
