#!/usr/bin/env bash
# Installs everything consentlint needs to build and test on Debian bookworm.
# Run as root (CI runs it as root). Safe to run again.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
cd "$(dirname "$0")/.."

# A flaky mirror should not fail the whole setup: retry the index update.
for attempt in 1 2 3; do
  apt-get update && break
  echo "apt-get update failed (attempt $attempt); retrying" >&2
  sleep 5
done
apt-get install -y --no-install-recommends \
  clang-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev llvm-19-tools \
  clang-tidy-19 libyaml-cpp-dev libgtest-dev cmake ninja-build \
  python3 python3-yaml git ca-certificates pre-commit neovim libicu72 \
  poppler-utils
# Node.js for the SARIF validator: keep a node that is already installed.
if ! command -v npm >/dev/null 2>&1; then
  apt-get install -y --no-install-recommends nodejs npm
fi

# Microsoft's SARIF Multitool validates our SARIF ("Gh;Sarif" rules).
NPM_DIR=build/npm
TOOL="$NPM_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$TOOL" ]; then
  mkdir -p "$NPM_DIR"
  npm install --prefix "$NPM_DIR" --no-audit --no-fund @microsoft/sarif-multitool \
    || echo "warning: could not install the SARIF Multitool; SARIF validation tests will be skipped" >&2
  # npm's install-script policy may skip the package's own chmod.
  [ -f "$TOOL" ] && chmod u+x "$TOOL"
fi
echo "consentlint: dependencies installed"
