// Decides which paragraph the model is asked about next, across open documents: only after a
// document has been still for a moment (debounce), the paragraphs in view first, then in
// document order, the most recently edited document first; a few at a time. A running
// question is cancelled as soon as no open document still has its paragraph. Knows nothing
// of the model or LSP: `run` does the asking.

export interface ScheduledParagraph {
    /** Cache key: equal keys are one question. */
    key: string;
    /** First and last line of the paragraph in its document (zero-based), for "in view first". */
    startLine: number;
    endLine: number;
}

export interface LineRange {
    start: number;
    end: number;
}

export interface Timers {
    set(fn: () => void, ms: number): unknown;
    clear(handle: unknown): void;
}

export interface SchedulerOptions<P extends ScheduledParagraph> {
    debounceMs: number;
    /** Questions running at once (the engine's queue decides the rest: chat goes first). */
    maxRunning: number;
    /** Asks about one paragraph and stores the answer; resolves when done, failed or cancelled. */
    run: (paragraph: P, uri: string, signal: AbortSignal) => Promise<void>;
    /** A question finished (not cancelled): these documents have it and may be published again. */
    onDone: (key: string, uris: string[]) => void;
    timers?: Timers;
}

interface DocQueue<P> {
    /** Paragraphs still to ask about, in document order. */
    wanted: P[];
    /** False until the debounce time has passed since the last edit. */
    ready: boolean;
    timer?: unknown;
    /** Order of the last edit, newest highest. */
    touched: number;
}

const realTimers: Timers = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class ParagraphScheduler<P extends ScheduledParagraph> {
    private readonly docs = new Map<string, DocQueue<P>>();
    private readonly running = new Map<string, AbortController>();
    /** Lines in view per document; kept apart from the queues, as it may come before the document. */
    private readonly visible = new Map<string, LineRange[]>();
    private edits = 0;
    private readonly timers: Timers;

    constructor(private readonly opts: SchedulerOptions<P>) {
        this.timers = opts.timers ?? realTimers;
    }

    /**
     * The paragraphs of `uri` that still need an answer, in document order. `edited`: the text
     * changed, so the document waits out the debounce time again before anything new starts.
     */
    update(uri: string, wanted: readonly P[], edited: boolean): void {
        let doc = this.docs.get(uri);
        if (!doc) {
            doc = { wanted: [], ready: false, touched: 0 };
            this.docs.set(uri, doc);
            edited = true;
        }
        doc.wanted = [...wanted];
        if (edited) {
            doc.touched = ++this.edits;
            doc.ready = false;
            if (doc.timer !== undefined) this.timers.clear(doc.timer);
            const d = doc;
            d.timer = this.timers.set(() => {
                d.timer = undefined;
                d.ready = true;
                this.pump();
            }, this.opts.debounceMs);
        }
        this.cancelUnwanted();
        this.pump();
    }

    /** The lines of `uri` in view; an empty list means unknown (document order then). */
    setVisible(uri: string, ranges: readonly LineRange[]): void {
        if (ranges.length) this.visible.set(uri, [...ranges]);
        else this.visible.delete(uri);
        this.pump();
    }

    /**
     * Stops the questions of `uri` and forgets them: the document closed, or the model layer is
     * off for it (then `keepView`, so it can start again where the user looks).
     */
    close(uri: string, keepView = false): void {
        if (!keepView) this.visible.delete(uri);
        const doc = this.docs.get(uri);
        if (!doc) return;
        if (doc.timer !== undefined) this.timers.clear(doc.timer);
        this.docs.delete(uri);
        this.cancelUnwanted();
        this.pump();
    }

    /** Keys being asked about right now. */
    get runningKeys(): string[] {
        return [...this.running.keys()];
    }

    /** Starts questions while there is room; call when something outside changed (the engine is back). */
    pump(): void {
        while (this.running.size < this.opts.maxRunning) {
            const next = this.pick();
            if (!next) return;
            this.start(next.paragraph, next.uri);
        }
    }

    private pick(): { paragraph: P; uri: string } | undefined {
        const docs = [...this.docs.entries()].filter(([, d]) => d.ready).sort((a, b) => b[1].touched - a[1].touched);
        for (const inViewOnly of [true, false]) {
            for (const [uri, d] of docs) {
                const view = this.visible.get(uri) ?? [];
                if (inViewOnly && view.length === 0) continue;
                const p = d.wanted.find(
                    (w) => !this.running.has(w.key) && (!inViewOnly || view.some((v) => w.startLine <= v.end && v.start <= w.endLine)),
                );
                if (p) return { paragraph: p, uri };
            }
        }
        return undefined;
    }

    private start(p: P, uri: string): void {
        const controller = new AbortController();
        this.running.set(p.key, controller);
        const finish = () => {
            if (this.running.get(p.key) === controller) this.running.delete(p.key);
            if (controller.signal.aborted) return;
            const uris: string[] = [];
            for (const [u, d] of this.docs) {
                const before = d.wanted.length;
                d.wanted = d.wanted.filter((w) => w.key !== p.key);
                if (d.wanted.length !== before || u === uri) uris.push(u);
            }
            this.opts.onDone(p.key, uris);
            this.pump();
        };
        this.opts.run(p, uri, controller.signal).then(finish, finish);
    }

    private cancelUnwanted(): void {
        for (const [key, controller] of this.running) {
            if ([...this.docs.values()].some((d) => d.wanted.some((w) => w.key === key))) continue;
            controller.abort();
            // the slot is free at once; the engine drops the job before its next token
            this.running.delete(key);
        }
    }
}
