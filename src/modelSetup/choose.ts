// Which recommended model to suggest on this machine, and how to read a replacement catalogue.
// Pure: the caller passes the machine's memory and the file's text.
import type { RecommendedModel } from "./recommended";

export interface MachineMemory {
    /** Bytes free now (os.freemem()). */
    freeBytes: number;
    /** Bytes installed (os.totalmem()). */
    totalBytes: number;
}

/**
 * Head-room kept free for the editor, the browser and the rest of the desktop: a model may use
 * up to this share of the memory free now, and never more than this share of all memory.
 */
export const FREE_SHARE = 0.8;
export const TOTAL_SHARE = 0.6;

export interface Suggestion {
    model: RecommendedModel;
    /** False when even the smallest model needs more than the machine can spare. */
    fits: boolean;
}

/** The largest model that fits the memory this machine can spare; else the smallest, marked as not fitting. */
export function suggestModel(models: readonly RecommendedModel[], memory: MachineMemory): Suggestion | undefined {
    if (models.length === 0) return undefined;
    const budget = Math.min(memory.freeBytes * FREE_SHARE, memory.totalBytes * TOTAL_SHARE);
    const bySize = [...models].sort((a, b) => a.memoryBytes - b.memoryBytes);
    const fitting = bySize.filter((m) => m.memoryBytes <= budget);
    return fitting.length > 0 ? { model: fitting[fitting.length - 1], fits: true } : { model: bySize[0], fits: false };
}

/**
 * Reads a catalogue that replaces the built-in one (an organisation's mirror, or a test's local
 * server): a JSON array of models. Returns the models, or a message saying what is wrong.
 */
export function parseCatalogue(text: string): { models: RecommendedModel[] } | { error: string } {
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch (e) {
        return { error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!Array.isArray(data) || data.length === 0) return { error: "expected a non-empty JSON array of models" };
    const models: RecommendedModel[] = [];
    for (const [i, raw] of data.entries()) {
        const m = raw as Partial<RecommendedModel> | null;
        const bad = (what: string) => ({ error: `model ${i + 1}: ${what}` });
        if (!m || typeof m !== "object") return bad("not an object");
        for (const key of ["id", "label", "uri", "fileName"] as const) {
            if (typeof m[key] !== "string" || !m[key]) return bad(`"${key}" must be a non-empty string`);
        }
        if (!/^(hf:|https?:\/\/)/.test(m.uri!)) return bad(`"uri" must start with hf:, https:// or http:// (got ${m.uri})`);
        if (!/\.gguf$/i.test(m.fileName!) || /[\\/]/.test(m.fileName!)) return bad(`"fileName" must be a plain name ending in .gguf`);
        for (const key of ["sizeBytes", "memoryBytes"] as const) {
            if (typeof m[key] !== "number" || !(m[key]! > 0)) return bad(`"${key}" must be a positive number`);
        }
        if (m.sha256 != null && !/^[0-9a-f]{64}$/i.test(String(m.sha256))) return bad(`"sha256" must be 64 hex digits or null`);
        models.push({
            id: m.id!,
            label: m.label!,
            parameters: typeof m.parameters === "string" ? m.parameters : "",
            uri: m.uri!,
            fileName: m.fileName!,
            sizeBytes: m.sizeBytes!,
            memoryBytes: m.memoryBytes!,
            sha256: m.sha256 ? String(m.sha256).toLowerCase() : null,
            verified: m.verified === true,
            source: typeof m.source === "string" ? m.source : "",
        });
    }
    return { models };
}
