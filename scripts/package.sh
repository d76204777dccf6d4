#!/usr/bin/env bash
# Builds the production bundles and one VSIX per platform, skrivehjelp-<version>-<target>.vsix,
# for the targets given (vsce's --target names) or, without arguments, all five:
#   linux-x64 linux-arm64 darwin-arm64 darwin-x64 win32-x64
# Each VSIX carries the bundles, the compiled dictionaries (dist/lexicon, dist/malform,
# dist/convert), node-llama-cpp with its runtime dependencies, and of the platform packages
# (node-llama-cpp's prebuilt llama.cpp, the reflink addon of its downloader) only its own.
# Prints "<path> (<n> MB)" per VSIX; linux-x64's line (the VSIX the e2e tests, bench and demo
# install) comes last.
#
# `npm ci` on this Linux machine installs only the Linux platform packages. The others are
# fetched from the npm registry (`npm pack`, exact versions from the optionalDependencies of
# node-llama-cpp and @reflink/reflink) into .cache/platform-packages/ once, unpacked into
# node_modules/ while their VSIX is built, and removed again.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
cd "$REPO"

all_targets=(linux-arm64 darwin-arm64 darwin-x64 win32-x64 linux-x64)

# platform_packages TARGET : the platform packages its VSIX carries
platform_packages() {
    case "$1" in
        # the CPU binary only (CUDA is 538 MB, Vulkan 81 MB; `gpu: "auto"` then runs on the CPU)
        linux-x64) echo "@node-llama-cpp/linux-x64 @reflink/reflink-linux-x64-gnu" ;;
        linux-arm64) echo "@node-llama-cpp/linux-arm64 @reflink/reflink-linux-arm64-gnu" ;;
        # Metal is built into the Apple-silicon binary
        darwin-arm64) echo "@node-llama-cpp/mac-arm64-metal @reflink/reflink-darwin-arm64" ;;
        darwin-x64) echo "@node-llama-cpp/mac-x64 @reflink/reflink-darwin-x64" ;;
        # the CPU binary only: win-x64-vulkan would add 27 MB (its ggml-vulkan.dll is 55 MB)
        win32-x64) echo "@node-llama-cpp/win-x64 @reflink/reflink-win32-x64-msvc" ;;
        *) return 1 ;;
    esac
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    platform_packages "$t" >/dev/null || { echo "package.sh: unknown target $t (one of ${all_targets[*]})" >&2; exit 2; }
done

mkdir -p "$CACHE/package" "$CACHE/platform-packages"
# one packaging at a time: it rewrites dist/ and unpacks platform packages into node_modules/
exec 9>"$CACHE/package/lock"
flock 9

ensure_npm_ci
bash scripts/lexicon/build.sh
bash scripts/malform/build.sh
bash scripts/convert/build.sh

# build_dist : the production bundles and, beside the server, the compiled dictionaries
# (dist/server.js finds dist/lexicon, dist/malform, dist/convert)
build_dist() {
    node esbuild.js --production
    rm -rf dist/lexicon dist/malform dist/convert
    mkdir -p dist/lexicon dist/malform dist/convert
    cp "$CACHE/lexicon/lexicon.bin" "$CACHE/lexicon/lexicon.json" "$CACHE/lexicon/names.bin" dist/lexicon/
    cp "$CACHE/malform/malform.bin" "$CACHE/malform/malform.json" dist/malform/
    cp "$CACHE/convert/convert.bin" "$CACHE/convert/convert.json" "$CACHE/convert/learnt.tsv" dist/convert/
}
# dist_sum : a checksum of what the VSIXes take from dist/
dist_sum() {
    find dist -path dist/test-out -prune -o -type f ! -name '*.map' -print0 | sort -z | xargs -0 sha1sum | sha1sum
}

# every platform package there is, NAME@VERSION, one a line
all_platform_packages=$(node -e '
    for (const p of ["node-llama-cpp", "@reflink/reflink"]) {
        const deps = require(`./node_modules/${p}/package.json`).optionalDependencies;
        for (const [name, version] of Object.entries(deps)) console.log(`${name}@${version}`);
    }')

added=()   # platform packages unpacked into node_modules/ by this run
cleanup() {
    local p
    for p in "${added[@]}"; do rm -rf "node_modules/$p"; done
    added=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # so an interrupted run cleans up too

# stage PACKAGE : makes node_modules/PACKAGE the version node-llama-cpp (or reflink) asks for
stage() {
    local name="$1" version dir tarball
    version=$(grep -m1 "^$name@" <<<"$all_platform_packages" | sed 's/.*@//') ||
        { echo "package.sh: $name is not a platform package of node-llama-cpp or @reflink/reflink" >&2; exit 1; }
    dir="node_modules/$name"
    if [ -f "$dir/package.json" ]; then
        local have
        have=$(node -p "require('./$dir/package.json').version")
        [ "$have" = "$version" ] || { echo "package.sh: $dir is $have, not $version: run npm ci" >&2; exit 1; }
        return 0
    fi
    tarball="$CACHE/platform-packages/$(sed 's/^@//; s|/|-|' <<<"$name")-$version.tgz"
    if [ ! -s "$tarball" ]; then
        _log "npm pack $name@$version"
        (cd "$CACHE/platform-packages" && npm pack --silent "$name@$version" >/dev/null)
        [ -s "$tarball" ] || { echo "package.sh: npm pack did not write $tarball" >&2; exit 1; }
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    added+=("$name")
    tar -xzf "$tarball" -C "$dir" --strip-components=1
}

version=$(node -p 'require("./package.json").version')
# package_target TARGET : skrivehjelp-<version>-TARGET.vsix from what dist/ holds now
package_target() {
    local t="$1" p spec name ignore out keep
    read -r -a keep <<<"$(platform_packages "$t")"
    for p in "${keep[@]}"; do stage "$p"; done
    # the shared rules, and every other platform package left out
    ignore="$CACHE/package/$t.vscodeignore"
    {
        cat .vscodeignore
        echo "# $t: every platform package but ${keep[*]}"
        while read -r spec; do
            name="${spec%@*}"
            [[ " ${keep[*]} " == *" $name "* ]] || echo "node_modules/$name/**"
        done <<<"$all_platform_packages"
    } >"$ignore"
    out="skrivehjelp-$version-$t.vsix"
    npx vsce package --target "$t" --ignoreFile "$ignore" --allow-missing-repository --skip-license \
        --no-rewrite-relative-links -o "$out" >/dev/null
    cleanup
}

# Others may build into dist/ (`node esbuild.js`, a development build) while the VSIXes are
# made: then every VSIX is made again from a fresh production build, so all of them carry the
# same one.
for round in 1 2 3; do
    build_dist
    built=$(dist_sum)
    rewritten=
    for t in "${targets[@]}"; do
        package_target "$t"
        [ "$(dist_sum)" = "$built" ] || { rewritten=1; break; }
    done
    [ -z "$rewritten" ] && break
    [ "$round" -lt 3 ] || { echo "package.sh: dist/ kept being rewritten by another build while packaging" >&2; exit 1; }
    _log "dist/ was rewritten by another build while packaging: packaging again"
done
for t in "${targets[@]}"; do
    out="skrivehjelp-$version-$t.vsix"
    echo "$REPO/$out ($(du -m "$out" | cut -f1) MB)"
done
