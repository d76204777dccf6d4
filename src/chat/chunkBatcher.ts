// Pieces of an answer on their way to the webview. The first goes at once (time to the first
// token on screen); the rest are joined and sent at most once per interval, so a fast model
// does not flood the webview with one message per token.
export class ChunkBatcher {
    private pending = "";
    private timer: ReturnType<typeof setTimeout> | undefined;
    private sentAny = false;

    constructor(
        private readonly send: (text: string) => void,
        private readonly intervalMs = 16,
    ) {}

    push(piece: string): void {
        if (!piece) return;
        if (!this.sentAny) {
            this.sentAny = true;
            this.send(piece);
            return;
        }
        this.pending += piece;
        this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
    }

    flush(): void {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
        if (!this.pending) return;
        const text = this.pending;
        this.pending = "";
        this.send(text);
    }
}
