// Turns generated tokens into text pieces as they arrive. A multi-byte character split over
// two tokens decodes to U+FFFD until its last byte arrives, so such tokens are held back.

export interface Detokenizer<T> {
    detokenize(tokens: readonly T[], specialTokens?: boolean, lastTokens?: readonly T[]): string;
}

const MAX_HELD = 4; // a UTF-8 character has at most 4 bytes

export class TokenTextStream<T> {
    private held: T[] = [];
    private readonly context: T[] = [];

    constructor(private readonly model: Detokenizer<T>) {}

    /** Adds one token; returns the text that is now complete ("" while a character is unfinished). */
    push(token: T): string {
        this.held.push(token);
        const text = this.model.detokenize(this.held, false, this.context);
        if (text.endsWith("\uFFFD") && this.held.length < MAX_HELD) return "";
        return this.release(text);
    }

    /** Whatever is still held, decoded as it is. */
    flush(): string {
        return this.held.length ? this.release(this.model.detokenize(this.held, false, this.context)) : "";
    }

    private release(text: string): string {
        this.context.push(...this.held);
        if (this.context.length > 8) this.context.splice(0, this.context.length - 8);
        this.held = [];
        return text;
    }
}
