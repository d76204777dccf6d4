// Runs the `vscode` API tests (test/e2e/vscode) inside code-server through @vscode/test-electron.
import assert from "node:assert/strict";
import * as path from "node:path";
import { it } from "node:test";
import { ensureTinyModel, repoRoot } from "../models/models";
import { runVscodeTests } from "./harness/runVscodeTests";
import { freshWorkspace } from "./workspace";

it("extension tests against the vscode API pass in code-server", async () => {
    const tiny = await ensureTinyModel();
    const code = await runVscodeTests({
        extensionDevelopmentPath: repoRoot(),
        extensionTestsPath: path.join(repoRoot(), "dist", "test-out", "test", "e2e", "vscode", "suite.js"),
        workspace: freshWorkspace(),
        env: { SKRIVEHJELP_TEST_MODEL: tiny },
        userSettings: { "skrivehjelp.model.threads": 1 },
    });
    assert.equal(code, 0, "the Mocha suite inside VS Code failed (see its output above)");
});
