"""Applies the VS Code problem matchers of a JSON file to a tool's output.

usage: apply_problem_matcher.py <matcher.json> < output
Prints one line per captured problem, as VS Code would fill it, and
"unmatched diagnostic line" for any 'path:l:c: severity:' line that no
matcher captured and that carries a [check] suffix (a lost finding).
The regexps are JavaScript; the subset used is the same in Python.
"""
import json
import re
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    spec = json.load(f)
matchers = []
for m in spec["problemMatcher"]:
    assert m["owner"] == "consentlint", m
    p = m["pattern"]
    matchers.append((re.compile(p["regexp"]), p, m.get("severity")))

for line in sys.stdin.read().splitlines():
    hit = False
    for rx, p, default_sev in matchers:
        g = rx.match(line)
        if not g:
            continue
        hit = True
        sev = g.group(p["severity"]) if "severity" in p else default_sev
        print("%s line=%s col=%s severity=%s code=%s message=%s" % (
            g.group(p["file"]), g.group(p["line"]), g.group(p["column"]), sev,
            g.group(p["code"]), g.group(p["message"])))
        break
    if not hit and re.match(r"^.+:\d+:\d+: (error|warning|note): .* \[[a-z-]+\]$", line):
        print("unmatched diagnostic line: " + line)
