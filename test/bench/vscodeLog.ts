// The extension's own log (the "Skrivehjelp" output channel) of a code-server run, newest session first.
import * as fs from "node:fs";
import * as path from "node:path";

export function findLog(userDataDir: string): string {
    const logs = path.join(userDataDir, "logs");
    if (!fs.existsSync(logs)) return "";
    for (const session of fs.readdirSync(logs).sort().reverse()) {
        for (const host of fs.readdirSync(path.join(logs, session))) {
            const file = path.join(logs, session, host, "skrivehjelp.skrivehjelp", "Skrivehjelp.log");
            if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
        }
    }
    return "";
}
