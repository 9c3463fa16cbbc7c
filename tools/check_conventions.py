#!/usr/bin/env python3
"""Checks the code conventions of docs/architecture.md that a compiler won't:

* yaml-cpp is included only in rules/loader (the exceptions island);
* every `#if LLVM_VERSION_MAJOR` lives in driver/Compat.h;
* no dynamic_cast, typeid or throw outside rules/loader (LLVM style, and the
  code is built with -fno-exceptions).
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
problems = []
for top in ["checks", "driver", "rules", "integrations"]:
    for d, _, files in os.walk(os.path.join(ROOT, top)):
        for f in files:
            if not f.endswith((".cpp", ".h")):
                continue
            path = os.path.join(d, f)
            rel = os.path.relpath(path, ROOT)
            text = open(path, encoding="utf-8").read()
            loader = rel.startswith(os.path.join("rules", "loader"))
            if re.search(r'#include\s*[<"]yaml-cpp/', text) and not loader:
                problems.append(rel + ": includes yaml-cpp outside rules/loader")
            if "LLVM_VERSION_MAJOR" in text and rel != os.path.join("driver", "Compat.h"):
                problems.append(rel + ": LLVM_VERSION_MAJOR outside driver/Compat.h")
            if not loader:
                code = re.sub(r"//.*|/\*.*?\*/|\"(?:\\.|[^\"\\])*\"", "", text, flags=re.S)
                for word in ("dynamic_cast", "typeid", "throw"):
                    if re.search(r"\b%s\b" % word, code):
                        problems.append(rel + ": uses " + word)
for p in problems:
    print(p)
print("%d convention problem(s)" % len(problems))
sys.exit(1 if problems else 0)
