// One build for every target: the extension, the language server, the model worker,
// the CLI, the chat webview and the compiled tests. `node esbuild.js [--watch] [--production]`.
const esbuild = require("esbuild");
const fs = require("node:fs");
const path = require("node:path");

const production = process.argv.includes("--production");
const { version } = require("./package.json");
const watch = process.argv.includes("--watch");

/** Reports errors in the `file:line:col: error: text` form VS Code's problem matcher reads. */
const problemMatcher = {
    name: "problem-matcher",
    setup(build) {
        build.onEnd((result) => {
            for (const { text, location } of result.errors) {
                console.error(`✘ [ERROR] ${text}`);
                if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
            }
        });
    },
};

const node = {
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: !production,
    minify: production,
    logLevel: "warning",
    plugins: [problemMatcher],
    // node-llama-cpp is ESM-only with top-level await and ships native binaries:
    // it stays in node_modules and is loaded by one dynamic import().
    external: ["vscode", "node-llama-cpp"],
    define: { SERVER_VERSION: JSON.stringify(version) },
};

/** Every *.ts under `dir` whose name matches `re`, recursively. */
function find(dir, re) {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? find(p, re) : re.test(e.name) ? [p] : [];
    });
}

const targets = [
    // extension.js is what activation loads, kept small; main.js (the client) loads after it
    { ...node, entryPoints: { extension: "src/extension.ts", main: "src/main.ts" }, outdir: "dist" },
    {
        ...node,
        entryPoints: {
            // server.js only turns on the compile cache and loads serverMain.js (launch.ts)
            server: "language-server/src/launch.ts",
            serverMain: "language-server/src/server.ts",
        },
        outdir: "dist",
    },
    {
        ...node,
        entryPoints: { cli: "language-server/src/cli.ts" },
        outdir: "dist",
        banner: { js: "#!/usr/bin/env node" },
    },
    {
        bundle: true,
        platform: "browser",
        target: "es2022",
        format: "iife",
        sourcemap: !production,
        minify: production,
        logLevel: "warning",
        plugins: [problemMatcher],
        entryPoints: { chat: "media/chat/main.ts" },
        // the script imports its CSS (codicons included): dist/webview/chat.css and codicon.ttf
        loader: { ".ttf": "file" },
        assetNames: "[name]",
        outdir: "dist/webview",
    },
    // Tests, benchmark and model generator: run from the repository with node_modules at hand.
    {
        ...node,
        sourcemap: true,
        minify: false,
        packages: "external",
        entryPoints: [
            ...find("test", /\.(test|spec|vscode-test)\.ts$/),
            ...find("language-server/src", /\.spec\.ts$/),
            ...find("src", /\.spec\.ts$/),
            ...find("test", /^(main|generate|suite)\.ts$/),
        ],
        outbase: ".",
        outdir: "dist/test-out",
    },
];

async function main() {
    const contexts = await Promise.all(
        targets.filter((t) => [].concat(t.entryPoints).length !== 0 || typeof t.entryPoints === "object").map((t) => esbuild.context(t)),
    );
    if (watch) {
        await Promise.all(contexts.map((c) => c.watch()));
        return;
    }
    try {
        await Promise.all(contexts.map((c) => c.rebuild()));
    } finally {
        await Promise.all(contexts.map((c) => c.dispose()));
    }
}

main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
});
