// Entry point of dist/server.js. The same bundle also runs the model worker
// (`--engine-worker`), so the worker and the server always come from the same build.
import { runEngineWorker } from "./engine/worker/engineWorker";
import { startLanguageServer } from "./lspServer";

if (process.argv.includes("--engine-worker")) runEngineWorker();
else startLanguageServer(__filename);
