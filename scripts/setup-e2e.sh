#!/usr/bin/env bash
# Installs what the end-to-end tests need, offline-friendly and idempotent:
#   - Debian packages: build deps of code-server's native modules, ripgrep, Chromium, Neovim
#   - code-server 4.100.3 (VS Code 1.100.3, the last release that runs on Node 20) into
#     .cache/code-server/ (git-ignored)
# Works as root without a TTY (CI). Re-running it does nothing when all is in place.
# See test/e2e/README.md and docs in shared/ (e2e-offline.md) for the why of each step.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION="4.100.3"
CS_DIR="$ROOT/.cache/code-server"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
APT_PACKAGES=(libkrb5-dev pkg-config libxkbfile-dev libsecret-1-dev libx11-dev ripgrep chromium neovim)

log() { printf '[setup-e2e] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "apt packages already installed"
    return
  fi
  log "installing apt packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q
  as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# @vscode/ripgrep's postinstall downloads rg from GitHub unless a cached asset exists at
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<tag>-<target>.tar.gz. Seed that cache
# from Debian's rg for the package versions and release tags code-server 4.100.x resolves.
seed_ripgrep_cache() {
  local tmp="${TMPDIR:-/tmp}" target work
  case "$(uname -m)" in
    x86_64) target="x86_64-unknown-linux-musl" ;;
    aarch64) target="aarch64-unknown-linux-musl" ;;
    *) log "no ripgrep cache seeding for $(uname -m)"; return ;;
  esac
  work="$(mktemp -d)"
  cp /usr/bin/rg "$work/rg"
  tar -czf "$work/rg.tar.gz" -C "$work" rg
  for version in ${RIPGREP_PKG_VERSIONS:-1.15.9 1.15.10 1.15.11 1.15.12 1.15.13 1.15.14}; do
    for tag in ${RIPGREP_TAGS:-v13.0.0-10 v13.0.0-13}; do
      mkdir -p "$tmp/vscode-ripgrep-cache-$version"
      cp "$work/rg.tar.gz" "$tmp/vscode-ripgrep-cache-$version/ripgrep-$tag-$target.tar.gz"
    done
  done
  rm -rf "$work"
}

# Reads the installed version from package.json (running `code-server --version` would
# write a default ~/.config/code-server/config.yaml).
installed_code_server_version() {
  node -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true
}

install_code_server() {
  if [ -x "$CS_BIN" ] && [ "$(installed_code_server_version)" = "$CS_VERSION" ]; then
    log "code-server $CS_VERSION already installed"
    return
  fi
  seed_ripgrep_cache
  log "installing code-server@$CS_VERSION into $CS_DIR (a few minutes)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || printf '{ "name": "citecheck-e2e-code-server", "private": true }\n' > "$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund \
      "code-server@$CS_VERSION"
  )
  log "code-server $(installed_code_server_version) installed"
}

install_apt_packages
install_code_server
log "nvim: $(nvim --version | head -1); chromium: $(chromium --version 2>/dev/null || echo missing)"
log "done"
