"""Checks the shipped integration files against ecosystem.md R24/R15/R31/R13."""
import os
import sys

import yaml

src = sys.argv[1]


def load(rel):
    with open(os.path.join(src, rel)) as f:
        return yaml.safe_load(f)


hooks = load(".pre-commit-hooks.yaml")
assert isinstance(hooks, list) and len(hooks) == 1, hooks
h = hooks[0]
assert h["id"] == "consentlint" and h["entry"] == "consentlint --hook-mode", h
assert h["language"] == "system", h
assert h["types_or"] == ["c", "c++", "objective-c", "objective-c++"], h
assert h["require_serial"] is True and "stages" not in h, h
assert h["minimum_pre_commit_version"] == "2.9.0", h
print("pre-commit hooks ok")

action = load("integrations/github/action.yml")
assert action["runs"]["using"] == "composite"
steps = action["runs"]["steps"]
uses = [s.get("uses", "") for s in steps]
assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses), uses
runs = "\n".join(s.get("run", "") for s in steps)
assert "--format=github" in runs and "--category=" in runs and "merge" in runs
for s in steps:
    assert s.get("shell") == "bash" or "uses" in s, s
print("github action ok")

for wf in ["integrations/github/example-workflow.yml",
           "integrations/github/sharded-workflow.yml"]:
    w = load(wf)
    text = open(os.path.join(src, wf)).read()
    assert "security-events: write" in text, wf
    assert "upload-sarif@" in text or "consentlint/integrations/github@" in text, wf
sharded = open(os.path.join(src, "integrations/github/sharded-workflow.yml")).read()
assert "--shard=${{ matrix.shard }}/4" in sharded and "consentlint merge" in sharded
print("workflows ok")

gl = load("integrations/gitlab/consentlint.gitlab-ci.yml")
job = gl["consentlint"]
assert job["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
assert any("--format=gitlab" in line for line in job["script"])
print("gitlab template ok")

hook = os.path.join(src, "integrations/git/pre-commit")
assert os.access(hook, os.X_OK), "integrations/git/pre-commit is not executable"
text = open(hook).read()
assert "git diff --cached --name-only --diff-filter=ACMR -z" in text
assert "--staged" in text
print("git hook ok")

import json
import re
import subprocess
matcher = json.load(open(os.path.join(src, "integrations/github/consentlint-matcher.json")))
pat = matcher["problemMatcher"][0]
assert pat["owner"] == "consentlint"
rx = re.compile(pat["pattern"][0]["regexp"])
line = sys.stdin.readline().rstrip("\n")
m = rx.match(line)
assert m, line
g = pat["pattern"][0]
print("matcher ok: %s line %s col %s %s [%s]" % (m.group(g["file"]), m.group(g["line"]),
      m.group(g["column"]), m.group(g["severity"]), m.group(g["code"])))
