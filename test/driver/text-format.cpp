// The text format: path:line:col: severity: message [check], the source
// line with a caret under the call, then notes.
// RUN: cd %S && %expect_exit 1 %consentlint --quiet --config-file=%inputs/config/empty.consentlint.yaml text-format.cpp -- -isystem %sdk/firebase | %FileCheck %s --strict-whitespace
#include <firebase/analytics.h>
void f() {
	firebase::analytics::LogEvent("tab-indented");
}
// CHECK: {{^}}text-format.cpp:6:2: warning: call to 'firebase::analytics::LogEvent' logs an analytics event without a consent check for analytics [consent-analytics-sdk]
// CHECK-NEXT: {{^}}	firebase::analytics::LogEvent("tab-indented");
// CHECK-NEXT: {{^}}	^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// CHECK-NEXT: {{^}}text-format.cpp:6:2: note: matched rule 'analytics.firebase.log-event' (Firebase Analytics)
