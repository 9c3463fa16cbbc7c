"""Compares the file:line:col: level: message lines of two tools' outputs.

usage: compare_findings.py <a.txt> <b.txt>
Paths are reduced to their base name (clang-tidy prints them absolute,
consentlint relative to the current directory); source and caret lines
are ignored. Prints "same N" or the differences, and exits 1 on a
difference.
"""
import os
import re
import sys

DIAG = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*)$")


def findings(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = DIAG.match(line.rstrip("\n"))
            if m:
                out.append("%s:%s:%s: %s: %s" % (os.path.basename(m.group(1)),
                                                 *m.group(2, 3, 4, 5)))
    return out


a, b = findings(sys.argv[1]), findings(sys.argv[2])
if a == b:
    print("same %d" % len(a))
    sys.exit(0)
print("only in %s:" % sys.argv[1])
print("\n".join("  " + x for x in a if x not in b))
print("only in %s:" % sys.argv[2])
print("\n".join("  " + x for x in b if x not in a))
sys.exit(1)
