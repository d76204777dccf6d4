// What the model is asked about one paragraph, and the shape its answer must have. The texts
// live here, in one place, so they can be tuned without touching the logic. Changing the text
// or the schema changes PROMPT_VERSION, so cached answers to the old prompt are not reused.
import type { ChatMessage } from "../../protocol/methods";
import type { Variety } from "../../protocol/writtenStandard";

export const PROMPT_VERSION = 2;

/** Bounds of the answer: an unbounded string can run into maxTokens and leave the JSON unfinished. */
export const ANSWER_LIMITS = { problems: 5, quote: 120, replacement: 160, message: 200 } as const;

/** Enough tokens for an answer that fills every bound (Norwegian runs ~3 characters a token). */
export const MAX_ANSWER_TOKENS = 900;

/** Paragraphs longer than this are not sent: the answer would not fit, and quoting gets unreliable. */
export const MAX_PARAGRAPH_CHARS = 1500;
/** Shorter paragraphs (a heading, a single word) give the model nothing to judge. */
export const MIN_PARAGRAPH_WORDS = 4;

/** `{"problems":[{"text","replacement","message"}]}`, bounded; every property required. */
export const ANSWER_SCHEMA = {
    type: "object",
    properties: {
        problems: {
            type: "array",
            maxItems: ANSWER_LIMITS.problems,
            items: {
                type: "object",
                properties: {
                    text: { type: "string", maxLength: ANSWER_LIMITS.quote },
                    replacement: { type: "string", maxLength: ANSWER_LIMITS.replacement },
                    message: { type: "string", maxLength: ANSWER_LIMITS.message },
                },
                required: ["text", "replacement", "message"],
                additionalProperties: false,
            },
        },
    },
    required: ["problems"],
    additionalProperties: false,
} as const;

/**
 * Stands in the prompt for a piece of non-prose (inline code, a link target) that the prose
 * extractor replaced by one U+FFFC. One UTF-16 unit too, so offsets in the prompt text are
 * offsets in the paragraph.
 */
export const NON_PROSE_STAND_IN = "…";

const INSTRUCTIONS: Record<Variety, string> = {
    nb: [
        "Du er en nøyaktig språkvasker for norsk bokmål. Du får ett avsnitt av en tekst.",
        "Finn språkfeil og tydelige stilproblemer: grammatikk, bøying, samsvar, ordstilling, tegnsetting, særskriving og uklare eller tunge formuleringer.",
        "Finn også ord som finnes, men er feil ord der de står: en skrivefeil som ble et annet ord («for» for «før», «dem» for «den»).",
        "Ikke rett ord som ikke finnes (ordlistene fanger dem opp), ikke skriv om til nynorsk, og ikke foreslå endringer som bare er smak og behag.",
        'Svar bare med JSON: {"problems":[{"text":"…","replacement":"…","message":"…"}]}.',
        "«text» er et nøyaktig sitat fra avsnittet, så kort som mulig (noen få ord). «replacement» er det som skal stå i stedet. «message» er en kort forklaring på bokmål.",
        'Tegnet «…» står for kode eller en lenke: la det være. Finner du ingen problemer, svar {"problems":[]}.',
    ].join("\n"),
    nn: [
        "Du er ein nøyaktig språkvaskar for norsk nynorsk. Du får eitt avsnitt av ein tekst.",
        "Finn språkfeil og tydelege stilproblem: grammatikk, bøying, samsvar, ordstilling, teiknsetjing, særskriving og uklare eller tunge formuleringar.",
        "Finn òg ord som finst, men er feil ord der dei står: ein skrivefeil som vart eit anna ord («for» for «før», «ver» for «vert»).",
        "Ikkje rett ord som ikkje finst (ordlistene fangar dei opp), ikkje skriv om til bokmål, og ikkje gjer framlegg om endringar som berre er smak og behag.",
        'Svar berre med JSON: {"problems":[{"text":"…","replacement":"…","message":"…"}]}.',
        "«text» er eit nøyaktig sitat frå avsnittet, så kort som mogleg (nokre få ord). «replacement» er det som skal stå i staden. «message» er ei kort forklaring på nynorsk.",
        'Teiknet «…» står for kode eller ei lenkje: la det vere. Finn du ingen problem, svar {"problems":[]}.',
    ].join("\n"),
};

/** Shown when the model gave no explanation of its own. */
export const FALLBACK_MESSAGE: Record<Variety, string> = {
    nb: "Språkmodellen foreslår en annen formulering.",
    nn: "Språkmodellen føreslår ei anna formulering.",
};

/** The chat for one paragraph; `paragraph` is the prompt text (non-prose already stood in for). */
export function promptFor(paragraph: string, variety: Variety): ChatMessage[] {
    return [
        { role: "system", content: INSTRUCTIONS[variety] },
        { role: "user", content: paragraph },
    ];
}
