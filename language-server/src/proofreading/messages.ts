// The proofreader's texts, in the document's own written standard (Bokmål when undecided).
import type { Variety } from "./documentLanguage";

type Texts = {
    unknownWord: (w: string) => string;
    likelyTypo: (w: string) => string;
    otherVariety: (w: string) => string;
    infinitive: (w: string) => string;
    feminine: (w: string, style: "a" | "en") => string;
    doesNotFit: (w: string) => string;
    repeated: (w: string) => string;
    replaceWith: (s: string) => string;
    fixAll: (n: number) => string;
    addToWorkspace: (w: string) => string;
    addToUser: (w: string) => string;
    ignoreInDocument: (w: string) => string;
};

const NB: Texts = {
    unknownWord: (w) => `Ukjent ord: «${w}»`,
    likelyTypo: (w) => `Trolig skrivefeil: «${w}»`,
    otherVariety: (w) => `«${w}» er nynorsk, ikke bokmål`,
    infinitive: (w) => `«${w}» er e-infinitiv; teksten skriver a-infinitiv (husstil: innstillingen «Nynorsk: infinitiv»)`,
    feminine: (w, style) => `«${w}»: hunkjønnsord skrives med ${style === "a" ? "-a her (lista), ikke -en" : "-en her (listen), ikke -a"} (husstil: innstillingen «Bokmål: hunkjønnsord»)`,
    doesNotFit: (w) => `«${w}» passer ikke her`,
    repeated: (w) => `«${w}» står to ganger`,
    replaceWith: (s) => `Erstatt med «${s}»`,
    fixAll: (n) => `Rett alle ${n} problemer av denne typen i dokumentet`,
    addToWorkspace: (w) => `Legg «${w}» til i ordlisten for arbeidsområdet`,
    addToUser: (w) => `Legg «${w}» til i brukerordlisten`,
    ignoreInDocument: (w) => `Ignorer «${w}» i dette dokumentet`,
};

const NN: Texts = {
    unknownWord: (w) => `Ukjent ord: «${w}»`,
    likelyTypo: (w) => `Truleg skrivefeil: «${w}»`,
    otherVariety: (w) => `«${w}» er bokmål, ikkje nynorsk`,
    infinitive: (w) => `«${w}» er e-infinitiv; teksten skriv a-infinitiv (husstil: innstillinga «Nynorsk: infinitiv»)`,
    feminine: (w, style) => `«${w}»: hokjønnsord vert skrivne med ${style === "a" ? "-a her (lista), ikkje -en" : "-en her (listen), ikkje -a"} (husstil: innstillinga «Bokmål: hunkjønnsord»)`,
    doesNotFit: (w) => `«${w}» passar ikkje her`,
    repeated: (w) => `«${w}» står to gonger`,
    replaceWith: (s) => `Byt ut med «${s}»`,
    fixAll: (n) => `Rett alle ${n} problem av denne typen i dokumentet`,
    addToWorkspace: (w) => `Legg «${w}» til i ordlista for arbeidsområdet`,
    addToUser: (w) => `Legg «${w}» til i brukarordlista`,
    ignoreInDocument: (w) => `Ignorer «${w}» i dette dokumentet`,
};

export function texts(variety: Variety | undefined): Texts {
    return variety === "nn" ? NN : NB;
}
