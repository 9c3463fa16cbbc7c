"""Diagnostics for an unsaved buffer with non-ASCII text, in UTF-16 and UTF-8.

usage: diagnostics.py <consentlint> <sdk> <inputs> <tmpdir>
"""
import os
import sys
from lspclient import Client, server_argv, show

consentlint, sdk, inputs, tmp = sys.argv[1:5]
os.makedirs(tmp, exist_ok=True)
path = os.path.join(tmp, "banner.cpp")
# On disk: nothing to report. The editor's unsaved text is what is analysed.
with open(path, "w") as f:
    f.write("int main() {}\n")

text = """#include <firebase/gma.h>
#include <acme/consent.h>
void show(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  /* é中😀 */ v.LoadAd(r);
  if (acme::consent::granted(acme::consent::Purpose::Analytics))
    v.LoadAd(r);
}
"""

for encodings in (None, ["utf-8", "utf-16"]):
    c = Client(server_argv(consentlint, sdk, inputs))
    enc = c.initialize(encodings)["result"]["capabilities"]["positionEncoding"]
    print("== encoding", enc)
    uri = c.open(path, text, version=1)
    _, msg = c.diagnostics(uri, version=1)
    for d in msg["params"]["diagnostics"]:
        print(show(d))
        print("  ruleId", d["data"]["ruleId"])
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    _, msg = c.diagnostics(uri)
    print("after close:", msg["params"]["diagnostics"], "version" in msg["params"])
    print("exit", c.shutdown_and_exit()[1])
