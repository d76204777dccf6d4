// The tests' one wait for a state that is not in the page (a server's counters, a file, a text
// read through several steps): polls `read` until it gives a value, never a fixed sleep.

/** Polls `read` every 100 ms until it returns a value other than undefined; a read that throws counts as no value yet. */
export async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const v = await read().catch(() => undefined);
        if (v !== undefined) return v;
        if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
    }
}
