// Test and bench helper: llama.cpp's llama-server (built by scripts/llama-server/build.sh from
// the source node-llama-cpp ships) serving a GGUF on 127.0.0.1.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as net from "node:net";
import * as path from "node:path";
import { REPO } from "./lspClient";

/** The built binary: $SKRIVEHJELP_LLAMA_SERVER, else the build script's cache (building it if needed). */
export function llamaServerBinary(build = true): { bin?: string; why?: string } {
    if (process.env.SKRIVEHJELP_LLAMA_SERVER) return { bin: process.env.SKRIVEHJELP_LLAMA_SERVER };
    const script = path.join(REPO, "scripts", "llama-server", "build.sh");
    try {
        return { bin: execFileSync("bash", [script, "--path"], { encoding: "utf8" }).trim() };
    } catch {
        if (!build || process.env.SKRIVEHJELP_LLAMA_SERVER_BUILD === "never")
            return { why: "llama-server is not built (bash scripts/llama-server/build.sh)" };
    }
    try {
        // idempotent and cached outside the repository; ~10 minutes the first time
        return {
            bin: execFileSync("bash", [script], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
                .trim()
                .split("\n")
                .pop(),
        };
    } catch (e) {
        return { why: `llama-server could not be built: ${e instanceof Error ? e.message : String(e)}` };
    }
}

export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.once("error", reject);
        s.listen(0, "127.0.0.1", () => {
            const port = (s.address() as net.AddressInfo).port;
            s.close(() => resolve(port));
        });
    });
}

export interface LlamaServer {
    /** `http://127.0.0.1:PORT/v1` */
    endpoint: string;
    base: string;
    process: ChildProcess;
    log: () => string;
    stop(): Promise<void>;
}

export interface LlamaServerOptions {
    model: string;
    alias: string;
    apiKey?: string;
    threads?: number;
    contextSize?: number;
    parallel?: number;
}

/** llama-server's Prometheus counters (`--metrics`), e.g. `llamacpp:n_decode_total`. */
export async function llamaMetrics(server: LlamaServer, apiKey?: string): Promise<Record<string, number>> {
    const text = await fetch(`${server.base}/metrics`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} }).then((r) =>
        r.text(),
    );
    const out: Record<string, number> = {};
    for (const line of text.split("\n")) {
        const m = /^([\w:]+)\s+([\d.eE+-]+)$/.exec(line.trim());
        if (m) out[m[1]] = Number(m[2]);
    }
    return out;
}

export async function startLlamaServer(bin: string, o: LlamaServerOptions): Promise<LlamaServer> {
    const port = await freePort();
    const args = ["-m", o.model, "--alias", o.alias, "--host", "127.0.0.1", "--port", String(port)];
    args.push("-t", String(o.threads ?? 1), "-c", String(o.contextSize ?? 8192), "-np", String(o.parallel ?? 2));
    // random-weight models make its output parser answer 500 otherwise (platform notes)
    args.push("--reasoning-format", "none", "--no-webui", "--metrics");
    if (o.apiKey) args.push("--api-key", o.apiKey);
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    const keep = (d: Buffer) => (log = (log + d.toString()).slice(-20000));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    const base = `http://127.0.0.1:${port}`;
    const server: LlamaServer = {
        endpoint: `${base}/v1`,
        base,
        process: child,
        log: () => log,
        async stop() {
            if (child.exitCode !== null || child.signalCode !== null) return;
            const exited = new Promise((r) => child.once("exit", r));
            child.kill("SIGTERM");
            const t = setTimeout(() => child.kill("SIGKILL"), 5000);
            await exited;
            clearTimeout(t);
        },
    };
    const end = Date.now() + 120_000;
    for (;;) {
        if (child.exitCode !== null) throw new Error(`llama-server exited with ${child.exitCode}:\n${log.slice(-3000)}`);
        const ok = await fetch(`${base}/health`).then(
            (r) => r.ok,
            () => false,
        );
        if (ok) return server;
        if (Date.now() > end) {
            await server.stop();
            throw new Error(`llama-server did not become healthy:\n${log.slice(-3000)}`);
        }
        await new Promise((r) => setTimeout(r, 100));
    }
}
