// A fresh copy of the sample Norwegian workspace for each end-to-end run.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "../models/models";

export function freshWorkspace(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-ws-"));
    fs.cpSync(path.join(repoRoot(), "test", "fixtures", "workspace"), dir, { recursive: true });
    return dir;
}

/** The VSIX `npm run package` made; the e2e tests install exactly what ships. */
export function builtVsix(): string {
    const root = repoRoot();
    const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
    const vsix = path.join(root, `skrivehjelp-${version}-linux-x64.vsix`);
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first`);
    return vsix;
}
