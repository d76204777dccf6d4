#!/usr/bin/env bash
# llama-server, built once from the llama.cpp source that node-llama-cpp ships
# (node_modules/node-llama-cpp/llama/gitRelease.bundle), cached outside the repository so a
# fresh clone or a CI run on the same machine reuses it.
#
#   bash scripts/llama-server/build.sh          build if needed; prints the binary's path
#   bash scripts/llama-server/build.sh --path   print the path if built, else exit 1 (no build)
#
# Cache: $SKRIVEHJELP_LLAMA_SERVER_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/skrivehjelp/llama-server,
# one folder per llama.cpp commit and CPU: the build uses GGML_NATIVE (the bench compares speeds,
# a generic build would be several times slower), so a binary is only reused on a CPU with the
# same instruction-set flags. Offline: no curl, no OpenSSL, no prebuilt web UI download.
# Takes ~10 minutes on 2 cores; runs under `nice`. Concurrent callers wait on one lock.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/env.sh"

bundle="$REPO/node_modules/node-llama-cpp/llama/gitRelease.bundle"
info="$REPO/node_modules/node-llama-cpp/llama/llama.cpp.info.json"
[ -f "$bundle" ] || { _log "llama-server: $bundle is missing (run npm ci first)"; exit 2; }

# the bundle's header names its commit ("<sha> HEAD"); read without git, which may not be installed yet
commit="$(head -c 4096 "$bundle" | tr -d '\0' | awk '$2 == "HEAD" { print substr($1, 1, 12); exit }')"
[ -n "$commit" ] || { _log "llama-server: cannot read the commit from $bundle"; exit 2; }
tag="$(sed -n 's/.*"tag": *"\([^"]*\)".*/\1/p' "$info" 2>/dev/null || true)"
cpu="$(uname -m)-$( (grep -m1 '^flags' /proc/cpuinfo 2>/dev/null || echo none) | tr ' ' '\n' | sort | sha256sum | cut -c1-8)"
root="${SKRIVEHJELP_LLAMA_SERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/skrivehjelp/llama-server}"
dest="$root/${tag:-unknown}-$commit-$cpu"
bin="$dest/bin/llama-server"
marker="$dest/.complete"

if [ "${1:-}" = "--path" ]; then
    [ -f "$marker" ] && [ -x "$bin" ] && { echo "$bin"; exit 0; }
    exit 1
fi

mkdir -p "$root"
exec 9>"$dest.lock"
flock 9   # a second caller waits here and then finds the finished build

if [ -f "$marker" ] && [ -x "$bin" ]; then
    echo "$bin"
    exit 0
fi

ensure_apt cmake g++ make git
_log "llama-server: building llama.cpp $tag ($commit) into $dest (~10 min on 2 cores)"
rm -rf "$dest"
mkdir -p "$dest/bin"
src="$dest/src"
git -c advice.detachedHead=false clone --quiet "$bundle" "$src"
jobs="$(nproc 2>/dev/null || echo 2)"
nice -n 10 cmake -S "$src" -B "$src/build" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
    -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
    -DLLAMA_OPENSSL=OFF -DGGML_NATIVE=ON >"$dest/configure.log" 2>&1 \
    || { _log "llama-server: cmake configure failed, see $dest/configure.log"; tail -20 "$dest/configure.log" >&2; exit 1; }
nice -n 10 cmake --build "$src/build" -j"$jobs" --target llama-server >"$dest/build.log" 2>&1 \
    || { _log "llama-server: build failed, see $dest/build.log"; tail -30 "$dest/build.log" >&2; exit 1; }
cp "$src/build/bin/llama-server" "$bin"
"$bin" --version >"$dest/version.txt" 2>&1 || { _log "llama-server: the built binary does not run"; cat "$dest/version.txt" >&2; exit 1; }
rm -rf "$src"   # ~1 GB of objects; the binary is all the tests need
touch "$marker"
_log "llama-server: built $(head -1 "$dest/version.txt")"
echo "$bin"
