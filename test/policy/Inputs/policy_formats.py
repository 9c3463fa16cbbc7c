"""Turns a plain-text privacy policy into the HTML or Markdown page it was
exported from, so that tests can read the same policy in three formats
without keeping a copy of it: policy_formats.py {html|md} IN OUT.

Structure only, nothing is reworded: short numbered lines become headings
(<h2>/## for "2.", <h3>/### for "2.5", <h4>/#### for a numbered list
inside a sub-section), the table of contents a list of
links, short title lines directly above their paragraph bold paragraphs,
"a." items a definition list (HTML) or bold items (Markdown), bullets lists.
Numbered lines that run into their first sentence stay paragraphs, as the
export left them."""
import html
import re
import sys

fmt, src, dst = sys.argv[1:4]
lines = []
for line in open(src, encoding="utf-8").read().split("\n"):
    # A line that starts in lowercase continues the paragraph above it.
    if lines and lines[-1].strip() and line[:1].islower():
        lines[-1] = lines[-1].rstrip() + " " + line
    else:
        lines.append(line)
NUM = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.*)$")
LETTER = re.compile(r"^([a-z])\.\s+(\S.*)$")
BULLET = re.compile(r"^[\u2022\-\*]\s*(\S.*)$")

def words(s):
    return len(s.split())

out = []
def emit(h, m):
    out.append(h if fmt == "html" else m)

in_list = False
in_sub, list_n = False, 0
def close_list():
    global in_list
    if in_list:
        emit("</ul>", "")
        in_list = False

i = 0
while i < len(lines):
    raw = lines[i]
    s = raw.strip()
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    i += 1
    if not s:
        close_list()
        continue
    e = html.escape(s, quote=False)
    num, letter, bullet = NUM.match(s), LETTER.match(s), BULLET.match(s)
    if num and raw.startswith("    ") and words(s) <= 12:
        # A table-of-contents entry: a link to the section.
        if not in_list:
            emit("<ul>", "")
            in_list = True
        anchor = "s" + num.group(1).replace(".", "-")
        emit('<li><a href="#%s">%s</a></li>' % (anchor, e),
             "- [%s](#%s)" % (s, anchor))
        continue
    if bullet:
        if not in_list:
            emit("<ul>", "")
            in_list = True
        b = html.escape(bullet.group(1), quote=False)
        emit("<li>%s</li>" % b, "- " + bullet.group(1))
        continue
    close_list()
    if num and "." in num.group(1):
        in_sub, list_n = True, 0
    if num and "." not in num.group(1):
        n = int(num.group(1))
        if in_sub and n in (1, list_n + 1):
            # A numbered list inside a sub-section: a deeper heading level,
            # as web pages mark it up (its text may run on, as exported).
            list_n = n
            emit("<h4>%s</h4>" % e, "#### " + s)
            emit("", "")
            continue
        in_sub = False
    if num and words(s) <= 12 and not s.endswith(".") and not raw.startswith(" "):
        level = 2 if "." not in num.group(1) else 3
        emit("<h%d>%s</h%d>" % (level, e, level), "#" * level + " " + s)
        emit("", "")
        continue
    if letter and words(s) <= 12:
        emit("<dl><dt>%s. %s</dt></dl>" % (letter.group(1),
                                          html.escape(letter.group(2), quote=False)),
             "**%s. %s**" % (letter.group(1), letter.group(2)))
        emit("", "")
        continue
    title_like = (words(s) <= 10 and s[:1].isupper() and s[-1] not in ".,;:"
                  and nxt[:1].isupper() and words(nxt) > words(s))
    if title_like and not num:
        emit("<p><strong>%s</strong></p>" % e, "**%s**" % s)
        continue
    emit("<p>%s</p>" % e, s)
    emit("", "")
close_list()
head = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
        "<title>Privacy Policy</title></head><body>"]
text = "\n".join(head + out + ["</body></html>"]) if fmt == "html" else "\n".join(out)
open(dst, "w", encoding="utf-8").write(text + "\n")
