// The target word of a lemma as scripts/convert/ builds it (commonWords.ts, chainTargets.ts), on
// real sentences (npm test builds the tables into .cache/convert first).
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { findDataDir } from "../../dataDir";
import { DEFAULT_PREFERENCES } from "../prompts";
import { TableRuleEngine } from "./engine";
import { readConvertTable } from "./table";

const dir = findDataDir("convert", "convert.bin", process.env.SKRIVEHJELP_CONVERT_DIR);
if (!dir) throw new Error("no conversion tables: run bash scripts/convert/build.sh (npm test does)");
const engine = new TableRuleEngine(readConvertTable(path.join(dir, "convert.bin")));
const toBokmal = (text: string) => engine.convertText(text, { from: "nn", to: "nb", preferences: DEFAULT_PREFERENCES }).text;

describe("the Bokmål word for a Nynorsk word whose Bokmål cognate is rare", () => {
    it("'syne' → 'vise', in every form", () => {
        assert.equal(toBokmal("Tabellen syner at talet aukar."), "Tabellen viser at tallet øker.");
        assert.equal(toBokmal("Kommunen syner til vedtaket i formannskapet."), "Kommunen viser til vedtaket i formannskapet.");
        assert.match(toBokmal("Det synte seg at planen var god."), /^Det viste seg at/);
    });

    it("'syte for' → 'sørge for', with Bokmål's own past", () => {
        assert.equal(
            toBokmal("Rektor skal syte for at alle elevane får eit godt tilbod."),
            "Rektor skal sørge for at alle elevene får et godt tilbud.",
        );
    });

    it("the modal 'lyt' → 'må', and a word Apertium mistranslates keeps its Bokmål cognate ('tvil', not 'anfektelse')", () => {
        assert.match(toBokmal("Du lyt kome no."), /^Du må /);
        assert.equal(toBokmal("Det er ikkje nokon tvil om det."), "Det er ikke noen tvil om det.");
        assert.equal(toBokmal("Rådmannen må grunngje vedtaket."), "Rådmannen må begrunne vedtaket.");
    });

    it("nouns take the Bokmål word's forms and gender, alone and as a compound's head", () => {
        assert.equal(toBokmal("Grannen vår er snill."), "Naboen vår er snill.");
        assert.equal(toBokmal("Det er eit framlegg frå rådmannen."), "Det er et forslag fra rådmannen.");
        assert.equal(toBokmal("Kommunen har sendt planframlegget på høyring."), "Kommunen har sendt planforslaget på høring.");
        assert.match(toBokmal("Handsaminga av saka tek to månader."), /^Behandlingen av saken/);
    });
});

describe("a target Apertium left in the source standard is read again", () => {
    it("'arbeidsgjevaren' (arbeid|gje|vare to Apertium) → 'arbeidsgiveren', not the Nynorsk 'arbeidsgivaren'", () => {
        assert.equal(toBokmal("Arbeidsgjevaren må betale feriepengar."), "Arbeidsgiveren må betale feriepenger.");
    });

    it("'brannstadar' → 'brannsteder', not 'brannstader'", () => {
        assert.equal(toBokmal("Det var mange brannstadar i byen."), "Det var mange brannsteder i byen.");
    });
});
