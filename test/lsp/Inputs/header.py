"""A header not in the compile database borrows a sibling source's flags.

The database lists only src/app.cpp, whose -isystem flags find the mock SDK;
src/ads.h is analysed with them (and with the unsaved text), so its
ungated ad call is reported instead of "'firebase/gma.h' file not found".

usage: header.py <consentlint> <sdk> <tmpdir>
"""
import json
import os
import sys
from lspclient import Client, show

consentlint, sdk, tmp = sys.argv[1:4]
src = os.path.join(tmp, "src")
os.makedirs(src, exist_ok=True)
with open(os.path.join(src, "app.cpp"), "w") as f:
    f.write('#include "ads.h"\nint main() { return 0; }\n')
with open(os.path.join(src, "ads.h"), "w") as f:
    f.write("#pragma once\n")
with open(os.path.join(tmp, "compile_commands.json"), "w") as f:
    json.dump([{"directory": src, "file": os.path.join(src, "app.cpp"),
                "arguments": ["clang++", "-std=c++17", "-isystem",
                              os.path.join(sdk, "firebase"), "-c", "app.cpp"]}], f)

# No -p and no "--": the database is found upward from the document.
c = Client([consentlint, "lsp"], cwd="/")
c.initialize()
uri = c.open(os.path.join(src, "ads.h"), """#pragma once
#include <firebase/gma.h>
inline void banner(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {
  v.LoadAd(r);
}
""")
_, m = c.diagnostics(uri, version=1)
for d in m["params"]["diagnostics"]:
    print(show(d))
print("exit", c.shutdown_and_exit()[1])
