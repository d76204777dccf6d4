// Context sequences for generation jobs. A job with a `cacheKey` (a chat conversation) leaves its
// sequence behind when it ends, with the prompt and answer still evaluated in it; the next job
// with that key takes it back and evaluates only what its prompt adds. Kept sequences are lent
// out again, oldest first, when a job finds no free one: the supervisor never runs more jobs
// than the context has sequences, so a kept one is always there to take.
import type { LlamaContext, LlamaContextSequence, Token } from "node-llama-cpp" with { "resolution-mode": "import" };

interface Kept {
    key: string;
    sequence: LlamaContextSequence;
}

export class SequencePool {
    /** Idle sequences kept for their key, oldest first. */
    private kept: Kept[] = [];

    constructor(private readonly context: LlamaContext) {}

    /** Acquisitions run one at a time (see acquire). */
    private turn: Promise<unknown> = Promise.resolve();

    /**
     * The sequence kept for `key` if there is one, else a free one (taking an old kept one if
     * needed). One at a time: while one acquisition waits for a disposed sequence's id to return
     * to the context, another would otherwise take that id and leave the first with none ("No
     * sequences left", seen with three parallel jobs on two sequences).
     */
    acquire(key: string | undefined): Promise<LlamaContextSequence> {
        const next = this.turn.then(() => this.acquireNow(key));
        this.turn = next.catch(() => undefined);
        return next;
    }

    private async acquireNow(key: string | undefined): Promise<LlamaContextSequence> {
        if (key !== undefined) {
            const i = this.kept.findIndex((k) => k.key === key);
            if (i >= 0) return this.kept.splice(i, 1)[0].sequence;
        }
        if (this.context.sequencesLeft === 0 && this.kept.length > 0) {
            const oldest = this.kept.shift()!;
            // its memory is the new job's now: nothing of the old conversation may leak into it
            // (the id returns to the context only once the dispose has finished)
            await oldest.sequence.dispose();
        }
        return this.context.getSequence();
    }

    /** Keeps the sequence for `key` (replacing an older one), or frees it. */
    async release(sequence: LlamaContextSequence, key: string | undefined, keep: boolean): Promise<void> {
        if (key === undefined || !keep || sequence.disposed) {
            if (!sequence.disposed) await sequence.dispose();
            return;
        }
        const old = this.kept.findIndex((k) => k.key === key);
        if (old >= 0) await this.kept.splice(old, 1)[0].sequence.dispose();
        this.kept.push({ key, sequence });
    }
}

/**
 * How many leading tokens of `next` are already evaluated in a sequence holding `evaluated`.
 * At least one token is always left to evaluate: generation needs the logits of the last one.
 */
export function reusablePrefix(evaluated: readonly Token[], next: readonly Token[]): number {
    let n = 0;
    while (n < evaluated.length && n < next.length && evaluated[n] === next[n]) n++;
    return Math.min(n, next.length - 1);
}
