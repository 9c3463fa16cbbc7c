"""An edit while the previous text is still being analysed.

Version 1 takes seconds to compile (a long constexpr loop); version 2 is
sent while it runs. The server must stay responsive (a request is answered
at once), must never publish version 1's stale results, and must publish
version 2's.

usage: change.py <consentlint> <sdk> <inputs> <tmpdir>
"""
import os
import sys
import time
from lspclient import Client, server_argv, show

consentlint, sdk, inputs, tmp = sys.argv[1:5]
os.makedirs(tmp, exist_ok=True)
path = os.path.join(tmp, "slow.cpp")
c = Client(server_argv(consentlint, sdk, inputs,
                       ["--extra-arg=-fconstexpr-steps=2147483647"]))
c.initialize()

head = """#include <firebase/gma.h>
void show(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  v.LoadAd(r);
}
"""
slow = head + """constexpr long slow(long n) { long x = 0; for (long i = 0; i < n; ++i) x += i % 7; return x; }
static_assert(slow(1500000) > 0, "");
"""
fast = "// edited\n\n" + head

t0 = time.monotonic()
uri = c.open(path, slow, version=1)
time.sleep(0.4)  # Version 1 is being compiled now.

t1 = time.monotonic()
r = c.call("consentlint/unknown", {})
latency = time.monotonic() - t1
print("request during analysis answered:", r["error"]["code"],
      "fast" if latency < 0.5 else "SLOW (%.2fs)" % latency)

c.change(uri, fast, 2)
arrived, m = c.diagnostics(uri, version=2, timeout=120)
waited = arrived - t0
seen = [x[1]["params"].get("version") for x in c.drain(1.0)
        if x[1].get("method") == "textDocument/publishDiagnostics"]
print("version 2 published after the slow run:", "yes" if waited > 0.8 else "no (%.2fs)" % waited)
for d in m["params"]["diagnostics"]:
    print(show(d))
# Publications other than version 2's (version 1 would be stale).
print("other publications:", seen)
print("exit", c.shutdown_and_exit()[1])
