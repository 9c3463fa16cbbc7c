#!/usr/bin/env bash
# Builds consentlint and runs every test (lit + FileCheck and GoogleTest).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
ninja -C build
ctest --test-dir build --output-on-failure
