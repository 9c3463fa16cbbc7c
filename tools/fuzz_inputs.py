#!/usr/bin/env python3
"""Feeds consentlint mutated rule packs, configs and privacy policies.

    tools/fuzz_inputs.py --consentlint build/bin/consentlint [--runs N] [--seed S]

Each input is a shipped file with random edits (deleted spans, YAML syntax
characters, NUL and invalid UTF-8 bytes, aliases, huge numbers). Bad input
must end in exit code 0 or 2 with an "error" message — never a crash — so
any other exit code fails the run and keeps the input for a bug report.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TOKENS = [b":", b"- ", b"[", b"{", b"\n  ", b"\t", b"'", b'"', b"\x00", b"\xff",
          b"&a", b"*a", b"!!binary ", b"99999999999", b"\xef\xbb\xbf", b"\r\n"]


def mutate(rng, data):
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(b)) if b else 0
        op = rng.random()
        if op < 0.3 and b:
            del b[i:i + rng.randint(1, 20)]
        elif op < 0.6:
            b[i:i] = rng.choice(TOKENS)
        elif b:
            b[i] = rng.randrange(256)
    return bytes(b)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--consentlint", required=True)
    ap.add_argument("--runs", type=int, default=100, help="inputs of each kind")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    a.consentlint = os.path.abspath(a.consentlint)
    rng = random.Random(a.seed)
    env = dict(os.environ,
               CONSENTLINT_RULES_DIR=os.path.join(ROOT, "rules", "packs"),
               CONSENTLINT_POLICY_DIR=os.path.join(ROOT, "rules", "policy"))
    packs_dir = os.path.join(ROOT, "rules", "packs")
    packs = [open(os.path.join(packs_dir, f), "rb").read()
             for f in sorted(os.listdir(packs_dir))]
    policy = open(os.path.join(ROOT, "examples", "policy", "PRIVACY.md"), "rb").read()
    config = open(os.path.join(ROOT, "examples", ".consentlint.yaml"), "rb").read()
    empty = os.path.join(ROOT, "test", "Inputs", "config", "empty.consentlint.yaml")
    tmp = tempfile.mkdtemp(prefix="consentlint-fuzz-")
    kinds = [
        ("pack.yaml", lambda: rng.choice(packs),
         lambda p: ["--list-rules", "--rules=" + p, "--config-file=" + empty]),
        ("config.yaml", lambda: config,
         lambda p: ["--dump-config", "--config-file=" + p]),
        ("policy.md", lambda: policy, lambda p: ["policy", "outline", p]),
    ]
    failures = 0
    for name, source, args in kinds:
        for n in range(a.runs):
            path = os.path.join(tmp, name)
            data = mutate(rng, source())
            with open(path, "wb") as f:
                f.write(data)
            r = subprocess.run([a.consentlint] + args(path), env=env,
                               capture_output=True, cwd=tmp)
            crashed = r.returncode not in (0, 1, 2)
            silent = r.returncode == 2 and b"error" not in r.stderr
            if crashed or silent:
                failures += 1
                keep = os.path.join(tmp, "failure-%s-%d" % (n, failures) + name)
                os.rename(path, keep)
                print("%s: exit %d on %s\n%s" % ("crash" if crashed else "no message",
                                                  r.returncode, keep,
                                                  r.stderr[-400:].decode(errors="replace")))
    print("%d inputs, %d failures" % (3 * a.runs, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
