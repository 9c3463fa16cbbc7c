// No policy configured: the mapping is skipped without an error, results
// say so in their properties, and no undisclosed practice is reported.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %expect_exit 1 %consentlint --quiet --format=sarif -o %t/out.sarif --source-root=%S --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase 2> %t/err.txt
// RUN: %FileCheck %s --check-prefix=ERR --allow-empty < %t/err.txt
// RUN: %python -m json.tool --sort-keys %t/out.sarif | %FileCheck %s --implicit-check-not='"ruleId": "policy-undisclosed-practice"' --implicit-check-not=taxonomies
// RUN: %expect_exit 2 %consentlint --quiet --policy=%t/missing.md --config-file=%inputs/config/empty.consentlint.yaml %s -- -isystem %sdk/firebase 2>&1 | %FileCheck %s --check-prefix=MISSING
#include <firebase/analytics.h>
void track() { firebase::analytics::LogEvent("x"); }
// ERR-NOT: {{.}}
// CHECK: "consentlint/policy": "not configured: no privacy policy was given",
// MISSING: missing.md: error: cannot read the privacy policy: {{[Nn]}}o such file or directory
