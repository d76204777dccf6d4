// Loads the compiled dictionaries once, on first use, and hands the proofreader its layers.
// A missing dictionary is reported once; the other layers keep working.
import { convertTable, ruleEngineProblem } from "../convert/rules/load";
import { findDataDir } from "../dataDir";
import { GrammarData } from "./grammar";
import { loadLexicon } from "../lexicon/lexicon";
import { loadMalform } from "./malform/malform";
import type { Layers } from "./checkContext";
import { SpellChecker } from "./spelling/checker";

export class DictionaryLayers {
    private loaded: Layers | undefined;

    constructor(private readonly log: (level: "error" | "info", message: string) => void) {}

    layers(): Layers {
        if (this.loaded) return this.loaded;
        this.loaded = {};
        try {
            const started = performance.now();
            this.loaded.speller = new SpellChecker(loadLexicon());
            this.log("info", `dictionaries loaded in ${(performance.now() - started).toFixed(0)} ms`);
        } catch (e) {
            this.log("error", `spelling is off: ${e instanceof Error ? e.message : String(e)}`);
        }
        const malformDir = findDataDir("malform", "malform.bin", process.env.SKRIVEHJELP_MALFORM_DIR);
        if (malformDir) {
            const malform = (this.loaded.malform = loadMalform(malformDir));
            // a form only the other standard's lists have passes the speller only where this layer has a replacement for it
            this.loaded.speller?.useOtherStandardForms((word, variety) => malform.otherVarietyForm(word, variety) !== undefined);
        } else this.log("error", "the Bokmål/Nynorsk check is off: no compiled målform data (run scripts/malform/build.sh)");
        // the grammar layer reads the converter's tables: every form's part of speech and inflection
        // (the same loaded copy the rule converter uses)
        const table = convertTable();
        if (table) {
            const malform = this.loaded.malform;
            this.loaded.grammar = new GrammarData(
                table,
                this.loaded.speller?.lexicon,
                malform && ((form, variety) => malform.isInfinitive(form, variety)),
            );
        } else this.log("error", `the grammar check is off: ${ruleEngineProblem()}`);
        return this.loaded;
    }
}
