#!/usr/bin/env python3
"""Measures the privacy-policy reader on real policies (docs/policy-mapping.md).

policies.yaml names, for each policy, where it is (a public repository, a
commit and a path) and what we expect of it: the headings of its sections
and, for each topic it covers, the heading of the section that covers it.
The policies' text is never kept here: it is read from the local mirror
(/work/.mirror/<owner>+<name>) or from a clone into a cache directory.

    bench/policy/run.py [--consentlint build/bin/consentlint] [--cache DIR]
                        [--only ID] [-v]

Prints, per policy, heading recall (expected headings found as sections)
and topic accuracy (topics mapped to the expected section), then both per
set (development: the policies the reader was tuned on; held-out: labelled
after it was frozen) and over all policies. Exit 0 always, unless a policy cannot be read (2).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def norm(title):
    """Letters and digits, lowercased, without a leading number: headings
    compare however they are numbered, cased or punctuated."""
    t = re.sub(r"^\s*(§\s*)?([0-9]+(\.[0-9]+)*\.?|[IVXLC]+\.|[a-z][.)])\s+", "", title)
    return "".join(ch for ch in t.lower() if ch.isalnum())


def git_dir(repo, cache):
    mirror = os.path.join("/work/.mirror", repo.replace("/", "+"), "repo")
    for d in (os.path.join(mirror, ".git"), mirror):
        if os.path.isdir(d) and os.path.exists(os.path.join(d, "HEAD")):
            return d
    dest = os.path.join(cache, repo.replace("/", "+") + ".git")
    if not os.path.isdir(dest):
        subprocess.run(["git", "clone", "--bare", "--filter=blob:none", "--quiet",
                        "https://github.com/%s.git" % repo, dest], check=True)
    return dest


def read_policy(p, cache):
    d = git_dir(p["repo"], cache)
    r = subprocess.run(["git", "--git-dir=" + d, "show", "%s:%s" % (p["commit"], p["path"])],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        subprocess.run(["git", "--git-dir=" + d, "fetch", "--quiet", "origin", p["commit"]],
                       stderr=subprocess.DEVNULL)
        r = subprocess.run(["git", "--git-dir=" + d, "show", "%s:%s" % (p["commit"], p["path"])],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode:
        raise RuntimeError(r.stderr.decode(errors="replace").strip())
    return r.stdout


OUTLINE = re.compile(r"^(\s+)(\S+)  (.*)  \(line (\d+)(, (unnumbered|list item))?\)$")


def outline(tool, path, env):
    out = subprocess.run([tool, "policy", "outline", path], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env).stdout.decode()
    secs = []
    for line in out.split("\n"):
        m = OUTLINE.match(line)
        if m:
            secs.append({"id": m.group(2), "title": m.group(3), "item": m.group(6) == "list item"})
        elif line.startswith("[") and secs:
            break  # The first translation only.
    return secs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--consentlint", default=os.path.join(ROOT, "build", "bin", "consentlint"))
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "consentlint-bench-policy"))
    ap.add_argument("--only")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    env = dict(os.environ)
    env.setdefault("CONSENTLINT_POLICY_DIR", os.path.join(ROOT, "rules", "policy"))
    os.makedirs(a.cache, exist_ok=True)
    policies = yaml.safe_load(open(os.path.join(HERE, "policies.yaml"), encoding="utf-8"))
    tot_h = tot_hf = tot_t = tot_tr = 0
    per_set = {}
    print("%-34s %-4s %-5s %9s %9s" % ("policy", "fmt", "lang", "headings", "topics"))
    for p in policies:
        if a.only and p["id"] != a.only:
            continue
        try:
            data = read_policy(p, a.cache)
        except Exception as e:  # noqa: BLE001 - report and go on
            print("%s: cannot read %s@%s:%s: %s" % (p["id"], p["repo"], p["commit"], p["path"], e))
            return 2
        ext = os.path.splitext(p["path"])[1] or ".txt"
        with tempfile.TemporaryDirectory() as tmp:
            f = os.path.join(tmp, "policy" + ext)
            open(f, "wb").write(data)
            secs = outline(a.consentlint, f, env)
            m = subprocess.run([a.consentlint, "policy", "map", "--format=json", f],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
            mapping = json.loads(m.stdout.decode() or "{}").get("topics", {})
        found = {norm(s["title"]) for s in secs if not s["item"]}
        heads = p.get("headings", [])
        hit = [h for h in heads if norm(h) in found]
        topics = p.get("topics", {})
        right = []
        for topic, want in topics.items():
            wants = want if isinstance(want, list) else [want]
            got = mapping.get(topic, {}).get("title") or ""
            ok = norm(got) in {norm(w) for w in wants}
            right.append(ok)
            if a.verbose and not ok:
                print("    %s: expected %r, got %r" % (topic, wants, got or None))
        if a.verbose:
            for h in heads:
                if norm(h) not in found:
                    print("    heading not found: %r" % h)
        st = per_set.setdefault(p.get("set", "development"), [0, 0, 0, 0])
        st[0] += len(hit)
        st[1] += len(heads)
        st[2] += sum(right)
        st[3] += len(topics)
        tot_h += len(heads)
        tot_hf += len(hit)
        tot_t += len(topics)
        tot_tr += sum(right)
        print("%-34s %-4s %-5s %4d/%-4d %4d/%-4d" % (p["id"], ext[1:], p.get("language", "?"),
                                                  len(hit), len(heads), sum(right), len(topics)))
    pct = lambda x, n: 100.0 * x / n if n else 0.0
    for name, (hf, h, tr, t) in sorted(per_set.items()):
        print("%s: heading recall %d/%d (%.1f%%), topic accuracy %d/%d (%.1f%%)" % (
            name, hf, h, pct(hf, h), tr, t, pct(tr, t)))
    print("overall: heading recall %d/%d (%.1f%%), topic accuracy %d/%d (%.1f%%)" % (
        tot_hf, tot_h, pct(tot_hf, tot_h), tot_tr, tot_t, pct(tot_tr, tot_t)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
