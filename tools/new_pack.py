#!/usr/bin/env python3
"""Writes a new rule pack for an ad or analytics SDK that loads and fires.

  tools/new_pack.py ads-acme-banners --vendor "Acme Banners" \\
      --function acmebanners::show [--header acmebanners/banners.h] \\
      [--consentlint build/bin/consentlint] [--root <source tree>]

In the spirit of clang-tidy's add_new_check.py, it writes

* rules/packs/<pack>.yaml: one experimental rule for the function (its
  test passes --experimental; make it stable once checked on real code);
* test/Inputs/sdk/<vendor-dir>/<header>: a mock header declaring it
  (#pragma clang system_header, declarations only);
* test/rules/<pack>/<name>.cpp: a lit test with a positive, a gated
  negative and a look-alike negative;

and, with --consentlint, regenerates docs/rules/. Packs need no
registration: every file in rules/packs/ is loaded. Existing files are
never overwritten. Then fill in the pack's description, message and help
from the SDK's documentation (docs/rules.md has the format), and add the
SDK's other calls and its consent API. Python 3 standard library only.
"""
import argparse
import os
import re
import subprocess
import sys

# What a pack of each kind starts with.
KINDS = {
    "ads": {"check": "consent-ad-sdk", "practice": "shows-ads",
            "purposes": "advertising", "data": "user.device.advertising_id",
            "topics": "advertising, third-party-sharing",
            "message": "requests an ad from {vendor}",
            "gate": "acme::consent::Purpose::Ads"},
    "analytics": {"check": "consent-analytics-sdk",
                  "practice": "logs-analytics-event", "purposes": "analytics",
                  "data": "user.behavior",
                  "topics": "analytics, third-party-sharing",
                  "message": "sends an analytics event to {vendor}",
                  "gate": "acme::consent::Purpose::Analytics"},
}

PACK_YAML = """pack: {pack}
description: >
  {vendor} ({header}). Describe what is and is not a finding, and where the
  API was read (public headers, documentation).
vendor: {vendor}
rules:
  - id: {rule_id}
    check: {check}
    practice: {practice}
    maturity: experimental
    purposes: [{purposes}]
    data: [{data}]
    topics: [{topics}]
    message: {message}
    help: |
      Ask for consent first, then call it:

      ```cpp
      if (consented)
        {function}();
      ```
    apis:
      - function: {function}
"""

MOCK_HEADER = """#pragma clang system_header
// Mock of <{header}> ({vendor}) for consentlint's tests: only the
// declarations the tests use, written from the public API signature.
#ifndef {guard}
#define {guard}

{opening}
void {name}();
{closing}

#endif
"""

TEST_SOURCE = """// RUN: %check_consentlint %s {check} --experimental --config-file=%inputs/config/acme.consentlint.yaml
#include <{header}>
#include <acme/consent.h>

void ungated() {{
  {function}();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to '{function}' {message} without a consent check for {purposes} [{check}]
}}

void gated() {{
  if (acme::consent::granted({gate}))
    {function}();
}}

// A function of the same name elsewhere is not the SDK's.
namespace lookalike {{
void {name}();
}} // namespace lookalike

void notTheSdk() {{ lookalike::{name}(); }}
"""


def fail(message):
    sys.exit("error: " + message)


def write_all(files):
    """Writes every (path, text), after checking that none exists."""
    for path, _ in files:
        if os.path.exists(path):
            fail("%s exists; new_pack.py never overwrites a file" % path)
    for path, text in files:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote " + path, flush=True)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pack", help="ads-<vendor> or analytics-<vendor>")
    ap.add_argument("--vendor", required=True, help="the vendor's name")
    ap.add_argument("--function", required=True,
                    help="a free function by qualified name (ns::fn or fn)")
    ap.add_argument("--header", help="its include path (default: "
                    "<vendor-dir>/<vendor-dir>.h)")
    ap.add_argument("--consentlint", help="regenerate docs/rules with it")
    ap.add_argument("--root", default=os.path.dirname(here),
                    help="the source tree (default: this checkout)")
    a = ap.parse_args()

    m = re.match(r"^(ads|analytics)-([a-z0-9]+(?:-[a-z0-9]+)*)$", a.pack)
    if not m:
        fail("the pack name must be ads-<vendor> or analytics-<vendor> in "
             "lower case (other kinds of pack start from an existing one)")
    kind, slug = m.groups()
    if not re.match(r"^[A-Za-z_]\w*(::[A-Za-z_]\w*)*$", a.function):
        fail("--function takes a qualified name such as acme::ads::show")
    if not a.vendor.strip() or ":" in a.vendor:
        fail("--vendor takes the vendor's name, e.g. \"Acme Banners\"")
    parts = a.function.split("::")
    name = parts[-1]
    vendor_dir = slug.replace("-", "")
    header = a.header or "%s/%s.h" % (vendor_dir, vendor_dir)
    if header.startswith("/") or ".." in header.split("/"):
        fail("--header takes an include path such as acme/banners.h")
    k = KINDS[kind]
    kebab = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).replace("_", "-").lower()
    fields = dict(k, pack=a.pack, vendor=a.vendor.strip(), header=header,
                  function=a.function, name=name,
                  rule_id="%s.%s.%s" % (kind, slug, kebab))
    fields["message"] = k["message"].format(vendor=fields["vendor"])

    namespaces = parts[:-1]
    mock = MOCK_HEADER.format(
        vendor=fields["vendor"], header=header, name=name,
        guard=re.sub(r"[^A-Z0-9]", "_", ("MOCK_" + header).upper()),
        opening="\n".join("namespace %s {" % n for n in namespaces),
        closing="\n".join("} // namespace %s" % n for n in reversed(namespaces)))

    root = os.path.abspath(a.root)
    write_all([
        (os.path.join(root, "rules", "packs", a.pack + ".yaml"),
         PACK_YAML.format(**fields)),
        (os.path.join(root, "test", "Inputs", "sdk", vendor_dir, header), mock),
        (os.path.join(root, "test", "rules", a.pack, vendor_dir + ".cpp"),
         TEST_SOURCE.format(**fields)),
    ])
    if a.consentlint:
        subprocess.run([sys.executable, os.path.join(here, "gen_rule_docs.py"),
                        "--consentlint", a.consentlint,
                        "--packs", os.path.join(root, "rules", "packs"),
                        "--out", os.path.join(root, "docs", "rules")],
                       check=True)
    else:
        print("next: tools/gen_rule_docs.py --consentlint <build>/bin/consentlint")
    return 0


if __name__ == "__main__":
    sys.exit(main())
