// The `skrivehjelp` settings section, shared by the extension and the server.
// The server is the one that validates: other LSP clients send raw JSON too.
//
// Adding a setting: add it to `SkrivehjelpSettings` and `DEFAULT_SETTINGS` here, read and
// check it in `normalizeSettings` (settingsNormalize.ts), declare it in package.json
// `contributes.configuration`, and add a row to the README's settings table.

export type LogLevel = "error" | "warn" | "info" | "debug";

export interface SkrivehjelpSettings {
    model: {
        /** Absolute path of a GGUF file; "" when none is chosen. */
        path: string;
        /** CPU threads for generation; null = the number of cores, capped. */
        threads: number | null;
        /** Context size in tokens, shared by all sequences. */
        contextSize: number;
        /** Parallel sequences in the one context. */
        sequences: number;
    };
    log: { level: LogLevel };
    /** Written standard of documents: decided per document, or fixed. */
    language: "auto" | "nb" | "nn";
    /** One switch per kind of check. */
    checks: { spelling: boolean; malform: boolean; model: boolean };
    dictionary: {
        /** Workspace word list, relative to each workspace folder: one word a line, can be committed. */
        workspaceFile: string;
    };
}

export const DEFAULT_SETTINGS: SkrivehjelpSettings = {
    model: { path: "", threads: null, contextSize: 4096, sequences: 3 },
    log: { level: "info" },
    language: "auto",
    checks: { spelling: true, malform: true, model: true },
    dictionary: { workspaceFile: ".skrivehjelp/ordliste.txt" },
};

export const LIMITS = {
    threads: { min: 1, max: 64 },
    /** The default thread count never exceeds this: more threads than cores collapse throughput. */
    defaultThreadsCap: 8,
    contextSize: { min: 256, max: 131072 },
    sequences: { min: 1, max: 8 },
} as const;

/** A setting that was present but unusable: reported to the user once, then the default applies. */
export interface SettingProblem {
    /** Full key, e.g. `skrivehjelp.model.threads`. */
    key: string;
    message: string;
}
