// node-llama-cpp is ESM-only with top-level await, so this CommonJS bundle loads it with one
// cached dynamic import() (esbuild keeps it external and leaves the import() alone).
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

let loading: Promise<NodeLlamaCpp> | undefined;

export function loadNodeLlamaCpp(): Promise<NodeLlamaCpp> {
    return (loading ??= import("node-llama-cpp"));
}
