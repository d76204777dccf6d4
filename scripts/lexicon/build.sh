#!/usr/bin/env bash
# Builds the compiled Bokmål/Nynorsk lexicon: .cache/lexicon/lexicon.bin (+ lexicon.json), then
# the names list beside it (names.sh: names.bin).
#
#   bash scripts/lexicon/build.sh [--force] [--no-tesseract] [--keep-work] [--compile-only]
#
# --keep-work keeps the expanded sources in .cache/lexicon/work; --compile-only then recompiles
# from them in ~30 s (for work on compile.ts).
# Installs the Debian packages it reads when missing (wnorwegian, apertium-nno-nob, lttoolbox-dev,
# and for the ranking prior tesseract-ocr + tesseract-ocr-nor), expands Apertium's analysers with
# lt-paradigm, and compiles everything into one minimal automaton (scripts/lexicon/compile.ts).
# Does nothing when the lexicon is newer than this script, compile.ts and the lexicon format's
# sources (--force rebuilds). About 3 minutes on 2 cores; see README.md beside this file for
# sources and licences.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/env.sh"
cd "$REPO"

force=0
tesseract=1
keep=0
compile_only=0
for a in "$@"; do
    case "$a" in
        --force) force=1 ;;
        --no-tesseract) tesseract=0 ;;
        --keep-work) keep=1 ;;
        --compile-only) compile_only=1 force=1 keep=1 ;;
        *) echo "unknown option $a" >&2; exit 2 ;;
    esac
done

OUT="$CACHE/lexicon"
# SKRIVEHJELP_LEXICON_WORK: a work folder of its own (a build beside another one in the same checkout)
WORK="${SKRIVEHJELP_LEXICON_WORK:-$OUT/work}"
HERE="$REPO/scripts/lexicon"
LEXMOD="$REPO/language-server/src/lexicon"
up_to_date() {
    local f
    [ -f "$OUT/lexicon.bin" ] || return 1
    for f in "$HERE/build.sh" "$HERE/compile.ts" "$LEXMOD/dawg.ts" "$LEXMOD/format.ts" "$LEXMOD/flags.ts" "$LEXMOD/misspellings.ts"; do
        [ "$OUT/lexicon.bin" -nt "$f" ] || return 1
    done
}
# the names list (names.sh) is built from the lexicon and sources of its own, with its own up-to-date check
names() { bash "$HERE/names.sh"; }
if [ $force = 0 ] && up_to_date; then
    _log "lexicon: $OUT/lexicon.bin is up to date"
    names
    exit 0
fi
[ -x "$REPO/node_modules/.bin/esbuild" ] || ensure_npm_ci

compile() {
    _log "lexicon: compiling"
    [ $tesseract = 1 ] || rm -f "$WORK/common.words"
    npx esbuild "$HERE/compile.ts" --bundle --platform=node --target=node20 --format=cjs --log-level=warning --outfile="$WORK/compile.js"
    node --max-old-space-size=4096 "$WORK/compile.js" --work "$WORK" --out "$OUT"
    [ $keep = 1 ] || rm -rf "$WORK"
}
if [ $compile_only = 1 ]; then
    [ -f "$WORK/nob.forms" ] || { echo "no $WORK/nob.forms: run once with --keep-work" >&2; exit 2; }
    compile
    names
    exit 0
fi

pkgs=(wnorwegian apertium-nno-nob lttoolbox-dev)
[ $tesseract = 1 ] && pkgs+=(tesseract-ocr tesseract-ocr-nor)
ensure_apt "${pkgs[@]}"
started=$(date +%s)
rm -rf "$WORK"
mkdir -p "$WORK"

_log "lexicon: wnorwegian word lists"
iconv -f ISO-8859-1 -t UTF-8 /usr/share/dict/bokmaal >"$WORK/nb.words"
iconv -f ISO-8859-1 -t UTF-8 /usr/share/dict/nynorsk >"$WORK/nn.words"

# lt-paradigm expands "lemma<*>" to every analysis of that lemma. The lemmas to ask for are the
# forms of the word lists (every lemma is also a form, closed classes included). Single letters
# and all-capital strings are left out: they reach Apertium's looping abbreviation patterns
# ("E<*>" never ends), and so do wildcard lemmas ("*<adv>", "*<*>").
_log "lexicon: expanding Apertium's analysers (lt-paradigm, two in parallel)"
LC_ALL=C sort -u "$WORK/nb.words" "$WORK/nn.words" \
    | grep -a '[a-zæøåéèêóòôüäö]' | grep -av '[][<>*:\\]' | awk 'length($0) >= 2 { print $0 "<*>" }' >"$WORK/lemmas.q"
APERTIUM=/usr/share/apertium/apertium-nno-nob
# "lemma<tags>:form" -> "K<TAB>form<TAB>lemma"; hyphen-split and triple-consonant variants are dropped.
# K: F full form, L may begin a compound, R may end one; C a full form of a function word
# (determiner, pronoun, preposition, conjunction, auxiliary or modal verb) and A of an adverb:
# the most frequent words of any text, a ranking prior.
to_forms() {
    awk -F'>:' 'NF == 2 && $2 != "" && $2 !~ /-$/ && index($2, "¤") == 0 && $1 !~ /<(cmp-split|guio|detriple)/ {
        k = "F"; if ($1 ~ /<compound-only-L/) k = "L"; else if ($1 ~ /<compound-R/) k = "R";
        else if ($1 ~ /<(det|prn|pr|cnjcoo|cnjsub|cnjadv)>/ || $1 ~ /^(være|vere|ha|bli|verte|skulle|kunne|ville|måtte|burde|få|gjøre|gjere)<vblex>/) k = "C";
        else if ($1 ~ /<adv>/) k = "A";
        lemma = $1; sub(/<.*/, "", lemma);
        print k "\t" $2 "\t" lemma }' | LC_ALL=C sort -u
}
lt-paradigm -a "$APERTIUM/nob-nno.automorf.bin" "$WORK/lemmas.q" | to_forms >"$WORK/nob.forms" &
p1=$!
lt-paradigm -a "$APERTIUM/nno-nob.automorf.bin" "$WORK/lemmas.q" | to_forms >"$WORK/nno.forms" &
p2=$!
wait $p1
wait $p2

if [ $tesseract = 1 ]; then
    _log "lexicon: Tesseract's Norwegian word list (ranking prior)"
    (cd "$WORK" && combine_tessdata -u /usr/share/tesseract-ocr/5/tessdata/nor.traineddata tess. >/dev/null 2>&1 \
        && dawg2wordlist tess.lstm-unicharset tess.lstm-word-dawg common.words >/dev/null 2>&1)
    rm -f "$WORK"/tess.*
fi

ver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo none; }
cat >"$WORK/sources.json" <<EOF
{
  "wnorwegian": "$(ver wnorwegian)",
  "apertium-nno-nob": "$(ver apertium-nno-nob)",
  "lttoolbox": "$(ver lttoolbox-dev)",
  "tesseract-ocr-nor": "$([ $tesseract = 1 ] && ver tesseract-ocr-nor || echo unused)"
}
EOF

compile
names
_log "lexicon: done in $(($(date +%s) - started)) s: $(du -h "$OUT/lexicon.bin" | cut -f1) $OUT/lexicon.bin"
