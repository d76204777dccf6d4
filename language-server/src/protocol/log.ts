// The one shape of a logger the server's rooms are handed: lspServer.ts's, which writes to the
// client's output filtered by `skrivehjelp.log.level`, or the CLI's. A worker process sends
// the same levels over IPC and its supervisor passes them on.
import type { LogLevel } from "./settings";

export type Logger = (level: LogLevel, message: string) => void;
