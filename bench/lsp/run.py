#!/usr/bin/env python3
"""Editor latency of `consentlint lsp`: didChange -> publishDiagnostics.

Generates a typical ~1,000-line C++ file (standard headers, classes, a few
ad and analytics calls, some gated), opens it in the server, then edits it
--runs times and measures the time from each didChange to the
publishDiagnostics of that version. The same file's `clang -fsyntax-only`
time (same flags) is the baseline; the ratio is what docs/performance.md
records ("Editor latency").

usage: bench/lsp/run.py [--build build] [--clang clang-19] [--runs 10]
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
sys.path.insert(0, os.path.join(ROOT, "test", "lsp", "Inputs"))
from lspclient import Client  # noqa: E402


def typical_file(lines=1000):
    out = ["#include <firebase/gma.h>", "#include <firebase/analytics.h>",
           "#include <acme/consent.h>", "#include <algorithm>", "#include <map>",
           "#include <memory>", "#include <string>", "#include <vector>", "",
           "namespace app {", ""]
    i = 0
    while len(out) < lines - 2:
        out += [
            "struct Screen%d {" % i,
            "  std::string name = \"screen-%d\";" % i,
            "  std::vector<int> items;",
            "  std::map<std::string, int> counters;",
            "  int total() const {",
            "    int sum = 0;",
            "    for (int v : items)",
            "      sum += v * 2 + static_cast<int>(name.size());",
            "    return sum;",
            "  }",
            "  void record(const std::string &key) { ++counters[key]; }",
            "  void sortItems() { std::sort(items.begin(), items.end()); }",
            "};",
            "",
            "void show%d(firebase::gma::AdView &view, const firebase::gma::AdRequest &req) {" % i,
            "  auto s = std::make_unique<Screen%d>();" % i,
            "  s->record(\"open\");",
            "  if (acme::consent::granted(acme::consent::Purpose::Ads))",
            "    view.LoadAd(req);",
            "  if (acme::consent::granted(acme::consent::Purpose::Analytics))",
            "    firebase::analytics::LogEvent(\"screen_%d\");" % i,
            ("  view.LoadAd(req);" if i % 5 == 0 else "  s->sortItems();"),
            "}",
            "",
        ]
        i += 1
    out += ["} // namespace app", ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--runs", type=int, default=10)
    a = ap.parse_args()
    consentlint = os.path.join(a.build, "bin", "consentlint")
    sdk = os.path.join(ROOT, "test", "Inputs", "sdk")
    inputs = os.path.join(ROOT, "test", "Inputs")
    os.environ.setdefault("CONSENTLINT_RULES_DIR", os.path.join(ROOT, "rules", "packs"))
    flags = ["-x", "c++", "-std=c++17", "-isystem", os.path.join(sdk, "firebase"),
             "-isystem", os.path.join(sdk, "acme")]

    tmp = tempfile.mkdtemp(prefix="consentlint-bench-")
    path = os.path.join(tmp, "screens.cpp")
    text = typical_file()
    with open(path, "w") as f:
        f.write(text)
    nlines = text.count("\n") + 1

    clang_times = []
    for _ in range(a.runs):
        t = time.monotonic()
        subprocess.run([a.clang, "-fsyntax-only"] + flags + [path], check=True)
        clang_times.append(time.monotonic() - t)

    c = Client([consentlint, "lsp", "--config-file=" +
                os.path.join(inputs, "config", "acme.consentlint.yaml"), "--"] + flags)
    c.initialize()
    uri = c.open(path, text, version=1)
    _, first = c.diagnostics(uri, version=1, timeout=120)
    findings = len(first["params"]["diagnostics"])
    lsp_times = []
    for v in range(2, a.runs + 2):
        edited = text.replace("s->record(\"open\");", "s->record(\"open-%d\");" % v, 1)
        t = time.monotonic()
        c.change(uri, edited, v)
        arrived, _ = c.diagnostics(uri, version=v, timeout=120)
        lsp_times.append(arrived - t)
        time.sleep(0.2)
    c.shutdown_and_exit()

    clang_med = statistics.median(clang_times)
    lsp_med = statistics.median(lsp_times)
    print("file: %d lines, %d findings" % (nlines, findings))
    print("clang -fsyntax-only: median %.3f s (%d runs)" % (clang_med, a.runs))
    print("didChange -> publishDiagnostics: median %.3f s, max %.3f s (%d edits)"
          % (lsp_med, max(lsp_times), a.runs))
    print("ratio: %.2fx clang -fsyntax-only" % (lsp_med / clang_med))
    print("target 1.5 s: %s" % ("met" if max(lsp_times) <= 1.5 else "MISSED"))


if __name__ == "__main__":
    main()
