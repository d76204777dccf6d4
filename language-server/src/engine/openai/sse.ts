// Server-sent events, as OpenAI-compatible servers stream them: `data:` lines, events
// separated by a blank line, `:` comments (keep-alives). Pure: text in, events out.

export interface SseEvent {
    event?: string;
    data: string;
}

export class SseParser {
    private buffer = "";
    private data: string[] = [];
    private event: string | undefined;

    /** Feeds decoded text (any split, even mid-line); returns the events it completed. */
    push(text: string): SseEvent[] {
        this.buffer += text;
        const out: SseEvent[] = [];
        for (;;) {
            const m = /\r\n|\r|\n/.exec(this.buffer);
            if (!m) break;
            // a lone \r at the end may be the first half of \r\n: wait for more text
            if (m[0] === "\r" && m.index === this.buffer.length - 1) break;
            const line = this.buffer.slice(0, m.index);
            this.buffer = this.buffer.slice(m.index + m[0].length);
            this.line(line, out);
        }
        return out;
    }

    /** The stream ended: an event not closed by a blank line still counts (some servers omit it). */
    end(): SseEvent[] {
        const out: SseEvent[] = [];
        if (this.buffer) this.line(this.buffer.replace(/\r$/, ""), out);
        this.buffer = "";
        this.line("", out);
        return out;
    }

    private line(line: string, out: SseEvent[]): void {
        if (line === "") {
            if (this.data.length > 0)
                out.push(this.event === undefined ? { data: this.data.join("\n") } : { event: this.event, data: this.data.join("\n") });
            this.data = [];
            this.event = undefined;
            return;
        }
        if (line.startsWith(":")) return;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? "" : line.slice(colon + 1);
        if (value.startsWith(" ")) value = value.slice(1);
        if (field === "data") this.data.push(value);
        else if (field === "event") this.event = value;
    }
}
