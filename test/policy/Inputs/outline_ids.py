"""Prints, per translation in a 'consentlint policy outline' listing, the ids
of its numbered sections (no list items, no unnumbered sub-headings) on one
line: "[en] 1 1.1 1.2 ...". Used to assert that every translation has the
same numbered tree."""
import re
import sys

lang = None
ids = {}
order = []
for line in sys.stdin:
    m = re.match(r"^\[(\w+|unknown)\] ", line)
    if m:
        lang = m.group(1)
        order.append(lang)
        ids[lang] = []
        continue
    m = re.match(r"^\s+(\S+)  .*\(line \d+(, (unnumbered|list item))?\)$", line.rstrip("\n"))
    if lang and m and not m.group(2):
        ids[lang].append(m.group(1))
for lang in order:
    print("[%s] %s" % (lang, " ".join(ids[lang])))
