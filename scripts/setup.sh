#!/usr/bin/env bash
# Installs what building and testing Weiquan needs, and skips whatever is already there, so a
# second run takes seconds. Everything comes from rustup, crates.io, Debian's apt or the npm
# registry; no tool is allowed to download its own binaries (the README lists what and why).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk fonts-wqy-microhei webkit2gtk-driver xvfb xauth)

say() { printf '[setup] %s\n' "$*"; }

rust_toolchain() {
  local installed
  installed=$(rustup target list --installed)
  grep -qx wasm32-unknown-unknown <<<"$installed" || rustup target add wasm32-unknown-unknown
  installed=$(rustup component list --installed)
  grep -q '^clippy' <<<"$installed" || rustup component add clippy
  grep -q '^rustfmt' <<<"$installed" || rustup component add rustfmt
}

cargo_tools() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    # Not --locked: its lockfile wants a crate version the registry here lacks.
    cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
  fi
}

apt_packages() {
  local missing=() pkg sudo=""
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "need root or sudo to install ${missing[*]}"; exit 1; }
    sudo="sudo -n"
  fi
  say "installing ${missing[*]} from Debian"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

npm_packages() {
  # binaryen (wasm-opt 132, which reads rustc 1.95 output) and playwright-core, from package-lock.json.
  if ! cmp -s package-lock.json node_modules/.weiquan-lock 2>/dev/null; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.weiquan-lock
  fi
}

rust_toolchain
cargo_tools
apt_packages
npm_packages
