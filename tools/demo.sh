#!/usr/bin/env bash
# Builds consentlint, configures the bundled example project (which writes its
# compile_commands.json) and runs consentlint on it: findings on the terminal,
# SARIF in examples/build/consentlint.sarif.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build consentlint
cmake -S examples -B examples/build -G Ninja >/dev/null
cd examples
# Exit 1 means "findings", which is what the demo is for; 2 is an error.
status=0
../build/bin/consentlint -p build || status=$?
[ "$status" -le 1 ]
status=0
../build/bin/consentlint -p build --quiet --format=sarif -o build/consentlint.sarif || status=$?
[ "$status" -le 1 ]
echo "SARIF written to examples/build/consentlint.sarif"
