// Runs extension tests (Mocha against the `vscode` API, an `extensionTestsPath` with run()) inside
// real VS Code: @vscode/test-electron's runTests with vscode-shim.js as the "VS Code executable",
// which starts code-server + headless Chromium. Nothing is downloaded.

import * as fs from "node:fs";
import * as path from "node:path";
import { runTests, TestRunFailedError } from "@vscode/test-electron";
import { assertCodeServerInstalled, createRunDir, harnessPaths } from "./codeServer";

export interface RunVscodeTestsOptions {
    /** Extension folder(s) with package.json, loaded as development extensions. */
    extensionDevelopmentPath: string | string[];
    /** Test entry (a file, or a folder with index.js) exporting `run(): Promise<void>`. */
    extensionTestsPath: string;
    /** Folder (or .code-workspace file) the window opens. */
    workspace: string;
    /** Environment of the extension host (and so of the tests). */
    env?: Record<string, string>;
    /** Merged over the quiet default user settings. */
    userSettings?: Record<string, unknown>;
    /** Overall limit for the test run (default 10 min). */
    timeoutMs?: number;
}

/** The shim's path; it must be executable (runTests spawns it directly). */
export function vscodeShimPath(): string {
    const shim = path.join(harnessPaths().repo, "test", "e2e", "harness", "vscode-shim.js");
    try {
        fs.accessSync(shim, fs.constants.X_OK);
    } catch {
        throw new Error(`runVscodeTests: ${shim} is missing or not executable (chmod +x)`);
    }
    return shim;
}

/** Runs the extension tests; resolves with the exit code (0 = all passed), never throws for a failed test. */
export async function runVscodeTests(opts: RunVscodeTestsOptions): Promise<number> {
    assertCodeServerInstalled();
    const devPaths = ([] as string[]).concat(opts.extensionDevelopmentPath).map((p) => path.resolve(p));
    const testsPath = path.resolve(opts.extensionTestsPath);
    const workspace = path.resolve(opts.workspace);
    for (const p of [...devPaths, testsPath, workspace]) {
        if (!fs.existsSync(p)) throw new Error(`runVscodeTests: ${p} does not exist`);
    }
    const run = createRunDir("ext-tests", opts.userSettings);
    const env: Record<string, string> = { ...opts.env };
    if (opts.timeoutMs !== undefined) env.VSCODE_SHIM_TIMEOUT_MS = String(opts.timeoutMs);
    env.SKRIVEHJELP_REPO = harnessPaths().repo;
    try {
        return await runTests({
            // With an executable path set, runTests never downloads VS Code.
            vscodeExecutablePath: vscodeShimPath(),
            extensionDevelopmentPath: devPaths.length === 1 ? devPaths[0] : devPaths,
            extensionTestsPath: testsPath,
            launchArgs: [workspace, `--user-data-dir=${run.userDataDir}`, `--extensions-dir=${run.extensionsDir}`],
            extensionTestsEnv: env,
        });
    } catch (e) {
        if (e instanceof TestRunFailedError) return e.code ?? 1;
        throw e;
    }
}
