#!/usr/bin/env bash
# Installs what the end-to-end tests need to run a real VS Code offline: Debian's Chromium and
# code-server (VS Code 1.139.1) on its own Node 24, under .cache/vscode. Idempotent: a second
# run only checks. The first run takes about 3 minutes and ~600 MB.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"

start=$SECONDS
did=()
_apt_installed chromium || did+=("chromium")
{ [ -f "$VSCODE_CACHE/code-server/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION" ] && [ -x "$NODE24" ]; } \
    || did+=("node $NODE24_VERSION + code-server $CODE_SERVER_VERSION")

ensure_apt chromium libkrb5-dev
ensure_code_server

if [ ${#did[@]} -eq 0 ]; then
    echo "setup-vscode: already set up, nothing to do ($((SECONDS - start)) s)"
else
    echo "setup-vscode: installed ${did[*]} in $((SECONDS - start)) s"
fi
echo "  chromium:    $("$CHROMIUM" --version 2>/dev/null || echo missing)"
echo "  node24:      $NODE24 ($("$NODE24" --version))"
# (Read from package.json: `code-server --version` would write a config file into $XDG_CONFIG_HOME.)
echo "  code-server: $CODE_SERVER_ENTRY ($("$NODE24" -p "require('$CODE_SERVER_HOME/package.json').version"))"
