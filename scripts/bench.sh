#!/usr/bin/env bash
# `npm run bench`: builds what it needs, then measures (test/bench/main.ts).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$REPO"
ensure_npm_ci
ensure_apt chromium libkrb5-dev
ensure_code_server
bash scripts/package.sh
bash scripts/llama-server/build.sh >/dev/null   # the remote engine's figures; cached outside the repo
exec node dist/test-out/test/bench/main.js "$@"
