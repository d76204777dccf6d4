// The plain https URL behind a model URI, for asking the source for the file's checksum.
// node-llama-cpp resolves `hf:` URIs itself for the transfer; this mirrors its file form only.

/** `hf:<user>/<repo>/<path>[#<branch>]` → Hugging Face's resolve URL; http(s) URLs as they are; else undefined. */
export function sourceUrl(uri: string, huggingFace = "https://huggingface.co/"): string | undefined {
    if (/^https?:\/\//i.test(uri)) return uri;
    const m = /^hf:([^/\s]+)\/([^/\s:]+)\/([^#\s]+\.gguf)(?:#([^\s]+))?$/i.exec(uri);
    if (!m) return undefined;
    const [, user, repo, file, branch = "main"] = m;
    return `${huggingFace.replace(/\/?$/, "/")}${user}/${repo}/resolve/${encodeURIComponent(branch)}/${file.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The SHA-256 a server announces for a file: Hugging Face sends it for LFS files as
 * `X-Linked-Etag` (quoted); some servers put it in `ETag`. Anything that is not 64 hex digits
 * (most ETags) is not a checksum and gives undefined.
 */
export function announcedSha256(headers: { get(name: string): string | null }): string | undefined {
    for (const name of ["x-linked-etag", "etag"]) {
        const v = headers.get(name)?.replace(/^W\//, "").replace(/"/g, "").trim().toLowerCase();
        if (v && /^[0-9a-f]{64}$/.test(v)) return v;
    }
    return undefined;
}

/** Within `tolerance` (relative) of `expected`. */
export function sizeMatches(actual: number, expected: number, tolerance: number): boolean {
    return Math.abs(actual - expected) <= expected * Math.max(0, tolerance);
}
