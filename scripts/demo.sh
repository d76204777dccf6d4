#!/usr/bin/env bash
# `npm run demo`: sets up what is missing, builds the VSIX and starts code-server on 127.0.0.1
# with Skrivehjelp, a sample Norwegian document and the generated tiny model. PORT=8080 default.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$REPO"
ensure_npm_ci
ensure_apt libkrb5-dev
ensure_code_server
bash scripts/package.sh
exec node dist/test-out/test/demo/main.js
