"""Malformed messages and unparseable files: error replies, never an exit.

usage: malformed.py <consentlint> <sdk> <inputs> <tmpdir>
"""
import json
import os
import sys
from lspclient import Client, frame, server_argv, show

consentlint, sdk, inputs, tmp = sys.argv[1:5]
os.makedirs(tmp, exist_ok=True)
c = Client(server_argv(consentlint, sdk, inputs))


def error_of(raw, what):
    c.send_raw(raw)
    _, m = c.wait_for(lambda m: "error" in m, 30, what)
    print("%s: code=%d id=%s" % (what, m["error"]["code"], json.dumps(m["id"])))


error_of(frame(body=b"{oops"), "invalid JSON")
error_of(frame(body=b'{"jsonrpc":"2.0","method":"x\xff"}'), "invalid UTF-8")
error_of(frame(body=b"[1,2]"), "batch array")
error_of(frame({"jsonrpc": "1.0", "id": 7, "method": "initialize"}), "jsonrpc 1.0")
error_of(frame({"jsonrpc": "2.0", "id": 8}), "no method")
error_of(frame({"jsonrpc": "2.0", "id": {"x": 1}, "method": "initialize"}), "object id")
error_of(b"Content-Type: application/json\r\n\r\n", "no Content-Length")
error_of(b"Content-Length: many\r\n\r\n", "bad Content-Length")

# The stream is still in sync: the server initializes normally.
r = c.initialize()
print("initialize after garbage:", r["result"]["capabilities"]["positionEncoding"])

# Document notifications with missing or wrong fields are ignored.
c.notify("textDocument/didOpen", {"textDocument": {"uri": "file:///nowhere.cpp"}})
c.notify("textDocument/didOpen", [1, 2])
c.notify("textDocument/didChange", {"textDocument": {"uri": "file:///never-opened.cpp", "version": 2},
                                    "contentChanges": [{"text": "x"}]})
c.notify("textDocument/didOpen", {"textDocument": {"uri": "untitled:Untitled-1",
                                                   "languageId": "cpp", "version": 1, "text": "int x;"}})

# A file that does not parse: its compiler errors, then recovery.
path = os.path.join(tmp, "broken.cpp")
broken = """#include <firebase/gma.h>
#include <no/such/header.h>
void show(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  v.LoadAd(r)
}
"""
uri = c.open(path, broken, version=1)
_, m = c.diagnostics(uri, version=1)
print("== broken")
for d in m["params"]["diagnostics"]:
    print(show(d))
fixed = broken.replace("#include <no/such/header.h>\n", "").replace("v.LoadAd(r)\n", "v.LoadAd(r);\n")
c.change(uri, fixed, 2)
_, m = c.diagnostics(uri, version=2)
print("== fixed")
for d in m["params"]["diagnostics"]:
    print(show(d))
print("exit", c.shutdown_and_exit()[1])
