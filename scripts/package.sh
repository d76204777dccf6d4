#!/usr/bin/env bash
# Builds the production bundles and the linux-x64 VSIX: skrivehjelp-<version>-linux-x64.vsix
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
cd "$REPO"
ensure_npm_ci
node esbuild.js --production
version=$(node -p 'require("./package.json").version')
out="skrivehjelp-$version-linux-x64.vsix"
npx vsce package --target linux-x64 --allow-missing-repository --skip-license --no-rewrite-relative-links -o "$out" >/dev/null
echo "$REPO/$out ($(du -m "$out" | cut -f1) MB)"
