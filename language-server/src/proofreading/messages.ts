// The proofreader's texts, in the document's own written standard (Bokmål when undecided).
import type { Variety } from "../protocol/writtenStandard";
import type { GrammarProblem, GrammarReason } from "./grammar";

type Texts = {
    unknownWord: (w: string) => string;
    likelyTypo: (w: string) => string;
    otherVariety: (w: string) => string;
    infinitive: (w: string) => string;
    feminine: (w: string, style: "a" | "en") => string;
    doesNotFit: (w: string) => string;
    repeated: (w: string) => string;
    /** The grammar layer: why, with the fix (`p.subject` as written, `p.detail` what decides). */
    grammar: Record<GrammarReason, (p: GrammarProblem) => string>;
    replaceWith: (s: string) => string;
    fixAll: (n: number) => string;
    fixAllGrammar: (n: number, rule: string) => string;
    addToWorkspace: (w: string) => string;
    addToUser: (w: string) => string;
    ignoreInDocument: (w: string) => string;
};

/** The grammar rule families in a fix-all title (the same words in both standards). */
const RULE_NAMES: Record<string, string> = {
    saerskriving: "særskriving",
    ogAa: "«og»/«å»",
    verbForm: "feil verbform",
    gender: "feil kjønn eller bøying",
    deDem: "«de»/«dem»",
};

const NB: Texts = {
    unknownWord: (w) => `Ukjent ord: «${w}»`,
    likelyTypo: (w) => `Trolig skrivefeil: «${w}»`,
    otherVariety: (w) => `«${w}» er nynorsk, ikke bokmål`,
    infinitive: (w) => `«${w}» er e-infinitiv; teksten skriver a-infinitiv (husstil: innstillingen «Nynorsk: infinitiv»)`,
    feminine: (w, style) =>
        `«${w}»: hunkjønnsord skrives med ${style === "a" ? "-a her (lista), ikke -en" : "-en her (listen), ikke -a"} (husstil: innstillingen «Bokmål: hunkjønnsord»)`,
    doesNotFit: (w) => `«${w}» passer ikke her`,
    repeated: (w) => `«${w}» står to ganger`,
    grammar: {
        compound: (p) => `Særskriving: sammensatte ord skrives i ett ord: «${p.detail}», ikke «${p.subject}»`,
        ogBeforeInfinitive: (p) => `Foran et verb i infinitiv etter «${p.detail}» skal det stå infinitivsmerket «å», ikke «${p.subject}»`,
        aaBetweenVerbs: (p) => `«${p.subject}» er infinitivsmerke; her binder «og» sammen to ledd (foran «${p.detail}»)`,
        aaBeforeNonVerb: (p) => `«${p.subject}» står bare foran verb i infinitiv; her skal det stå «og»`,
        presentAfterAa: (p) => `Etter «${p.detail}» skal verbet stå i infinitiv: «${p.suggestions[0]}», ikke «${p.subject}»`,
        presentAfterModal: (p) => `Etter «${p.detail}» skal verbet stå i infinitiv: «${p.suggestions[0]}», ikke «${p.subject}»`,
        infinitiveAfterHave: (p) => `Etter «${p.detail}» skal verbet stå i perfektum partisipp: «${p.suggestions[0]}», ikke «${p.subject}»`,
        articleGender: (p) =>
            `«${p.detail}» har et annet kjønn: skriv «${p.suggestions.join("» eller «")} ${p.detail}», ikke «${p.subject} ${p.detail}»`,
        adjectiveAgreement: (p) => `Adjektivet skal samsvare med «${p.detail}»: «${p.suggestions[0]}», ikke «${p.subject}»`,
        demAsSubject: (p) => `Som subjekt (foran «${p.detail}») heter det «de», ikke «dem»`,
        deAsObject: (p) => `Etter «${p.detail}» heter det «dem» (objektsform), ikke «de»`,
    },
    replaceWith: (s) => `Erstatt med «${s}»`,
    fixAll: (n) => `Rett alle ${n} problemer av denne typen i dokumentet`,
    fixAllGrammar: (n, rule) => `Rett alle ${n} tilfeller av ${RULE_NAMES[rule] ?? rule} i dokumentet`,
    addToWorkspace: (w) => `Legg «${w}» til i ordlisten for arbeidsområdet`,
    addToUser: (w) => `Legg «${w}» til i brukerordlisten`,
    ignoreInDocument: (w) => `Ignorer «${w}» i dette dokumentet`,
};

const NN: Texts = {
    unknownWord: (w) => `Ukjent ord: «${w}»`,
    likelyTypo: (w) => `Truleg skrivefeil: «${w}»`,
    otherVariety: (w) => `«${w}» er bokmål, ikkje nynorsk`,
    infinitive: (w) => `«${w}» er e-infinitiv; teksten skriv a-infinitiv (husstil: innstillinga «Nynorsk: infinitiv»)`,
    feminine: (w, style) =>
        `«${w}»: hokjønnsord vert skrivne med ${style === "a" ? "-a her (lista), ikkje -en" : "-en her (listen), ikkje -a"} (husstil: innstillinga «Bokmål: hunkjønnsord»)`,
    doesNotFit: (w) => `«${w}» passar ikkje her`,
    repeated: (w) => `«${w}» står to gonger`,
    grammar: {
        compound: (p) => `Særskriving: skriv samansette ord i eitt ord: «${p.detail}», ikkje «${p.subject}»`,
        ogBeforeInfinitive: (p) =>
            `Framfor eit verb i infinitiv etter «${p.detail}» skal det stå infinitivsmerket «å», ikkje «${p.subject}»`,
        aaBetweenVerbs: (p) => `«${p.subject}» er infinitivsmerke; her bind «og» saman to ledd (framfor «${p.detail}»)`,
        aaBeforeNonVerb: (p) => `«${p.subject}» står berre framfor verb i infinitiv; her skal det stå «og»`,
        presentAfterAa: (p) => `Etter «${p.detail}» skal verbet stå i infinitiv: «${p.suggestions[0]}», ikkje «${p.subject}»`,
        presentAfterModal: (p) => `Etter «${p.detail}» skal verbet stå i infinitiv: «${p.suggestions[0]}», ikkje «${p.subject}»`,
        infinitiveAfterHave: (p) =>
            `Etter «${p.detail}» skal verbet stå i perfektum partisipp: «${p.suggestions[0]}», ikkje «${p.subject}»`,
        articleGender: (p) =>
            `«${p.detail}» har eit anna kjønn: skriv «${p.suggestions.join("» eller «")} ${p.detail}», ikkje «${p.subject} ${p.detail}»`,
        adjectiveAgreement: (p) => `Adjektivet skal samsvara med «${p.detail}»: «${p.suggestions[0]}», ikkje «${p.subject}»`,
        // Bokmål only: a Nynorsk text never gets these
        demAsSubject: (p) => `Som subjekt (framfor «${p.detail}») heiter det «de», ikkje «dem»`,
        deAsObject: (p) => `Etter «${p.detail}» heiter det «dem» (objektsform), ikkje «de»`,
    },
    replaceWith: (s) => `Byt ut med «${s}»`,
    fixAll: (n) => `Rett alle ${n} problem av denne typen i dokumentet`,
    fixAllGrammar: (n, rule) => `Rett alle ${n} tilfelle av ${RULE_NAMES[rule] ?? rule} i dokumentet`,
    addToWorkspace: (w) => `Legg «${w}» til i ordlista for arbeidsområdet`,
    addToUser: (w) => `Legg «${w}» til i brukarordlista`,
    ignoreInDocument: (w) => `Ignorer «${w}» i dette dokumentet`,
};

export function texts(variety: Variety | undefined): Texts {
    return variety === "nn" ? NN : NB;
}
