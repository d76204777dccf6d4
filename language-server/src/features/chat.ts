// `skrivehjelp/chat`: a conversation with the model. Adds the system prompt (the user's, or a
// Norwegian default), fits the conversation and the attached text into the context, streams
// the answer as partial results and reports what had to be left out.
import { LSPErrorCodes, ProgressType, ResponseError, type Connection } from "vscode-languageserver/node";
import { EngineError, type Engine, type GenerateOutcome } from "../engine/engine";
import { ChatRequest, type ChatParams, type ChatResult, type ChatTrimmed } from "../protocol/chat";
import { validateChatParams } from "./chatParams";
import { CHARS_PER_TOKEN, estimateTokens, fitChat, type ChatPrompt } from "../protocol/chatBudget";
import { Priority } from "../protocol/engine";
import type { SkrivehjelpSettings } from "../protocol/settings";
import { abortSignalFor, toGenerateResult, toResponseError } from "./engineRequests";

export const DEFAULT_SYSTEM_PROMPT =
    "Du er Skrivehjelp, ein norsk skriveassistent. Du hjelper brukaren med å skrive godt på bokmål og nynorsk: " +
    "du forklarer, rettar, formulerer om, gjer om mellom bokmål og nynorsk og oppsummerer. " +
    "Svar på den målforma brukaren skriv på, om brukaren ikkje ber om noko anna. Ver presis og kortfatta. " +
    "Når du skriv om ein tekst, gjev du berre den nye teksten, utan innleiing. Bruk Markdown når det gjer svaret klarare.";

/** What chat needs of an engine (the selector's, local or remote): the model's context, loading, generating. */
type ChatEngine = Pick<Engine, "status" | "load" | "generate">;

const TEXT_PROGRESS = new ProgressType<string>();

export function registerChat(
    connection: Connection,
    engine: ChatEngine,
    settings: () => SkrivehjelpSettings,
    settingsReady: Promise<void>,
): void {
    connection.onRequest(ChatRequest, async (params: ChatParams, token): Promise<ChatResult> => {
        const invalid = validateChatParams(params);
        if (invalid) throw new ResponseError(LSPErrorCodes.RequestFailed, invalid);
        await settingsReady;
        const signal = abortSignalFor(token);
        const partial = params.partialResultToken;
        const onText = partial !== undefined ? (text: string) => void connection.sendProgress(TEXT_PROGRESS, partial, text) : undefined;
        let prompt: ChatPrompt | undefined;
        try {
            await engine.load();
            const contextSize = engine.status().model?.contextSize ?? settings().model.contextSize;
            const options = {
                systemPrompt: settings().chat.systemPrompt || DEFAULT_SYSTEM_PROMPT,
                contextSize,
                maxTokens: params.maxTokens,
            };
            prompt = fitChat(params.messages, params.context, options);
            const run = (p: ChatPrompt) =>
                engine.generate(
                    {
                        prompt: { messages: p.messages },
                        maxTokens: p.maxTokens,
                        temperature: params.temperature ?? settings().chat.temperature,
                        cacheKey: params.conversationId && `chat:${params.conversationId}`,
                    },
                    Priority.Chat,
                    signal,
                    onText,
                );
            let r: GenerateOutcome;
            try {
                r = await run(prompt);
            } catch (e) {
                // Text denser than the estimate assumes: fit again with the density the engine
                // measured (its token count is exact, our estimate is not), into the context it
                // reported (a model server's slot can be smaller than the model's trained length).
                if (!(e instanceof EngineError && e.kind === "contextOverflow" && e.overflow)) throw e;
                const estimated = prompt.messages.reduce((n, x) => n + estimateTokens(x.content) + 5, 0);
                const charsPerToken = ((CHARS_PER_TOKEN * estimated) / e.overflow.promptTokens) * 0.9;
                prompt = fitChat(params.messages, params.context, {
                    ...options,
                    contextSize: Math.min(contextSize, e.overflow.contextSize),
                    charsPerToken,
                });
                r = await run(prompt);
            }
            return result(r, prompt.trimmed);
        } catch (e) {
            // A cancelled chat keeps what came: the error's data is the result so far.
            const partialResult = (e as { result?: Omit<GenerateOutcome, "queuedMs"> }).result;
            if (e instanceof EngineError && e.kind === "cancelled" && prompt)
                throw new ResponseError(
                    LSPErrorCodes.RequestCancelled,
                    e.message,
                    partialResult ? result({ ...partialResult, queuedMs: 0 }, prompt.trimmed) : undefined,
                );
            throw toResponseError(e);
        }
    });
}

function result(r: GenerateOutcome, trimmed: ChatTrimmed): ChatResult {
    return { ...toGenerateResult(r), trimmed };
}
