// The rule converter's compounds (compounds.ts) on words written for these tests, both
// directions: a compound whose first part the lists lack is read by its head.
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

const convert = (text: string, from: "nb" | "nn") =>
    engine.convertText(text, { from, to: from === "nb" ? "nn" : "nb", preferences: DEFAULT_PREFERENCES });

describe("rule converter: compounds with an unknown first part", () => {
    it("the head converts and gives the gender; the first part is kept as written", () => {
        assert.equal(convert("Sett inn en hyperlenke.", "nb").text, "Set inn ei hyperlenkje.");
        assert.equal(convert("Vel hyperlenkja.", "nn").text, "Velg hyperlenken.");
    });
    it("the head's verb readings come too: the context chooses", () => {
        assert.equal(convert("Slett tidlegare nedlasta pakkefiler.", "nn").text, "Slett tidligere nedlastede pakkefiler.");
    });
    it("a word is no longer unknown when its head is known, and a capitalised one stays unknown", () => {
        assert.deepEqual(convert("Opna hyperlenkja.", "nn").unknown, []);
        assert.deepEqual(convert("Opna Hyperlenkja.", "nn").unknown, ["Hyperlenkja"]);
    });
});

describe("rule converter: a compound's first part as the other standard writes it in its own compounds", () => {
    it("Nynorsk 'bilet-', 'vindaugs-' for 'bilete', 'vindauge'; Bokmål 'bilde-', 'vindus-'", () => {
        assert.equal(convert("Lagre bildefilen.", "nb").text, "Lagra biletfila.");
        assert.equal(convert("Endre vindustittelen.", "nb").text, "Endra vindaugstittelen.");
        assert.equal(convert("Endra vindaugstittelen.", "nn").text, "Endre vindustittelen.");
        assert.equal(convert("Opna lysbiletovergangen.", "nn").text, "Åpne lysbildeovergangen.");
    });
    it("no linking -s- the source does not have ('oppsett-', though the lists mostly write 'oppsetts-')", () => {
        assert.equal(convert("Oppsettfilen er lagret.", "nb").text, "Oppsettfila er lagra.");
    });
});

describe("rule converter: a head the lists have only as a compound", () => {
    it("takes the head's own target before the first part is left as written ('lysbilde|fremvisning')", () => {
        assert.equal(convert("Start lysbildefremvisningen nå.", "nb").text, "Start lysbiletframvisninga no.");
    });
});

describe("rule converter: words the lists lack, read by a prefix or a spelling variant", () => {
    it("a particle or 'u-' before a known word", () => {
        assert.equal(convert("Klarte ikkje avmontera eininga.", "nn").text, "Klarte ikke avmontere enheten.");
        assert.equal(convert("Forkast alle ulagrede endringer.", "nb").text, "Forkast alle ulagra endringar.");
        assert.match(convert("Det kan ikkje gjenopprettast.", "nn").text, /gjenopprettes\.$/);
    });
    it("Nynorsk 'kj'/'gj' before e/a and a-forms of -ere verbs", () => {
        assert.equal(convert("Du kan merkja fila.", "nn").text, "Du kan merke filen.");
        assert.equal(convert("Det fungerar ikkje.", "nn").text, "Det fungerer ikke.");
        assert.match(convert("Tillat gjenopprettingar.", "nn").text, /^Tillat gjenoppretting/);
    });
});

describe("rule converter: a first part that is a determiner, an adverb or a preposition", () => {
    it("'eigen-', 'saman-' into Bokmål; 'hjemme-', 'mellom-' into Nynorsk", () => {
        assert.equal(convert("Vel eigendefinert filter.", "nn").text, "Velg egendefinert filter.");
        assert.equal(convert("Filene vart samanslått.", "nn").text, "Filene ble sammenslått.");
        assert.equal(convert("Åpne hjemmemappen.", "nb").text, "Opna heimemappa.");
        assert.equal(convert("Skriv adressen til HTTP-mellomtjeneren.", "nb").text, "Skriv adressa til HTTP-mellomtenaren.");
    });
    it("a preposition before the noun it also is: 'for|valg' → 'forval', not 'fòrval' (furrow)", () => {
        assert.equal(convert("Bruk forvalgt skrift.", "nb").text, "Bruk forvalt skrift.");
        assert.equal(convert("Velg et forvalg.", "nb").text, "Vel eit forval.");
    });
});

describe("rule converter: compounds Apertium leaves half converted (scripts/convert/compoundTargets.ts)", () => {
    it("a first part written unlike its noun ('hoved-' for 'hode') is read back to it", () => {
        assert.equal(convert("Lukk hovedvinduet.", "nb").text, "Lukk hovudvindauget.");
    });
    it("a word Apertium gives no form is made of its parts ('gjen|opprette')", () => {
        assert.equal(convert("Klarte ikke å gjenopprette filen.", "nb").text, "Klarte ikkje å gjenoppretta fila.");
    });
});

describe("rule converter: short heads and verb heads", () => {
    it("a first part of five letters the lists lack takes a short head ('oktal|tal')", () => {
        assert.equal(convert("Skriv oktaltal og romertal.", "nn").text, "Skriv oktaltall og romertall.");
    });
    it("a head that is a verb or a genitive: the passive, 'vert' before the compound participle", () => {
        assert.equal(convert("Teksten forhåndsvises ikke.", "nb").text, "Teksten vert ikkje førehandsvist.");
    });
});

describe("rule converter: a Nynorsk kj-spelling is no compound", () => {
    it("'søkjet' is 'søket', not 'søk|jet'", () => {
        assert.equal(convert("Vent til søkjet er ferdig.", "nn").text, "Vent til søket er ferdig.");
    });
});

describe("rule converter: a suffix is no compound head", () => {
    it("-bar stays -bar ('oppgraderbare' is not 'oppgrader' + 'berre')", () => {
        assert.equal(convert("Filene er oppgraderbare.", "nb").text, "Filene er oppgraderbare.");
    });
});
