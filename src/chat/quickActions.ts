// What the quick actions ask the model. The prompts are Norwegian whatever the UI language:
// they are instructions to a Norwegian model about a Norwegian text.
import type { QuickAction } from "../../language-server/src/protocol/webview";

/** A rough guess of the written standard from its most telling little words. */
export function guessVariety(text: string): "nb" | "nn" | undefined {
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const NN = new Set(["ikkje", "eg", "kva", "berre", "frå", "korleis", "kven", "noko", "nokon", "dei", "ho", "me", "vore", "eit", "mykje", "heile"]);
    const NB = new Set(["ikke", "jeg", "hva", "bare", "fra", "hvordan", "hvem", "noe", "noen", "de", "hun", "vi", "vært", "et", "mye", "hele"]);
    let nn = 0;
    let nb = 0;
    for (const w of words) {
        if (NN.has(w)) nn++;
        else if (NB.has(w)) nb++;
    }
    if (nn === nb) return undefined;
    return nn > nb ? "nn" : "nb";
}

/** The user message a quick action sends, about the attached text. */
export function quickActionPrompt(action: QuickAction, text: string): string {
    switch (action) {
        case "explain":
            return "Forklar teksten.";
        case "improve":
            return "Forbetre språket i teksten: rett feil og gjer han klarare, men behald innhaldet og målforma. Gje berre den forbetra teksten.";
        case "summarize":
            return "Oppsummer teksten kort.";
        case "convert": {
            const variety = guessVariety(text);
            if (variety === "nn") return "Gjer om teksten frå nynorsk til bokmål. Gje berre den omsette teksten.";
            if (variety === "nb") return "Gjer om teksten frå bokmål til nynorsk. Gje berre den omsette teksten.";
            return "Gjer om teksten til den andre målforma: bokmål til nynorsk, eller nynorsk til bokmål. Gje berre den omsette teksten.";
        }
    }
}
