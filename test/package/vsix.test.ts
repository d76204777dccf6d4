// The five VSIXes `npm run package` builds (scripts/package.sh): each carries the extension, the
// shared dictionaries and node-llama-cpp with exactly its own platform's binaries, and stays
// within 60 MB. Reads the archives with Debian's `unzip`; SKRIVEHJELP_VSIX_DIR: where they are
// (default: the repository, where package.sh writes them).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { repoRoot } from "../models/models";

const MAX_BYTES = 60_000_000; // 60 MB (package.sh prints MiB: du -m)

interface Platform {
    /** the platform packages the VSIX carries, nothing else of @node-llama-cpp/* or @reflink/reflink-* */
    packages: string[];
    /** node-llama-cpp's binary folder: node_modules/<packages[0]>/bins/<bins>/llama-addon.node */
    bins: string;
    /** what every native file in it must be */
    format: "elf" | "macho" | "pe";
    arch: "x64" | "arm64";
}

const platforms: Record<string, Platform> = {
    "linux-x64": {
        packages: ["@node-llama-cpp/linux-x64", "@reflink/reflink-linux-x64-gnu"],
        bins: "linux-x64",
        format: "elf",
        arch: "x64",
    },
    "linux-arm64": {
        packages: ["@node-llama-cpp/linux-arm64", "@reflink/reflink-linux-arm64-gnu"],
        bins: "linux-arm64",
        format: "elf",
        arch: "arm64",
    },
    "darwin-arm64": {
        packages: ["@node-llama-cpp/mac-arm64-metal", "@reflink/reflink-darwin-arm64"],
        bins: "mac-arm64-metal",
        format: "macho",
        arch: "arm64",
    },
    "darwin-x64": { packages: ["@node-llama-cpp/mac-x64", "@reflink/reflink-darwin-x64"], bins: "mac-x64", format: "macho", arch: "x64" },
    "win32-x64": { packages: ["@node-llama-cpp/win-x64", "@reflink/reflink-win32-x64-msvc"], bins: "win-x64", format: "pe", arch: "x64" },
};

/** Files every VSIX carries: the bundles, the dictionaries, node-llama-cpp itself. */
const shared = [
    "extension/package.json",
    "extension/dist/extension.js",
    "extension/dist/main.js",
    "extension/dist/server.js",
    "extension/dist/serverMain.js",
    "extension/dist/cli.js",
    "extension/dist/webview/chat.js",
    "extension/dist/lexicon/lexicon.bin",
    "extension/dist/lexicon/lexicon.json",
    "extension/dist/lexicon/names.bin",
    "extension/dist/malform/malform.bin",
    "extension/dist/malform/malform.json",
    "extension/dist/convert/convert.bin",
    "extension/dist/convert/convert.json",
    "extension/dist/convert/learnt.tsv",
    "extension/node_modules/node-llama-cpp/package.json",
    "extension/node_modules/node-llama-cpp/dist/index.js",
    "extension/node_modules/@reflink/reflink/package.json",
];

const NATIVE = /\.(node|so|dylib|dll|exe)$/;
const PLATFORM_PACKAGE = /^extension\/node_modules\/(@node-llama-cpp\/[^/]+|@reflink\/reflink-[^/]+)\//;

interface Entry {
    size: number;
    crc: string;
}

/** name → uncompressed size and CRC-32, from `unzip -v`. */
function listing(vsix: string): Map<string, Entry> {
    const out = execFileSync("unzip", ["-v", vsix], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const entries = new Map<string, Entry>();
    for (const line of out.split("\n")) {
        const m = /^\s*(\d+)\s+\S+\s+\d+\s+\S+\s+\S+\s+\S+\s+([0-9a-f]{8})\s+(.+)$/.exec(line);
        if (m) entries.set(m[3], { size: Number(m[1]), crc: m[2] });
    }
    return entries;
}

/** The binary format and CPU of a native file, from its header. */
function binaryKind(file: string): string {
    const fd = fs.openSync(file, "r");
    const b = Buffer.alloc(4096);
    const n = fs.readSync(fd, b, 0, b.length, 0);
    fs.closeSync(fd);
    const h = b.subarray(0, n);
    if (h.length >= 20 && h.readUInt32BE(0) === 0x7f454c46) {
        const machine = h.readUInt16LE(18);
        return `elf-${machine === 0x3e ? "x64" : machine === 0xb7 ? "arm64" : `0x${machine.toString(16)}`}`;
    }
    if (h.length >= 8 && h.readUInt32LE(0) === 0xfeedfacf) {
        const cpu = h.readUInt32LE(4);
        return `macho-${cpu === 0x01000007 ? "x64" : cpu === 0x0100000c ? "arm64" : `0x${cpu.toString(16)}`}`;
    }
    if (h.length >= 8 && h.readUInt32BE(0) === 0xcafebabe) return "macho-universal";
    if (h.length >= 0x40 && h.toString("latin1", 0, 2) === "MZ") {
        const pe = h.readUInt32LE(0x3c);
        if (pe + 6 <= h.length && h.readUInt32BE(pe) === 0x50450000) {
            const machine = h.readUInt16LE(pe + 4);
            return `pe-${machine === 0x8664 ? "x64" : machine === 0xaa64 ? "arm64" : `0x${machine.toString(16)}`}`;
        }
    }
    return "unknown";
}

const root = repoRoot();
const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-vsix-"));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const listings = new Map<string, Map<string, Entry>>();
function vsixOf(target: string): { file: string; entries: Map<string, Entry> } {
    const file = path.join(process.env.SKRIVEHJELP_VSIX_DIR ?? root, `skrivehjelp-${version}-${target}.vsix`);
    assert.ok(fs.existsSync(file), `${file} is missing: run "npm run package" first`);
    let entries = listings.get(target);
    if (!entries) listings.set(target, (entries = listing(file)));
    return { file, entries };
}

for (const [target, platform] of Object.entries(platforms)) {
    describe(`skrivehjelp-${version}-${target}.vsix`, () => {
        it("is at most 60 MB", () => {
            const { file } = vsixOf(target);
            const bytes = fs.statSync(file).size;
            assert.ok(bytes <= MAX_BYTES, `${(bytes / 1e6).toFixed(1)} MB`);
        });

        it(`is for ${target} in vsce's manifest`, () => {
            const { file } = vsixOf(target);
            const manifest = execFileSync("unzip", ["-p", file, "extension.vsixmanifest"], { encoding: "utf8" });
            assert.match(manifest, new RegExp(`TargetPlatform="${target}"`));
        });

        it("carries the bundles, the dictionaries and node-llama-cpp", () => {
            const { entries } = vsixOf(target);
            const missing = shared.filter((f) => !entries.has(f));
            assert.deepEqual(missing, []);
            for (const f of shared.filter((f) => f.endsWith(".bin"))) {
                assert.ok(entries.get(f)!.size > 100_000, `${f} is ${entries.get(f)!.size} bytes`);
            }
        });

        it("carries the production bundles (minified, no source maps)", () => {
            const { file, entries } = vsixOf(target);
            assert.deepEqual(
                [...entries.keys()].filter((n) => n.endsWith(".map")),
                [],
            );
            for (const f of ["extension/dist/serverMain.js", "extension/dist/main.js"]) {
                const text = execFileSync("unzip", ["-p", file, f], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
                assert.doesNotMatch(text, /sourceMappingURL=/, `${f} is a development build`);
            }
        });

        it(`carries exactly ${platform.packages.join(" and ")}`, () => {
            const { entries } = vsixOf(target);
            const found = new Set<string>();
            for (const name of entries.keys()) {
                const m = PLATFORM_PACKAGE.exec(name);
                if (m) found.add(m[1]);
            }
            assert.deepEqual([...found].sort(), [...platform.packages].sort());
            const addon = `extension/node_modules/${platform.packages[0]}/bins/${platform.bins}/llama-addon.node`;
            assert.ok(entries.has(addon), `${addon} is missing`);
        });

        it(`has only ${platform.format} ${platform.arch} native files`, () => {
            const { file, entries } = vsixOf(target);
            const natives = [...entries.keys()].filter((n) => NATIVE.test(n));
            assert.ok(natives.length >= 2, `native files: ${natives.join(", ")}`);
            // outside the platform packages no native file belongs in the VSIX
            assert.deepEqual(
                natives.filter((n) => !PLATFORM_PACKAGE.test(n)),
                [],
            );
            const dir = path.join(tmp, target);
            execFileSync("unzip", ["-q", "-o", file, ...natives, "-d", dir]);
            const wrong = natives
                .map((n) => ({ n, kind: binaryKind(path.join(dir, n)) }))
                .filter(({ kind }) => kind !== `${platform.format}-${platform.arch}`)
                .map(({ n, kind }) => `${n}: ${kind}`);
            assert.deepEqual(wrong, []);
        });
    });
}

it("every VSIX carries the same extension apart from its platform packages", () => {
    const common = (target: string) =>
        [...vsixOf(target).entries]
            .filter(([name]) => name.startsWith("extension/") && !PLATFORM_PACKAGE.test(name))
            .map(([name, e]) => `${name} ${e.crc}`)
            .sort();
    const [first, ...rest] = Object.keys(platforms);
    const reference = common(first);
    for (const target of rest) {
        const other = common(target);
        const onlyFirst = reference.filter((x) => !other.includes(x));
        const onlyOther = other.filter((x) => !reference.includes(x));
        assert.deepEqual({ onlyFirst, onlyOther }, { onlyFirst: [], onlyOther: [] }, `${first} against ${target}`);
    }
});
