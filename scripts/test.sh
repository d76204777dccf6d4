#!/usr/bin/env bash
# Every test, from a fresh clone: set-up (npm ci, Debian packages, code-server into .cache),
# type-check, build, generated models, unit, LSP integration, VSIX, and real-VS-Code end-to-end.
# `npm test` runs this. Pass a stage name (unit, server, package, e2e) to run only that stage,
# or `setup` for the set-up and builds alone (no tests).
#
# Nothing is skipped quietly: a failed set-up or build fails the run, and a test stage fails when
# it ran no test or any test reported skip or todo (scripts/lib/test-stage-check.mjs). The last
# lines are a table of the stages, their test counts and how long each step took; it is also
# written to .cache/test-summary.tsv, which .ci/run checks.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
cd "$REPO"
only="${1:-all}"
want() { [ "$only" = all ] || [ "$only" = "$1" ]; }

run_start=$(date +%s)
step_name="" step_start=$run_start
timings=()
step() {
    local now
    now=$(date +%s)
    [ -n "$step_name" ] && timings+=("$(printf '%5ds  %s' $((now - step_start)) "$step_name")")
    step_name="$*" step_start=$now
    _log "── $*"
}

mkdir -p "$CACHE"
SUMMARY="$CACHE/test-summary.tsv"
printf 'stage\ttests\tpass\tfail\tskipped\ttodo\n' >"$SUMMARY"

# run_tests STAGE FILE... : node --test with the spec reporter on the terminal and the counting
# reporter into a file; fails when a test failed, none ran, or any was skipped.
run_tests() {
    local stage="$1" json="$CACHE/test-summary-$1.json" rc=0
    shift
    rm -f "$json"
    [ $# -gt 0 ] || { _log "test stage \"$stage\" FAILED: it found no test files (was the build run?)"; return 1; }
    node --test --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter="$REPO/scripts/lib/test-summary-reporter.mjs" --test-reporter-destination="$json" \
        "$@" || rc=$?
    node scripts/lib/test-stage-check.mjs "$stage" "$json" "$SUMMARY" || rc=1
    return $rc
}

step "set-up"
ensure_npm_ci
# Every Debian package of the run in one apt call, before anything runs in parallel (two apt-get
# at once fail on dpkg's lock): the word lists and Apertium for the linguistic data, the
# llama-server build tools, Chromium and the headers code-server's native modules need.
apt_pkgs=(neovim wnorwegian wamerican-huge apertium apertium-nno-nob lttoolbox lttoolbox-dev apertium-lex-tools cg3)
if want server || want e2e || want setup; then apt_pkgs+=(cmake g++ make git); fi
if want e2e || want setup; then apt_pkgs+=(chromium libkrb5-dev python3); fi
if want package || want e2e || want setup; then apt_pkgs+=(unzip); fi
ensure_apt "${apt_pkgs[@]}"

# The remote-engine tests serve a generated model with llama.cpp's llama-server, built once from
# the source node-llama-cpp ships and cached outside the repository (~10 min the first time, see
# README). It builds in the background, beside code-server and the linguistic data; the server
# stage waits for it, and a failed build fails the run.
llama_pid=""
llama_log="$CACHE/llama-server-build.log"
llama_out="$CACHE/llama-server-build.path"
stop_llama_build() { [ -z "$llama_pid" ] || kill -- -"$llama_pid" 2>/dev/null || kill "$llama_pid" 2>/dev/null || true; }
trap stop_llama_build EXIT
if want server || want e2e || want setup; then
    # its own process group (setsid), so an early failure here stops the whole build
    setsid --wait bash scripts/llama-server/build.sh >"$llama_out" 2>"$llama_log" &
    llama_pid=$!
fi
wait_llama_build() {
    [ -n "$llama_pid" ] || return 0
    local pid="$llama_pid"
    llama_pid=""
    if ! wait "$pid"; then
        _log "llama-server could not be built, so the tests against a real llama-server cannot run; last lines of $llama_log:"
        tail -30 "$llama_log" >&2
        return 1
    fi
    SKRIVEHJELP_LLAMA_SERVER="$(tail -1 "$llama_out")"
    [ -x "$SKRIVEHJELP_LLAMA_SERVER" ] || { _log "llama-server build printed no binary ($llama_out)"; return 1; }
    export SKRIVEHJELP_LLAMA_SERVER
    _log "llama-server: $SKRIVEHJELP_LLAMA_SERVER"
}

if want e2e || want setup; then
    step "code-server and its Node 24 (into .cache/vscode)"
    ensure_code_server
fi

step "type-check"
npx tsc -p tsconfig.json
npx tsc -p tsconfig.webview.json

step "format (Prettier: npm run format fixes what this finds)"
npx prettier --check . > "$CACHE/prettier-check.log" 2>&1 || { cat "$CACHE/prettier-check.log"; exit 1; }

step "build"
node esbuild.js

step "generated models"
node dist/test-out/test/models/generate.js --tiny --broken --answer

step "linguistic data (Debian word lists and Apertium, compiled into .cache)"
bash scripts/lexicon/build.sh
bash scripts/malform/build.sh
bash scripts/convert/build.sh

if [ -n "$llama_pid" ]; then
    step "waiting for the llama-server build"
    wait_llama_build
fi

# node 20's --test takes files, not globs
specs() { find "$@" -name '*.spec.js' -o -name '*.test.js' | sort; }

if want unit; then
    step "unit tests"
    run_tests unit $(specs dist/test-out/language-server dist/test-out/src dist/test-out/test/unit dist/test-out/test/eval dist/test-out/test/privacy 2>/dev/null)
fi

if want server; then
    step "LSP integration tests (node dist/server.js --stdio, tiny model)"
    run_tests server --test-concurrency=1 $(specs dist/test-out/test/server)
    step "eval:convert on 20 pairs with the tiny model (proves the pipeline; scores mean nothing for random weights)"
    data=../shared/data
    [ -f "$data/nbnn-dev.tsv" ] || data=test/fixtures/eval
    node dist/test-out/test/eval/convert/main.js --data "$data" --model .cache/models/tiny.gguf --limit 20
fi

if want package || want e2e; then
    step "VSIX per platform (linux-x64, linux-arm64, darwin-arm64, darwin-x64, win32-x64)"
    bash scripts/package.sh
    run_tests package $(specs dist/test-out/test/package)
fi

if want e2e; then
    step "end-to-end tests in code-server + Chromium"
    run_tests e2e --test-concurrency=1 $(specs dist/test-out/test/e2e)
fi
step "done"

_log "stages (tests run, passed, failed, skipped, todo), also in $SUMMARY:"
column -t -s $'\t' "$SUMMARY" >&2 || cat "$SUMMARY" >&2
_log "time per step ($(( $(date +%s) - run_start )) s in all):"
printf '    %s\n' "${timings[@]}" >&2
_log "all tests passed"
