// The server bundle, dist/serverMain.js, loaded by dist/server.js (launch.ts). The same bundle
// also runs the model worker (`--engine-worker`) and the model downloader (`--download-worker`),
// so they always come from the same build; they start through server.js like the server.
import * as path from "node:path";
import { runDownloadWorker } from "./download/downloadWorker";
import { runEngineWorker } from "./engine/worker/engineWorker";
import { startLanguageServer } from "./lspServer";

if (process.argv.includes("--engine-worker")) runEngineWorker();
else if (process.argv.includes("--download-worker")) runDownloadWorker();
else startLanguageServer(path.join(__dirname, "server.js"));
