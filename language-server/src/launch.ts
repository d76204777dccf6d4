// Entry point of dist/server.js: turns on Node's compile cache (Node ≥ 22.1; VS Code and
// code-server run the server on such a Node) before the server bundle loads, so every start
// after the first skips compiling the ~0.8 MB bundle and the functions the first check runs.
// The bundle is dist/serverMain.js; the model worker and the downloader start through this
// file too (and node-llama-cpp's modules are cached with it). On older Node it does nothing.
import * as module from "node:module";
import * as path from "node:path";

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a computed path: esbuild leaves the bundle out of this one
require(path.join(__dirname, "serverMain.js"));
