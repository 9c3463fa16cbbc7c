"""Lifecycle: capabilities, encoding negotiation, request ordering, exit codes."""
import json
import sys
from lspclient import Client, frame

consentlint = sys.argv[1]
argv = [consentlint, "lsp", "--", "-std=c++17"]

# 1. Requests before initialize; the advertised capabilities; shutdown; exit.
c = Client(argv)
r = c.call("shutdown")
print("before initialize:", r["error"]["code"])
r = c.initialize()
print("capabilities:", json.dumps(r["result"]["capabilities"], sort_keys=True))
print("server:", r["result"]["serverInfo"]["name"])
print("second initialize:", c.call("initialize", {"capabilities": {}})["error"]["code"])
print("unknown request:", c.call("textDocument/hover", {})["error"]["code"])
c.notify("$/setTrace", {"value": "off"})  # Ignored notification.
r = c.call("shutdown")
print("shutdown:", json.dumps(r))
print("after shutdown:", c.call("textDocument/hover", {})["error"]["code"])
c.notify("exit")
print("exit code after shutdown:", c.wait())

# 2. A client that offers UTF-8 gets it.
c = Client(argv)
r = c.initialize(encodings=["utf-32", "utf-8", "utf-16"])
print("offered utf-8:", r["result"]["capabilities"]["positionEncoding"])
c.call("shutdown")
c.notify("exit")
print("exit code:", c.wait())

# 3. Only UTF-16 (or nothing usable) offered: UTF-16.
c = Client(argv)
r = c.initialize(encodings=["utf-32"])
print("offered utf-32:", r["result"]["capabilities"]["positionEncoding"])
c.notify("exit")
print("exit without shutdown:", c.wait())

# 4. The client disconnects without exit.
c = Client(argv)
c.initialize()
print("end of input:", c.wait())
