"""Runs one fixture through the command line, the LSP server and the
clang-tidy plugin and compares their findings, policy sections included.

usage: front_ends.py <consentlint> <clang-tidy> <plugin> <sdk> <inputs>
                     <fixture> <tmpdir>
Prints each front end's findings as "line:col [check] message §section",
then "same N" when all three agree, or the differences (exit 1).
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "lsp", "Inputs"))
from lspclient import Client  # noqa: E402

consentlint, clang_tidy, plugin, sdk, inputs, fixture, tmp = sys.argv[1:8]
os.makedirs(tmp, exist_ok=True)
source = os.path.join(tmp, "fixture.cpp")
shutil.copy(fixture, source)
with open(os.path.join(tmp, "PRIVACY.md"), "w") as f:
    f.write("# Privacy policy\n\n## 1. Advertising\n\nThe game shows ads from "
            "an ad network. Personalised ads and advertising need your "
            "consent.\n\n## 2. Analytics\n\nWe collect usage statistics and "
            "analytics about sessions.\n")
config = os.path.join(tmp, "policy.consentlint.yaml")
with open(os.path.join(inputs, "config", "acme.consentlint.yaml")) as f:
    acme = f.read()
with open(config, "w") as f:
    f.write(acme + "policy: PRIVACY.md\n")
checks = "-*,consent-*"
flags = ["-x", "c++", "-std=c++17", "-isystem", os.path.join(sdk, "firebase"),
         "-isystem", os.path.join(sdk, "acme")]

DIAG = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*)$")
CHECK = re.compile(r"^(.*) \[([a-z-]+)\]$")
SECTION = re.compile("privacy policy \u00a7([0-9.]+)")


def from_text(out):
    """Findings of clang-style text: a warning, then its notes."""
    found = []
    for line in out.splitlines():
        m = DIAG.match(line)
        if not m or os.path.basename(m.group(1)) not in ("fixture.cpp",
                                                         "PRIVACY.md"):
            continue
        if m.group(4) != "note":
            c = CHECK.match(m.group(5))
            found.append([int(m.group(2)), int(m.group(3)), c.group(2),
                          c.group(1), ""])
            continue
        s = SECTION.search(m.group(5))
        if s and found:
            found[-1][4] = s.group(1)
    return found


def run(argv):
    return subprocess.run(argv, cwd=tmp, capture_output=True, text=True).stdout


def cli():
    return from_text(run([consentlint, "--no-source", "--quiet",
                          "--checks=" + checks, "--config-file=" + config,
                          source, "--"] + flags))


def tidy():
    return from_text(run([clang_tidy, "--load=" + plugin,
                          "--config={Checks: '%s', CheckOptions: "
                          "{ConfigFile: '%s'}}" % (checks, config),
                          source, "--"] + flags))


def lsp():
    c = Client([consentlint, "lsp", "--checks=" + checks,
                "--config-file=" + config, "--"] + flags, cwd=tmp)
    c.initialize(None)
    with open(source) as f:
        uri = c.open(source, f.read(), version=1)
    _, msg = c.diagnostics(uri, version=1)
    c.shutdown_and_exit()
    found = []
    for d in msg["params"]["diagnostics"]:
        start = d["range"]["start"]
        found.append([start["line"] + 1, start["character"] + 1, d["code"],
                      d["message"], d.get("data", {}).get("policySection", "")])
    return found


results = {"cli": cli(), "lsp": lsp(), "clang-tidy": tidy()}
for name, found in results.items():
    print(name)
    for line, col, check, message, section in sorted(found):
        print("  %d:%d [%s] %s \u00a7%s" % (line, col, check, message, section))
first = sorted(results["cli"])
same = all(sorted(f) == first for f in results.values())
print("same %d" % len(first) if same else "different")
sys.exit(0 if same else 1)
