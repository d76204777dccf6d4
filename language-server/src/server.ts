// Entry point of dist/server.js. The same bundle also runs the model worker
// (`--engine-worker`) and the model downloader (`--download-worker`), so they always come from the same build.
import { runDownloadWorker } from "./download/downloadWorker";
import { runEngineWorker } from "./engine/worker/engineWorker";
import { startLanguageServer } from "./lspServer";

if (process.argv.includes("--engine-worker")) runEngineWorker();
else if (process.argv.includes("--download-worker")) runDownloadWorker();
else startLanguageServer(__filename);
