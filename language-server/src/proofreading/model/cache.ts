// Checked answers per paragraph. The key holds everything the answer depends on (the prompt
// version, the model, the written standard, the paragraph's text), so typing in one paragraph
// never invalidates another, and the same paragraph in two documents is asked about once.
import type { Variety } from "../../protocol/writtenStandard";
import type { ModelProblem } from "./answer";
import { PROMPT_VERSION } from "./prompt";

export interface KeyParts {
    /** Which model answers: a path with size and time, or an endpoint and model name. */
    model: string;
    variety: Variety;
    /** `ProseBlock.hash` of the paragraph. */
    paragraphHash: string;
}

export function cacheKey(k: KeyParts): string {
    return `v${PROMPT_VERSION}|${k.variety}|${k.paragraphHash}|${k.model}`;
}

interface Entry {
    /** The paragraph itself: a hash collision must not show one paragraph's problems on another. */
    text: string;
    problems: readonly ModelProblem[];
}

/** Least recently used entries go first once `capacity` is reached. */
export class AnswerCache {
    private readonly entries = new Map<string, Entry>();

    constructor(private readonly capacity = 5000) {}

    get(key: string, text: string): readonly ModelProblem[] | undefined {
        const e = this.entries.get(key);
        if (!e || e.text !== text) return undefined;
        this.entries.delete(key);
        this.entries.set(key, e);
        return e.problems;
    }

    set(key: string, text: string, problems: readonly ModelProblem[]): void {
        this.entries.delete(key);
        this.entries.set(key, { text, problems });
        while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }

    get size(): number {
        return this.entries.size;
    }
}
