// The memory guard through the real server: a model that would not fit is refused before any
// worker starts, with the numbers and what to do; with enough memory the same model loads.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { LoadModelRequest } from "../../language-server/src/protocol/methods";
import { ensureTinyModel } from "../models/models";
import { startServer, type TestServer } from "./lspClient";

describe("memory guard", () => {
    let tiny: string;
    const servers: TestServer[] = [];
    before(async () => {
        tiny = await ensureTinyModel();
    });
    after(async () => {
        for (const s of servers) await s.stop();
    });

    it("refuses a model that needs more than the free memory, and says what would fit", async () => {
        // the machine's free memory, as the server sees it, set low for the test
        const server = await startServer({
            settings: { model: { path: tiny, threads: 1, sequences: 1 } },
            env: { SKRIVEHJELP_MEMORY_AVAILABLE: String(64 * 2 ** 20) },
        });
        servers.push(server);
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "error");
        assert.equal(status.error?.kind, "notEnoughMemory");
        assert.match(
            status.error!.message,
            /tiny\.gguf needs about \d+\.\d GB .* but only 0\.1 GB is free\. It was not loaded.*smaller model/,
        );
        assert.equal(server.process.pid && (await childCount(server.process.pid)), 0, "no model worker was started");
    });

    it("loads the same model when the memory is there", async () => {
        const server = await startServer({
            settings: { model: { path: tiny, threads: 1, sequences: 1 } },
            env: { SKRIVEHJELP_MEMORY_AVAILABLE: String(4 * 2 ** 30) },
        });
        servers.push(server);
        const status = await server.connection.sendRequest(LoadModelRequest, {});
        assert.equal(status.state, "ready", JSON.stringify(status.error));
    });
});

async function childCount(pid: number): Promise<number> {
    const { execFileSync } = await import("node:child_process");
    try {
        return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
            .split("\n")
            .filter((l) => l.trim()).length;
    } catch {
        return 0;
    }
}
