"""The privacy-policy section of a finding reaches the editor.

usage: policy.py <consentlint> <sdk> <inputs> <tmpdir> <policy-data-dir>
"""
import os
import sys
from lspclient import Client, server_argv, show

consentlint, sdk, inputs, tmp = sys.argv[1:5]
os.makedirs(tmp, exist_ok=True)
with open(os.path.join(tmp, "PRIVACY.md"), "w") as f:
    f.write("# Privacy policy\n\n## 1. Advertising\n\nThe game shows ads from an "
            "ad network. Personalised ads and advertising need your consent.\n\n"
            "## 2. Analytics\n\nWe collect usage statistics and analytics about "
            "sessions.\n")
config = os.path.join(tmp, "policy.consentlint.yaml")
with open(config, "w") as f:
    f.write("policy: PRIVACY.md\n")
path = os.path.join(tmp, "ads.cpp")
text = ("#include <firebase/gma.h>\n"
        "void show(firebase::gma::AdView &v) { v.LoadAd(firebase::gma::AdRequest()); }\n")
with open(path, "w") as f:
    f.write(text)

argv = server_argv(consentlint, sdk, inputs)
argv = [a for a in argv if not a.startswith("--config-file=")]
argv.insert(2, "--config-file=" + config)
c = Client(argv)
c.initialize(None)
uri = c.open(path, text, version=1)
_, msg = c.diagnostics(uri, version=1)
for d in msg["params"]["diagnostics"]:
    print(show(d))
print("exit", c.shutdown_and_exit()[1])
