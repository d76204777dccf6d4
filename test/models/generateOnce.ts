// Generate once: a model file is (re)built only when its sidecar `<file>.json` is missing or its
// fingerprint (the generator version, the model spec and the tokenizer package version)
// differs; concurrent callers, in this process or others, wait for one generation. Bump
// GENERATOR_VERSION whenever a change in the writers changes the bytes written.
import { createHash } from "node:crypto";
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import { tokenizerPackageVersion } from "./llama3-tokenizer";

export const GENERATOR_VERSION = 1;

export interface GeneratedFile {
    readonly path: string;
    readonly bytes: number;
    readonly seconds: number;
}

export interface EnsureOptions {
    /** Regenerate even when the file is up to date. */
    readonly force?: boolean;
    /** Called for each file actually (re)generated. */
    readonly onGenerated?: (file: GeneratedFile) => void;
}

export function fingerprint(kind: string, spec: object): string {
    const text = JSON.stringify({ generator: GENERATOR_VERSION, kind, spec, tokenizer: tokenizerPackageVersion() });
    return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

interface Sidecar {
    fingerprint: string;
    bytes: number;
    seconds: number;
}

const inProcess = new Map<string, Promise<string>>();

/**
 * Makes sure `file` exists and matches `fp`, calling `build(file)` otherwise. `build` must
 * write atomically. Concurrent callers (in this process or others, e.g. parallel test
 * files) wait for one generation instead of each writing the file.
 */
export function ensureFile(file: string, fp: string, build: (file: string) => Promise<unknown>, options: EnsureOptions): Promise<string> {
    const running = inProcess.get(file);
    if (running && !options.force) return running;
    const job = (async (): Promise<string> => {
        if (running) await running.catch(() => undefined);
        if (!options.force && (await isFresh(file, fp))) return file;
        await fsp.mkdir(path.dirname(file), { recursive: true });
        return withLock(`${file}.lock`, async () => {
            if (!options.force && (await isFresh(file, fp))) return file; // another process made it
            await removeAbandonedTemps(file);
            const started = performance.now();
            await build(file);
            const seconds = (performance.now() - started) / 1000;
            const bytes = (await fsp.stat(file)).size;
            const sidecar: Sidecar = { fingerprint: fp, bytes, seconds: Math.round(seconds * 1000) / 1000 };
            await writeFileAtomic(`${file}.json`, JSON.stringify(sidecar, null, 2) + "\n");
            options.onGenerated?.({ path: file, bytes, seconds });
            return file;
        });
    })();
    inProcess.set(file, job);
    job.catch(() => {
        if (inProcess.get(file) === job) inProcess.delete(file);
    });
    return job;
}

async function isFresh(file: string, fp: string): Promise<boolean> {
    try {
        const sidecar = JSON.parse(await fsp.readFile(`${file}.json`, "utf8")) as Partial<Sidecar>;
        if (sidecar.fingerprint !== fp) return false;
        return (await fsp.stat(file)).size === sidecar.bytes;
    } catch {
        return false;
    }
}

/** Writes `data` to a temporary file next to `file` and renames it into place. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
    const temp = `${file}.tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
    try {
        await fsp.writeFile(temp, data);
        await fsp.rename(temp, file);
    } catch (e) {
        await fsp.rm(temp, { force: true });
        throw e;
    }
}

/** Deletes `<file>.tmp-<pid>-*` left by a process that no longer runs (a killed generation). */
async function removeAbandonedTemps(file: string): Promise<void> {
    const prefix = `${path.basename(file)}.tmp-`;
    for (const name of await fsp.readdir(path.dirname(file))) {
        if (!name.startsWith(prefix)) continue;
        const pid = Number(name.slice(prefix.length).split("-")[0]);
        if (!isAlive(pid)) await fsp.rm(path.join(path.dirname(file), name), { force: true });
    }
}

function isAlive(pid: number): boolean {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    if (pid === process.pid) return true;
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === "EPERM";
    }
}

const locksHeld = new Set<string>();

/** A lock file holding the owner's pid; a lock whose owner is gone is taken over. */
async function withLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
    for (;;) {
        try {
            const handle = await fsp.open(lock, "wx");
            await handle.writeFile(String(process.pid));
            await handle.close();
            locksHeld.add(lock);
            break;
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        }
        const owner = Number(await fsp.readFile(lock, "utf8").catch(() => ""));
        const age = await fsp.stat(lock).then(
            (s) => Date.now() - s.mtimeMs,
            () => 0,
        );
        // An empty lock is one being created right now, unless it is old. Our own pid on a
        // lock we do not hold is a leftover from an earlier process that had the same pid.
        const abandoned = owner > 0 ? !isAlive(owner) || (owner === process.pid && !locksHeld.has(lock)) : age > 10_000;
        if (abandoned) {
            await fsp.rm(lock, { force: true });
            continue;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
        return await fn();
    } finally {
        locksHeld.delete(lock);
        await fsp.rm(lock, { force: true });
    }
}
