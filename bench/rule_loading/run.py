#!/usr/bin/env python3
"""Rule-loading benchmark (docs/performance.md, "Rule loading").

Times `consentlint --list-rules --experimental` with every shipped pack
against the same command with an empty pack directory: the difference is the
cost of reading, parsing, validating and indexing all packs. It then times
the analysis of one source file with and without the packs, to show that
matching cost does not grow with the number of packs (matching is a name
lookup, not one AST matcher per API).

  bench/rule_loading/run.py --consentlint build/bin/consentlint [--runs 21]

Prints a Markdown table; exits 1 when loading takes 50 ms or more.
Python 3 standard library only.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUDGET_MS = 50.0


def median_ms(cmd, env, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        times.append((time.perf_counter() - t) * 1000.0)
        if r.returncode not in (0, 1):
            sys.exit("error: %s failed:\n%s" % (" ".join(cmd), r.stderr))
    return statistics.median(times), min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--consentlint", default=os.environ.get("CONSENTLINT", "consentlint"))
    ap.add_argument("--packs", default=os.path.join(ROOT, "rules", "packs"))
    ap.add_argument("--runs", type=int, default=21)
    a = ap.parse_args()

    empty_cfg = os.path.join(ROOT, "test", "Inputs", "config", "empty.consentlint.yaml")
    sdk = os.path.join(ROOT, "test", "Inputs", "sdk")
    source = os.path.join(HERE, "sample.cpp")
    packs = sorted(f for f in os.listdir(a.packs) if f.endswith((".yaml", ".yml")))
    with tempfile.TemporaryDirectory() as no_packs:
        full = dict(os.environ, CONSENTLINT_RULES_DIR=os.path.abspath(a.packs))
        none = dict(os.environ, CONSENTLINT_RULES_DIR=no_packs)
        lst = [a.consentlint, "--list-rules", "--experimental",
               "--config-file=" + empty_cfg]
        base, base_min = median_ms(lst, none, a.runs)
        load, load_min = median_ms(lst, full, a.runs)
        analyse = [a.consentlint, "--experimental", "--quiet", "--no-source",
                   "--config-file=" + empty_cfg, "--fail-on=never", source, "--",
                   "-x", "c++", "-std=c++17"]
        for vendor in sorted(os.listdir(sdk)):
            analyse += ["-isystem", os.path.join(sdk, vendor)]
        an_none, _ = median_ms(analyse, none, max(5, a.runs // 3))
        an_full, _ = median_ms(analyse, full, max(5, a.runs // 3))
    cost = load - base
    print("| Measurement | Median (ms) |")
    print("| --- | --- |")
    print("| `--list-rules`, no packs (process start-up) | %.1f |" % base)
    print("| `--list-rules`, all %d shipped packs | %.1f |" % (len(packs), load))
    print("| **Loading all packs (difference)** | **%.1f** (best run %.1f) |" % (cost, load_min - base_min))
    print("| Analysing `bench/rule_loading/sample.cpp`, no packs | %.1f |" % an_none)
    print("| Analysing `bench/rule_loading/sample.cpp`, all packs | %.1f |" % an_full)
    print()
    print("Budget: loading < %.0f ms -> %s" % (BUDGET_MS, "OK" if cost < BUDGET_MS else "OVER"))
    return 0 if cost < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
