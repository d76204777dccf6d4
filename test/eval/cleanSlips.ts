// The real slips of the human translators in nbnn-dev.tsv's clean sentences (issue 16): words
// that are wrong in today's norm (Bokmålsordboka / Nynorskordboka as of 2024), judged one by one
// from every warning and every information the proofreader gave on them (standard given). A
// diagnostic over one of them is right, not a false alarm, so the eval counts it apart.
//
// Listed only when sure: a misspelling, a word typed twice, an inflection no paradigm has, a form
// of the other standard only, an article or adjective that does not agree with its noun, a
// compound written apart. Left out on purpose (counted as false alarms): product and program
// names, commands, English terms, code, units, valid variants and rare real words ('avlesse',
// 'konvekst', 'forhåndsvising', 'sporere', 'ukryptert'), formations the norm allows though no
// dictionary lists them ('filinformasjon', 'sidestil', 'oskulerende'), an old spelling in a quote
// ('bøn', 'hvisken'), the e-infinitive house style, and every case of doubt ('vindustørrelsen',
// 'medie', 'søkjet', 'publikumet', 'forskjellege', the gender of 'kolonne' and 'rad' in Nynorsk).
//
// Keyed by standard and the text the diagnostic covers, as written (case kept). An entry with `in`
// is a slip only where the diagnostic lies inside that piece of its sentence: the same word is
// right elsewhere ('et' is a Nynorsk verb, 'Disse' a Nynorsk verb, 'åpna' a Bokmål past tense).

export type Standard = "nb" | "nn";

export type SlipKind = "typo" | "run together" | "twice" | "inflection" | "other standard" | "agreement" | "written apart";

export interface Slip {
    standard: Standard;
    /** The text the diagnostic covers, as written. */
    word: string;
    kind: SlipKind;
    /** What is wrong: "typo of «Beskrivelse»". */
    reason: string;
    /** Only inside this piece of the sentence. */
    in?: string;
}

function why(kind: SlipKind, fix: string): string {
    switch (kind) {
        case "typo":
            return `typo of «${fix}»`;
        case "run together":
            return `«${fix}» run together`;
        case "twice":
            return `«${fix}» typed twice`;
        case "inflection":
            return `an inflection no paradigm has, for «${fix}»`;
        case "other standard":
            return `a form of the other standard only, for «${fix}»`;
        case "agreement":
            return `does not agree: «${fix}»`;
        case "written apart":
            return `a compound written apart or hyphenated: «${fix}»`;
    }
}

type Row = readonly [word: string, kind: SlipKind, fix: string, inSentence?: string];

function rows(standard: Standard, list: readonly Row[]): Slip[] {
    return list.map(([word, kind, fix, inSentence]) => ({
        standard,
        word,
        kind,
        reason: why(kind, fix),
        ...(inSentence ? { in: inSentence } : {}),
    }));
}

const NB: readonly Row[] = [
    // misspellings
    ["Bekrivelse", "typo", "Beskrivelse"],
    ["Erstatningss", "typo", "Erstatnings"],
    ["Filoa", "typo", "Fila"],
    ["Fremmend", "typo", "Fremmed"],
    ["Føølgende", "typo", "Følgende"],
    ["Koipier", "typo", "Kopier"],
    ["Nullstil", "typo", "Nullstill"],
    ["Prissettning", "typo", "Prissetting"],
    ["Sammenlike", "typo", "Sammenlikne"],
    ["Valgritt", "typo", "Valgfritt"],
    ["abbonner", "typo", "abonner"],
    ["allt", "typo", "alt"],
    ["arbeindsområde", "typo", "arbeidsområde"],
    ["behande", "typo", "behandle"],
    ["bekjeden", "typo", "beskjeden"],
    ["bestemer", "typo", "bestemmer"],
    ["blildet", "typo", "bildet"],
    ["bolsk", "typo", "boolsk"],
    ["bolske", "typo", "boolske"],
    ["brennin", "typo", "brenning"],
    ["brikerprofil", "typo", "brukerprofil"],
    ["bueeparenteser", "typo", "bueparenteser"],
    ["bunnntekst", "typo", "bunntekst"],
    ["dokumenet", "typo", "dokumentet"],
    ["dvalgang", "typo", "dvalegang"],
    ["em", "typo", "en", "endrer em av"],
    ["fargee", "typo", "farge"],
    ["fjerdee", "typo", "fjerde"],
    ["foreldeløse", "typo", "foreldreløse"],
    ["formattert", "typo", "formatert"],
    ["forskjelligew", "typo", "forskjellige"],
    ["funksjonr", "typo", "funksjoner"],
    ["fæ", "typo", "få"],
    ["gjennomsektighet", "typo", "gjennomsiktighet"],
    ["gjenomsnittsverdien", "typo", "gjennomsnittsverdien"],
    ["hakeparanteser", "typo", "hakeparenteser"],
    ["hardisk", "typo", "harddisk"],
    ["hovedsaklig", "typo", "hovedsakelig"],
    ["informsjon", "typo", "informasjon"],
    ["insettingspunktet", "typo", "innsettingspunktet"],
    ["instillinger", "typo", "innstillinger"],
    ["kalenderre", "typo", "kalendere"],
    ["kolonnner", "typo", "kolonner"],
    ["lysbildne", "typo", "lysbildene"],
    ["mamnuelt", "typo", "manuelt"],
    ["misslyktes", "typo", "mislyktes"],
    ["motatt", "typo", "mottatt"],
    ["namvet", "typo", "navnet"],
    ["ordel", "typo", "orddel"],
    ["referansepiunkt", "typo", "referansepunkt"],
    ["skaal", "typo", "skal"],
    ["spesifike", "typo", "spesifikke"],
    ["stoe", "typo", "store"],
    ["tiddsone", "typo", "tidssone"],
    ["tome", "typo", "tomme"],
    ["utskriftss", "typo", "utskrifts"],
    ["uttrykkr", "typo", "uttrykk"],
    ["verfisere", "typo", "verifisere"],
    ["vidoen", "typo", "videoen"],
    ["øese", "typo", "lese"],
    ["et", "typo", "er", "avstandene et like"],
    // Bokmål compounds have dobbelt- ('dobbelrom' is Nynorsk's)
    ["Dobbelklikk", "typo", "Dobbeltklikk"],
    ["dobbelklikk", "typo", "dobbeltklikk"],
    // the Information ones (a rare list-only form, a word no list has)
    ["akselratornøkkel", "typo", "akseleratornøkkel"],
    ["arbeidsarkl", "typo", "arbeidsark"],
    ["fargeersatteren", "typo", "fargeerstatteren"],
    ["fillbehandler", "typo", "filbehandler"],
    ["gedig", "typo", "gedit", "Om gedig skal"],
    ["gjennoprettet", "typo", "gjenopprettet"],
    ["hvitpukt", "typo", "hvitpunkt"],
    ["kapitletitlene", "typo", "kapitteltitlene"],
    ["kildlista", "typo", "kildelista"],
    ["kpbs", "typo", "kbps"],
    ["sideopsettet", "typo", "sideoppsettet"],
    ["sikkerthetskopieringer", "typo", "sikkerhetskopieringer"],
    // words run together
    ["Kryssav", "run together", "Kryss av"],
    ["forkun", "run together", "for kun"],
    ["begynnelsenav", "run together", "begynnelsen av"],
    ["beskrivelsestekstenkan", "run together", "beskrivelsesteksten kan"],
    ["ellermåleenhetersom", "run together", "eller måleenheter som"],
    ["enrelieffeffekt", "run together", "en relieffeffekt"],
    ["fileller", "run together", "fil eller"],
    ["fleretekstfiler", "run together", "flere tekstfiler"],
    ["mappafordi", "run together", "mappa fordi"],
    ["overmeer", "run together", "over mer"],
    // a word typed twice
    ["en en", "twice", "en"],
    ["for for", "twice", "for"],
    ["i i", "twice", "i"],
    ["med med", "twice", "med"],
    ["skal skal", "twice", "skal"],
    // inflections no paradigm has
    ["brukerene", "inflection", "brukerne"],
    ["deltakerene", "inflection", "deltakerne"],
    ["mottakerene", "inflection", "mottakerne"],
    ["forespørseler", "inflection", "forespørsler"],
    ["inget", "inflection", "intet"],
    ["påvirker", "inflection", "skal påvirke", "skal påvirker"],
    // Nynorsk forms in a Bokmål sentence
    ["fargar", "other standard", "farger"],
    ["frå", "other standard", "fra"],
    ["tilsvarande", "other standard", "tilsvarende"],
    ["Set", "other standard", "Sett", "Set inn"],
    ["Set", "other standard", "Sett", "Set sist"],
    ["Set", "other standard", "Sett", "Set som"],
    ["åpna", "other standard", "å åpne", "å åpna"],
    // gender and agreement
    ["Dette", "agreement", "Denne utgaven", "Dette utgaven"],
    ["et", "agreement", "en kantløs tabell", "et kantløs tabell"],
    ["et", "agreement", "en delkomponent", "et delkomponent"],
    ["et", "agreement", "en mønsterpiksel", "et mønsterpiksel"],
    ["en", "agreement", "et skilletegn", "en skilletegn"],
    ["en", "agreement", "et grafisk kulepunkt", "en grafisk kulepunkt"],
    ["en", "agreement", "et kolonnefelt", "en kolonnefelt"],
    ["en", "agreement", "et rullefelt", "en rullefelt"],
    ["alternativt", "agreement", "en alternativ tagg", "en alternativt tagg"],
    // compounds written apart or with a hyphen between two common words
    ["e-post adresse", "written apart", "e-postadresse"],
    ["e-post melding", "written apart", "e-postmelding"],
    ["e-post meldingen", "written apart", "e-postmeldingen"],
    ["dag-tid", "written apart", "dagtid"],
];

const NN: readonly Row[] = [
    // misspellings
    ["Dolpin", "typo", "Dolphin"],
    ["Entan", "typo", "Anten"],
    ["Fnn", "typo", "Fann"],
    ["asymtoten", "typo", "asymptoten"],
    ["biete", "typo", "bilete"],
    ["celer", "typo", "celler"],
    ["dao", "typo", "dato"],
    ["ekspoerter", "typo", "eksporter"],
    ["elller", "typo", "eller"],
    ["gjeldane", "typo", "gjeldande"],
    ["gjenomsnittsverdien", "typo", "gjennomsnittsverdien"],
    ["graude", "typo", "raude"],
    ["handlinar", "typo", "handlingar"],
    ["hangra", "typo", "angra"],
    ["instillingar", "typo", "innstillingar"],
    ["korles", "typo", "korleis"],
    ["ltså", "typo", "altså"],
    ["mekansimen", "typo", "mekanismen"],
    ["merkera", "typo", "merkja"],
    ["mpgleg", "typo", "mogleg"],
    ["nadanfor", "typo", "nedanfor"],
    ["nan", "typo", "namn", "for nan og"],
    ["nummeriske", "typo", "numeriske"],
    ["overføyre", "typo", "overføre"],
    ["rblå", "typo", "blå"],
    ["tydelagre", "typo", "tydelegare"],
    ["velgje", "typo", "velje"],
    ["ynsjer", "typo", "ynskjer"],
    // the Information ones
    ["Iasta", "typo", "lasta"],
    ["listehierakiet", "typo", "listehierarkiet"],
    ["lynmmeldingar", "typo", "lynmeldingar"],
    ["multifonksmaskin", "typo", "multifunksjonsmaskin"],
    ["nusepeikaren", "typo", "musepeikaren"],
    ["signatulinja", "typo", "signaturlinja"],
    ["skrivarinnstyillinga", "typo", "skrivarinnstillinga"],
    ["standfardverdiane", "typo", "standardverdiane"],
    ["utderskrive", "typo", "underskrive"],
    // words run together
    ["vertdet", "run together", "vert det"],
    // a word typed twice
    ["filer filer", "twice", "filer"],
    ["for for", "twice", "for"],
    ["første første", "twice", "første"],
    ["ikkje ikkje", "twice", "ikkje"],
    ["skal skal", "twice", "skal"],
    // inflections no paradigm has: -erar for -erer, a neuter -e noun's plural, an infinitive
    // or participle of no verb
    ["Kontrollerar", "inflection", "Kontrollerer"],
    ["definerar", "inflection", "definerer"],
    ["fungerar", "inflection", "fungerer"],
    ["løyver", "inflection", "løyve", "root sine løyver"],
    ["tilgangsløyvene", "inflection", "tilgangsløyva"],
    ["innhelda", "inflection", "innehalda"],
    ["innsete", "inflection", "innsett"],
    // 'kjerne' is masculine in Nynorsk ('kjerna' is also a verb: to churn)
    ["Kjerna", "inflection", "Kjernen", "Kjerna di"],
    ["kjerna", "inflection", "kjernen", "i kjerna"],
    // Bokmål forms in a Nynorsk sentence
    ["Disse", "other standard", "Desse", "Disse punkta"],
    ["Kjører", "other standard", "Køyrer"],
    ["kjører", "other standard", "køyrer"],
    ["kjøra", "other standard", "køyra"],
    ["aksene", "other standard", "aksane"],
    ["datainformasjonene", "other standard", "datainformasjonane"],
    ["etterfulgt", "other standard", "etterfølgt"],
    ["filmer", "other standard", "filmar", "linjefletta filmer"],
    ["flytter", "other standard", "flyttar", "når du flytter"],
    ["forvrengninger", "other standard", "forvrengingar"],
    ["gråtoner", "other standard", "gråtonar"],
    ["ikke", "other standard", "ikkje"],
    ["kontakter", "other standard", "kontaktar", "merka kontakter"],
    ["kontakter", "other standard", "kontaktar", "inn kontakter"],
    ["mer", "other standard", "meir", "brenne mer enn"],
    ["møtekonflikter", "other standard", "møtekonfliktar"],
    ["notater", "other standard", "notat"],
    ["fotnotene", "other standard", "fotnotane"],
    ["tidssonen", "other standard", "tidssona"],
    ["et", "other standard", "eit krasj", "tilfelle et krasj"],
    // gender and agreement
    ["Dette", "agreement", "Denne verdien", "Dette verdien"],
    ["kolonna", "agreement", "ei eiga kolonne", "ei eiga kolonna"],
    ["ein", "agreement", "ei lenkje", "ein lenkje"],
    ["ein", "agreement", "ei side", "teikne ein side"],
    ["ein", "agreement", "eit dialogvindauge", "ein dialogvindauge"],
    ["ein", "agreement", "ei nettadresse", "ein nettadresse"],
    ["ein", "agreement", "ei fullstendig FTP-nettadresse", "ein fullstendig FTP-nettadresse"],
    ["ein", "agreement", "ei tidssone", "ein tidssone"],
    ["ei", "agreement", "ein ny standard", "ei ny standard"],
    ["ope", "agreement", "ei open bok", "ei ope bok"],
    // compounds written apart
    ["søkje ord", "written apart", "søkjeord"],
];

/** Every slip, both standards. */
export const CLEAN_SLIPS: readonly Slip[] = [...rows("nb", NB), ...rows("nn", NN)];

const byWord = new Map<string, Slip[]>();
for (const s of CLEAN_SLIPS) {
    const key = `${s.standard}\t${s.word}`;
    byWord.set(key, [...(byWord.get(key) ?? []), s]);
}

/** The slip a diagnostic over sentence[start, end) marks, if it is one. */
export function slipAt(standard: Standard, sentence: string, start: number, end: number): Slip | undefined {
    for (const s of byWord.get(`${standard}\t${sentence.slice(start, end)}`) ?? []) {
        if (s.in === undefined) return s;
        for (let i = sentence.indexOf(s.in); i >= 0; i = sentence.indexOf(s.in, i + 1)) if (start >= i && end <= i + s.in.length) return s;
    }
    return undefined;
}

/** One severity's alarms on clean text and how many of them are real slips. */
export interface SlipTally {
    alarms: number;
    slips: number;
}

export interface CleanSlipCounts {
    words: number;
    warnings: SlipTally;
    information: SlipTally;
}

export function emptySlipCounts(): CleanSlipCounts {
    return { words: 0, warnings: { alarms: 0, slips: 0 }, information: { alarms: 0, slips: 0 } };
}

/** What tallySlips reads of a diagnostic: its severity (1, 2 warning; 3 information) and span on line 0. */
export interface SpanDiagnostic {
    severity?: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Adds one sentence's diagnostics (a one-line plain text, standard given) to `c`; hints are not counted. */
export function tallySlips(c: CleanSlipCounts, standard: Standard, sentence: string, diags: readonly SpanDiagnostic[]): void {
    for (const d of diags) {
        const t = d.severity === 1 || d.severity === 2 ? c.warnings : d.severity === 3 ? c.information : undefined;
        if (!t) continue;
        t.alarms++;
        if (
            d.range.start.line === 0 &&
            d.range.end.line === 0 &&
            slipAt(standard, sentence, d.range.start.character, d.range.end.character)
        )
            t.slips++;
    }
}

/** The two lines per standard the eval prints beside its clean-text figures. */
export function formatSlips(c: Partial<Record<Standard, CleanSlipCounts>>, indent = "- "): string {
    const out: string[] = [];
    for (const [v, s] of Object.entries(c)) {
        for (const [name, t] of [
            ["warnings", s.warnings],
            ["information", s.information],
        ] as const) {
            const falseAlarms = t.alarms - t.slips;
            const pct = s.words === 0 ? "-" : ((100 * falseAlarms) / s.words).toFixed(2) + "%";
            out.push(
                `${indent}${v} ${name} ${t.alarms}, of which real slips in the text (test/eval/cleanSlips.ts): ${t.slips}; false alarms: ${falseAlarms} (${pct} of words)`,
            );
        }
    }
    return out.join("\n");
}
