// Any editor: Neovim's built-in LSP client (Debian's neovim, headless) gets diagnostics for a
// Nynorsk Markdown file from dist/server.js --stdio and applies the preferred quick fix.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { it } from "node:test";
import { REPO, SERVER } from "./lspClient";

const NVIM = "/usr/bin/nvim";

it(
    "Neovim shows Skrivehjelp's diagnostics and applies a quick fix",
    { skip: !fs.existsSync(NVIM) && "Debian package neovim is not installed" },
    () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "skrivehjelp-nvim-"));
        const file = path.join(dir, "notat.md");
        fs.writeFileSync(file, "# Møtet\n\nEg har ikkje tid i dag, men me skirve om budsjettet i morgon.\n\n```\nskirve\n```\n");
        const reportFile = path.join(dir, "report.json");
        const r = spawnSync(
            NVIM,
            ["--headless", "-n", "-i", "NONE", "-u", path.join(REPO, "test", "server", "fixtures", "neovim-init.lua"), "notat.md"],
            {
                cwd: dir,
                env: {
                    ...process.env,
                    SKRIVEHJELP_SERVER: SERVER,
                    SKRIVEHJELP_NODE: process.execPath,
                    SKRIVEHJELP_REPORT: reportFile,
                    XDG_CONFIG_HOME: dir,
                    XDG_DATA_HOME: dir,
                    XDG_STATE_HOME: dir,
                },
                encoding: "utf8",
                timeout: 60_000,
            },
        );
        assert.ok(fs.existsSync(reportFile), `no report; nvim exited ${r.status}: ${r.stderr}`);
        const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as {
            error?: string;
            diagnostics: { message: string; line: number }[];
            actions: string[];
            applied: string;
        };
        assert.equal(report.error, undefined);
        assert.deepEqual(
            report.diagnostics.map((d) => [d.message, d.line]),
            [["Ukjent ord: «skirve»", 2]],
        );
        assert.equal(report.applied, "Byt ut med «skrive»");
        assert.equal(
            fs.readFileSync(file, "utf8"),
            "# Møtet\n\nEg har ikkje tid i dag, men me skrive om budsjettet i morgon.\n\n```\nskirve\n```\n",
        );
        fs.rmSync(dir, { recursive: true, force: true });
    },
);
