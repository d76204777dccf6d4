#!/usr/bin/env bash
# Builds the målform data (Bokmål/Nynorsk detection and other-standard replacements) into
# .cache/malform/. Installs the Debian packages it needs. See scripts/malform/README.md.
#   bash scripts/malform/build.sh [--force]     (--force redoes every stage)
set -euo pipefail
source "$(dirname "$0")/../lib/env.sh"
ensure_apt wnorwegian apertium apertium-nno-nob lttoolbox apertium-lex-tools cg3
# the compile step loads the server's DAWG builder and format (TypeScript) through esbuild
[ -x "$REPO/node_modules/.bin/esbuild" ] || ensure_npm_ci
exec node "$REPO/scripts/malform/build.mjs" "$@"
