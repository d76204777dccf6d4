#!/usr/bin/env bash
# Builds the rule converter's tables into .cache/convert/convert.bin (+ convert.json) from the
# målform build's per-form translation maps (Apertium nno-nob through the wnorwegian lists;
# scripts/malform/build.mjs stages 1-4). See scripts/convert/README.md for sources and licences.
#   bash scripts/convert/build.sh [--force]
# Does nothing when convert.bin is newer than this script, compile.ts and the format.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/env.sh"
cd "$REPO"
OUT="$CACHE/convert"
WORK="$CACHE/malform/work"
HERE="$REPO/scripts/convert"
force=0
[ "${1:-}" = "--force" ] && force=1
up_to_date() {
    local f
    [ -f "$OUT/convert.bin" ] || return 1
    for f in "$HERE/build.sh" "$HERE/compile.ts" "$HERE/firstParts.ts" "$HERE/compoundTargets.ts" "$HERE/chainTargets.ts" "$HERE/commonWords.ts" "$HERE/neuters.ts" "$HERE/targets.ts" "$HERE/extraForms.ts" "$REPO/scripts/malform/build.mjs" "$REPO/language-server/src/convert/rules/format.ts" "$REPO/language-server/src/convert/rules/compounds.ts" "$REPO/language-server/src/lexicon/dawg.ts" "$CACHE/lexicon/lexicon.bin" "$REPO/scripts/malform/markers.tsv" "$HERE/learnt.tsv"; do
        [ "$OUT/convert.bin" -nt "$f" ] || return 1
    done
}
if [ $force = 0 ] && up_to_date; then
    _log "convert: $OUT/convert.bin is up to date"
    exit 0
fi
# esbuild: this build and the målform build load the server's TypeScript
[ -x "$REPO/node_modules/.bin/esbuild" ] || ensure_npm_ci
if [ ! -f "$WORK/nb2nn.tsv" ] || [ ! -f "$WORK/nn2nb.tsv" ] || [ ! -f "$WORK/nb2nn.units" ]; then
    _log "convert: the målform build's maps are missing; running its stages"
    ensure_apt wnorwegian apertium apertium-nno-nob lttoolbox apertium-lex-tools cg3
    node "$REPO/scripts/malform/build.mjs"
fi
mkdir -p "$OUT"
# the forms the speller's lexicon has from Apertium and the lists lack, through the same stages
# in a work folder of their own (~2 minutes; the målform layer's data stays as it is)
EXTRA="$OUT/lexicon-work"
[ -f "$CACHE/lexicon/lexicon.bin" ] || bash "$REPO/scripts/lexicon/build.sh"
rm -rf "$EXTRA"
npx esbuild "$HERE/extraForms.ts" --bundle --platform=node --target=node20 --format=cjs --log-level=warning --outfile="$OUT/extraForms.js"
node "$OUT/extraForms.js" --lexicon "$CACHE/lexicon" --lists "$WORK" --out "$EXTRA"
node "$REPO/scripts/malform/build.mjs" --work "$EXTRA"
npx esbuild "$HERE/compile.ts" --bundle --platform=node --target=node20 --format=cjs --log-level=warning --outfile="$OUT/compile.js"
node --max-old-space-size=6144 "$OUT/compile.js" --work "$WORK" --extra "$EXTRA" --lexicon "$CACHE/lexicon" --markers "$REPO/scripts/malform/markers.tsv" --out "$OUT"
rm -rf "$OUT/compile.js" "$OUT/extraForms.js" "$EXTRA"
cp "$HERE/learnt.tsv" "$OUT/learnt.tsv"
_log "convert: $(du -h "$OUT/convert.bin" | cut -f1) $OUT/convert.bin"
