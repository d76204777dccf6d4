// Loads a TypeScript module of the project into a plain Node build script: bundles it with
// esbuild in memory (no file written) and evaluates it as CommonJS. The build scripts import
// the server's own definitions this way (the DAWG builder, the file formats), so a format has
// one definition for the writer and the reader.
import * as esbuild from "esbuild";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

/** The exports of `file` (relative to the repository). */
export function loadTs(file) {
    const entry = path.join(REPO, file);
    const out = esbuild.buildSync({
        entryPoints: [entry],
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        write: false,
        logLevel: "warning",
    });
    const module = { exports: {} };
    new Function("module", "exports", "require", "__filename", "__dirname", out.outputFiles[0].text)(
        module,
        module.exports,
        require,
        entry,
        path.dirname(entry),
    );
    return module.exports;
}
