// `npm run demo`: a real VS Code in the browser (code-server on 127.0.0.1) with the extension
// installed from the VSIX, a sample Norwegian Markdown document and the generated tiny model.
import * as fs from "node:fs";
import * as path from "node:path";
import { ensureTinyModel, repoRoot } from "../models/models";
import { startCodeServer } from "../e2e/harness/codeServer";
import { builtVsix } from "../e2e/workspace";

async function main(): Promise<void> {
    const model = process.env.SKRIVEHJELP_DEMO_MODEL || (await ensureTinyModel());
    // the demo workspace persists between runs, so edits survive a restart of the demo
    const workspace = path.join(repoRoot(), ".cache", "demo-workspace");
    if (!fs.existsSync(workspace)) fs.cpSync(path.join(repoRoot(), "test", "fixtures", "workspace"), workspace, { recursive: true });
    const server = await startCodeServer({
        name: "demo",
        workspace,
        vsix: builtVsix(),
        port: Number(process.env.PORT) || 8080,
        userSettings: { "skrivehjelp.model.path": model, "workbench.startupEditor": "none" },
    });
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
    process.stdout.write(`\nSkrivehjelp demo is running: ${url}\n(open notat.md; Ctrl+C stops)\n\n`);
    const stop = async () => {
        await server.stop();
        process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
    process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
