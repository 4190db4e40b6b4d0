#!/usr/bin/env bash
# Sets up a fresh Debian machine for claimtrail: Apertium (offline translation) from Debian's
# packages, then the npm dependencies (which also compiles the TypeScript via `prepare`).
# Safe to run again. Needs root or sudo for apt-get; without either it says what to run.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(apertium apertium-fr-es apertium-eng-spa)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = "none" ]; then
    echo "setup: cannot install ${missing[*]} (not root, no sudo); run: apt-get install -y ${missing[*]}" >&2
  else
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
    echo "setup: installed ${missing[*]}"
  fi
fi

# better-sqlite3 compiles from source here (about a minute); `prepare` then builds dist/.
npm ci --no-audit --no-fund
