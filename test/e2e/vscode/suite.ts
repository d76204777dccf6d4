// extensionTestsPath entry, loaded by the extension host inside code-server: runs the Mocha
// tests against the `vscode` API (same contract as @vscode/test-electron: export run()).
import * as path from "node:path";
import Mocha from "mocha";

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: "bdd", timeout: 90_000, color: false, reporter: "spec" });
    mocha.addFile(path.join(__dirname, "extension.vscode-test.js"));
    return new Promise((resolve, reject) =>
        mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve())),
    );
}
