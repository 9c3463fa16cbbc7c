#!/usr/bin/env python3
"""Runs consentlint on one test source and checks its diagnostics.

Modelled on clang-tidy's check_clang_tidy.py:

  %check_consentlint <source> <check-name> [consentlint args] [-- compiler args]

* only <check-name> is enabled (--checks=-*,<check-name>);
* an empty project config is used unless the RUN line passes --config-file;
* Objective-C sources get -x objective-c(++) -fobjc-arc -fblocks;
* every mock SDK under test/Inputs/sdk/<vendor> is on the -isystem path;
* FileCheck reads the CHECK-MESSAGES lines of the source, with
  -implicit-check-not so any unexpected warning or error fails the test;
* exit code 2 (a consentlint error) always fails the test.
"""
import argparse
import os
import subprocess
import sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--consentlint", required=True)
    p.add_argument("--filecheck", required=True)
    p.add_argument("--sdk", required=True)
    p.add_argument("--check-suffix", default="")
    p.add_argument("source")
    p.add_argument("check")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    a = p.parse_args()

    tool_args, compiler_args = [], []
    rest = []
    for r in a.rest:  # -check-suffix may follow the check name, as in lit RUN lines.
        if r.startswith("-check-suffix=") or r.startswith("--check-suffix="):
            a.check_suffix = r.split("=", 1)[1]
        else:
            rest.append(r)
    if "--" in rest:
        i = rest.index("--")
        tool_args, compiler_args = rest[:i], rest[i + 1:]
    else:
        tool_args = rest

    ext = os.path.splitext(a.source)[1]
    lang = {".c": ["-x", "c", "-std=c11"],
            ".cpp": ["-x", "c++", "-std=c++17"],
            ".m": ["-x", "objective-c", "-fobjc-arc", "-fblocks"],
            ".mm": ["-x", "objective-c++", "-std=c++17", "-fobjc-arc",
                    "-fblocks"]}[ext]
    includes = []
    for vendor in sorted(os.listdir(a.sdk)):
        includes += ["-isystem", os.path.join(a.sdk, vendor)]

    if not any(t.startswith("--config-file") for t in tool_args):
        empty = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             "Inputs", "config", "empty.consentlint.yaml")
        tool_args = ["--config-file=" + empty] + tool_args

    cmd = ([a.consentlint, "--checks=-*," + a.check, "--no-source", "--quiet",
            "-j", "1"] + tool_args + [a.source, "--"] + lang + includes +
           compiler_args)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    sys.stderr.write(r.stderr)
    if r.returncode == 2:
        sys.stderr.write("consentlint failed (exit 2):\n" + " ".join(cmd) + "\n")
        sys.stdout.write(r.stdout)
        return 1
    prefix = "CHECK-MESSAGES" + ("-" + a.check_suffix if a.check_suffix else "")
    with open(a.source, encoding="utf-8") as f:
        has_checks = (prefix + ":") in f.read()
    if not has_checks:
        # A negative test: nothing at warning or error level may appear.
        bad = [l for l in r.stdout.splitlines()
               if ": warning: " in l or ": error: " in l]
        if bad:
            sys.stderr.write("unexpected diagnostics:\n" + "\n".join(bad) + "\n")
            return 1
        return 0
    fc = [a.filecheck, a.source, "--check-prefix=" + prefix,
          "--implicit-check-not={{warning|error}}:",
          "--allow-empty"]
    f = subprocess.run(fc, input=r.stdout, text=True)
    if f.returncode != 0:
        sys.stderr.write("consentlint output:\n" + r.stdout)
    return f.returncode


if __name__ == "__main__":
    sys.exit(main())
