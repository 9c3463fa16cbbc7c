#!/usr/bin/env python3
"""Helpers for the integration tests (test/integrations/*.test).

  itest.py mkproject DIR SDK CONFIG   a four-file project with a compile DB
  itest.py canon SARIF                the SARIF with results, rules and keys
                                      in canonical order (for equality)
  itest.py decode-github FILE         workflow commands -> JSON, unescaped
  itest.py check-gitlab FILE          asserts the Code Quality contract
"""
import json
import os
import sys

# main.cpp gates the ad call in banner.cpp; track.cpp is called ungated
# from main.cpp; util.cpp is ungated on its own. With --shard=K/2 (FNV-1a of
# the path) banner.cpp and util.cpp form shard 1, main.cpp and track.cpp
# shard 2: shard 1 alone cannot see the gate.
PROJECT = {
    "main.cpp": """#include <acme/consent.h>
void showBanner();
void track();
int main() {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    showBanner();
  track();
}
""",
    "banner.cpp": """#include <firebase/gma.h>
firebase::gma::AdView *gView;
void showBanner() {
  firebase::gma::AdRequest r;
  gView->LoadAd(r);
}
""",
    "track.cpp": """#include <firebase/analytics.h>
void track() {
  firebase::analytics::LogEvent("start");
}
""",
    "util.cpp": """#include <firebase/analytics.h>
void helper() { firebase::analytics::LogEvent("x"); }
""",
}


def mkproject(d, sdk, config):
    os.makedirs(d, exist_ok=True)
    for name, text in PROJECT.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    with open(config) as src, open(os.path.join(d, ".consentlint.yaml"), "w") as dst:
        dst.write(src.read())
    cmds = [{"directory": os.path.abspath(d), "file": name,
             "arguments": ["clang++", "-std=c++17",
                           "-isystem", os.path.join(sdk, "firebase"),
                           "-isystem", os.path.join(sdk, "acme"),
                           "-c", name]} for name in sorted(PROJECT)]
    with open(os.path.join(d, "compile_commands.json"), "w") as f:
        json.dump(cmds, f, indent=1)


def canon(path):
    log = json.load(open(path))
    for run in log["runs"]:
        key = lambda r: json.dumps(
            [r.get("ruleId"), r["locations"][0]["physicalLocation"],
             r.get("partialFingerprints"), r["message"]], sort_keys=True)
        run["results"] = sorted(run.get("results", []), key=key)
        rules = run["tool"]["driver"].get("rules", [])
        order = sorted(range(len(rules)), key=lambda i: rules[i]["id"])
        remap = {old: new for new, old in enumerate(order)}
        run["tool"]["driver"]["rules"] = [rules[i] for i in order]
        for r in run["results"]:
            if "ruleIndex" in r:
                r["ruleIndex"] = remap[r["ruleIndex"]]
    print(json.dumps(log, sort_keys=True, indent=1))


def unescape(s):
    return (s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def decode_github(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.startswith("::"):
            continue
        head, sep, data = line[2:].partition("::")
        assert sep, line
        name, _, props = head.partition(" ")
        fields = {}
        for p in props.split(",") if props else []:
            k, eq, v = p.partition("=")
            assert eq, "property without '=': %r" % p
            fields[k] = unescape(v)
        out.append({"command": name, "properties": fields,
                    "message": unescape(data)})
    print(json.dumps(out, indent=1, sort_keys=True))


def check_gitlab(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "byte-order mark"
    items = json.loads(raw.decode("utf-8"))
    assert isinstance(items, list)
    fps = [i["fingerprint"] for i in items]
    assert len(fps) == len(set(fps)), "fingerprints not unique"
    for i in items:
        for k in ("description", "check_name", "fingerprint", "severity"):
            assert isinstance(i[k], str) and i[k], k
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(i["location"]["path"], str)
        assert not i["location"]["path"].startswith("/")
        assert isinstance(i["location"]["lines"]["begin"], int)
    print("gitlab ok: %d issue(s)" % len(items))
    for i in items:
        print("%s:%d %s %s %s" % (i["location"]["path"], i["location"]["lines"]["begin"],
                                  i["severity"], i["check_name"], i["fingerprint"]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"mkproject": lambda: mkproject(*args), "canon": lambda: canon(*args),
     "decode-github": lambda: decode_github(*args),
     "check-gitlab": lambda: check_gitlab(*args)}[cmd]()
