#!/usr/bin/env python3
"""Checks the code conventions of docs/architecture.md that a compiler won't:

* yaml-cpp is included only in rules/loader (the exceptions island);
* every `#if LLVM_VERSION_MAJOR` lives in support/Compat.h;
* no dynamic_cast, typeid or throw outside rules/loader (LLVM style, and the
  code is built with -fno-exceptions);
* the libraries include only the libraries below them (LIBRARIES);
* each check's doc page, docs/checks/<name>.md, starts with the summary its
  class gives (Check("<name>", "<summary>")).

usage: check_conventions.py [<source-root>]
"""
import os
import re
import sys

# The source tree (the lit test of the layering check passes a small one).
ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..")

# Each library, the paths it is built from (the longest prefix wins), and
# the libraries it may include. config and policy are built where they are
# until phase 2 of issue 12 moves them to config/ and policy/.
LIBRARIES = {
    "support": (["support/"], []),
    "rules": (["rules/"], ["support"]),
    "checks": (["checks/"], ["support", "rules"]),
    "config": (["driver/Profiles."], ["support", "rules", "checks"]),
    "policy": (["driver/policy/PolicyMapper.", "driver/policy/PolicyReader.",
                "driver/policy/PolicyText."], ["support", "rules", "checks"]),
    "engine": (["engine/"], ["support", "rules", "checks", "config", "policy"]),
    "driver": (["driver/"], ["support", "rules", "checks", "config", "policy",
                             "engine"]),
    "integrations": (["integrations/"], ["support", "rules", "checks",
                                         "config", "policy", "engine"]),
}


def library_of(rel):
    """The library whose longest path prefix \\p rel starts with, or None."""
    best, length = None, 0
    for name, (prefixes, _) in LIBRARIES.items():
        for p in prefixes:
            if rel.startswith(p) and len(p) > length:
                best, length = name, len(p)
    return best



CHECK_CTOR = re.compile(
    r'\bCheck(?:\s+\w+)?\(\s*"([a-z][a-z-]*)",\s*((?:"(?:\\.|[^"\\])*"\s*)+)\)')


def doc_summary(path):
    """The first paragraph after the page's heading, on one line."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    para = []
    while i < len(lines) and lines[i].strip():
        para.append(lines[i].strip())
        i += 1
    return " ".join(para)


def check_docs(rel, text):
    for m in CHECK_CTOR.finditer(text):
        name = m.group(1)
        summary = "".join(re.findall(r'"((?:\\.|[^"\\])*)"', m.group(2)))
        doc = os.path.join(ROOT, "docs", "checks", name + ".md")
        if not os.path.exists(doc):
            problems.append("%s: check %s has no docs/checks/%s.md" % (rel, name, name))
        elif not doc_summary(doc).startswith(summary):
            problems.append("docs/checks/%s.md: does not start with the summary "
                            "of %s: %s" % (name, rel, summary))


problems = []
for top in ["support", "rules", "checks", "engine", "driver", "integrations"]:
    for d, _, files in os.walk(os.path.join(ROOT, top)):
        for f in files:
            if not f.endswith((".cpp", ".h")):
                continue
            path = os.path.join(d, f)
            rel = os.path.relpath(path, ROOT).replace(os.sep, "/")
            text = open(path, encoding="utf-8").read()
            loader = rel.startswith("rules/loader")
            if re.search(r'#include\s*[<"]yaml-cpp/', text) and not loader:
                problems.append(rel + ": includes yaml-cpp outside rules/loader")
            if "LLVM_VERSION_MAJOR" in text and rel != "support/Compat.h":
                problems.append(rel + ": LLVM_VERSION_MAJOR outside support/Compat.h")
            if not loader:
                code = re.sub(r"//.*|/\*.*?\*/|\"(?:\\.|[^\"\\])*\"", "", text, flags=re.S)
                for word in ("dynamic_cast", "typeid", "throw"):
                    if re.search(r"\b%s\b" % word, code):
                        problems.append(rel + ": uses " + word)
            check_docs(rel, text)
            lib = library_of(rel)
            allowed = LIBRARIES[lib][1] + [lib] if lib else []
            for inc in re.findall(r'^\s*#\s*include\s*"([^"]+)"', text, re.M):
                target = library_of(inc)
                if lib and target and target not in allowed:
                    problems.append("%s: %s library includes %s (%s library)"
                                    % (rel, lib, inc, target))
for p in problems:
    print(p)
print("%d convention problem(s)" % len(problems))
sys.exit(1 if problems else 0)
