#!/usr/bin/env python3
"""Runs consentlint on the development corpus and scores it.

For each bench/corpus/<owner>__<name>/sites.yaml: checks the repository out
at its pinned commit (from a local mirror, --mirror DIR holding
<owner>+<name>/repo git directories as the search tool's fetch writes them,
or by `git clone` of its public URL), writes a compilation database of the
listed files, runs consentlint once in its default configuration, and scores
its SARIF against the labels (bench/corpus/score.py).

  python3 bench/corpus/run.py [--mirror /work/.mirror] [--only owner/name]
                              [--consentlint build/bin/consentlint]
                              [--details] [--markdown]

Nothing fetched is written into the project: checkouts live under
--work (default: $TMPDIR/consentlint-corpus).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import score  # noqa: E402

try:
    import yaml
except ImportError:  # Debian: python3-yaml
    sys.exit("error: python3-yaml is needed (apt-get install python3-yaml)")


def load_labels():
    out = []
    for entry in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, entry, "sites.yaml")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
            data["_dir"] = os.path.join(HERE, entry)
            out.append(data)
    return out


def git_dir_in_mirror(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")) and \
           os.path.isdir(os.path.join(cand, "objects")):
            return cand
        if os.path.isdir(os.path.join(cand, ".git")):
            return os.path.join(cand, ".git")
    return None


def checkout(labels, mirror, work):
    """A tree of the repository at its commit; returns its path."""
    repo, commit = labels["repo"], labels["commit"]
    dest = os.path.join(work, repo.replace("/", "__") + "-" + commit[:12])
    if os.path.isdir(dest):
        return dest
    tmp = dest + ".part"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    git_dir = git_dir_in_mirror(mirror, repo) if mirror else None
    if git_dir is None:
        clone = os.path.join(work, repo.replace("/", "__") + ".git")
        if not os.path.isdir(clone):
            subprocess.run(["git", "clone", "--bare", "--quiet",
                            "https://github.com/%s" % repo, clone], check=True)
        git_dir = clone
    extract_sources(git_dir, commit, tmp)
    os.rename(tmp, dest)
    return dest


SOURCE_SUFFIXES = (".c", ".cc", ".cpp", ".cxx", ".c++", ".h", ".hh", ".hpp",
                   ".hxx", ".h++", ".ipp", ".tcc", ".inc", ".inl", ".def",
                   ".m", ".mm", ".pch", ".modulemap")


def extract_sources(git_dir, commit, dest):
    """Writes the commit's source files (only those: mirrors may lack the
    large binary blobs) under dest."""
    listing = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", commit],
        stdout=subprocess.PIPE, check=True).stdout.split(b"\0")
    wanted = []
    for entry in listing:
        if not entry:
            continue
        meta, path = entry.split(b"\t", 1)
        mode, kind, sha = meta.split()
        name = path.decode("utf-8", "replace")
        if kind == b"blob" and mode != b"120000" and \
                name.lower().endswith(SOURCE_SUFFIXES):
            wanted.append((sha, name))
    batch = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file",
                              "--batch"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    for sha, name in wanted:  # One at a time: the pipes never fill up.
        batch.stdin.write(sha + b"\n")
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)
        out = os.path.join(dest, name)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as f:
            f.write(data)
    batch.stdin.close()
    batch.wait()


def expand(flag, tree, labels):
    return (flag.replace("{repo}", tree)
            .replace("{sdk}", os.path.join(ROOT, "test", "Inputs", "sdk"))
            .replace("{corpus}", labels["_dir"]))


def compiler_for(path, flags):
    if path.endswith(".c") and "-x" not in flags:
        return "clang"
    return "clang++" if not path.endswith(".m") else "clang"


def write_frameworks(labels, tree, db_dir):
    """The framework layout an Xcode build gives its targets: each
    `frameworks:` entry {name, headers: [dirs]} becomes
    <db>/frameworks/<name>.framework/Headers with links to the headers of
    those directories, so `#import <Name/Header.h>` resolves through -F."""
    flags = []
    for fw in labels.get("frameworks", []):
        root = os.path.join(db_dir, "frameworks")
        headers = os.path.join(root, fw["name"] + ".framework", "Headers")
        shutil.rmtree(headers, ignore_errors=True)
        os.makedirs(headers)
        for d in fw.get("headers", []):
            src_dir = os.path.join(tree, d)
            for name in sorted(os.listdir(src_dir)):
                link = os.path.join(headers, name)
                if name.endswith(".h") and not os.path.lexists(link):
                    os.symlink(os.path.join(src_dir, name), link)
        if "-F" + root not in flags:
            flags.append("-F" + root)
    return flags


def write_database(labels, tree, db_dir):
    entries = []
    base = [str(f) for f in labels.get("flags", [])]
    base += write_frameworks(labels, tree, db_dir)
    for f in labels.get("files", []):
        flags = base + [str(x) for x in f.get("flags", [])]
        flags = [expand(x, tree, labels) for x in flags]
        src = os.path.join(tree, f["path"])
        entries.append({"directory": tree, "file": src,
                        "arguments": [compiler_for(f["path"], flags)] + flags +
                        ["-c", src]})
    os.makedirs(db_dir, exist_ok=True)
    with open(os.path.join(db_dir, "compile_commands.json"), "w") as out:
        json.dump(entries, out, indent=1)
    return [e["file"] for e in entries]


def run_repo(labels, args):
    tree = checkout(labels, args.mirror, args.work)
    db = os.path.join(args.work, "db", labels["repo"].replace("/", "__"))
    files = write_database(labels, tree, db)
    sarif = os.path.join(db, "out.sarif")
    if os.path.exists(sarif):
        os.remove(sarif)
    cmd = [args.consentlint, "-p", db, "--format=sarif", "-o", sarif,
           "--quiet", "--source-root", tree, "-j", str(args.jobs)] + files
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if not os.path.exists(sarif):
        sys.stderr.write("%s: consentlint wrote no SARIF (exit %d):\n%s\n" %
                         (labels["repo"], proc.returncode, proc.stderr[-2000:]))
        return None, proc
    with open(sarif, encoding="utf-8") as f:
        found = score.findings_from_sarif(json.load(f), tree)
    return score.score_repo(labels, found), proc


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", default=os.environ.get("CONSENTLINT_MIRROR"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(),
                                                   "consentlint-corpus"))
    ap.add_argument("--consentlint",
                    default=os.path.join(ROOT, "build", "bin", "consentlint"))
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--details", action="store_true",
                    help="list every missed site and false positive")
    ap.add_argument("--markdown", action="store_true",
                    help="print the tables as Markdown (docs/accuracy.md)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    total = score.Score()
    rows = []
    for labels in load_labels():
        if args.only and labels["repo"] not in args.only:
            continue
        try:
            s, proc = run_repo(labels, args)
        except (subprocess.CalledProcessError, OSError) as e:
            sys.stderr.write("%s: skipped, cannot check it out: %s\n" %
                             (labels["repo"], e))
            continue
        if s is None:
            continue
        total.add(s)
        rows.append((labels["repo"], labels.get("kind", ""), len(labels["sites"]), s,
                     proc.stderr.count(": error: ")))
        if args.details:
            for m in s.missed:
                print("MISSED %s %s:%s %s  (%s)" % (labels["repo"], *m))
            for m in s.false_positives:
                print("FALSE+ %s %s:%s %s  (%s)" % (labels["repo"], *m))
    print_report(rows, total, args.markdown)


def print_report(rows, total, markdown):
    sep = " | " if markdown else "  "

    def line(cells):
        text = sep.join(str(c) for c in cells)
        print("| " + text + " |" if markdown else text)

    def header(cells):
        line(cells)
        if markdown:
            print("|" + "---|" * len(cells))

    print()
    header(["repository", "kind", "sites", "TP", "FP", "FN", "precision",
            "recall", "compiler errors"])
    for repo, kind, n, s, errs in rows:
        line([repo, kind, n, s.true_positives, s.false_positive_count,
              s.false_negatives, score.fmt(s.precision()),
              score.fmt(s.recall()), errs])
    line(["**all**" if markdown else "ALL", "",
          sum(r[2] for r in rows), total.true_positives,
          total.false_positive_count, total.false_negatives,
          score.fmt(total.precision()), score.fmt(total.recall()), ""])
    print()
    header(["category", "ungated sites", "found", "recall"])
    for c in total.categories():
        line([c, total.tp[c] + total.fn[c], total.tp[c],
              score.fmt(total.recall(c))])
    print()
    header(["false positives by reason", "count"])
    for k in sorted(total.fp):
        line([k, total.fp[k]])
    print()
    header(["gate scope", "gated sites", "kept quiet", "gating accuracy"])
    for k in sorted(total.gated):
        quiet, n = total.gated[k]
        line([k, n, quiet, score.fmt(quiet / n if n else None)])
    print()
    print("precision %s, recall %s, F1 %s; exempt sites warned %d of %d; "
          "found with another category %d" %
          (score.fmt(total.precision()), score.fmt(total.recall()),
           score.fmt(total.f1()), total.exempt[0], total.exempt[1],
           total.category_mismatch))


if __name__ == "__main__":
    main()
