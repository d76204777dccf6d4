// What `skrivehjelp.model.path` names: a GGUF file on disk, or a model URI (node-llama-cpp's
// `hf:<user>/<repo>/<file>.gguf[#branch]`, or an http(s) URL of a .gguf file) whose download
// lives in the model folder under its own file name (modelDir.ts). Pure, so the settings check
// can use it. Nothing downloads a URI but an explicit `skrivehjelp/downloadModel` (the user's action).

export type ModelSource = { kind: "file"; path: string } | { kind: "uri"; uri: string; fileName: string };

/** A setting that looks like a URI but names no usable file. */
export interface InvalidModelSource {
    kind: "invalid";
    message: string;
}

const HF = /^hf:/i;
const HTTP = /^https?:\/\//i;

/** Reads the setting; "" is a file source with no path (no model chosen). */
export function parseModelSource(setting: string): ModelSource | InvalidModelSource {
    const s = setting.trim();
    if (HF.test(s)) return parseHuggingFace(s);
    if (HTTP.test(s)) return parseHttp(s);
    return { kind: "file", path: s };
}

function parseHuggingFace(uri: string): ModelSource | InvalidModelSource {
    // hf:<user>/<repo>/<path to the file>.gguf, optionally #<branch>
    const m = /^hf:([^/\s#]+)\/([^/\s:#]+)\/([^#\s]+)(?:#([^\s#]+))?$/i.exec(uri);
    const file = m?.[3].split("/").pop() ?? "";
    if (!m || !isPlainGgufName(file)) {
        return {
            kind: "invalid",
            message:
                `"${uri}" names no .gguf file, so Skrivehjelp cannot know which file to use. ` +
                `Give the file in the repository: hf:<user>/<repo>/<file>.gguf (optionally #<branch>), ` +
                `e.g. hf:NbAiLab/nb-llama-3.2-1B-Instruct-Q4_K_M-GGUF/nb-llama-3.2-1b-instruct-q4_k_m.gguf.`,
        };
    }
    return { kind: "uri", uri, fileName: file };
}

function parseHttp(uri: string): ModelSource | InvalidModelSource {
    let url: URL;
    try {
        url = new URL(uri);
    } catch {
        return { kind: "invalid", message: `"${uri}" is not a valid URL.` };
    }
    let file = "";
    try {
        file = decodeURIComponent(url.pathname.split("/").pop() ?? "");
    } catch {
        // a malformed escape: no usable name
    }
    if (!isPlainGgufName(file)) {
        return {
            kind: "invalid",
            message: `"${uri}" does not end in a .gguf file name. Give the URL of the .gguf file itself, e.g. https://example.org/models/model.gguf.`,
        };
    }
    return { kind: "uri", uri, fileName: file };
}

function isPlainGgufName(name: string): boolean {
    return /^[^\\/\0]+\.gguf$/i.test(name) && !name.startsWith(".");
}
