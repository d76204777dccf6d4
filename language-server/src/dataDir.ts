// Where compiled linguistic data lives at run time: an environment override, then
// `<bundle dir>/<name>` (the VSIX ships dist/lexicon, dist/malform), then `.cache/<name>`
// above the bundle (a development checkout).
import * as fs from "node:fs";
import * as path from "node:path";

export function findDataDir(name: string, file: string, fromEnv: string | undefined): string | undefined {
    const candidates = [fromEnv, path.join(__dirname, name)];
    for (let dir = __dirname, i = 0; i < 8; i++, dir = path.dirname(dir)) candidates.push(path.join(dir, ".cache", name));
    return candidates.find((d): d is string => !!d && fs.existsSync(path.join(d, file)));
}
