#!/usr/bin/env bash
# Builds the production bundles and the linux-x64 VSIX: skrivehjelp-<version>-linux-x64.vsix
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
cd "$REPO"
ensure_npm_ci
bash scripts/lexicon/build.sh
bash scripts/malform/build.sh
bash scripts/convert/build.sh
node esbuild.js --production
# the compiled dictionaries ship beside the server (dist/server.js finds dist/lexicon, dist/malform, dist/convert)
rm -rf dist/lexicon dist/malform dist/convert
mkdir -p dist/lexicon dist/malform dist/convert
cp "$CACHE/lexicon/lexicon.bin" "$CACHE/lexicon/lexicon.json" dist/lexicon/
cp "$CACHE/malform/malform.bin" "$CACHE/malform/malform.json" dist/malform/
cp "$CACHE/convert/convert.bin" "$CACHE/convert/convert.json" "$CACHE/convert/learnt.tsv" dist/convert/
version=$(node -p 'require("./package.json").version')
out="skrivehjelp-$version-linux-x64.vsix"
npx vsce package --target linux-x64 --allow-missing-repository --skip-license --no-rewrite-relative-links -o "$out" >/dev/null
echo "$REPO/$out ($(du -m "$out" | cut -f1) MB)"
