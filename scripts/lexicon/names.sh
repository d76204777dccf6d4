#!/usr/bin/env bash
# Builds the names list: .cache/lexicon/names.bin (+ names.json), the proper nouns the speller's
# near-name question knows beside the lexicon's (language-server/src/lexicon/namesList.ts).
#
#   bash scripts/lexicon/names.sh [--force]
#
# Sources (see README.md beside this file for licences): the place, person and organisation
# names of Apertium's Bokmål and Nynorsk analysers (apertium-nno-nob, expanded with lt-paradigm
# by tag: "*<np><top>", ...), and the words of SCOWL's American English list (capitalised: names)
# (wamerican-huge), and the lexicon's own names (.cache/lexicon/lexicon.bin, built first). Installs them when missing; ~20 s. Does nothing when names.bin is newer than
# this script, names.ts, namesList.ts, soundAlike.ts (which names are famous) and lexicon.bin (--force rebuilds). Written to a temporary name, then renamed: other
# processes may be reading the folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/env.sh"
cd "$REPO"

force=0
for a in "$@"; do
    case "$a" in
        --force) force=1 ;;
        *) echo "unknown option $a" >&2; exit 2 ;;
    esac
done

OUT="$CACHE/lexicon"
HERE="$REPO/scripts/lexicon"
if [ $force = 0 ] && [ -f "$OUT/names.bin" ] && [ "$OUT/names.bin" -nt "$HERE/names.sh" ] && [ "$OUT/names.bin" -nt "$HERE/names.ts" ] \
    && [ "$OUT/names.bin" -nt "$REPO/language-server/src/lexicon/namesList.ts" ] && [ "$OUT/names.bin" -nt "$OUT/lexicon.bin" ] \
    && [ "$OUT/names.bin" -nt "$REPO/language-server/src/proofreading/spelling/soundAlike.ts" ]; then
    _log "names: $OUT/names.bin is up to date"
    exit 0
fi
[ -x "$REPO/node_modules/.bin/esbuild" ] || ensure_npm_ci
ensure_apt apertium-nno-nob lttoolbox-dev wamerican-huge
[ -f "$OUT/lexicon.bin" ] || { echo "names: no $OUT/lexicon.bin (run build.sh first)" >&2; exit 2; }
WORK="$(mktemp -d "$OUT/names-work.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

APERTIUM=/usr/share/apertium/apertium-nno-nob
# lt-paradigm prints "lemma<tags>:surface" for each query. "*<np><al>" (other names: laws,
# works) never ends (the analysers' compound patterns), so it is not asked.
printf '%s\n' '*<np><top>' '*<np><ant><m>' '*<np><ant><f>' '*<np><cog>' '*<np><org>' >"$WORK/q"
_log "names: Apertium's proper nouns"
lt-paradigm -a "$APERTIUM/nob-nno.automorf.bin" "$WORK/q" | grep -av '<compound-R>' >"$WORK/nob.np" &
p1=$!
lt-paradigm -a "$APERTIUM/nno-nob.automorf.bin" "$WORK/q" | grep -av '<compound-R>' >"$WORK/nno.np" &
p2=$!
wait $p1
wait $p2
# SCOWL's list is ASCII plus a few Latin-1 letters in UTF-8; possessives ("Asperger's") are left out
grep -a "^[[:alpha:]]\+$" /usr/share/dict/american-english-huge >"$WORK/en.words" || true

ver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo none; }
cat >"$WORK/sources.json" <<JSON
{ "apertium-nno-nob": "$(ver apertium-nno-nob)", "lttoolbox": "$(ver lttoolbox-dev)", "wamerican-huge": "$(ver wamerican-huge)" }
JSON
npx esbuild "$HERE/names.ts" --bundle --platform=node --target=node20 --format=cjs --log-level=warning --outfile="$WORK/names.js"
node "$WORK/names.js" --work "$WORK" --lexicon "$OUT" --out "$WORK"
mv -f "$WORK/names.json" "$OUT/names.json.tmp" && mv -f "$OUT/names.json.tmp" "$OUT/names.json"
mv -f "$WORK/names.bin" "$OUT/names.bin.tmp" && mv -f "$OUT/names.bin.tmp" "$OUT/names.bin"
_log "names: $(du -h "$OUT/names.bin" | cut -f1) $OUT/names.bin"
