// What `skrivehjelp.model.path` names: a GGUF file on disk, or a model URI (node-llama-cpp's
// `hf:<user>/<repo>/<file>.gguf[#branch]`, or an http(s) URL of a .gguf file) whose download
// lives in the model folder under its own file name (modelDir.ts). Pure, so the settings check
// can use it. Nothing downloads a URI but an explicit `skrivehjelp/downloadModel` (the user's action).
import { settingText } from "./settingsTexts";

export type ModelSource = { kind: "file"; path: string } | { kind: "uri"; uri: string; fileName: string };

/** A setting that looks like a URI but names no usable file. */
export interface InvalidModelSource {
    kind: "invalid";
    /** Why, as a key of the setting texts (the settings check says it in the UI language). */
    reason: "hfNoFile" | "badUrl" | "notGgufUrl";
    uri: string;
    /** The reason in English (the CLI). */
    message: string;
}

function invalid(reason: InvalidModelSource["reason"], uri: string): InvalidModelSource {
    return { kind: "invalid", reason, uri, message: settingText("en", reason, uri) };
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
        return invalid("hfNoFile", uri);
    }
    return { kind: "uri", uri, fileName: file };
}

function parseHttp(uri: string): ModelSource | InvalidModelSource {
    let url: URL;
    try {
        url = new URL(uri);
    } catch {
        return invalid("badUrl", uri);
    }
    let file = "";
    try {
        file = decodeURIComponent(url.pathname.split("/").pop() ?? "");
    } catch {
        // a malformed escape: no usable name
    }
    if (!isPlainGgufName(file)) {
        return invalid("notGgufUrl", uri);
    }
    return { kind: "uri", uri, fileName: file };
}

function isPlainGgufName(name: string): boolean {
    return /^[^\\/\0]+\.gguf$/i.test(name) && !name.startsWith(".");
}
