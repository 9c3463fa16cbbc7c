#!/bin/sh
# Validates SARIF files with Microsoft's SARIF Multitool, with GitHub's
# ingestion rules added (--rule-kind "Gh;Sarif"). Fails on any error OR
# warning, so what passes here uploads to code scanning cleanly.
#
#   tools/validate-sarif.sh out.sarif [more.sarif ...]
#
# The multitool is taken from $SARIF_MULTITOOL, else
# <repo>/build/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool,
# else the nearest node_modules upward from the current directory; when none
# is found it is installed into <repo>/build/npm (needs network).
# Exit codes: 0 valid, 1 errors or warnings, 2 usage or no multitool.
set -u

if [ $# -eq 0 ]; then
  echo "usage: $0 <file.sarif>..." >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
rel=node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

find_tool() {
  if [ -n "${SARIF_MULTITOOL:-}" ]; then
    echo "$SARIF_MULTITOOL"
    return
  fi
  if [ -f "$repo/build/npm/$rel" ]; then
    echo "$repo/build/npm/$rel"
    return
  fi
  d=$(pwd)
  while :; do
    if [ -f "$d/$rel" ]; then
      echo "$d/$rel"
      return
    fi
    [ "$d" = / ] && break
    d=$(dirname "$d")
  done
}

tool=$(find_tool)
if [ -z "$tool" ]; then
  echo "validate-sarif: installing @microsoft/sarif-multitool into $repo/build/npm" >&2
  mkdir -p "$repo/build/npm" &&
    npm install --prefix "$repo/build/npm" --no-audit --no-fund @microsoft/sarif-multitool >&2 ||
    { echo "validate-sarif: error: cannot install the SARIF Multitool (no network?); set SARIF_MULTITOOL" >&2; exit 2; }
  tool=$repo/build/npm/$rel
fi
if [ ! -f "$tool" ]; then
  echo "validate-sarif: error: $tool not found" >&2
  exit 2
fi
# npm's install-script policy may skip the package's own chmod.
[ -x "$tool" ] || chmod u+x "$tool" 2>/dev/null || true

status=0
for f in "$@"; do
  if [ ! -f "$f" ]; then
    echo "$f: error: no such file" >&2
    status=1
    continue
  fi
  out=$(mktemp -d)
  # The file goes before the options; with the options first the tool
  # answers "No valid analysis targets".
  "$tool" validate "$f" --rule-kind "Gh;Sarif" --output "$out/result.sarif" --log ForceOverwrite > "$out/log.txt" 2>&1
  rc=$?
  # Lines like "file(12,5): error ERR1000: ..." or "... warning GH1001: ...".
  problems=$(grep -E ': (error|warning) [A-Z]+[0-9]+' "$out/log.txt")
  if [ $rc -ne 0 ] || [ -n "$problems" ]; then
    echo "$f: INVALID (exit $rc)"
    if [ -n "$problems" ]; then echo "$problems"; else tail -n 20 "$out/log.txt"; fi
    status=1
  else
    echo "$f: valid (no errors, no warnings)"
  fi
  rm -rf "$out"
done
exit $status
