// The recommended models: NB-Llama 3.x Instruct GGUF files from the National Library of Norway
// (NbAiLab) on Hugging Face. This is the one place to correct a name, size or checksum.
//
// What was and was not verified (no network on the machine this was written on):
// - 1B and 8B: repository, file name and the rounded size ("808 MB", "4.92 GB") come from
//   stored copies of their Hugging Face "Files" pages (commits 2631b2f and a98e197).
// - 3B Instruct: NOT seen. The repository and file name follow the 1B/8B pattern, and the size
//   is that of NbAiLab's 3B base GGUF (nb-llama-3.2-3B-Q4_K_M-GGUF, "2.02 GB"). Check it.
// - Exact byte sizes and SHA-256 sums: not known offline, so `sizeBytes` is approximate and
//   `sha256` is null. The downloader then checks the size against what the server announces,
//   and the checksum Hugging Face sends with the file (X-Linked-Etag), when it sends one.
// - `memoryBytes` is an estimate, not a measurement (the README's table): file size + KV cache
//   for a 4,096-token context (f16) + compute buffers, rounded up. The memory guard
//   (engine/memoryGuard.ts) computes the real need from the file itself before loading.

export interface RecommendedModel {
    /** Stable id, used in tests and logs. */
    id: string;
    /** Shown in the quick pick. */
    label: string;
    /** Parameter count, for sorting and the description ("1B"). */
    parameters: string;
    /** What node-llama-cpp's downloader accepts: `hf:<user>/<repo>/<file>` or an https URL. */
    uri: string;
    /** File name on disk. */
    fileName: string;
    /** Approximate size of the file, in bytes (see above). */
    sizeBytes: number;
    /** Approximate memory needed to run it with a 4,096-token context, in bytes. */
    memoryBytes: number;
    /** SHA-256 of the file when known; null = not known (verified against the server's own, if any). */
    sha256: string | null;
    /** True only for facts read from the source (see the notes above). */
    verified: boolean;
    /** Where the facts come from. */
    source: string;
}

const MB = 1000 * 1000;
const GB = 1000 * MB;

export const RECOMMENDED_MODELS: readonly RecommendedModel[] = [
    {
        id: "nb-llama-3.2-1b-instruct-q4_k_m",
        label: "NB-Llama 3.2 1B Instruct (Q4_K_M)",
        parameters: "1B",
        uri: "hf:NbAiLab/nb-llama-3.2-1B-Instruct-Q4_K_M-GGUF/nb-llama-3.2-1b-instruct-q4_k_m.gguf",
        fileName: "nb-llama-3.2-1b-instruct-q4_k_m.gguf",
        sizeBytes: 808 * MB,
        memoryBytes: 1.5 * GB,
        sha256: null,
        verified: true,
        source: "https://huggingface.co/NbAiLab/nb-llama-3.2-1B-Instruct-Q4_K_M-GGUF (Files page, rounded size)",
    },
    {
        id: "nb-llama-3.2-3b-instruct-q4_k_m",
        label: "NB-Llama 3.2 3B Instruct (Q4_K_M)",
        parameters: "3B",
        uri: "hf:NbAiLab/nb-llama-3.2-3B-Instruct-Q4_K_M-GGUF/nb-llama-3.2-3b-instruct-q4_k_m.gguf",
        fileName: "nb-llama-3.2-3b-instruct-q4_k_m.gguf",
        sizeBytes: 2.02 * GB,
        memoryBytes: 3 * GB,
        sha256: null,
        verified: false,
        source: "not seen: name by the 1B/8B pattern, size of NbAiLab/nb-llama-3.2-3B-Q4_K_M-GGUF (base model)",
    },
    {
        id: "nb-llama-3.1-8b-instruct-q4_k_m",
        label: "NB-Llama 3.1 8B Instruct (Q4_K_M)",
        parameters: "8B",
        uri: "hf:NbAiLab/nb-llama-3.1-8B-Instruct-Q4_K_M-GGUF/nb-llama-3.1-8b-instruct-q4_k_m.gguf",
        fileName: "nb-llama-3.1-8b-instruct-q4_k_m.gguf",
        sizeBytes: 4.92 * GB,
        memoryBytes: 6.5 * GB,
        sha256: null,
        verified: true,
        source: "https://huggingface.co/NbAiLab/nb-llama-3.1-8B-Instruct-Q4_K_M-GGUF (Files page, rounded size)",
    },
];
